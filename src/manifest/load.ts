/**
 * Load one document's text into plain data with js-yaml (fast, no source ranges).
 *
 * Schema: the plain scalars mean what they mean to kubectl, which reads YAML 1.1 through go-yaml v2 (see
 * scalars.ts): `yes`/`no`/`on`/`off` are booleans, `0755` is octal, a date becomes an RFC 3339 string. Plus merge
 * keys (`<<: *anchor`). Every value is JSON-safe data: a timestamp is the string kubectl sends, not a JS Date.
 * Duplicate keys are an error, as in `kubectl` ("key already set in map").
 */
import * as jsyaml from 'js-yaml';
import { load, loadAll, FAILSAFE_SCHEMA, Type, YAMLException } from 'js-yaml';
import { yamlBool, yamlFloat, yamlInt, yamlTimestamp } from './scalars';

// `types` is exported by js-yaml 4 but missing from @types/js-yaml.
const { merge, null: nullType } = (jsyaml as unknown as { types: { merge: Type; null: Type } }).types;

/**
 * A js-yaml scalar type from one of scalars.ts's readers. js-yaml calls resolve and, when it says yes, construct
 * with the same text: the value read by resolve is kept for construct, so no text is read twice.
 */
function scalarType<T>(tag: string, read: (s: string) => T | undefined): Type {
  let text: string | undefined;
  let value: T | undefined;
  return new Type(tag, {
    kind: 'scalar',
    resolve: (data: unknown) => {
      if (typeof data !== 'string') return false;
      text = data;
      value = read(data);
      return value !== undefined;
    },
    construct: (data: string) => (data === text ? value : read(data)),
  });
}

const SCHEMA = FAILSAFE_SCHEMA.extend({
  implicit: [
    nullType,
    scalarType('tag:yaml.org,2002:bool', yamlBool),
    scalarType('tag:yaml.org,2002:int', yamlInt),
    scalarType('tag:yaml.org,2002:float', yamlFloat),
    scalarType('tag:yaml.org,2002:timestamp', yamlTimestamp),
    merge,
  ],
});
/** One options object for every document (js-yaml only reads it). */
const OPTIONS = { schema: SCHEMA };

export type Loaded =
  | { ok: true; value: unknown }
  /** line/column: 0-based, relative to the document's first line. */
  | { ok: false; reason: string; line: number; column: number };

export function loadDocument(text: string): Loaded {
  try {
    return { ok: true, value: load(text, OPTIONS) };
  } catch (e) {
    if (e instanceof YAMLException) {
      const mark = (e as YAMLException & { mark?: { line: number; column: number } }).mark;
      return { ok: false, reason: e.reason || e.message, line: mark?.line ?? 0, column: mark?.column ?? 0 };
    }
    return { ok: false, reason: e instanceof Error ? e.message : String(e), line: 0, column: 0 };
  }
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
  try {
    return loadAll(text, undefined, OPTIONS);
  } catch {
    return undefined;
  }
}

