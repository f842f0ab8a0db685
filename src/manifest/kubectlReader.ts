/**
 * What kubectl's own stream reader refuses before any YAML is read (k8s.io/apimachinery/pkg/util/yaml decoder.go,
 * the reader behind `kubectl apply -f`). Checked with kubectl 1.32.
 *
 *  - A line that starts with `---` is a document separator to its YAMLReader, and only a comment may follow it:
 *    `--- {kind: …}` or `--- !tag` is "invalid Yaml document separator: …", though YAML itself allows content
 *    there. The reader fails before it hands out the document it was reading, so the document just before that
 *    line is lost too.
 *  - A text whose first character after white space is `{` is JSON to YAMLOrJSONDecoder (hasJSONPrefix), read
 *    with Go's json.Decoder: a YAML flow mapping such as `{apiVersion: v1, …}` there is a JSON syntax error
 *    ("invalid character 'a' looking for beginning of object key string"). Its YAML line reader is then never
 *    used, so a `---` line in such a text is only a JSON error.
 *  - Each YAML document is converted to JSON before anything else (sigs.k8s.io/yaml YAMLToJSON), and JSON has no
 *    infinity and no NaN: a value go-yaml reads as one (`.inf`, `-.Inf`, `.nan`, unquoted) fails the conversion
 *    with "error converting YAML to JSON: json: unsupported value: +Inf" (encoding/json's UnsupportedValueError,
 *    which prints the float with strconv's 'g' format: +Inf, -Inf, NaN). Go's encoder visits a map's keys in
 *    sorted order, so the value it names is the first one in that order. As a key, `.inf` becomes the text
 *    `.inf` (nameNonFiniteKeys).
 * kubectl stops reading the file there: the objects read before it are still handed on (`kubectl label --local`
 * prints them), nothing after it is read. PodPath skips the document and goes on, as it does for any syntax
 * error, so the rest can still be explained.
 */
import { parse as parseJsonc, type ParseError } from 'jsonc-parser';
import type { Loaded } from './load';
import type { FieldPath } from './diagnostics';
import { DocLocator } from './locate';
import { resolvePlain } from './scalars';
import type { BadSeparator } from './split';

type Refusal = Extract<Loaded, { ok: false }>;

/**
 * `separator`: the segment's refused `---` line as split.ts found it (null: none); undefined, when the caller has
 * no segment, has the text scanned here.
 */
export function kubectlRefuses(text: string, json: boolean, separator?: BadSeparator | null): Refusal | undefined {
  if (json) return notJson(text);
  const bad = separator === undefined ? findBadSeparator(text) : separator;
  if (bad) return { ok: false, code: 'yaml/invalid-document-separator', reason: bad.rest, line: bad.line, column: 0 };
  return undefined;
}

/** The first line starting with `---` that has more than a comment after it. */
export function findBadSeparator(text: string): BadSeparator | undefined {
  // Each line that starts with `---`: at 0, or after a line feed (one native scan for "\n---", not a loop over lines).
  for (let at = text.startsWith('---') ? 0 : text.indexOf('\n---'); at >= 0; at = text.indexOf('\n---', at + 1)) {
    const start = text.charCodeAt(at) === 10 ? at + 1 : at;
    const nl = text.indexOf('\n', start);
    const rest = text.slice(start + 3, nl < 0 ? text.length : nl).trim(); // Go's strings.TrimSpace
    if (rest !== '' && rest[0] !== '#') return { line: start === 0 ? 0 : text.slice(0, start).split('\n').length - 1, rest };
  }
  return undefined;
}

function notJson(text: string): Refusal | undefined {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text; // the byte-order mark kubectl drops
  try {
    JSON.parse(body);
    return undefined;
  } catch {
    // JSON.parse decides (it is exact); where it went wrong comes from jsonc-parser, in strict mode, since the
    // engines' JSON.parse messages do not all say where (V8's "Unexpected token" ones do not).
    const errors: ParseError[] = [];
    parseJsonc(body, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
    const at = (errors.length ? errors[0].offset : body.trimEnd().length) + (body === text ? 0 : 1);
    const before = text.slice(0, at);
    const line = before.split('\n').length - 1;
    return { ok: false, code: 'json/syntax-error', reason: '', line, column: at - (before.lastIndexOf('\n') + 1) };
  }
}

/** The path of the first value JSON cannot hold, in the order Go's encoder visits them (map keys sorted). */
function nonFinitePath(value: unknown, path: (string | number)[]): FieldPath | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? undefined : path;
  if (value === null || typeof value !== 'object') return undefined;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = nonFinitePath(value[i], [...path, i]);
      if (found) return found;
    }
    return undefined;
  }
  const record = value as Record<string, unknown>;
  for (const k of Object.keys(record).sort()) {
    const found = nonFinitePath(record[k], [...path, k]);
    if (found) return found;
  }
  return undefined;
}

/**
 * kubectl's refusal of a loaded document that holds a non-finite number (see the header), placed at that value;
 * undefined when it holds none. `text` is the document's text.
 */
export function jsonRefuses(value: unknown, text: string): Refusal | undefined {
  const path = nonFinitePath(value, []);
  if (!path) return undefined;
  let n = value;
  for (const seg of path) n = (n as Record<string | number, unknown>)[seg];
  const goText = Number.isNaN(n) ? 'NaN' : (n as number) > 0 ? '+Inf' : '-Inf';
  const at = new DocLocator(text).field(path);
  const line = at?.line ?? 0;
  const column = at ? at.column - 1 : 0;
  // The value as written, when the range found is that very scalar (through a merge or an alias, or with a tag,
  // the locator lands on something else): else Go's spelling of the number.
  const lineText = text.split('\n')[line] ?? '';
  const candidate = at && at.endLine === at.line ? lineText.slice(column, at.endColumn - 1).trim() : '';
  const read = resolvePlain(candidate);
  const written = typeof read === 'number' && !Number.isFinite(read) ? candidate : goText;
  return { ok: false, code: 'yaml/unsupported-value', reason: goText, line, column, params: { written } };
}

/**
 * Keys that are non-finite floats, named as kubectl names them: sigs.k8s.io/yaml turns a float key into text with
 * strconv.FormatFloat(…, 'g', -1, 32), then `+Inf`, `-Inf` and `NaN` into `.inf`, `-.inf` and `.nan` (js-yaml's
 * String() gave Infinity, -Infinity, NaN). Renamed in place, key order kept; a document whose text spells one of
 * js-yaml's names itself is left alone (the key could be that text). Only asked for when the load made a
 * non-finite number (load.ts nonFiniteCount).
 */
export function nameNonFiniteKeys(value: unknown, text: string): void {
  const names: Record<string, string> = {};
  // (`.NaN` is the float itself; a bare NaN or Infinity would be text.)
  if (!/(?<![.\w])Infinity/.test(text)) Object.assign(names, { Infinity: '.inf', '-Infinity': '-.inf' });
  if (!/(?<![.\w])NaN/.test(text)) names.NaN = '.nan';
  const seen = new Set<object>();
  const walk = (v: unknown): void => {
    if (v === null || typeof v !== 'object' || seen.has(v)) return;
    seen.add(v);
    if (Array.isArray(v)) {
      v.forEach(walk);
      return;
    }
    const o = v as Record<string, unknown>;
    const keys = Object.keys(o);
    if (keys.some((k) => names[k] !== undefined && !(names[k] in o))) {
      for (const k of keys) {
        const x = o[k];
        delete o[k];
        o[names[k] ?? k] = x;
      }
    }
    for (const k of Object.keys(o)) walk(o[k]);
  };
  walk(value);
}
