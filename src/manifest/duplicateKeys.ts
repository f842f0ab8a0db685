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
 * Only documents js-yaml refused for a duplicate key come here (rare), so the `yaml` package's full parse is
 * affordable. It reads keys by YAML 1.1, as go-yaml does: `yes:` and `true:` are the same key.
 */
import { isMap, isScalar, LineCounter, parseDocument, visit, type Node } from 'yaml';

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
  const doc = parseDocument(text, { version: '1.1', lineCounter: lc, uniqueKeys: true });
  const at = new Set<number>();
  for (const e of doc.errors) if (e.code === 'DUPLICATE_KEY') at.add(e.pos[0]);
  if (at.size === 0) return [];
  const out: DuplicateKey[] = [];
  visit(doc, {
    Map(_, map) {
      if (!isMap(map)) return;
      for (const pair of map.items) {
        const key = pair.key as Node | null;
        const start = key?.range?.[0];
        if (start === undefined || !at.has(start) || !isScalar(key)) continue;
        const first = map.items.find((p) => isScalar(p.key) && p.key !== key && sameKey(p.key.value, key.value));
        const pos = lc.linePos(start);
        const end = lc.linePos(key.range![1]);
        const firstStart = (first?.key as Node | undefined)?.range?.[0];
        out.push({
          key: String(key.value),
          line: pos.line - 1,
          column: pos.col,
          endColumn: end.line === pos.line ? end.col : pos.col + String(key.value).length,
          firstLine: firstStart === undefined ? pos.line - 1 : lc.linePos(firstStart).line - 1,
        });
      }
    },
  });
  return out.sort((a, b) => a.line - b.line || a.column - b.column);
}

const sameKey = (a: unknown, b: unknown): boolean => a === b || (typeof a === typeof b && String(a) === String(b));
