/**
 * Keys written twice in one mapping, and where.
 *
 * `kubectl apply -f` reads YAML leniently: its stream decoder (k8s.io/apimachinery/pkg/util/yaml
 * NewYAMLOrJSONDecoder, not the WithStrict one) converts each document with sigs.k8s.io/yaml's non-strict
 * Unmarshal, and go-yaml v2 then stores every key in turn (decoder.setMapIndex: only strict mode says
 * `key "x" already set in map`). The last value wins, the earlier ones are gone before the request is made, so
 * the API server's strict field validation never sees them (kubernetes/kubernetes#125885, #89303).
 * load.ts gives the document that value; this finds the repeated keys, so the learner is told.
 *
 * Two keys are the same when the loader makes them the same property: a plain key is read as scalars.ts reads
 * it (`yes` and `true` are both true, `0755` and `493` both 493, `2024-1-2` stays text), a quoted one is its
 * text, and both end as the JSON property name. Only documents js-yaml refused for a duplicate key come here
 * (rare), so the `yaml` package's full parse (for positions) is affordable.
 */
import { isMap, isScalar, LineCounter, parseDocument, visit, type Scalar } from 'yaml';
import { resolvePlain, STRING } from './scalars';

export interface DuplicateKey {
  /** The key as written (a quoted key without its quotes). */
  key: string;
  /** 0-based line and 1-based columns of the later key, relative to the document. */
  line: number;
  column: number;
  endColumn: number;
  /** 0-based line of the key's first occurrence in the same mapping. */
  firstLine: number;
}

export function findDuplicateKeys(text: string): DuplicateKey[] {
  const lc = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lc, uniqueKeys: false });
  const out: DuplicateKey[] = [];
  visit(doc, {
    Map(_, map) {
      if (!isMap(map)) return;
      const seen = new Map<string, Scalar>();
      for (const pair of map.items) {
        const key = pair.key;
        if (!isScalar(key) || !key.range) continue;
        const written = key.type === 'PLAIN' ? text.slice(key.range[0], key.range[1]) : String(key.value);
        // A plain `<<` is a merge, not a key: go-yaml applies each one in turn (mergeKeys.ts).
        if (written === '<<' && key.type === 'PLAIN' && (!key.tag || key.tag === 'tag:yaml.org,2002:merge')) continue;
        const resolved = key.type === 'PLAIN' ? resolvePlain(written) : written;
        const name = resolved === STRING ? written : String(resolved);
        const first = seen.get(name);
        if (!first) {
          seen.set(name, key);
          continue;
        }
        const pos = lc.linePos(key.range[0]);
        const end = lc.linePos(key.range[1]);
        out.push({
          key: written,
          line: pos.line - 1,
          column: pos.col,
          endColumn: end.line === pos.line ? end.col : pos.col + written.length,
          firstLine: lc.linePos(first.range![0]).line - 1,
        });
      }
    },
  });
  return out.sort((a, b) => a.line - b.line || a.column - b.column);
}
