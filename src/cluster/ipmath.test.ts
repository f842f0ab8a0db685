import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalIP, formatIP, isCanonicalIPv4, parseIP } from './ipmath';

/** canonicalIP without its fast path: parse, then format. */
const slow = (text: string) => {
  const p = parseIP(text);
  return p ? formatIP(p.value, p.family) : '';
};

describe('canonicalIP', () => {
  it('recognises canonical IPv4 text and nothing else', () => {
    for (const s of ['10.0.0.1', '0.0.0.0', '255.255.255.255', '192.168.0.10']) expect(isCanonicalIPv4(s), s).toBe(true);
    for (const s of ['10.0.0', '10.0.0.1.', '.10.0.0.1', '10..0.1', '10.0.0.256', '010.0.0.1', '10.0.0.01', '1.2.3.4.5', '10.0.0.1a', ' 10.0.0.1', '1000.0.0.1', '::1', '']) {
      expect(isCanonicalIPv4(s), s).toBe(false);
    }
  });

  it('the fast path answers what parsing and formatting would (any four bytes)', () => {
    fc.assert(fc.property(fc.array(fc.integer({ min: 0, max: 255 }), { minLength: 4, maxLength: 4 }), (bytes) => {
      const text = bytes.join('.');
      expect(isCanonicalIPv4(text)).toBe(true);
      expect(canonicalIP(text)).toBe(slow(text));
    }));
  });

  it('anything else still goes through the parser (IPv6, invalid text)', () => {
    fc.assert(fc.property(fc.string({ maxLength: 20 }), (text) => {
      expect(canonicalIP(text)).toBe(slow(text));
    }));
    expect(canonicalIP('2001:DB8::1')).toBe('2001:db8::1');
    expect(canonicalIP('not-an-ip')).toBe('');
  });
});
