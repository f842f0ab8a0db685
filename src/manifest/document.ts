/**
 * One document of the text, cached by its text: loaded (js-yaml), decoded, and — lazily — located.
 * Everything in a DocumentEntry is independent of where the document sits; `place` turns it into objects and
 * diagnostics with absolute positions, and keeps the result so an unmoved document yields the very same
 * objects (identity) on the next parse.
 */
import { strictDiagnostics, strictFindings, type StrictFinding } from './strict/diagnostics';
import type { KubeObject, UnknownObject } from '../api/types';
import { renderTemplate } from '../messages/render';
import { decodeDocument, type DecodedItem } from './decode/index';
import type { Issue, Raw } from './decode/context';
import { objectKey, type Diagnostic, type FieldPath, type ObjectKey, type Range, type SourceRef } from './diagnostics';
import { loadDocument, type Loaded } from './load';
import { DocLocator, type RelRange } from './locate';
import { manifestMessages } from './messages';
import { contentSpan } from './split';

export interface PlacedWorld {
  raw: Raw;
  source: SourceRef;
}

export interface Placement {
  doc: number;
  startLine: number;
  objects: KubeObject[];
  unknown: UnknownObject[];
  worlds: PlacedWorld[];
  diagnostics: Diagnostic[];
}

export class DocumentEntry {
  readonly loaded: Loaded;
  readonly items: DecodedItem[];
  /** Unknown fields (strict decoding, kubectl's default since 1.25) and deprecation warnings, found once per text. */
  readonly strict: StrictFinding[];
  private span: ReturnType<typeof contentSpan> | undefined;
  private loc: DocLocator | undefined;
  placement: Placement | undefined;

  constructor(readonly text: string) {
    this.loaded = loadDocument(text);
    this.items = this.loaded.ok ? decodeDocument(this.loaded.value) : [];
    this.strict = this.loaded.ok ? strictFindings(this.loaded.value) : [];
  }

  get locator(): DocLocator {
    return (this.loc ??= new DocLocator(this.text));
  }

  /** The range of a field inside this document, absolute for a document starting at `startLine`. */
  locate(startLine: number, path: FieldPath): Range | undefined {
    const rel = path.length === 0 ? this.whole() : this.locator.field(path);
    return rel && absolute(rel, startLine);
  }

  /** The range of the object at `path` ([] = the whole document). */
  extent(startLine: number, path: FieldPath): Range {
    const rel = (path.length ? this.locator.extent(path) : undefined) ?? this.whole();
    return absolute(rel, startLine);
  }

  private whole(): RelRange {
    const s = (this.span ??= contentSpan(this.text));
    return { line: s.firstLine, column: s.firstColumn, endLine: s.lastLine, endColumn: s.lastColumn };
  }

  /** Objects and diagnostics at this position, reusing the previous result when the position is the same. */
  place(doc: number, startLine: number): Placement {
    const prev = this.placement;
    if (prev && prev.doc === doc && prev.startLine === startLine) return prev;
    const out: Placement = { doc, startLine, objects: [], unknown: [], worlds: [], diagnostics: [] };
    if (!this.loaded.ok) {
      out.diagnostics.push(this.syntaxError(doc, startLine));
    }
    for (const item of this.items) {
      const source: SourceRef = { doc, path: item.path, range: this.extent(startLine, item.path) };
      let key: ObjectKey | undefined;
      if (item.object) {
        out.objects.push({ ...item.object, source } as KubeObject);
        key = objectKey(item.object.kind, item.object.metadata.namespace, item.object.metadata.name);
      } else if (item.unknown) {
        out.unknown.push({ ...item.unknown, source });
        key = objectKey(item.unknown.kind, item.unknown.metadata.namespace, item.unknown.metadata.name);
      } else if (item.world) {
        out.worlds.push({ raw: item.world, source });
      }
      for (const issue of item.issues) {
        out.diagnostics.push(makeDiagnostic(issue, { doc, path: item.path }, key, this.locate(startLine, [...item.path, ...issue.field])));
      }
    }
    if (this.strict.length) {
      out.diagnostics.push(...strictDiagnostics(this.strict, { doc, startLine, text: this.text, locate: (p) => this.locate(startLine, p) }));
    }
    this.placement = out;
    return out;
  }

  private syntaxError(doc: number, startLine: number): Diagnostic {
    if (this.loaded.ok) throw new Error('unreachable');
    const lines = this.text.split('\n').map((l) => l.replace(/\r$/, ''));
    let lineIdx = Math.min(this.loaded.line, lines.length - 1);
    let column = this.loaded.column + 1;
    // "unexpected end of the stream": js-yaml marks the line after the content; point at the last content line.
    while (lineIdx > 0 && lines[lineIdx].trim() === '') {
      lineIdx--;
      column = lines[lineIdx].length + 1;
    }
    const lineText = lines[lineIdx] ?? '';
    column = Math.min(column, lineText.length + 1);
    const issue: Issue = { severity: 'error', code: 'yaml/syntax-error', params: { reason: this.loaded.reason }, field: [] };
    const line = startLine + lineIdx;
    return makeDiagnostic(issue, { doc, path: [] }, undefined, {
      start: { line, column },
      end: { line, column: Math.max(column + 1, lineText.length + 1) },
    });
  }
}

function absolute(r: RelRange, startLine: number): Range {
  return { start: { line: startLine + r.line, column: r.column }, end: { line: startLine + r.endLine, column: r.endColumn } };
}

/** A diagnostic from an issue: English message from the catalog, with a rendered hint when there is one. */
export function makeDiagnostic(issue: Issue, source: { doc: number; path: FieldPath } | undefined, object: ObjectKey | undefined, range: Range | undefined): Diagnostic {
  const params = { ...issue.params };
  const hintKey = params.hintKey;
  if (typeof hintKey === 'string' && manifestMessages[hintKey]) params.hint = renderTemplate(manifestMessages[hintKey], params);
  const template = manifestMessages[issue.code] ?? issue.code;
  const d: Diagnostic = { severity: issue.severity, code: issue.code, message: renderTemplate(template, params), params };
  if (object) d.object = object;
  if (source) d.source = source;
  if (issue.field.length) d.field = issue.field;
  if (range) d.range = range;
  return d;
}
