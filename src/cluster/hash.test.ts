import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ALPHANUMS, deepEqual, fnv1a32, fnv1a32Path, generateName, hex32, nameSuffix, safeEncodeString, stableHash, stableStringify } from './hash';
import { simulatedUID } from '../controllers/workloads/podTemplate';

describe('hash', () => {
  it.each([
    ['FNV-1a of empty string is the offset basis', '', 0x811c9dc5],
    ['FNV-1a of "a" (reference vector)', 'a', 0xe40c292c],
    ['FNV-1a of "foobar" (reference vector)', 'foobar', 0xbf9cf968],
  ])('%s', (_name, input, want) => {
    expect(fnv1a32(input)).toBe(want);
  });

  it.each([
    // rand.SafeEncodeString maps '0'..'9' (48..57) to alphanums[code % 27]: 0→4, 5→9, 6→b, 9→f
    ['digits map to 4-9,b,c,d,f', '0123456789', '456789bcdf'],
    ['a uint32 like 1234567890', '1234567890', '56789bcdf4'],
  ])('safeEncodeString: %s', (_name, input, want) => {
    expect(safeEncodeString(input)).toBe(want);
  });

  it('name suffixes are 5 characters of the no-vowel alphabet and stable', () => {
    const s = nameSuffix('default/web-7d9d5c8f4/0');
    expect(s).toMatch(new RegExp(`^[${ALPHANUMS}]{5}$`));
    expect(nameSuffix('default/web-7d9d5c8f4/0')).toBe(s);
    expect(nameSuffix('default/web-7d9d5c8f4/1')).not.toBe(s);
  });

  it('generateName keeps names within 63 characters', () => {
    expect(generateName(`${'a'.repeat(70)}-`, 'x')).toHaveLength(63);
    expect(generateName('web-', 'x')).toMatch(/^web-[a-z0-9]{5}$/);
  });

  it('stableStringify ignores key order and undefined fields', () => {
    expect(stableStringify({ b: 1, a: { d: [1, 2], c: undefined } })).toBe(stableStringify({ a: { d: [1, 2] }, b: 1 }));
  });

  it.each([
    ['a pod template', { metadata: { labels: { app: 'web' }, annotations: {} }, spec: { containers: [{ name: 'c', image: 'nginx:1.25', ports: [{ containerPort: 80, protocol: 'TCP' }] }], hostNetwork: false, nodeSelector: {} } }],
    ['escapes, controls and quotes', { 'k"ey': 'a\\b', 'tab\t': 'line\nbreak', '\u0001': '"' }],
    ['non-ASCII and surrogates', { 'clé': 'naïve ☃', emoji: '😀', lone: '\ud800x', low: '\udc00' }],
    // eslint-disable-next-line no-sparse-arrays
    ['sparse and undefined', [1, , undefined, null, { a: undefined, b: [] }]],
    ['numbers and booleans', { n: [0, -0, 2.5, 1e21, NaN, Infinity], t: true, f: false }],
    ['primitives at the top', 'x'], ['undefined at the top', undefined], ['null at the top', null], ['a number at the top', 42],
    ['a Date (no own keys)', new Date(0)],
    ['keys out of order, few and many', { z: 1, b: { y: 1, a: 2, B: 3, _: 4 }, many: Object.fromEntries(Array.from({ length: 20 }, (_, i) => [`k${(i * 7) % 20}`, i])) }],
  ])('stableHash equals fnv1a32(stableStringify(…)): %s', (_name, value) => {
    expect(stableHash(value)).toBe(fnv1a32(stableStringify(value)));
  });

  it('stableStringify prints JSON with sorted keys (pod-template-hash depends on the exact text)', () => {
    expect(stableStringify({ b: [1, 'x"y', null, undefined], a: { z: true, y: 2.5 }, c: undefined })).toBe('{"a":{"y":2.5,"z":true},"b":[1,"x\\"y",null,null]}');
    // eslint-disable-next-line no-sparse-arrays
    expect(stableStringify([1, , 3])).toBe('[1,,3]');
    expect(stableStringify(new Date(0))).toBe('{}');
  });

  it('hex32 is toString(16) padded to 8 digits', () => {
    for (const x of [0, 1, 255, 256, 0x12345678, 0x80000000, 0xffffffff, fnv1a32('web')]) expect(hex32(x)).toBe(x.toString(16).padStart(8, '0'));
  });

  it('deepEqual compares plain data structurally and tells an undefined field from an absent one', () => {
    expect(deepEqual({ a: [1, { b: 'x' }], c: null }, { a: [1, { b: 'x' }], c: null })).toBe(true);
    expect(deepEqual({ a: undefined }, {})).toBe(false);
    expect(deepEqual({ a: [1, 2] }, { a: [1, 2, 3] })).toBe(false);
    expect(deepEqual([], {})).toBe(false);
    expect(deepEqual(NaN, NaN)).toBe(true);
  });
});

describe('fnv1a32Path', () => {
  it('equals fnv1a32 of the three pieces joined by "/" (FNV-1a folds left)', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary' }), fc.string({ unit: 'binary' }), fc.string({ unit: 'binary' }), (a, b, c) => fnv1a32Path(a, b, c) === fnv1a32(`${a}/${b}/${c}`)));
    expect(fnv1a32Path('ReplicaSet', 'default', 'web-5d9c')).toBe(fnv1a32('ReplicaSet/default/web-5d9c'));
  });
});

describe('generated names and uids, written as flat strings', () => {
  /** nameSuffix as it was first written (string appends, String(i) hashed): the values must not change. */
  const suffixByAppend = (seed: string, length = 5) => {
    let out = '';
    let h = fnv1a32(seed);
    for (let i = 0; i < length; i++) {
      out += ALPHANUMS[h % ALPHANUMS.length];
      h = fnv1a32(String(i), h ^ 0x9e3779b9);
    }
    return out;
  };

  it('property: nameSuffix gives the same names as before, for any seed and length', () => {
    fc.assert(fc.property(fc.string(), fc.integer({ min: 0, max: 14 }), (seed, n) => {
      expect(nameSuffix(seed, n)).toBe(suffixByAppend(seed, n));
    }));
  });

  /** simulatedUID as it was first written (a template of hex32 pieces): the values must not change. */
  const uidByTemplate = (kind: string, namespace: string, name: string) => {
    const a = hex32(fnv1a32Path(kind, namespace, name));
    const b = hex32(fnv1a32Path(name, namespace, kind));
    return `${a}-${b.slice(0, 4)}-4${b.slice(5, 8)}-8${a.slice(1, 4)}-${b}${a.slice(0, 4)}`;
  };

  it('property: simulatedUID is the template form, character for character', () => {
    fc.assert(fc.property(fc.string(), fc.string(), fc.string(), (k, ns, n) => {
      expect(simulatedUID(k, ns, n)).toBe(uidByTemplate(k, ns, n));
    }));
    expect(simulatedUID('Pod', 'default', 'web-0')).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-8[0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});
