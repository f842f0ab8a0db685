/**
 * Where a field sits in one document's text. Built lazily (only when a diagnostic needs a range) and cached
 * with the document, so an unchanged document is never scanned twice.
 *
 * Rule for what a field's range is, shared by both strategies:
 *  - a one-line scalar value: the value itself (`name: namespaceA` → `namespaceA`);
 *  - a block scalar (`|`, `>`) reached by a key: the key;
 *  - a collection or empty value reached by a key: the key;
 *  - a sequence item that is a collection: its `-`;
 *  - a missing field: the nearest existing ancestor, by the same rule.
 * Positions are relative to the document: 0-based line offsets from its first line, 1-based columns.
 */
import { LineCounter, parseDocument, isMap, isSeq, isScalar, isAlias, isPair, type Document, type Node } from 'yaml';
import type { FieldPath } from './diagnostics';
import { BlockLocator, type Span } from './locate-block';
import { mergeIndex } from './mergeKeys';

export interface RelRange {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

export class DocLocator {
  private block: BlockLocator | undefined;
  private parsed: { doc: Document; lc: LineCounter } | undefined;
  private readonly memo = new Map<string, RelRange | undefined>();
  /** How many times the slow path (a full `yaml` parse) was needed; for tests and benches. */
  slowParses = 0;

  /** `useBlockScan: false` forces the yaml parser (tests compare both strategies). */
  constructor(private readonly text: string, private readonly useBlockScan = true) {}

  /** The range of `path` (or of its nearest existing ancestor). */
  field(path: FieldPath): RelRange | undefined {
    return this.cached('f', path, () => {
      const fast = this.useBlockScan ? this.blockLocator().find(path) : undefined;
      if (fast) return toRel(fast.span);
      return this.slowField(path);
    });
  }

  /** The whole range of the value at `path` (an object inside a `kind: List`, or the root). */
  extent(path: FieldPath): RelRange | undefined {
    return this.cached('e', path, () => {
      const fast = this.useBlockScan ? this.blockLocator().find(path) : undefined;
      if (fast) return fast.found ? toRel(fast.entry()) : undefined;
      const node = this.resolve(path);
      if (!node || node.missing || !node.node?.range) return undefined;
      return this.fromOffsets(node.node.range[0], node.node.range[1]);
    });
  }

  private cached(kind: string, path: FieldPath, compute: () => RelRange | undefined): RelRange | undefined {
    const key = kind + JSON.stringify(path);
    if (this.memo.has(key)) return this.memo.get(key);
    const r = compute();
    this.memo.set(key, r);
    return r;
  }

  private blockLocator(): BlockLocator {
    return (this.block ??= new BlockLocator(this.text));
  }

  private yamlDoc(): { doc: Document; lc: LineCounter } {
    if (!this.parsed) {
      this.slowParses++;
      const lc = new LineCounter();
      const doc = parseDocument(this.text, { lineCounter: lc, uniqueKeys: false, keepSourceTokens: false });
      this.parsed = { doc, lc };
    }
    return this.parsed;
  }

  private slowField(path: FieldPath): RelRange | undefined {
    const r = this.resolve(path);
    if (!r) return undefined;
    const target = r.missing ? r.anchor : r;
    if (!target.node && !target.key) return undefined;
    const n = target.node;
    const block = n && isScalar(n) && (n.type === 'BLOCK_LITERAL' || n.type === 'BLOCK_FOLDED');
    if (n && isScalar(n) && n.range && n.value !== null && !(block && target.key)) return this.fromOffsets(n.range[0], n.range[1]);
    if (target.key?.range) return this.fromOffsets(target.key.range[0], target.key.range[1]);
    if (n?.range) return this.firstLine(n.range[0]);
    return undefined;
  }

  /** Walk the `yaml` node tree; remember the last existing step for a missing path. */
  private resolve(path: FieldPath): Resolved | undefined {
    const { doc } = this.yamlDoc();
    let node = deref(doc, doc.contents as Node | null);
    let key: Node | undefined;
    let anchor: Step = { node: node ?? undefined, key: undefined };
    for (const seg of path) {
      let next: { node: Node | null; key?: Node } | undefined;
      const merge = mergeIndex(seg);
      if (node && isMap(node) && merge !== undefined) {
        // The n-th merge (a plain `<<`, as the loader reads one: mergeKeys.ts) of this mapping.
        const pair = node.items.filter((p) => isPair(p) && isScalar(p.key) && p.key.type === 'PLAIN' && !p.key.tag && p.key.value === '<<')[merge];
        if (pair) next = { node: pair.value as Node | null, key: pair.key as Node };
      } else if (node && isMap(node)) {
        const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(seg));
        if (pair) next = { node: pair.value as Node | null, key: pair.key as Node };
      } else if (node && isSeq(node) && typeof seg === 'number' && seg < node.items.length) {
        next = { node: node.items[seg] as Node | null };
      }
      if (!next) return { missing: true, anchor, node: undefined, key: undefined };
      node = deref(doc, next.node);
      key = next.key;
      anchor = { node: node ?? undefined, key };
    }
    return { missing: false, anchor, node: node ?? undefined, key };
  }

  private fromOffsets(start: number, end: number): RelRange {
    const { lc } = this.yamlDoc();
    const a = lc.linePos(start);
    const b = lc.linePos(Math.max(start, end));
    return { line: a.line - 1, column: a.col, endLine: b.line - 1, endColumn: b.col };
  }

  private firstLine(start: number): RelRange {
    const a = this.fromOffsets(start, start);
    const nl = this.text.indexOf('\n', start);
    const lineEnd = (nl < 0 ? this.text.length : nl) - (this.text[nl - 1] === '\r' ? 1 : 0);
    return { ...a, endColumn: a.column + Math.max(0, lineEnd - start) };
  }
}

interface Step {
  node: Node | undefined;
  key: Node | undefined;
}

interface Resolved extends Step {
  missing: boolean;
  anchor: Step;
}

function deref(doc: Document, node: Node | null | undefined): Node | null | undefined {
  if (node && isAlias(node)) return (node.resolve(doc) as Node | undefined) ?? node;
  return node;
}

function toRel(s: Span): RelRange {
  return { line: s.line, column: s.col + 1, endLine: s.endLine, endColumn: s.endCol + 1 };
}
