import { describe, expect, it } from 'vitest';
import { detectLanguage, LANG_KEY, loadChosenLanguage, saveChosenLanguage } from './lang';

const memory = () => {
  const m = new Map<string, string>();
  return { m, getItem: (k: string) => m.get(k) ?? null, setItem: (k: string, v: string) => void m.set(k, v), removeItem: (k: string) => void m.delete(k) };
};

describe('language', () => {
  it.each([
    [['ko-KR', 'en-US'], 'ko'],
    [['ko'], 'ko'],
    [['KO-kr'], 'ko'],
    [['en-US', 'ko-KR'], 'en'],
    [['kok'], 'en'],
    [[], 'en'],
    [undefined, 'en'],
  ] as const)('navigator %j → %s', (langs, want) => {
    expect(detectLanguage(langs as readonly string[] | undefined)).toBe(want);
  });

  it('remembers only a valid choice, and survives broken storage', () => {
    const s = memory();
    expect(loadChosenLanguage(s)).toBeNull();
    saveChosenLanguage(s, 'ko');
    expect(loadChosenLanguage(s)).toBe('ko');
    s.m.set(LANG_KEY, 'fr');
    expect(loadChosenLanguage(s)).toBeNull();
    const broken = { getItem: () => { throw new Error('denied'); }, setItem: () => { throw new Error('quota'); }, removeItem: () => undefined };
    expect(loadChosenLanguage(broken)).toBeNull();
    expect(() => saveChosenLanguage(broken, 'en')).not.toThrow();
  });
});
