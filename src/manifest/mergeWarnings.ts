/**
 * What a document says about the keys its merges (`<<`) replaced (mergeKeys.ts): the warning's words, and where a
 * field that a merge brought is written.
 */
import type { Issue } from './decode/context';
import type { FieldPath } from './diagnostics';
import type { MergeOverride } from './mergeKeys';

/** The `yaml/merge-overrides-key` warning of one replaced key (its range is the caller's: the key written). */
export function mergeOverrideIssue(m: MergeOverride): Issue {
  return { severity: 'warning', code: 'yaml/merge-overrides-key', params: { key: m.key, written: shown(m.written), merged: shown(m.merged) }, field: [] };
}

/**
 * A field under a key a merge replaced is where the merge brought it from (MergeOverride.from): `port: 80` then
 * `<<: {port: 99999}` is refused for the 99999 of the merge. (Nested merges: a few rounds.)
 */
export function mergedFrom(overrides: readonly MergeOverride[], path: FieldPath): FieldPath {
  for (let round = 0; round < 8; round++) {
    let best: MergeOverride | undefined;
    for (const o of overrides) {
      const n = o.path.length + 1;
      if (!o.from || n > path.length || (best && n <= best.path.length + 1)) continue;
      if (path[o.path.length] === o.key && o.path.every((p, i) => p === path[i])) best = o;
    }
    if (!best?.from) return path;
    path = [...best.from, ...path.slice(best.path.length + 1)];
  }
  return path;
}

/**
 * A value for a message: text as it is, anything else as JSON, cut short. The JSON is written only as far as
 * the message shows it: through aliases a short text can stand for a value far too big to write out.
 */
export function shown(v: unknown): string {
  let s = '';
  const write = (x: unknown): void => {
    if (typeof x !== 'object' || x === null) {
      s += JSON.stringify(x) ?? String(x);
      return;
    }
    const list = Array.isArray(x);
    s += list ? '[' : '{';
    let first = true;
    for (const k of Object.keys(x)) {
      if (s.length > 60) return;
      if (!first) s += ',';
      first = false;
      if (!list) s += `${JSON.stringify(k)}:`;
      write((x as Record<string, unknown>)[k]);
    }
    s += list ? ']' : '}';
  };
  if (typeof v === 'string') s = v;
  else write(v);
  return s.length > 60 ? `${s.slice(0, 59)}…` : s;
}
