/**
 * Deterministic stand-ins for the randomness Kubernetes uses when it names and places things.
 *
 * Kubernetes picks ReplicaSet pod names, EndpointSlice names and free ClusterIPs/NodePorts at random
 * (k8s.io/apimachinery/pkg/util/rand, pkg/registry/core/service/ipallocator). PodPath must give the same
 * answer for the same manifests on every reload, in a share link and in a snapshot, so every "random" choice
 * here is a 32-bit FNV-1a hash of a stable seed string (the object's namespace/name and what is being chosen).
 */

/** The alphabet of rand.String and rand.SafeEncodeString: no vowels, so no "bad words" (apimachinery util/rand). */
export const ALPHANUMS = 'bcdfghjklmnpqrstvwxz2456789';

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** FNV-1a over the UTF-16 code units of `s` (both bytes of non-ASCII units), as an unsigned 32-bit number. */
export function fnv1a32(s: string, seed = FNV_OFFSET): number {
  let h = seed >>> 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c > 0x7f) {
      h ^= c >>> 8;
      h = Math.imul(h, FNV_PRIME);
    }
    h ^= c & 0xff;
    h = Math.imul(h, FNV_PRIME);
  }
  return h >>> 0;
}

/**
 * fnv1a32(`${a}/${b}/${c}`) without building the string: FNV-1a is a left fold over the characters, so the
 * pieces can be hashed one after the other (see stableHash). It runs for every simulated pod's uid.
 */
export function fnv1a32Path(a: string, b: string, c: string): number {
  return fnv1a32(c, step(fnv1a32(b, step(fnv1a32(a), SLASH)), SLASH));
}

/** A 64-bit hash as a bigint (two FNV-1a passes), for choosing offsets in large ranges such as an IPv6 /108. */
export function hash64(s: string): bigint {
  const hi = fnv1a32(s);
  const lo = fnv1a32(s, hi ^ 0x5bd1e995);
  return (BigInt(hi) << 32n) | BigInt(lo);
}

/**
 * rand.SafeEncodeString: each character of `s` maps to ALPHANUMS[code % 27]. ComputeHash feeds it the decimal
 * string of a uint32, which is why pod-template-hash values only use the characters 4-9, b, c, d, f.
 */
export function safeEncodeString(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) out += ALPHANUMS[s.charCodeAt(i) % ALPHANUMS.length];
  return out;
}

/**
 * The 5-character suffix `metadata.generateName` gets from the API server (names.SimpleNameGenerator uses
 * rand.String(5)), derived from `seed` instead of a random source.
 */
export function nameSuffix(seed: string, length = 5): string {
  // One flat string from the character codes (appending characters left a tree of one-character pieces in
  // every generated name); the hash steps are fnv1a32(String(i), h ^ 0x9e3779b9), written out for one digit.
  const codes: number[] = [];
  let h = fnv1a32(seed);
  for (let i = 0; i < length; i++) {
    codes.push(ALPHANUMS.charCodeAt(h % ALPHANUMS.length));
    h = i < 10 ? Math.imul(((h ^ 0x9e3779b9) >>> 0) ^ (48 + i), FNV_PRIME) >>> 0 : fnv1a32(String(i), h ^ 0x9e3779b9);
  }
  return String.fromCharCode(...codes);
}

/** `prefix` + suffix, truncating the prefix so the name stays within 63 characters (names.maxGeneratedNameLength). */
export function generateName(prefix: string, seed: string): string {
  const maxPrefix = 63 - 5;
  return (prefix.length > maxPrefix ? prefix.slice(0, maxPrefix) : prefix) + nameSuffix(seed);
}

/**
 * A JSON string with object keys sorted, so hashing an object does not depend on key order.
 * Built by appending to one string in plain loops (no map/filter/join arrays per level): it runs over every
 * pod template of a cold simulation. Holes of sparse arrays print as '' (as `map(…).join` printed them).
 */
export function stableStringify(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  let s: string;
  if (Array.isArray(value)) {
    s = '[';
    for (let i = 0; i < value.length; i++) {
      if (i > 0) s += ',';
      if (i in value) s += stableStringify(value[i]);
    }
    return s + ']';
  }
  const obj = value as Record<string, unknown>;
  const keys = Object.keys(obj).sort();
  s = '{';
  let first = true;
  for (const k of keys) {
    const v = obj[k];
    if (v === undefined) continue;
    if (!first) s += ',';
    first = false;
    s += JSON.stringify(k) + ':' + stableStringify(v);
  }
  return s + '}';
}

/**
 * fnv1a32(stableStringify(value)) without building the string: FNV-1a is a left fold over the characters, so
 * hashing the pieces one after the other (`fnv1a32(b, fnv1a32(a))` = `fnv1a32(a + b)`) gives the same number.
 * WHY: the pod-template-hash of every Deployment and StatefulSet is such a hash, and on a cold simulation the
 * intermediate JSON (and the JSON.stringify of every key and string) was most of its cost.
 */
export function stableHash(value: unknown): number {
  return hashValue(FNV_OFFSET, value) >>> 0;
}

const QUOTE = 0x22;
const SLASH = 0x2f;

/** One ASCII character into the hash. */
const step = (h: number, c: number) => Math.imul(h ^ c, FNV_PRIME);

/**
 * JSON.stringify(s) into the hash: `"`, the characters of `s` (as fnv1a32 hashes them), `"` — unless `s` has a
 * character JSON escapes (controls, quote, backslash, surrogates), when the escaped text is hashed instead.
 */
function hashJSONString(h: number, s: string): number {
  let x = step(h, QUOTE);
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x20 || c === QUOTE || c === 0x5c || (c >= 0xd800 && c <= 0xdfff)) return fnv1a32(JSON.stringify(s), h);
    if (c > 0x7f) x = step(x, c >>> 8);
    x = step(x, c & 0xff);
  }
  return step(x, QUOTE);
}

/** Sort keys in place as `keys.sort()` would (code-unit order); an insertion sort allocates nothing for the few keys of an object. */
function sortKeys(keys: string[]): string[] {
  if (keys.length > 16) return keys.sort();
  for (let i = 1; i < keys.length; i++) {
    const k = keys[i];
    let j = i - 1;
    while (j >= 0 && keys[j] > k) {
      keys[j + 1] = keys[j];
      j--;
    }
    keys[j + 1] = k;
  }
  return keys;
}

/** stableStringify(value) into the hash, piece by piece (the same pieces, in the same order). */
function hashValue(h: number, value: unknown): number {
  if (typeof value === 'string') return hashJSONString(h, value);
  if (value === null || typeof value !== 'object') return fnv1a32(JSON.stringify(value) ?? 'null', h);
  if (Array.isArray(value)) {
    h = step(h, 0x5b); // [
    for (let i = 0; i < value.length; i++) {
      if (i > 0) h = step(h, 0x2c); // ,
      if (i in value) h = hashValue(h, value[i]);
    }
    return step(h, 0x5d); // ]
  }
  const obj = value as Record<string, unknown>;
  const keys = sortKeys(Object.keys(obj));
  h = step(h, 0x7b); // {
  let first = true;
  for (const k of keys) {
    const v = obj[k];
    if (v === undefined) continue;
    if (!first) h = step(h, 0x2c); // ,
    first = false;
    h = step(hashJSONString(h, k), 0x3a); // :
    h = hashValue(h, v);
  }
  return step(h, 0x7d); // }
}

/**
 * Structural equality of plain data (objects, arrays, primitives): the same own keys with equal values.
 * Unlike comparing stableStringify outputs it tells `{x: undefined}` from `{}`, and stops at the first
 * difference without building strings.
 */
export function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return Number.isNaN(a) && Number.isNaN(b);
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a);
  if (ka.length !== Object.keys(b).length) return false;
  for (const k of ka) {
    if (!Object.prototype.hasOwnProperty.call(b, k)) return false;
    if (!deepEqual((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k])) return false;
  }
  return true;
}

/** Two hex digits per byte value (hex32's lookups). */
const BYTE_HEX = Array.from({ length: 256 }, (_, b) => b.toString(16).padStart(2, '0'));

/**
 * An unsigned 32-bit number as 8 hex digits, as `x.toString(16).padStart(8, '0')` — by four byte lookups,
 * measured several times faster (it runs for every simulated pod's uid).
 */
/** Character codes of the hex digits 0-f. */
const HEX_CODES = Array.from('0123456789abcdef', (c) => c.charCodeAt(0));

/** The character code of hex32(x)[i] (i = 0 the most significant digit), without building the string. */
export function hexDigitCode(x: number, i: number): number {
  return HEX_CODES[(x >>> ((7 - i) * 4)) & 15];
}

export function hex32(x: number): string {
  return BYTE_HEX[x >>> 24] + BYTE_HEX[(x >>> 16) & 255] + BYTE_HEX[(x >>> 8) & 255] + BYTE_HEX[x & 255];
}
