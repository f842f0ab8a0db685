/**
 * One document of the text, cached by its text: loaded (js-yaml), decoded, and — lazily — located.
 * Everything in a DocumentEntry is independent of where the document sits; `place` turns it into objects and
 * diagnostics with absolute positions, and keeps the result so an unmoved document yields the very same
 * objects (identity) on the next parse.
 */
import { endpointsDeprecationFindings, keyRange, strictDiagnostics, strictFindings, unknownFieldFindings, type StrictFinding } from './strict/diagnostics';
import type { KubeObject, UnknownObject } from '../api/types';
import { EMPTY_LIST } from '../api/empty';
import { renderTemplate } from '../messages/render';
import { decodeDocument, decodeListItem, type DecodedItem } from './decode/index';
import { isRecord, type Issue, type Raw } from './decode/context';
import { splitList } from './listItems';
import { objectKey, type Diagnostic, type FieldPath, type ObjectKey, type Range, type SourceRef } from './diagnostics';
import type { DuplicateKey } from './duplicateKeys';
import type { MergeOverride } from './mergeKeys';
import { mergedFrom, mergeOverrideIssue } from './mergeWarnings';
import type { BadSeparator } from './split';
import { jsonRefuses, kubectlRefuses, nameNonFiniteKeys } from './kubectlReader';
import { WORLD_KIND } from '../api/world';
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
  objects: readonly KubeObject[];
  unknown: readonly UnknownObject[];
  worlds: readonly PlacedWorld[];
  diagnostics: readonly Diagnostic[];
}


/** One item's text in a List (a one-item sequence), and where fields lie in it, found when a range is first asked for. */
interface ItemText {
  text: string;
  locator?: DocLocator;
}

/** What one item of a List read in pieces decoded to, kept by its text for the List's next edit. */
interface ListItemResult extends ItemText {
  /** Decoded at the index it had then (its path says which). */
  decoded: DecodedItem;
  /** Its strict findings, relative to the item (path []): unknown fields, then the Endpoints deprecation. */
  unknown: readonly StrictFinding[];
  deprecated: readonly StrictFinding[];
}

export class DocumentEntry {
  /** Why js-yaml refused the text, or undefined when it loaded. */
  private readonly failure: Extract<Loaded, { ok: false }> | undefined;
  readonly items: DecodedItem[];
  /** Keys written twice in one mapping (the last one counts, as in kubectl): a warning each. */
  private readonly duplicateKeys: readonly DuplicateKey[];
  /** Keys a merge written after them replaced (kubectl's reading; mergeKeys.ts): a warning each. */
  private readonly mergeOverrides: readonly MergeOverride[];
  /** Unknown fields (strict decoding, kubectl's default since 1.25) and deprecation warnings, found once per text. */
  readonly strict: readonly StrictFinding[];
  /** The whole document's content (whole()). */
  private span: RelRange | undefined;
  private loc: DocLocator | undefined;
  placement: Placement | undefined;
  /** Whether `place` has handed out the decoded objects already (see there). */
  private placed = false;
  /** A List read in pieces: each item's result by its text (see readInPieces). */
  private listItems: Map<string, ListItemResult> | undefined;
  /** Items whose decoded objects an earlier entry placed: never handed out to be written to (see place). */
  private shared: Set<DecodedItem> | undefined;
  /**
   * A List read in pieces: each item, with its first line in the document (see readInPieces). A List read whole
   * gets them when a range is first asked for (pieceOf); null when its cut did not match its items.
   */
  private pieces: { line: number; item: ItemText | ListItemResult }[] | null | undefined;
  /** Whether the text is a `kind: List` with items, read without a failure: its next edit may be read in pieces. */
  private readonly isList: boolean;

  /**
   * `preloaded`: the text's value when the parser already loaded it (parse.ts: loadAll over runs of documents).
   * `newlines`: the text's line feeds, when the caller counted them (split.ts); the whole range then costs no count.
   * `before`: the entry this document's text replaces (an edit): when both are Lists, the items whose text did not
   * change are taken from it rather than read again (readInPieces).
   */
  constructor(
    readonly text: string, preloaded?: Extract<Loaded, { ok: true }>, private readonly newlines?: number, json = false,
    badSeparator?: BadSeparator | null, before?: DocumentEntry,
  ) {
    const pieces = before?.isList && !json && !badSeparator && !preloaded ? readInPieces(text, before.listItems) : undefined;
    if (pieces) {
      this.failure = undefined;
      this.duplicateKeys = EMPTY_LIST;
      this.mergeOverrides = EMPTY_LIST;
      this.items = pieces.items;
      this.strict = pieces.strict;
      this.listItems = pieces.table;
      this.shared = pieces.shared;
      this.pieces = pieces.pieces;
      this.isList = true;
      return;
    }
    // The loaded value is needed only here: the entry keeps what was decoded from it, not the value itself
    // (except where an item holds it: unknown kinds and the World). Kept, every document's value would stay
    // alive in the cache, and a cold parse would spend its garbage collections copying them.
    const read = kubectlRefuses(text, json, badSeparator) ?? preloaded ?? loadDocument(text);
    if (read.ok && read.nonFinite) nameNonFiniteKeys(read.value, text);
    const loaded = (read.ok && read.nonFinite && !isWorld(read.value) && jsonRefuses(read.value, text)) || read;
    this.failure = loaded.ok ? undefined : loaded;
    this.duplicateKeys = (read.ok && read.duplicateKeys) || EMPTY_LIST;
    this.mergeOverrides = (read.ok && read.mergeOverrides) || EMPTY_LIST;
    this.items = loaded.ok ? decodeDocument(loaded.value) : [];
    this.strict = loaded.ok ? strictFindings(loaded.value) : EMPTY_LIST;
    this.isList = loaded.ok && !json && isListValue(loaded.value);
  }

  /** Whether the next edit of this document may be read in pieces (a List read without a failure). */
  get readsInPieces(): boolean {
    return this.isList;
  }

  /** The text loaded again (for tests and tools; the parse itself never asks). */
  get loaded(): Loaded {
    return this.failure ?? loadDocument(this.text);
  }

  get locator(): DocLocator {
    return (this.loc ??= new DocLocator(this.text));
  }

  /** The range of a field inside this document, absolute for a document starting at `startLine`. */
  locate(startLine: number, path: FieldPath): Range | undefined {
    if (this.mergeOverrides.length) path = mergedFrom(this.mergeOverrides, path);
    return this.locateWritten(startLine, path);
  }

  /** locate(), for the very text of the path (not where a merge brought its value from). */
  private locateWritten(startLine: number, path: FieldPath): Range | undefined {
    const piece = this.pieceOf(path);
    if (piece) {
      const rel = (piece.item.locator ??= new DocLocator(piece.item.text)).field([0, ...path.slice(2)]);
      if (rel) return absolute(rel, startLine + piece.line);
    }
    const rel = path.length === 0 ? this.whole() : this.locator.field(path);
    return rel && absolute(rel, startLine);
  }

  /**
   * A List read in pieces hands its next read the objects this placement made, so that an item that stays where it
   * now is keeps this very object (else every edit after a line was added would copy the items below it again).
   */
  private keepPlaced(item: DecodedItem, placed: DecodedItem): void {
    const piece = this.listItems && this.pieceOf(item.path);
    if (piece && 'decoded' in piece.item) piece.item.decoded = placed;
  }

  /**
   * The item of a List read in pieces that `path` is in: its own text is the one-item sequence it was read as, so a
   * field's place there, counted from the item's first line, is its place in the List — found without scanning
   * the whole document, and cached with the item for the List's next edit.
   */
  private pieceOf(path: FieldPath): { line: number; item: ItemText | ListItemResult } | undefined {
    if (path.length < 2 || path[0] !== 'items' || typeof path[1] !== 'number') return undefined;
    // A List read whole is located item by item too, cut as a read in pieces would cut it, so both reads answer
    // alike — and better: a field the line scan cannot place is parsed within its item, not the whole document,
    // where the `yaml` package could be thrown off by something odd in an earlier item. Only when the cut finds
    // as many items as the read did.
    if (!this.pieces && this.isList && this.pieces !== null) {
      const split = splitList(this.text);
      this.pieces = split && split.items.length === this.items.length
        ? split.items.map((it) => ({ line: it.line, item: { text: it.text } }))
        : null;
    }
    return this.pieces ? this.pieces[path[1]] : undefined;
  }

  /** The range of the object at `path` ([] = the whole document). */
  extent(startLine: number, path: FieldPath): Range {
    const piece = path.length === 2 ? this.pieceOf(path) : undefined;
    if (piece) {
      const rel = (piece.item.locator ??= new DocLocator(piece.item.text)).extent([0]);
      if (rel) return absolute(rel, startLine + piece.line);
    }
    const rel = (path.length ? this.locator.extent(path) : undefined) ?? this.whole();
    return absolute(rel, startLine);
  }

  private whole(): RelRange {
    if (this.span) return this.span;
    const s = contentSpan(this.text, this.newlines);
    return (this.span = { line: s.firstLine, column: s.firstColumn, endLine: s.lastLine, endColumn: s.lastColumn });
  }

  /** Objects and diagnostics at this position, reusing the previous result when the position is the same. */
  place(doc: number, startLine: number): Placement {
    const prev = this.placement;
    if (prev && prev.doc === doc && prev.startLine === startLine) return prev;
    // Lists are made only when something goes in them: most documents hold one object and nothing else (api/empty.ts).
    let objects: KubeObject[] | undefined;
    let unknown: UnknownObject[] | undefined;
    let worlds: PlacedWorld[] | undefined;
    let diagnostics: Diagnostic[] | undefined;
    if (this.failure) {
      diagnostics = [this.syntaxError(this.failure, doc, startLine)];
    }
    // The first placement takes the decoded objects themselves (adding `source` last, where a copy would put it);
    // a later one copies them, so the objects of an earlier parse keep their own `source`. Most documents are
    // placed only once, and copying every decoded object (a spread of objects of many shapes) was a visible cost
    // of a cold parse. The objects are immutable downstream either way.
    const first = !this.placed;
    this.placed = true;
    for (const item of this.items) {
      const source: SourceRef = { doc, path: item.path, range: this.extent(startLine, item.path) };
      // An item taken from the entry this one replaced: its object is that entry's placed object, part of an
      // earlier result. The very same object when it sits exactly where it was (so later stages reuse their work);
      // else a copy.
      const shared = this.shared?.has(item);
      if (item.object && shared) {
        const was = item.object.source;
        const o = was && sameSource(was, source) ? item.object : { ...item.object, source } as KubeObject;
        if (o !== item.object) this.keepPlaced(item, { ...item, object: o });
        if (objects) objects.push(o);
        else objects = [o];
      } else if (item.unknown && shared) {
        const was = (item.unknown as UnknownObject).source;
        const u = was && sameSource(was, source) ? item.unknown as UnknownObject : { ...item.unknown, source };
        if (u !== item.unknown) this.keepPlaced(item, { ...item, unknown: u });
        (unknown ??= []).push(u);
      } else if (item.object) {
        const o = first ? withSource(item.object, source) : { ...item.object, source } as KubeObject;
        if (o !== item.object) this.keepPlaced(item, { ...item, object: o });
        // A list of exactly one object for the usual document (`[]` then push would reserve room for 17).
        if (objects) objects.push(o);
        else objects = [o];
      } else if (item.unknown) {
        const u = first ? withSource(item.unknown as UnknownObject, source) : { ...item.unknown, source };
        if (u !== item.unknown) this.keepPlaced(item, { ...item, unknown: u });
        (unknown ??= []).push(u);
      } else if (item.world) {
        (worlds ??= []).push({ raw: item.world, source });
      }
      if (item.issues.length === 0) continue;
      const o = item.object ?? item.unknown;
      const key: ObjectKey | undefined = o && objectKey(o.kind, o.metadata.namespace, o.metadata.name);
      for (const issue of item.issues) {
        (diagnostics ??= []).push(makeDiagnostic(issue, { doc, path: item.path }, key, this.locate(startLine, [...item.path, ...issue.field])));
      }
    }
    for (const k of this.duplicateKeys) (diagnostics ??= []).push(this.duplicateKey(k, doc, startLine));
    for (const m of this.mergeOverrides) (diagnostics ??= []).push(this.mergeOverride(m, doc, startLine));
    if (this.strict.length) {
      diagnostics ??= [];
      for (const d of strictDiagnostics(this.strict, { doc, startLine, text: this.text, locate: (p) => this.locate(startLine, p) })) diagnostics.push(d);
    }
    const out: Placement = { doc, startLine, objects: objects ?? EMPTY_LIST, unknown: unknown ?? EMPTY_LIST, worlds: worlds ?? EMPTY_LIST, diagnostics: diagnostics ?? EMPTY_LIST };
    this.placement = out;
    return out;
  }

  private duplicateKey(k: DuplicateKey, doc: number, startLine: number): Diagnostic {
    // The object whose lines hold the key (in a `kind: List`, an item's; a key of the List itself has none).
    let item: DecodedItem | undefined;
    for (const it of this.items) {
      const r = it.path.length === 0 ? this.whole() : this.locator.extent(it.path);
      if (r && r.line <= k.line && k.line <= r.endLine) item = it;
    }
    const o = item?.object ?? item?.unknown;
    const issue: Issue = { severity: 'warning', code: 'yaml/duplicate-key', params: { key: k.key, firstLine: startLine + k.firstLine }, field: [] };
    const line = startLine + k.line;
    return makeDiagnostic(issue, { doc, path: [] }, o && objectKey(o.kind, o.metadata.namespace, o.metadata.name), {
      start: { line, column: k.column }, end: { line, column: k.endColumn },
    });
  }

  /** A key a later merge replaced: a warning at the key, for the object whose fields hold it. */
  private mergeOverride(m: MergeOverride, doc: number, startLine: number): Diagnostic {
    const field = [...m.path, m.key];
    let item: DecodedItem | undefined;
    for (const it of this.items) if (it.path.length <= field.length && it.path.every((p, i) => p === field[i])) item = it;
    const o = item?.object ?? item?.unknown;
    const issue = mergeOverrideIssue(m);
    let range = this.locateWritten(startLine, field);
    if (range) range = keyRange(range, m.key, this.text.split('\n'), startLine);
    return makeDiagnostic(issue, { doc, path: [] }, o && objectKey(o.kind, o.metadata.namespace, o.metadata.name), range);
  }

  private syntaxError(failure: Extract<Loaded, { ok: false }>, doc: number, startLine: number): Diagnostic {
    const lines = this.text.split('\n').map((l) => l.replace(/\r$/, ''));
    let lineIdx = Math.min(failure.line, lines.length - 1);
    let column = failure.column + 1;
    // "unexpected end of the stream": js-yaml marks the line after the content; point at the last content line.
    while (lineIdx > 0 && lines[lineIdx].trim() === '') {
      lineIdx--;
      column = lines[lineIdx].length + 1;
    }
    const lineText = lines[lineIdx] ?? '';
    column = Math.min(column, lineText.length + 1);
    const issue: Issue = { severity: 'error', code: failure.code ?? 'yaml/syntax-error', params: { reason: failure.reason, ...failure.params }, field: [] };
    const line = startLine + lineIdx;
    return makeDiagnostic(issue, { doc, path: [] }, undefined, {
      start: { line, column },
      end: { line, column: Math.max(column + 1, lineText.length + 1) },
    });
  }
}

/**
 * The text as a string of its own. WHY: `t` is a slice of the whole document, and V8 keeps a slice's parent alive;
 * the item's text (and its locator's lines) outlive the document's version it came from, so every edit would keep
 * a whole old copy of a dump alive. (Slicing a concatenation makes V8 flatten it into a new string first.)
 */
function ownCopy(t: string): string {
  return (t + '\n').slice(0, -1);
}

/** Whether a loaded document is a List as decodeDocument reads one (decode/index.ts). */
function isListValue(value: unknown): boolean {
  return isRecord(value) && typeof value.kind === 'string' && value.kind.endsWith('List') && Array.isArray(value.items);
}

/** Two sources of the same place: same document, path and range. */
function sameSource(a: SourceRef, b: SourceRef): boolean {
  const ra = a.range;
  const rb = b.range;
  return a.doc === b.doc && a.path.length === b.path.length && a.path.every((p, i) => p === b.path[i]) &&
    (ra === rb || (!!ra && !!rb && ra.start.line === rb.start.line && ra.start.column === rb.start.column &&
      ra.end.line === rb.end.line && ra.end.column === rb.end.column));
}

/**
 * A List read item by item (listItems.ts), each item whose text is in `table` (the previous read's) taken from it,
 * the others loaded and decoded on their own. Undefined whenever the pieces might not read as the whole document
 * does — the cut refused, a piece that does not load cleanly (an error, a key written twice, a number JSON cannot
 * hold), a wrapper that is not a List with an empty `items`, an item that is itself a List — and the caller then
 * reads the whole document, which also says what is wrong and where. Items, strict findings and their order are
 * those of decodeDocument and strictFindings over the whole document (tests compare both reads).
 */
function readInPieces(text: string, table: ReadonlyMap<string, ListItemResult> | undefined): {
  items: DecodedItem[]; strict: readonly StrictFinding[]; table: Map<string, ListItemResult>; shared: Set<DecodedItem>;
  pieces: { line: number; item: ListItemResult }[];
} | undefined {
  const split = splitList(text);
  if (!split) return undefined;
  const wrapper = loadDocument(split.wrapper);
  if (!wrapper.ok || wrapper.duplicateKeys || wrapper.nonFinite || wrapper.mergeOverrides) return undefined;
  const w = wrapper.value;
  if (!isRecord(w) || typeof w.kind !== 'string' || !w.kind.endsWith('List') || w.items !== null) return undefined;
  const items: DecodedItem[] = [];
  const next = new Map<string, ListItemResult>();
  const shared = new Set<DecodedItem>();
  const unknown: StrictFinding[] = unknownFieldFindings({ ...w, items: [] });
  const deprecated: StrictFinding[] = [];
  const pieces: { line: number; item: ListItemResult }[] = [];
  for (let i = 0; i < split.items.length; i++) {
    const t = split.items[i].text;
    let r = table?.get(t);
    let decoded: DecodedItem;
    if (r) {
      decoded = r.decoded.path[1] === i ? r.decoded : { ...r.decoded, path: ['items', i] };
      shared.add(decoded);
    } else {
      const loaded = loadDocument(t);
      if (!loaded.ok || loaded.duplicateKeys || loaded.nonFinite || loaded.mergeOverrides || !Array.isArray(loaded.value) || loaded.value.length !== 1) return undefined;
      const value = loaded.value[0];
      if (isListValue(value)) return undefined;
      decoded = decodeListItem(value, i);
      r = { decoded, unknown: unknownFieldFindings(value), deprecated: endpointsDeprecationFindings(value), text: ownCopy(t) };
    }
    // A result of this read's own (the next read takes what this one's placements made: keepPlaced).
    r = { ...r, decoded };
    pieces.push({ line: split.items[i].line, item: r });
    items.push(decoded);
    next.set(t, r);
    for (const f of r.unknown) unknown.push({ ...f, path: ['items', i] });
    for (const f of r.deprecated) deprecated.push({ ...f, path: ['items', i] });
  }
  const strict = unknown.length + deprecated.length === 0 ? EMPTY_LIST : unknown.concat(deprecated);
  return { items, strict, table: next, shared, pieces };
}

/** PodPath's own World document never goes to kubectl. */
function isWorld(value: unknown): boolean {
  return typeof value === 'object' && value !== null && (value as Record<string, unknown>).kind === WORLD_KIND;
}

function withSource<T extends { source?: SourceRef }>(o: T, source: SourceRef): T {
  o.source = source;
  return o;
}

function absolute(r: RelRange, startLine: number): Range {
  return { start: { line: startLine + r.line, column: r.column }, end: { line: startLine + r.endLine, column: r.endColumn } };
}

/** A diagnostic from an issue: English message from the catalog, with a rendered hint when there is one. */
export function makeDiagnostic(issue: Issue, source: { doc: number; path: FieldPath } | undefined, object: ObjectKey | undefined, range: Range | undefined): Diagnostic {
  const params = { ...issue.params };
  const hintKey = params.hintKey;
  if (typeof hintKey === 'string' && manifestMessages[hintKey] !== undefined) params.hint = renderTemplate(manifestMessages[hintKey], params);
  const template = manifestMessages[issue.code] ?? issue.code;
  const d: Diagnostic = { severity: issue.severity, code: issue.code, message: renderTemplate(template, params), params };
  if (object) d.object = object;
  if (source) d.source = source;
  if (issue.field.length) d.field = issue.field;
  if (range) d.range = range;
  return d;
}
