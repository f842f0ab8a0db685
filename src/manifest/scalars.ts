/**
 * What an unquoted (plain) YAML scalar means to kubectl.
 *
 * kubectl does not read YAML 1.2. It turns YAML into JSON with sigs.k8s.io/yaml, whose YAMLToJSON unmarshals
 * with go-yaml v2, and go-yaml v2 resolves plain scalars by YAML 1.1 rules (its resolve.go). So, unlike a
 * YAML 1.2 reader such as js-yaml's core schema:
 *  - `y`, `yes`, `on`, `n`, `no`, `off` (and their Capitalised and UPPER forms) are booleans, like true/false:
 *    `app: yes` is sent as `"app": true`, which the API server refuses for a string field;
 *  - an integer is read as Go's strconv.ParseInt(s, 0, 64) reads it once every `_` is removed: a leading 0 is
 *    octal (`0755` is 493), `0x`, `0o` and `0b` are hexadecimal, octal and binary; `1_000` is 1000. Past the
 *    range of int64 and uint64, decimal digits are read as a float and anything else stays a string;
 *  - a float that overflows (`1e400`) stays a string, as strconv.ParseFloat refuses it.
 * A date such as `2024-1-2` is a timestamp to go-yaml, but decoded into an untyped value it is kept as the text
 * written (decode.go: "for backward compatibility reasons we set it as a string"), so it is a string here too.
 * Checked against kubectl 1.32 (`kubectl label --local -f … -o json`) and read from gopkg.in/yaml.v2
 * resolve.go and decode.go, Go's strconv, and sigs.k8s.io/yaml yaml.go (YAMLToJSON). A scalar none of these
 * match stays a string, as in go-yaml (`1:30` included: go-yaml never reads base-60 numbers).
 *
 * Each reader returns undefined when the text is not of its kind. They look at the first character before
 * anything else: they run on every plain scalar of every document.
 */

/** What a plain scalar that stays a string resolves to (resolvePlain). */
export const STRING: unique symbol = Symbol('string');

/** go-yaml's resolveTable: the first character's hint. 0: no hint, a string whatever follows. */
const HINT_NONE = 0;
const HINT_MAP = 1; // yYnNtTfFoO~: only the words of resolveMap
const HINT_DOT = 2; // '.': a float, or .inf/.nan
const HINT_NUM = 3; // a digit or a sign: an integer or a float (or ±.inf)
const HINTS = new Uint8Array(128);
for (const c of 'yYnNtTfFoO~') HINTS[c.charCodeAt(0)] = HINT_MAP;
HINTS[46] = HINT_DOT;
for (const c of '0123456789+-') HINTS[c.charCodeAt(0)] = HINT_NUM;

/**
 * go-yaml v2's resolve() of a plain scalar with no tag, as kubectl ends up sending it: null, a boolean, a number,
 * or STRING when it stays the text itself (a date included). Most scalars are names and words, told apart by their first character.
 */
export function resolvePlain(s: string): unknown {
  if (s.length === 0) return null;
  const c = s.charCodeAt(0);
  const hint = c < 128 ? HINTS[c] : HINT_NONE;
  if (hint === HINT_NONE) return STRING;
  if (hint === HINT_MAP) {
    if (s.length > 5) return STRING;
    const b = yamlBool(s);
    if (b !== undefined) return b;
    return s === '~' || s === 'null' || s === 'Null' || s === 'NULL' ? null : STRING;
  }
  if (hint === HINT_NUM) {
    const i = yamlInt(s);
    if (i !== undefined) return i;
  }
  return yamlFloat(s) ?? STRING;
}

/** go-yaml v2 resolveMap's booleans. */
export function yamlBool(s: string): boolean | undefined {
  switch (s) {
    case 'y': case 'Y': case 'yes': case 'Yes': case 'YES': case 'true': case 'True': case 'TRUE': case 'on': case 'On': case 'ON':
      return true;
    case 'n': case 'N': case 'no': case 'No': case 'NO': case 'false': case 'False': case 'FALSE': case 'off': case 'Off': case 'OFF':
      return false;
    default:
      return undefined;
  }
}

const isDigit = (c: number): boolean => c >= 48 && c <= 57;
/** Digits (0–9) or a sign: go-yaml's hint 'D' or 'S', the only scalars it tries as integers or floats (or dates). */
const startsNumeric = (c: number): boolean => isDigit(c) || c === 43 /* + */ || c === 45; /* - */

/** The value of one digit in `base`, or -1. */
function digitValue(c: number, base: number): number {
  const v = isDigit(c) ? c - 48 : c >= 97 && c <= 102 ? c - 87 : c >= 65 && c <= 70 ? c - 55 : -1;
  return v < base ? v : -1;
}

const UINT64_MAX = 2n ** 64n - 1n;
const INT64_MIN_ABS = 2n ** 63n;

/**
 * strconv.ParseInt(s, 0, 64) of the text without its underscores (go-yaml removes them all first): a sign, then
 * `0x`/`0o`/`0b` and at least one digit, or a leading 0 (octal), or decimal digits. Out of int64's range Go tries
 * ParseUint, then a float: decimal digits always end up a number (the nearest double, as JSON carries it), other
 * bases past uint64 (or past int64 when negative) are no number at all.
 */
export function yamlInt(s: string): number | undefined {
  if (s.length === 0 || !startsNumeric(s.charCodeAt(0))) return undefined;
  const t = s.indexOf('_') >= 0 ? s.replaceAll('_', '') : s;
  let i = 0;
  const negative = t.charCodeAt(0) === 45;
  if (negative || t.charCodeAt(0) === 43) i = 1;
  if (i === t.length) return undefined;
  let base = 10;
  let prefix = '';
  if (t.charCodeAt(i) === 48 /* 0 */) {
    const p = t.charCodeAt(i + 1) | 0x20; // lower case
    if (t.length - i >= 3 && (p === 0x62 || p === 0x6f || p === 0x78)) {
      base = p === 0x62 ? 2 : p === 0x6f ? 8 : 16;
      i += 2;
    } else {
      base = 8;
      i += 1; // "0" alone is 0
    }
    prefix = base === 2 ? '0b' : base === 16 ? '0x' : '0o';
  }
  for (let k = i; k < t.length; k++) if (digitValue(t.charCodeAt(k), base) < 0) return undefined;
  if (base === 10) return Number(t) || 0; // a sign and decimal digits, which Number reads alike; no -0
  const digits = t.slice(i);
  const v = digits === '' ? 0n : BigInt(prefix + digits);
  if (v > (negative ? INT64_MIN_ABS : UINT64_MAX)) return undefined;
  const n = Number(v);
  return negative && n !== 0 ? -n : n;
}

/** go-yaml's yamlStyleFloat, tried on the text without underscores once it is not an integer. */
const FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$/;
/** A text starting with `.` goes to strconv.ParseFloat as written (underscores make it a string). */
const DOT_FLOAT = /^\.[0-9]+(?:[eE][-+]?[0-9]+)?$/;
const SPECIAL_FLOATS: ReadonlyMap<string, number> = new Map([
  ...['.nan', '.NaN', '.NAN'].map((s) => [s, NaN] as const),
  ...['.inf', '.Inf', '.INF', '+.inf', '+.Inf', '+.INF'].map((s) => [s, Infinity] as const),
  ...['-.inf', '-.Inf', '-.INF'].map((s) => [s, -Infinity] as const),
]);

/** ParseFloat refuses what overflows (a range error): go-yaml then keeps the text. */
const finite = (n: number): number | undefined => (Number.isFinite(n) ? n : undefined);

/** A float as go-yaml reads it: `.5`, `1.5`, `1e3`, `+.inf`, `.nan`; also `08` and `09`, which are not octal. */
export function yamlFloat(s: string): number | undefined {
  if (s.length === 0) return undefined;
  const c = s.charCodeAt(0);
  if (c === 46 /* . */) return SPECIAL_FLOATS.get(s) ?? (DOT_FLOAT.test(s) ? finite(Number(s)) : undefined);
  if (!startsNumeric(c)) return undefined;
  const special = SPECIAL_FLOATS.get(s);
  if (special !== undefined) return special;
  const t = s.indexOf('_') >= 0 ? s.replaceAll('_', '') : s;
  return FLOAT.test(t) ? finite(Number(t)) : undefined;
}
