/**
 * What kubectl's own stream reader refuses before any YAML is read (k8s.io/apimachinery/pkg/util/yaml decoder.go,
 * the reader behind `kubectl apply -f`). Checked with kubectl 1.32.
 *
 *  - A line that starts with `---` is a document separator to its YAMLReader, and only a comment may follow it:
 *    `--- {kind: …}` or `--- !tag` is "invalid Yaml document separator: …", though YAML itself allows content
 *    there.
 *  - A text whose first character after white space is `{` is JSON to YAMLOrJSONDecoder (hasJSONPrefix), read
 *    with Go's json.Decoder: a YAML flow mapping such as `{apiVersion: v1, …}` there is a JSON syntax error
 *    ("invalid character 'a' looking for beginning of object key string").
 * kubectl then stops with "error parsing FILE: …" and applies nothing. PodPath skips the document and goes on,
 * as it does for any syntax error, so the rest can still be explained.
 */
import type { Loaded } from './load';
import type { BadSeparator } from './split';

type Refusal = Extract<Loaded, { ok: false }>;

/**
 * `separator`: the segment's refused `---` line as split.ts found it (null: none); undefined, when the caller has
 * no segment, has the text scanned here.
 */
export function kubectlRefuses(text: string, json: boolean, separator?: BadSeparator | null): Refusal | undefined {
  const bad = separator === undefined ? findBadSeparator(text) : separator;
  if (bad) return { ok: false, code: 'yaml/invalid-document-separator', reason: bad.rest, line: bad.line, column: 0 };
  return json ? notJson(text) : undefined;
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
  try {
    JSON.parse(text);
    return undefined;
  } catch (e) {
    // V8 says where ("… in JSON at position 12 …"); the wording differs between versions, the position does not.
    const m = /at position (\d+)/.exec(e instanceof Error ? e.message : '');
    const at = m ? Number(m[1]) : text.trimEnd().length;
    const before = text.slice(0, at);
    const line = before.split('\n').length - 1;
    return { ok: false, code: 'json/syntax-error', reason: '', line, column: at - (before.lastIndexOf('\n') + 1) };
  }
}
