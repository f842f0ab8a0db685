/**
 * What an unquoted (plain) YAML scalar means to kubectl.
 *
 * kubectl does not read YAML 1.2. It turns YAML into JSON with sigs.k8s.io/yaml, whose YAMLToJSON unmarshals
 * with go-yaml v2, and go-yaml v2 resolves plain scalars by YAML 1.1 rules (its resolve.go). So, unlike a
 * YAML 1.2 reader such as js-yaml's core schema:
 *  - `y`, `yes`, `on`, `n`, `no`, `off` (and their Capitalised and UPPER forms) are booleans, like true/false:
 *    `app: yes` is sent as `"app": true`, which the API server refuses for a string field;
 *  - an integer is read as Go's strconv.ParseInt(s, 0, 64) reads it once every `_` is removed: a leading 0 is
 *    octal (`0755` is 493), `0x`, `0o` and `0b` are hexadecimal, octal and binary; `1_000` is 1000;
 *  - a date or date-time (`2024-01-02`, `2024-1-2T10:00:00Z`) becomes a Go time.Time, which JSON prints back in
 *    RFC 3339 form: `2024-01-02` arrives as the string "2024-01-02T00:00:00Z".
 * Source: gopkg.in/yaml.v2 resolve.go (resolveMap, resolve, parseTimestamp, allowedTimestampFormats), Go's
 * strconv.ParseUint (base 0) and time.Parse, and sigs.k8s.io/yaml yaml.go (YAMLToJSON). A scalar none of these
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
const HINT_NUM = 3; // a digit or a sign: a timestamp, an integer or a float (or ±.inf)
const HINTS = new Uint8Array(128);
for (const c of 'yYnNtTfFoO~') HINTS[c.charCodeAt(0)] = HINT_MAP;
HINTS[46] = HINT_DOT;
for (const c of '0123456789+-') HINTS[c.charCodeAt(0)] = HINT_NUM;

/**
 * go-yaml v2's resolve() of a plain scalar with no tag: null, a boolean, a number, a timestamp's JSON string, or
 * STRING when it stays the text itself. Most scalars are names and words, told apart by their first character.
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
    const t = yamlTimestamp(s);
    if (t !== undefined) return t;
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
/** Digits (0–9) or a sign: go-yaml's hint 'D' or 'S', the only scalars it tries as integers, floats or timestamps. */
const startsNumeric = (c: number): boolean => isDigit(c) || c === 43 /* + */ || c === 45; /* - */

/** The value of one digit in `base`, or -1. */
function digitValue(c: number, base: number): number {
  const v = isDigit(c) ? c - 48 : c >= 97 && c <= 102 ? c - 87 : c >= 65 && c <= 70 ? c - 55 : -1;
  return v < base ? v : -1;
}

/**
 * strconv.ParseInt(s, 0, 64) of the text without its underscores (go-yaml removes them all first): a sign, then
 * `0x`/`0o`/`0b` and at least one digit, or a leading 0 (octal), or decimal digits. Out of int64's range, Go
 * tries ParseUint and then a float; a JavaScript number holds either, so the value is the same number.
 */
export function yamlInt(s: string): number | undefined {
  if (s.length === 0 || !startsNumeric(s.charCodeAt(0))) return undefined;
  const t = s.indexOf('_') >= 0 ? s.replaceAll('_', '') : s;
  let i = 0;
  let sign = 1;
  if (t.charCodeAt(0) === 43 || t.charCodeAt(0) === 45) {
    sign = t.charCodeAt(0) === 45 ? -1 : 1;
    i = 1;
  }
  if (i === t.length) return undefined;
  let base = 10;
  if (t.charCodeAt(i) === 48 /* 0 */) {
    const p = t.charCodeAt(i + 1) | 0x20; // lower case
    if (t.length - i >= 3 && (p === 0x62 || p === 0x6f || p === 0x78)) {
      base = p === 0x62 ? 2 : p === 0x6f ? 8 : 16;
      i += 2;
    } else {
      base = 8;
      i += 1; // "0" alone is 0
    }
  }
  let n = 0;
  for (; i < t.length; i++) {
    const d = digitValue(t.charCodeAt(i), base);
    if (d < 0) return undefined;
    n = n * base + d;
  }
  return sign * n || 0; // no -0
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

/** A float as go-yaml reads it: `.5`, `1.5`, `1e3`, `+.inf`, `.nan`; also `08` and `09`, which are not octal. */
export function yamlFloat(s: string): number | undefined {
  if (s.length === 0) return undefined;
  const c = s.charCodeAt(0);
  if (c === 46 /* . */) return SPECIAL_FLOATS.get(s) ?? (DOT_FLOAT.test(s) ? Number(s) : undefined);
  if (!startsNumeric(c)) return undefined;
  const special = SPECIAL_FLOATS.get(s);
  if (special !== undefined) return special;
  const t = s.indexOf('_') >= 0 ? s.replaceAll('_', '') : s;
  return FLOAT.test(t) ? Number(t) : undefined;
}

const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const isLeap = (y: number): boolean => y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
const pad2 = (n: number): string => (n < 10 ? `0${n}` : String(n));

/**
 * A timestamp as go-yaml v2 reads one (parseTimestamp: four digits and a `-`, then one of the layouts
 * "2006-1-2T15:4:5.999999999Z07:00", the same with a lower-case t, "2006-1-2 15:4:5.999999999", "2006-1-2"),
 * given back as the string encoding/json makes of the time.Time: RFC 3339 with nanoseconds
 * ("2006-01-02T15:04:05.999999999Z07:00"), in the offset it was written with, "Z" for UTC.
 * Go's time.Parse rules: month, day, hour, minute and second take one or two digits and are range-checked
 * (the day against the month, leap years included); a fraction takes any number of digits after `.` or `,`
 * (the first nine count); a zone is `Z` or ±hh:mm; one or more spaces match the layout's space.
 */
export function yamlTimestamp(s: string): string | undefined {
  if (s.length < 8 || s.charCodeAt(4) !== 45 /* - */ || !isDigit(s.charCodeAt(0))) return undefined;
  for (let k = 1; k < 4; k++) if (!isDigit(s.charCodeAt(k))) return undefined;
  const year = Number(s.slice(0, 4));
  let i = 5;
  /** One or two digits at i (Go's getnum with fixed = false). */
  const num = (): number => {
    if (!isDigit(s.charCodeAt(i))) return -1;
    let n = s.charCodeAt(i++) - 48;
    if (isDigit(s.charCodeAt(i))) n = n * 10 + s.charCodeAt(i++) - 48;
    return n;
  };
  const month = num();
  if (month < 1 || month > 12 || s.charCodeAt(i++) !== 45) return undefined;
  const day = num();
  if (day < 1 || day > (month === 2 && isLeap(year) ? 29 : DAYS[month - 1])) return undefined;
  const date = `${s.slice(0, 4)}-${pad2(month)}-${pad2(day)}`;
  if (i === s.length) return `${date}T00:00:00Z`;

  const sep = s.charCodeAt(i);
  const spaced = sep === 32;
  if (spaced) while (s.charCodeAt(i) === 32) i++;
  else if (sep === 84 /* T */ || sep === 116 /* t */) i++;
  else return undefined;
  const hour = num();
  if (hour < 0 || hour > 23 || s.charCodeAt(i++) !== 58 /* : */) return undefined;
  const minute = num();
  if (minute < 0 || minute > 59 || s.charCodeAt(i++) !== 58) return undefined;
  const second = num();
  if (second < 0 || second > 59) return undefined;
  let fraction = '';
  const dot = s.charCodeAt(i);
  if ((dot === 46 || dot === 44) && isDigit(s.charCodeAt(i + 1))) {
    let j = i + 1;
    while (isDigit(s.charCodeAt(j))) j++;
    fraction = s.slice(i + 1, Math.min(j, i + 10)).replace(/0+$/, '');
    i = j;
  }
  const time = `${date}T${pad2(hour)}:${pad2(minute)}:${pad2(second)}${fraction && `.${fraction}`}`;
  if (spaced) return i === s.length ? `${time}Z` : undefined; // this layout has no zone
  if (s.charCodeAt(i) === 90 /* Z */ && i + 1 === s.length) return `${time}Z`;
  // ±hh:mm, nothing after it. Go accepts an offset of up to 24:60, but encoding/json then refuses to print one of
  // 24 hours or more, and kubectl fails on the whole file: such a text is left a string here.
  if (s.length !== i + 6 || s.charCodeAt(i + 3) !== 58) return undefined;
  const signChar = s.charCodeAt(i);
  if (signChar !== 43 && signChar !== 45) return undefined;
  const hh = s.slice(i + 1, i + 3);
  const mm = s.slice(i + 4, i + 6);
  if (!/^[0-9]{2}$/.test(hh) || !/^[0-9]{2}$/.test(mm) || Number(mm) > 60) return undefined;
  const offset = Number(hh) * 60 + Number(mm);
  if (offset === 0) return `${time}Z`;
  if (offset >= 24 * 60) return undefined;
  return `${time}${s[i]}${pad2(Math.floor(offset / 60))}:${pad2(offset % 60)}`;
}
