import { describe, expect, it } from 'vitest';
import { fingerprint, loadPrevious, markFromLink, PREVIOUS_KEY, putAside } from './saved';

const memory = () => {
  const m = new Map<string, string>();
  return { m, getItem: (k: string) => m.get(k) ?? null, setItem: (k: string, v: string) => void m.set(k, v), removeItem: (k: string) => void m.delete(k) };
};

describe('previous work', () => {
  it('keeps the person\'s text when something replaces it', () => {
    const s = memory();
    expect(putAside(s, 'mine', 'theirs', 'link', [], 5).kept).toEqual({ text: 'mine', savedAt: 5, reason: 'link' });
    expect(loadPrevious(s)).toEqual({ text: 'mine', savedAt: 5, reason: 'link' });
  });

  it.each([
    ['empty text', '  \n', []],
    ['the same text', 'theirs', []],
    ['the sample', 'sample', ['sample']],
  ])('does not overwrite the slot with %s', (_name, current, disposable) => {
    const s = memory();
    putAside(s, 'mine', 'x', 'link', [], 1);
    expect(putAside(s, current, 'theirs', 'link', disposable, 2).kept).toBeNull();
    expect(loadPrevious(s)?.text).toBe('mine');
  });

  it('does not let an unedited link push the person\'s work out, but keeps an edited one', () => {
    const s = memory();
    putAside(s, 'mine', 'link A', 'link', [], 1);
    markFromLink(s, 'link A');
    expect(putAside(s, 'link A', 'link B', 'link', [], 2).kept).toBeNull();
    expect(loadPrevious(s)?.text).toBe('mine');
    expect(putAside(s, 'link A, edited', 'link B', 'link', [], 3).kept?.text).toBe('link A, edited');
  });

  it('reads a corrupt slot as empty and survives storage that throws', () => {
    const s = memory();
    s.m.set(PREVIOUS_KEY, '{not json');
    expect(loadPrevious(s)).toBeNull();
    const broken = { getItem: () => { throw new Error('x'); }, setItem: () => { throw new Error('quota'); }, removeItem: () => undefined };
    expect(putAside(broken, 'mine', 'x', 'file', [], 1).kept).toBeNull();
    expect(loadPrevious(broken)).toBeNull();
  });

  it('fingerprints differ for different texts', () => {
    expect(fingerprint('a')).not.toBe(fingerprint('b'));
    expect(fingerprint('same')).toBe(fingerprint('same'));
  });
});
