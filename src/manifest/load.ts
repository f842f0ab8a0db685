/**
 * Load one document's text into plain data with js-yaml (fast, no source ranges).
 *
 * Schema: YAML 1.2 core plus merge keys (`<<: *anchor`). No timestamp type, so an unquoted
 * `creationTimestamp: 2024-01-01T00:00:00Z` stays a string — Kubernetes decodes YAML by converting it to JSON
 * (sigs.k8s.io/yaml), where a timestamp is just a string; a JS Date would not be plain JSON-safe data.
 * Duplicate keys are an error, as in `kubectl` ("key already set in map").
 */
import * as jsyaml from 'js-yaml';
import { load, loadAll, CORE_SCHEMA, YAMLException, type Type } from 'js-yaml';

// `types` is exported by js-yaml 4 but missing from @types/js-yaml.
const { merge } = (jsyaml as unknown as { types: { merge: Type } }).types;
const SCHEMA = CORE_SCHEMA.extend({ implicit: [merge] });
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

