/**
 * YAML merge keys (`<<`) as kubectl reads them: go-yaml v2's way, in the order they are written.
 *
 * kubectl turns YAML into JSON with sigs.k8s.io/yaml, whose reader is go-yaml v2. Its decoder (decode.go:
 * `mapping`, `merge`) walks a mapping's pairs in order and applies a merge where it stands: the merged mapping's
 * keys are set one by one, so they replace a key written *before* `<<`, and a key written after `<<` replaces
 * them. Of a sequence (`<<: [*a, *b]`) the earlier mappings take precedence ("step backwards as earlier nodes
 * take precedence"). Anything else after `<<` fails the whole document: "map merge requires map or sequence of
 * maps as the value". Checked with kubectl 1.32: `labels: {app: web, <<: {app: base}}` creates the object with
 * app=base.
 *
 * js-yaml follows the merge-key specification instead, where a key of the mapping itself always wins. So the
 * loader does not let js-yaml merge: each plain `<<` is read as a key of its own (mergeKeyType: a distinct
 * string per occurrence, so two merges in one mapping stay two and keep their places among the keys), and
 * resolveMergeKeys then applies the merges go-yaml's way, noting every key a merge replaced (the learner is told:
 * kubectl does it without a word). Only a plain `<<` is a merge key, as in go-yaml (`"<<"` is text); an explicit
 * `!!merge <<` is still merged by js-yaml, the specification's way.
 *
 * Limits: JavaScript objects list integer-like keys (`"80"`) first, so their place among the merges is lost:
 * they are taken as written before every merge of their mapping (a merge that sets one replaces it, which is
 * wrong for such a key written after the merge).
 */
import { Type } from 'js-yaml';
import type { FieldPath } from './diagnostics';

/** What a plain `<<` is loaded as: NUL (which YAML text cannot hold) and a number, unique per occurrence. */
const MARK = '\u0000<<';
let made = 0;

/** How many merge keys the loader has read, ever (a caller compares before and after a load, as nonFiniteCount). */
export function mergeKeysRead(): number {
  return made;
}

/** The implicit type of a plain `<<` (tried after every other reading of a plain scalar: see load.ts). */
export const mergeKeyType = new Type('tag:podpath.dev,2026:merge-key', {
  kind: 'scalar',
  resolve: (data: string | null) => data === '<<',
  construct: () => MARK + String(made++),
});

const isMark = (s: string): boolean => s.charCodeAt(0) === 0 && s.startsWith(MARK);

/**
 * The step of a field path into the mapping a merge brings: the n-th `<<` of its mapping (a mapping may have
 * several), then the index for a list of mappings. DocLocator knows it; no key can be written so (NUL).
 */
export function mergeSegment(n: number): string {
  return `\u0000merge${n}`;
}
/** n for a step mergeSegment(n) made, else undefined. */
export function mergeIndex(seg: string | number): number | undefined {
  if (typeof seg !== 'string' || seg.charCodeAt(0) !== 0 || !seg.startsWith('\u0000merge')) return undefined;
  const n = Number(seg.slice(6));
  return Number.isInteger(n) && n >= 0 ? n : undefined;
}

/** A key of a mapping a merge replaced, where it was written. */
export interface MergeOverride {
  /** The mapping's path from the document's root (where the walk first met it: an anchor is met where it is written). */
  path: FieldPath;
  key: string;
  /** The value written before `<<` (dropped), and the merged one kubectl keeps. */
  written: unknown;
  merged: unknown;
  /**
   * Where the value kept is written: the key in the mapping a merge brought (through mergeSegment steps; an
   * alias is followed by the locator). A diagnostic about the value is placed there, not at the key replaced.
   */
  from?: FieldPath;
}

export type MergeResult =
  /**
   * listMerge: a merge took a list. go-yaml refuses an alias of a list (`<<: *list`) where it takes the list
   * written out, and the loaded value cannot tell the two apart: the caller looks at the text (load.ts).
   */
  | { ok: true; value: unknown; overrides: readonly MergeOverride[]; listMerge: boolean }
  /** path: the mapping whose `<<` go-yaml refuses. */
  | { ok: false; reason: string; path: FieldPath };

type Mapping = Record<string, unknown>;
const isMapping = (v: unknown): v is Mapping => typeof v === 'object' && v !== null && !Array.isArray(v);

/** go-yaml v2's failWantMap(), as kubectl prints it after "error converting YAML to JSON: yaml: ". */
export const MERGE_WANTS_MAP = 'map merge requires map or sequence of maps as the value';
/** go-yaml v2's decoder.alias() for an anchor used inside its own value (the name is not known here). */
export const MERGE_CONTAINS_ITSELF = 'anchor value contains itself';

class Failure {
  constructor(readonly reason: string, readonly path: FieldPath) {}
}

/**
 * The loaded value with its merges applied go-yaml's way. Mappings are rewritten in place, so a mapping shared
 * through an alias is resolved once for all its uses. A `<<` that is a value, not a key, is the text "<<".
 */
export function resolveMergeKeys(value: unknown, dropped: readonly object[] = []): MergeResult {
  const r = new Resolver();
  try {
    const v = r.value(value, []);
    // Values the loader made and then dropped (a key written twice): go-yaml decodes them all the same, so
    // a merge it refuses there fails the document; a key replaced there is not worth a word.
    r.quiet = true;
    for (const o of dropped) r.value(o, []);
    return { ok: true, value: v, overrides: r.overrides, listMerge: r.listMerge };
  } catch (e) {
    if (e instanceof Failure) return { ok: false, reason: e.reason, path: e.path };
    throw e;
  }
}

class Resolver {
  readonly overrides: MergeOverride[] = [];
  listMerge = false;
  /** No overrides noted (values that do not reach the object). */
  quiet = false;
  /** Collections already resolved (an alias meets them again). */
  private readonly done = new Set<object>();
  /** Collections being resolved: met again through a merge, the anchor contains itself. */
  private readonly active = new Set<object>();

  /**
   * The `<<` scalars met so far: one met again came through an alias (`&k <<` … `*k`), and an alias is no
   * merge key to go-yaml (isMerge wants the scalar itself), only the text "<<".
   */
  private readonly marks = new Set<string>();

  value(v: unknown, path: FieldPath): unknown {
    if (typeof v === 'string') {
      if (!isMark(v)) return v;
      this.marks.add(v);
      return '<<';
    }
    if (typeof v !== 'object' || v === null || this.done.has(v)) return v;
    // Met again inside itself: an alias of an anchor within its own value, which go-yaml always refuses
    // (decoder.alias), merge or not. (Left in, it would make a value that contains itself.)
    if (this.active.has(v)) throw new Failure(MERGE_CONTAINS_ITSELF, path);
    this.active.add(v);
    if (Array.isArray(v)) {
      for (let i = 0; i < v.length; i++) v[i] = this.value(v[i], [...path, i]);
    } else {
      this.mapping(v as Mapping, path);
    }
    this.active.delete(v);
    this.done.add(v);
    return v;
  }

  private mapping(m: Mapping, path: FieldPath): void {
    const keys = Object.keys(m);
    if (!keys.some(isMark)) {
      for (const k of keys) set(m, k, this.value(m[k], [...path, k]));
      return;
    }
    // go-yaml's decoder.mapping: every pair in order into one map; a Map keeps a key where it was first set.
    const out = new Map<string, unknown>();
    /** Keys whose value so far was written in this mapping (not brought by a merge). */
    const written = new Set<string>();
    /** For a key a merge set last: that key's path in the mapping merged. */
    const fromOf = new Map<string, FieldPath>();
    /** This mapping's overrides (their `from` is known at its end: a later merge may set the key again). */
    let mine: MergeOverride[] | undefined;
    let merges = 0;
    for (const k of keys) {
      const alias = isMark(k) && this.marks.has(k);
      if (isMark(k)) this.marks.add(k);
      if (!isMark(k) || alias) {
        const key = alias ? '<<' : k;
        out.set(key, this.value(m[k], [...path, key]));
        written.add(key);
        fromOf.delete(key);
        continue;
      }
      const source = m[k];
      // decoder.merge: a mapping, or a sequence of mappings taken from the last to the first.
      const sources = Array.isArray(source) ? source.slice().reverse() : [source];
      const at = [...path, mergeSegment(merges++)];
      if (!Array.isArray(source) && !isMapping(source)) throw new Failure(MERGE_WANTS_MAP, path);
      if (Array.isArray(source)) this.listMerge = true;
      /** Keys written before this merge that it sets, with the value written. */
      let replaced: Map<string, unknown> | undefined;
      for (let i = 0; i < sources.length; i++) {
        const s = sources[i];
        if (!isMapping(s)) throw new Failure(MERGE_WANTS_MAP, path);
        if (this.active.has(s)) throw new Failure(MERGE_CONTAINS_ITSELF, path);
        const sourcePath = Array.isArray(source) ? [...at, sources.length - 1 - i] : at;
        this.value(s, sourcePath);
        for (const sk of Object.keys(s)) {
          fromOf.set(sk, [...sourcePath, sk]);
          if (written.has(sk)) {
            (replaced ??= new Map()).set(sk, out.get(sk));
            written.delete(sk);
          }
          out.set(sk, s[sk]);
        }
      }
      // What the whole merge leaves (of a list, the earliest mapping that has the key), in the order written.
      if (replaced) {
        for (const [key, after] of out) {
          if (!replaced.has(key)) continue;
          const before = replaced.get(key);
          if (!this.quiet && !sameValue(before, after)) (mine ??= []).push({ path, key, written: before, merged: after });
        }
      }
    }
    if (mine) {
      for (const o of mine) {
        const from = fromOf.get(o.key);
        this.overrides.push(from ? { ...o, from } : o);
      }
    }
    for (const k of keys) delete m[k];
    for (const [k, v] of out) set(m, k, v);
  }
}

/** m[k] = v, with `__proto__` an own key as js-yaml makes it (not the object's prototype). */
function set(m: Mapping, k: string, v: unknown): void {
  if (k === '__proto__') Object.defineProperty(m, k, { value: v, enumerable: true, writable: true, configurable: true });
  else m[k] = v;
}

/**
 * Plain data equal in value (a merge that brings the value already written changes nothing worth a word).
 * Aliases make values share parts (a few lines can stand for millions of nodes): each pair of collections is
 * compared once, so the cost is that of the text, not of the value written out.
 */
function sameValue(a: unknown, b: unknown, seen = new Map<object, Set<object>>()): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null || Array.isArray(a) !== Array.isArray(b)) return false;
  // A pair met before: it was equal (an unequal one ends the whole comparison at once).
  let compared = seen.get(a);
  if (compared?.has(b)) return true;
  if (!compared) seen.set(a, (compared = new Set()));
  compared.add(b);
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  for (const k of ka) {
    if (!Object.prototype.hasOwnProperty.call(b, k)) return false;
    if (!sameValue((a as Mapping)[k], (b as Mapping)[k], seen)) return false;
  }
  return true;
}
