/**
 * A key that reads as null (`~:`, `null:`, `Null:`, `NULL:`), which kubectl cannot send.
 *
 * go-yaml v2 reads such a key as nil, and sigs.k8s.io/yaml's conversion to JSON only takes string, number and
 * boolean keys (convertToJSONableObject), so kubectl stops at that document: "error converting YAML to JSON:
 * unsupported map key of type: %!s(<nil>), key: <nil>, value: …" (checked with kubectl 1.32). js-yaml makes the
 * key the text "null", the same as a quoted `"null":`, so the text itself has to be looked at.
 *
 * Cheap first: most texts have no `~` and no `ull`/`ULL` at all (a few indexOf); then a line scan for such a
 * word before a colon; only a text that passes both is parsed with the `yaml` package, which tells a key from
 * the same words inside a block scalar or a quoted string.
 */
import { isMap, isScalar, LineCounter, parseDocument, visit } from 'yaml';
import { resolvePlain } from './scalars';

/**
 * Where a null word can be a key: before a colon that ends a key (`null: x`), anywhere after an explicit key's
 * `?` (rare in manifests, and written in many ways), or in a flow mapping after `{`, `,` or `?` (`{~}`, `{a: 1, ~: x}`, across
 * lines too). A value (`a: null`) is not one; the full parse decides for whatever matches.
 */
const CANDIDATE = /(?:^|[\s{,?])(?:~|null|Null|NULL)[ \t]*:(?:[ \t,}\]]|\r?$)|(?:^|\s)\?(?:\s|$)[^]*?(?:~|null|Null|NULL)|[{,?]\s*(?:\?\s+)?(?:~|null|Null|NULL)\s*[,}:]/m;

export function mayHaveNullKey(text: string): boolean {
  if (text.indexOf('~') < 0 && text.indexOf('ull') < 0 && text.indexOf('ULL') < 0) return false;
  return CANDIDATE.test(text);
}

/** The first key of the text that reads as null: as written, 0-based line and column. */
export function findNullKey(text: string): { written: string; line: number; column: number } | undefined {
  const lc = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lc, uniqueKeys: false });
  let found: { written: string; line: number; column: number } | undefined;
  visit(doc, {
    Map(_, map) {
      if (!isMap(map)) return undefined;
      for (const pair of map.items) {
        const key = pair.key;
        if (!isScalar(key) || !key.range || key.type !== 'PLAIN' || key.tag) continue;
        const written = text.slice(key.range[0], key.range[1]);
        if (written === '' || resolvePlain(written) !== null) continue;
        const pos = lc.linePos(key.range[0]);
        found = { written, line: pos.line - 1, column: pos.col - 1 };
        return visit.BREAK;
      }
      return undefined;
    },
  });
  return found;
}
