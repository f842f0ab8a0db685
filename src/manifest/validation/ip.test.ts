import fc from 'fast-check';
import ipaddr from 'ipaddr.js';
import { describe, expect, it } from 'vitest';
import { parseIP } from '../../cluster/ipmath';
import { dottedQuad, ipFamily } from './ip';

/** Text made of digits and dots (and now and then another character): where dotted quads and near misses live. */
const quadish = fc.array(fc.constantFrom('0', '1', '2', '5', '9', '.', '.', '.', 'a', ' ', ':'), { maxLength: 17 }).map((cs) => cs.join(''));
/** Four numbers 0–300 joined by dots, some with a leading zero: valid and invalid dotted quads. */
const quads = fc.tuple(
  fc.array(fc.integer({ min: 0, max: 300 }), { minLength: 4, maxLength: 4 }), fc.boolean(),
).map(([xs, zero]) => xs.map((x, i) => (zero && i === 2 ? `0${x}` : String(x))).join('.'));

/** k8s.io/utils/net's accepted IPv4 form, as this module checked it with a regex before dottedQuad. */
const OLD_DOTTED_QUAD = /^(0|[1-9]\d{0,2})(\.(0|[1-9]\d{0,2})){3}$/;
const oldIsQuad = (v: string) => OLD_DOTTED_QUAD.test(v) && v.split('.').every((o) => Number(o) <= 255);

describe('dottedQuad: the canonical IPv4 text, read by hand', () => {
  it('accepts exactly what the dotted-quad regex accepted, and reads the same address as ipaddr.js', () => {
    fc.assert(fc.property(fc.oneof(quadish, quads), (text) => {
      const v = dottedQuad(text);
      expect(v >= 0).toBe(oldIsQuad(text));
      if (v >= 0) {
        const bytes = ipaddr.IPv4.parse(text).toByteArray();
        expect(v).toBe(((bytes[0] << 24) >>> 0) + (bytes[1] << 16) + (bytes[2] << 8) + bytes[3]);
      }
    }), { numRuns: 3000 });
  });

  it('examples: the edges of a byte, leading zeros, missing or extra parts', () => {
    expect(dottedQuad('255.255.255.255')).toBe(0xffffffff);
    expect(dottedQuad('0.0.0.0')).toBe(0);
    expect(dottedQuad('10.96.0.10')).toBe(0x0a60000a);
    for (const bad of ['256.0.0.1', '01.2.3.4', '1.2.3', '1.2.3.4.', '1.2.3.4.5', '1..2.3', ' 1.2.3.4', '1.2.3.4 ', '1.2.3.-4']) expect(dottedQuad(bad), bad).toBe(-1);
  });

  it('ipFamily and parseIP answer as before for any text', () => {
    fc.assert(fc.property(fc.oneof(quadish, quads, fc.string({ maxLength: 20 })), (text) => {
      const old = oldIsQuad(text) ? 'IPv4' : text.includes(':') && /^[0-9a-fA-F:.]+$/.test(text) && ipaddr.IPv6.isValid(text) ? 'IPv6' : undefined;
      expect(ipFamily(text)).toBe(old);
      // parseIP through ipaddr.js alone (trimmed, four-part decimal IPv4, or IPv6), the reference.
      const t = text.trim();
      let ref: bigint | undefined;
      if (t && t.includes('.') && !t.includes(':')) {
        if (ipaddr.IPv4.isValidFourPartDecimal(t)) ref = BigInt(ipaddr.IPv4.parse(t).toByteArray().reduce((a, b) => a * 256 + b, 0));
      } else if (t && ipaddr.IPv6.isValid(t)) {
        const a = ipaddr.IPv6.parse(t);
        ref = a.isIPv4MappedAddress() ? BigInt(a.toIPv4Address().toByteArray().reduce((x, b) => x * 256 + b, 0)) : undefined;
        if (ref === undefined) ref = a.toByteArray().reduce((x, b) => (x << 8n) | BigInt(b), 0n);
      }
      expect(parseIP(text)?.value).toBe(ref);
    }), { numRuns: 3000 });
  });
});
