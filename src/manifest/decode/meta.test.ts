import { describe, expect, it } from 'vitest';
import { deterministicUid } from './meta';

describe('deterministicUid', () => {
  it('is stable: the values the engine has always given (share links and dumps compare them)', () => {
    // Pinned from the implementation before the byte-lookup rewrite (FNV-1a over "kind/namespace/name", four mixes).
    expect(deterministicUid('Service', 'default', 'web')).toBe('dd68c860-55bc-463d-85b7-b92bbd6b5ffa');
  });

  it('is UUID-shaped, version 4 and variant 8, and depends on every part', () => {
    const uid = deterministicUid('Pod', 'ns-ü', '名前');
    expect(uid).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-8[0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(new Set([deterministicUid('A', 'b', 'c'), deterministicUid('A', 'bc', ''), deterministicUid('Ab', '', 'c')]).size).toBe(3);
  });
});
