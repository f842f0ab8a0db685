import { describe, expect, it } from 'vitest';
import { IdentityMemo } from './memo';

describe('IdentityMemo: two generations, by object identity', () => {
  const a = { name: 'a' };
  const b = { name: 'b' };

  it('answers by identity, not by equal content', () => {
    const m = new IdentityMemo<object, string>();
    m.set(a, 'A');
    expect(m.get(a)).toBe('A');
    expect(m.get({ name: 'a' })).toBeUndefined();
  });

  it('keeps what the last run used or made, and drops what it did not touch', () => {
    const m = new IdentityMemo<object, string>();
    m.set(a, 'A');
    m.set(b, 'B');
    m.advance(); // run 2 uses only a
    expect(m.get(a)).toBe('A');
    expect(m.size).toBe(1);
    m.advance(); // run 3: b was not touched in run 2
    expect(m.get(b)).toBeUndefined();
    expect(m.get(a)).toBe('A');
  });

  it('a value made in this run wins over the previous run\'s', () => {
    const m = new IdentityMemo<object, string>();
    m.set(a, 'old');
    m.advance();
    m.set(a, 'new');
    expect(m.get(a)).toBe('new');
    m.advance();
    expect(m.get(a)).toBe('new');
  });
});
