/**
 * Load one document's text into plain data with js-yaml (fast, no source ranges).
 *
 * Schema: the plain scalars mean what they mean to kubectl, which reads YAML 1.1 through go-yaml v2 (see
 * scalars.ts): `yes`/`no`/`on`/`off` are booleans, `0755` is octal, a date stays the text written. Plus merge
 * keys (`<<: *anchor`), applied in the order written as go-yaml does (mergeKeys.ts), and the explicit tags go-yaml
 * knows. Every value is JSON-safe data.
 * A key written twice keeps its last value, as in `kubectl apply` (see loadDocument).
 */
import * as jsyaml from 'js-yaml';
import { load, loadAll, FAILSAFE_SCHEMA, Type, YAMLException } from 'js-yaml';
import { findDuplicateKeys, type DuplicateKey } from './duplicateKeys';
import { isAlias, isMap, isScalar, LineCounter, parseDocument, visit } from 'yaml';
import { DocLocator } from './locate';
import { findNullKey, mayHaveNullKey } from './nullKeys';
import { MERGE_WANTS_MAP, mergeKeysRead, mergeKeyType, resolveMergeKeys, type MergeOverride } from './mergeKeys';
import { resolvePlain, STRING, yamlBool, yamlFloat, yamlInt } from './scalars';

// `types` is exported by js-yaml 4 but missing from @types/js-yaml.
const { merge, null: nullType } = (jsyaml as unknown as { types: { merge: Type; null: Type } }).types;

/**
 * Every plain scalar goes through one implicit type, as every one goes through go-yaml's one resolve(): a list
 * of js-yaml types would ask each in turn. js-yaml calls resolve and, when it says yes, construct with the same
 * text, so the value resolve found is kept for construct. Its tag is PodPath's own: the node's tag only matters
 * to js-yaml for merge keys (`<<`, which stays a string here and is then matched by mergeKeyType). A document
 * that names the tag explicitly gets the same reading as an untagged scalar, which is harmless.
 */
let resolvedText: string | null = null;
let resolvedValue: unknown = null;

/**
 * How many non-finite numbers (`.inf`, `-.Inf`, `.nan`) the loader has made, ever: a number that only grows.
 * kubectl cannot send a document holding one (kubectlReader.ts jsonRefuses); a caller compares the count before
 * and after a load to know whether the value needs that check at all, so other documents are not walked.
 */
let nonFiniteMade = 0;
export function nonFiniteCount(): number {
  return nonFiniteMade;
}
const counted = <T>(v: T): T => {
  if (typeof v === 'number' && !Number.isFinite(v)) nonFiniteMade++;
  return v;
};
const plain = new Type('tag:podpath.dev,2026:plain', {
  kind: 'scalar',
  resolve: (data: string | null) => {
    if (data === null) {
      resolvedText = data;
      resolvedValue = null;
      return true;
    }
    const v = resolvePlain(data);
    if (v === STRING) return false;
    resolvedText = data;
    resolvedValue = v;
    return true;
  },
  construct: (data: string | null) => {
    if (data === resolvedText) return counted(resolvedValue);
    const v = data === null ? null : resolvePlain(data);
    return v === STRING ? data : counted(v);
  },
});

/** An explicit tag (`!!int "0755"`): go-yaml's resolve(tag, text) reads the text by that tag's rules. */
function explicitType<T>(tag: string, read: (s: string) => T | undefined): Type {
  return new Type(tag, {
    kind: 'scalar',
    resolve: (data: unknown) => typeof data === 'string' && read(data) !== undefined,
    construct: (data: string) => counted(read(data)),
  });
}

/** `!!binary`: base64, decoded to the text it holds (go-yaml decodes it into a string for an untyped value). */
function fromBase64(s: string): string | undefined {
  const b64 = s.replace(/[ \t\r\n]/g, '');
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(b64) || b64.length % 4 !== 0) return undefined;
  const bin = atob(b64);
  const bytes = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
  return new TextDecoder().decode(bytes);
}

/** The explicit tags go-yaml knows. */
const EXPLICIT: Type[] = [
  // `!!merge <<`: js-yaml merges it itself, the specification's way (mergeKeys.ts).
  merge,
  nullType,
  explicitType('tag:yaml.org,2002:bool', yamlBool),
  explicitType('tag:yaml.org,2002:int', yamlInt),
  // go-yaml reads `!!float 0755` as the integer it is, then makes it a float: 493.
  explicitType('tag:yaml.org,2002:float', (s) => yamlInt(s) ?? yamlFloat(s)),
  // A timestamp decoded into an untyped value is kept as written (scalars.ts).
  explicitType('tag:yaml.org,2002:timestamp', (s) => s),
  explicitType('tag:yaml.org,2002:binary', fromBase64),
];

const SCHEMA = FAILSAFE_SCHEMA.extend({ implicit: [plain, mergeKeyType], explicit: EXPLICIT });
/** One options object for every document (js-yaml only reads it). */
const OPTIONS = { schema: SCHEMA };
/** js-yaml merging `<<` itself: only to find where a merge go-yaml refuses is written (see merged). */
const JS_YAML_MERGES = { schema: FAILSAFE_SCHEMA.extend({ implicit: [plain, merge], explicit: EXPLICIT }), json: true };
/** The same, with a later duplicate key overriding the earlier one instead of failing (js-yaml's `json` mode). */
const LENIENT = { schema: SCHEMA, json: true };

export type Loaded =
  /** duplicateKeys: keys written twice, when there are any (the value holds the last of each, as kubectl sends it). */
  | {
    ok: true; value: unknown; duplicateKeys?: readonly DuplicateKey[];
    /** The load made a non-finite number (nonFiniteCount): the value may be one kubectl cannot send. */
    nonFinite?: boolean;
    /** Keys a merge (`<<`) written after them replaced, as kubectl's reader does (mergeKeys.ts). */
    mergeOverrides?: readonly MergeOverride[];
  }
  /**
   * line/column: 0-based, relative to the document's first line. code: the diagnostic, when it is not
   * yaml/syntax-error (kubectlReader.ts).
   */
  | { ok: false; reason: string; line: number; column: number; code?: string; params?: Record<string, string> };

/**
 * One document's value. A key written twice is not an error: kubectl keeps the last value (duplicateKeys.ts),
 * and so does this, with the repeated keys listed for a warning. js-yaml refuses the text first (its default);
 * only then is it read again leniently. A key that reads as null fails the document, as in kubectl (nullKeys.ts).
 */
export function loadDocument(text: string): Loaded {
  const read = loadLeniently(text);
  if (!read.ok || !mayHaveNullKey(text)) return read;
  const key = findNullKey(text);
  return key ? { ok: false, reason: NULL_KEY, line: key.line, column: key.column, code: 'yaml/null-key', params: { written: key.written } } : read;
}

/** sigs.k8s.io/yaml's refusal of a nil key (see nullKeys.ts), after "error converting YAML to JSON: ". */
const NULL_KEY = 'unsupported map key of type: %!s(<nil>), key: <nil>';

function loadLeniently(text: string): Loaded {
  const before = nonFiniteMade;
  const merges = mergeKeysRead();
  try {
    const value = load(text, OPTIONS);
    if (mergeKeysRead() !== merges) return merged(text, value, nonFiniteMade !== before);
    return nonFiniteMade === before ? { ok: true, value } : { ok: true, value, nonFinite: true };
  } catch (e) {
    if (e instanceof YAMLException && e.reason === 'duplicated mapping key') {
      try {
        // Every collection made, kept ones or not: go-yaml decodes the value of a key written twice before it
        // drops it, so a merge it refuses there fails the document too.
        const made: object[] = [];
        const listener = (event: string, state: { result: unknown }) => {
          if (event === 'close' && typeof state.result === 'object' && state.result !== null) made.push(state.result);
        };
        const value = load(text, { ...LENIENT, listener });
        const duplicateKeys = findDuplicateKeys(text);
        if (mergeKeysRead() === merges) return { ok: true, value, duplicateKeys, nonFinite: nonFiniteMade !== before };
        const read = merged(text, value, nonFiniteMade !== before, made);
        return read.ok ? { ...read, duplicateKeys } : read;
      } catch (again) {
        return failure(again);
      }
    }
    return failure(e);
  }
}

/**
 * A loaded value whose text has merge keys, with the merges applied (mergeKeys.ts). When go-yaml would refuse
 * one, the failure is placed where js-yaml, merging itself, stops on the same mistake, else at the mapping
 * that holds the merge (js-yaml takes a list inside the list, and an anchor that merges itself).
 */
function merged(text: string, value: unknown, nonFinite: boolean | undefined, dropped?: readonly object[]): Loaded {
  const r = resolveMergeKeys(value, dropped);
  const aliased = r.ok && r.listMerge && MAYBE_ALIASED_MERGE.test(text) ? aliasedListMerge(text) : undefined;
  if (aliased) return { ok: false, reason: MERGE_WANTS_MAP, ...aliased, code: 'yaml/merge-not-a-map' };
  if (r.ok) {
    const out: Extract<Loaded, { ok: true }> = { ok: true, value: r.value };
    if (nonFinite) out.nonFinite = true;
    if (r.overrides.length) out.mergeOverrides = r.overrides;
    return out;
  }
  let line = 0;
  let column = 0;
  try {
    load(text, JS_YAML_MERGES);
    // js-yaml took it (a list in the list, an anchor merging itself): the mapping that holds the merge.
    const locator = new DocLocator(text);
    const at = locator.field([...r.path, '<<']) ?? locator.field(r.path);
    if (at) ({ line, column } = { line: at.line, column: at.column - 1 });
  } catch (e) {
    const mark = (e as YAMLException & { mark?: { line: number; column: number } }).mark;
    if (e instanceof YAMLException && mark) ({ line, column } = mark);
  }
  return r.reason === MERGE_WANTS_MAP ? { ok: false, reason: r.reason, line, column, code: 'yaml/merge-not-a-map' } : { ok: false, reason: r.reason, line, column };
}

/** `<<:` then, past blanks, line breaks and comments, an alias: the texts aliasedListMerge must read (a superset). */
const MAYBE_ALIASED_MERGE = /<<\s*:(?:\s|#.*)*\*/;

/**
 * Where a merge takes an alias of something other than a mapping (`<<: *list`), which go-yaml refuses (decoder.merge:
 * an alias node must be of a mapping; only a list written out is taken as a list of mappings). The loaded value
 * holds the same list either way, so the text is read again: only for a document that merges a list (rare).
 */
function aliasedListMerge(text: string): { line: number; column: number } | undefined {
  const lc = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lc, uniqueKeys: false, merge: false });
  let at: { line: number; column: number } | undefined;
  visit(doc, {
    Pair(_, pair) {
      const { key, value } = pair;
      if (!isScalar(key) || key.type !== 'PLAIN' || key.tag || key.value !== '<<' || !isAlias(value) || !value.range) return undefined;
      // (An alias the `yaml` package cannot follow, where it reads the text apart from js-yaml: no verdict.)
      const target = value.resolve(doc);
      if (!target || isMap(target)) return undefined;
      const p = lc.linePos(value.range[0]);
      at = { line: p.line - 1, column: p.col - 1 };
      return visit.BREAK;
    },
  });
  return at;
}

function failure(e: unknown): Extract<Loaded, { ok: false }> {
  if (e instanceof YAMLException) {
    const mark = (e as YAMLException & { mark?: { line: number; column: number } }).mark;
    return { ok: false, reason: e.reason || e.message, line: mark?.line ?? 0, column: mark?.column ?? 0 };
  }
  return { ok: false, reason: e instanceof Error ? e.message : String(e), line: 0, column: 0 };
}

/**
 * Every document of a text at once (js-yaml loadAll), or undefined when js-yaml refuses any of it.
 *
 * WHY: loading document by document costs js-yaml a copy of each document's text (it appends a NUL to its
 * input) and its per-call setup; on a cold parse of thousands of documents, loadAll over runs of documents is
 * measurably cheaper. The parser uses it only when the result can be matched to its own documents one for one
 * (parse.ts loadInBulk), and falls back to loadDocument, which also says where a syntax error is, whenever
 * js-yaml refuses the text.
 */
export function loadAllDocuments(text: string): unknown[] | undefined {
  const merges = mergeKeysRead();
  try {
    const values = loadAll(text, undefined, OPTIONS);
    // A key that reads as null: loadDocument places the error in its own document.
    if (mayHaveNullKey(text)) return undefined;
    if (mergeKeysRead() === merges) return values;
    // Merge keys: applied here too; a merge go-yaml refuses, or one that replaces a key, sends the documents to
    // loadDocument one by one, which places the error or the warning.
    for (let i = 0; i < values.length; i++) {
      const r = resolveMergeKeys(values[i]);
      if (!r.ok || r.overrides.length || (r.listMerge && MAYBE_ALIASED_MERGE.test(text))) return undefined;
      values[i] = r.value;
    }
    return values;
  } catch {
    return undefined;
  }
}

