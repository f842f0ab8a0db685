/**
 * Diagnostics of strict field validation (`object/unknown-field`, error: the API server rejects the object)
 * and of the core/v1 Endpoints deprecation (`endpoints/deprecated`, warning), in two steps so the work is
 * cached with the document:
 *  1. strictFindings(value): from a loaded document's data; independent of where the document sits, so it is
 *     computed once per document text;
 *  2. strictDiagnostics(findings, place): Diagnostics with ranges, for the document at its current place.
 *
 * Wiring: see the HOOK below (4 lines in src/manifest/document.ts). The catalogs are already registered
 * (src/messages/index.ts imports ./messages; src/messages/ko/index.ts lists `strict`).
 */

// HOOK: src/manifest/document.ts, where each document's work is cached by its text (a DocumentEntry is reused
// HOOK: for unchanged text and its `place` result for an unmoved document), so a re-parse costs nothing:
// HOOK:   import { strictDiagnostics, strictFindings, type StrictFinding } from './strict/diagnostics';
// HOOK:   readonly strict: StrictFinding[];                                      // class DocumentEntry, after `readonly items`
// HOOK:   this.strict = this.loaded.ok ? strictFindings(this.loaded.value) : [];  // constructor, after `this.items = …`
// HOOK:   out.diagnostics.push(...strictDiagnostics(this.strict, { doc, startLine, text: this.text, locate: (p) => this.locate(startLine, p) }));
// HOOK:                                                                          // place(), just before `this.placement = out;`
// HOOK: The errors carry `object`, so parse.ts puts those objects in `rejected` with no further change.
import { NAMESPACED_KINDS } from '../../api/types';
import { renderMessage } from '../../messages/registry';
import { objectKey, type Diagnostic, type FieldPath, type ObjectKey, type Range, type Severity } from '../diagnostics';
import { unknownFields } from './check';
import './messages';
import type { StrictCode } from './messages';
import { EMPTY_LIST } from '../../api/empty';

/** One finding, relative to its object; `path` is where the object sits in the document ([] or ['items', i]). */
export interface StrictFinding {
  severity: Severity;
  code: StrictCode;
  params: Record<string, string | number>;
  /** The field inside the object (for an unknown field: the unknown key itself). */
  field: FieldPath;
  path: FieldPath;
  object?: ObjectKey;
}

export interface Place {
  doc: number;
  /** The document's first line in the whole text, as DocumentEntry.locate counts it. */
  startLine: number;
  /** The document's text (to narrow a range to the key). */
  text: string;
  /** The range of a path from the document root (DocumentEntry.locate). */
  locate(path: FieldPath): Range | undefined;
}

type Rec = Record<string, unknown>;
const isRecord = (v: unknown): v is Rec => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown): string => (typeof v === 'string' ? v : '');

/** The key the decoder gives the object (namespaced kinds default to `default`), so `rejected` matches it. */
function keyOf(raw: Rec): ObjectKey {
  const kind = str(raw.kind);
  const meta = isRecord(raw.metadata) ? raw.metadata : {};
  const namespace = NAMESPACED_KINDS.has(kind) ? str(meta.namespace) || 'default' : '';
  return objectKey(kind, namespace, str(meta.name));
}

function isList(value: Rec): value is Rec & { items: unknown[] } {
  return typeof value.kind === 'string' && value.kind.endsWith('List') && Array.isArray(value.items);
}

/** The objects of a loaded document: itself, or the items of a List (as src/manifest/decode/index.ts reads them). */
function objectsOf(value: unknown): { raw: Rec; path: FieldPath }[] {
  if (!isRecord(value)) return [];
  if (isList(value)) {
    const out: { raw: Rec; path: FieldPath }[] = [];
    value.items.forEach((item, i) => {
      if (isRecord(item)) out.push({ raw: item, path: ['items', i] });
    });
    return out;
  }
  return [{ raw: value, path: [] }];
}

/** Unknown fields of every object in a loaded document, as findings. */
export function unknownFieldFindings(value: unknown): StrictFinding[] {
  if (!isRecord(value)) return [];
  const out: StrictFinding[] = [];
  let items: { raw: Rec; path: FieldPath }[] | undefined; // listed only when there is an unknown field
  for (const u of unknownFields(str(value.apiVersion), str(value.kind), value)) {
    const raw = u.object.length ? (items ??= objectsOf(value)).find((o) => o.path[1] === u.object[1])?.raw : value;
    const params: Record<string, string | number> = {
      field: u.field, kind: u.kind || str(value.kind), version: versionOf(u.apiVersion), hint: '',
    };
    if (u.suggestion) {
      params.suggestion = u.suggestion;
      params.hintKey = 'object/unknown-field.did-you-mean';
      params.hint = renderMessage('object/unknown-field.did-you-mean', { suggestion: u.suggestion });
    }
    const f: StrictFinding = { severity: 'error', code: 'object/unknown-field', params, field: u.path.slice(u.object.length), path: u.object };
    if (raw && !u.kind.endsWith('List')) f.object = keyOf(raw);
    out.push(f);
  }
  return out;
}

/** `apps/v1` → `v1`: the API server names only the version ("Deployment in version "v1""). */
function versionOf(apiVersion: string): string {
  const i = apiVersion.lastIndexOf('/');
  return i < 0 ? apiVersion || 'v1' : apiVersion.slice(i + 1);
}

/** The v1.33+ deprecation warning for every core/v1 Endpoints object in a loaded document. */
export function endpointsDeprecationFindings(value: unknown): StrictFinding[] {
  const out: StrictFinding[] = [];
  // Most documents are one object, and not an Endpoints: answered without listing the document's objects.
  if (isRecord(value) && value.kind !== 'Endpoints' && !isList(value)) return out;
  for (const { raw, path } of objectsOf(value)) {
    if (raw.kind !== 'Endpoints' || (raw.apiVersion !== 'v1' && raw.apiVersion !== undefined)) continue;
    const key = keyOf(raw);
    out.push({ severity: 'warning', code: 'endpoints/deprecated', params: { endpoints: key.slice('Endpoints/'.length) }, field: ['kind'], path, object: key });
  }
  return out;
}

/** Everything this module finds in a loaded document (cache it with the document text). */
export function strictFindings(value: unknown): readonly StrictFinding[] {
  const unknown = unknownFieldFindings(value);
  const deprecated = endpointsDeprecationFindings(value);
  // Usually both are empty (the shared empty list then, kept with the document), or one is: no new array then.
  if (deprecated.length === 0) return unknown.length === 0 ? EMPTY_LIST : unknown;
  return unknown.length === 0 ? deprecated : unknown.concat(deprecated);
}

/** Findings → Diagnostics at the document's current place. Unknown fields get the range of their key. */
export function strictDiagnostics(findings: readonly StrictFinding[], place: Place): Diagnostic[] {
  let lines: string[] | undefined;
  return findings.map((f) => {
    const d: Diagnostic = {
      severity: f.severity, code: f.code, message: renderMessage(f.code, f.params), params: f.params, source: { doc: place.doc, path: f.path },
    };
    if (f.object) d.object = f.object;
    if (f.field.length) d.field = f.field;
    let range = place.locate([...f.path, ...f.field]);
    if (range && f.code === 'object/unknown-field') {
      lines ??= place.text.split('\n');
      range = keyRange(range, String(f.field[f.field.length - 1]), lines, place.startLine);
    }
    if (range) d.range = range;
    return d;
  });
}

/** Only the Endpoints deprecation warnings of a loaded document, as Diagnostics (same hook, if wanted alone). */
export function endpointsDeprecationDiagnostic(value: unknown, place: Place): Diagnostic[] {
  return strictDiagnostics(endpointsDeprecationFindings(value), place);
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The locator gives a one-line scalar's value (`domain: x` → `x`); the squiggle belongs on the unknown key,
 * which then sits before it on the same line (`domain: x`, `{ domain: x }`, `"domain": "x"`). Collections and
 * empty values already give the key; anything else keeps the range it was given.
 */
export function keyRange(range: Range, key: string, lines: readonly string[], startLine: number): Range {
  const line = lines[range.start.line - startLine];
  if (line === undefined) return range;
  const before = line.replace(/\r$/, '').slice(0, Math.max(0, range.start.column - 1));
  const k = escapeRegExp(key);
  const m = new RegExp(`(?:"${k}"|'${k}'|${k})\\s*:\\s*$`).exec(before);
  if (!m) return range;
  const token = m[0].replace(/\s*:\s*$/, '');
  const column = m.index + 1;
  return { start: { line: range.start.line, column }, end: { line: range.start.line, column: column + token.length } };
}

