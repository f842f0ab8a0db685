/**
 * How Go prints the values kubectl decodes from JSON (map[string]interface{}, []interface{}, string, int64,
 * float64, bool, nil), for the tools whose output PodPath copies byte for byte:
 * - goJson: encoding/json's Marshal (keys sorted, <, > and & escaped as \u003c \u003e \u0026, U+2028/2029
 *   escaped) — what kubectl's JSONPath prints for a map or a list;
 * - goValue: fmt's %v (map[a:1 b:2], [x y], <nil>) — what client-go's filter error shows;
 * - goSyntax: fmt's %#v (map[string]interface {}{"a":1}) — the object kubectl's JSONPath error prints;
 * - goQuote: strconv.Quote (%q);
 * - goFloat: %v of a float64 (1.5, 1e-07, 1.2345675e+06).
 * A JSON number is an int64 when it is a whole number in int64's range (k8s.io/apimachinery's unstructured
 * decoder reads such numbers as int64), a float64 otherwise. Checked against kubectl 1.32.
 */

/** A value from a JSON document, as Go's unstructured decoder holds it. */
export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };

const INT64_LIMIT = 2 ** 63;

/** Whether Go holds this JSON number as an int64 (else a float64). */
export const isGoInt = (n: number): boolean => Number.isInteger(n) && Math.abs(n) < INT64_LIMIT;

/**
 * %v of a float64: strconv.FormatFloat(f, 'g', -1, 64) — the shortest digits that read back the same, in %e
 * form (two-digit exponent at least: 1e-07, 1.2345675e+06) when the exponent is < -4 or ≥ 6 (the precision
 * 'g' compares against when the shortest form is asked for), else plain (123456.5, 0.0001).
 */
export function goFloat(f: number): string {
  if (Number.isNaN(f)) return 'NaN';
  if (!Number.isFinite(f)) return f > 0 ? '+Inf' : '-Inf';
  if (f === 0) return Object.is(f, -0) ? '-0' : '0';
  const [mantissa, expText] = f.toExponential().split('e');
  const exp = Number(expText);
  if (exp < -4 || exp >= 6) {
    const digits = String(Math.abs(exp)).padStart(2, '0');
    return `${mantissa}e${exp < 0 ? '-' : '+'}${digits}`;
  }
  const digits = mantissa.replace('-', '').replace('.', '');
  const sign = f < 0 ? '-' : '';
  if (exp < 0) return `${sign}0.${'0'.repeat(-exp - 1)}${digits}`;
  const whole = digits.slice(0, exp + 1).padEnd(exp + 1, '0');
  const frac = digits.slice(exp + 1);
  return `${sign}${whole}${frac ? `.${frac}` : ''}`;
}

/** A JSON number as Go prints it with %v: an int64 in decimal, a float64 with goFloat. */
export const goNumber = (n: number): string => (isGoInt(n) ? String(n) : goFloat(n));

const PRINTABLE = /^[\p{L}\p{M}\p{N}\p{P}\p{S} ]$/u;
const NAMED_ESCAPES: Readonly<Record<string, string>> = { '\x07': '\\a', '\b': '\\b', '\f': '\\f', '\n': '\\n', '\r': '\\r', '\t': '\\t', '\v': '\\v' };
const hex = (n: number, width: number) => n.toString(16).padStart(width, '0');

/** strconv.Quote: a double-quoted Go string literal; printable runes (unicode.IsPrint) stay as they are. */
export function goQuote(s: string): string {
  let out = '"';
  for (const ch of s) {
    const cp = ch.codePointAt(0) ?? 0;
    if (ch === '"' || ch === '\\') out += `\\${ch}`;
    else if (PRINTABLE.test(ch)) out += ch;
    else if (NAMED_ESCAPES[ch]) out += NAMED_ESCAPES[ch];
    else if (cp < 0x20 || cp === 0x7f) out += `\\x${hex(cp, 2)}`;
    else if (cp < 0x10000) out += `\\u${hex(cp, 4)}`;
    else out += `\\U${hex(cp, 8)}`;
  }
  return `${out}"`;
}

const isMap = (v: unknown): v is Record<string, JsonValue> => typeof v === 'object' && v !== null && !Array.isArray(v);
/** Go sorts map keys when it prints a map (fmt and encoding/json alike). */
const sortedKeys = (m: Record<string, unknown>): string[] => Object.keys(m).sort();

function sortDeep(v: JsonValue): JsonValue {
  if (Array.isArray(v)) return v.map(sortDeep);
  if (isMap(v)) return Object.fromEntries(sortedKeys(v).map((k) => [k, sortDeep(v[k])]));
  return v;
}

const HTML_UNSAFE = /[<>&\u2028\u2029]/g;

/**
 * encoding/json's Marshal (compact) or MarshalIndent(v, "", indent): keys sorted, HTML-safe escapes. JSON.stringify
 * escapes strings as Go does otherwise (\n \t \b \f, \u00XX for other control characters), and <, >, & and
 * U+2028/2029 only ever appear inside strings, so escaping them in the whole text is escaping them in strings.
 */
export function goJson(v: JsonValue, indent = ''): string {
  const text = JSON.stringify(sortDeep(v), (_k, x: unknown) => (typeof x === 'number' && !Number.isFinite(x) ? null : x), indent || undefined);
  return text.replace(HTML_UNSAFE, (c) => `\\u${hex(c.charCodeAt(0), 4)}`);
}

/** fmt's %v: map[k:v k2:v2], [a b], <nil>; strings unquoted. */
export function goValue(v: JsonValue): string {
  if (v === null) return '<nil>';
  if (Array.isArray(v)) return `[${v.map(goValue).join(' ')}]`;
  if (isMap(v)) return `map[${sortedKeys(v).map((k) => `${k}:${goValue(v[k])}`).join(' ')}]`;
  if (typeof v === 'number') return goNumber(v);
  return String(v);
}

/** fmt's %#v of what json.Unmarshal puts in an interface{}: map[string]interface {}{"k":…}, []interface {}{…}. */
export function goSyntax(v: JsonValue): string {
  if (v === null) return 'interface {}(nil)';
  if (Array.isArray(v)) return `[]interface {}{${v.map(goSyntax).join(', ')}}`;
  if (isMap(v)) return `map[string]interface {}{${sortedKeys(v).map((k) => `${goQuote(k)}:${goSyntax(v[k])}`).join(', ')}}`;
  if (typeof v === 'string') return goQuote(v);
  if (typeof v === 'number') return goNumber(v);
  return String(v);
}

/** The Go type name of a decoded JSON value (reflect.Type's String()), as errors name it. */
export function goTypeName(v: JsonValue): string {
  if (v === null) return 'interface {}';
  if (Array.isArray(v)) return '[]interface {}';
  if (isMap(v)) return 'map[string]interface {}';
  if (typeof v === 'number') return isGoInt(v) ? 'int64' : 'float64';
  return typeof v === 'string' ? 'string' : 'bool';
}
