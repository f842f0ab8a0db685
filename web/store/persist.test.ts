import { describe, expect, it } from 'vitest';
import { loadSavedText, saveText, TEXT_KEY } from './persist';

describe('persist', () => {
  it('round-trips the text', () => {
    const m = new Map<string, string>();
    const storage = { getItem: (k: string) => m.get(k) ?? null, setItem: (k: string, v: string) => void m.set(k, v) };
    expect(loadSavedText(storage)).toBeNull();
    expect(saveText(storage, 'kind: Pod')).toBe(true);
    expect(m.get(TEXT_KEY)).toBe('kind: Pod');
    expect(loadSavedText(storage)).toBe('kind: Pod');
  });

  it('survives storage that throws (private mode, quota)', () => {
    const broken = { getItem: () => { throw new Error('denied'); }, setItem: () => { throw new Error('quota'); } };
    expect(loadSavedText(broken)).toBeNull();
    expect(saveText(broken, 'x')).toBe(false);
    expect(loadSavedText(null)).toBeNull();
  });
});
