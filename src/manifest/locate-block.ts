/**
 * Fast field location for block-style YAML (what people write and what `kubectl get -o yaml` prints),
 * by indentation alone — no parse. It answers only when the layout is unambiguous (plain or quoted keys,
 * `- ` sequences, one-line scalars) and returns `undefined` otherwise, so the caller falls back to the
 * `yaml` package. Positions are 0-based lines and columns relative to the document's text.
 *
 * WHY: ranges are needed only for diagnostics, but a pasted cluster dump is one large `kind: List`
 * document; building a full `yaml` document for it costs ~100 ms per 1,000 items, a line scan ~1 ms.
 */
import type { FieldPath } from './diagnostics';

export interface Span {
  line: number;
  col: number;
  endLine: number;
  endCol: number;
}

/** A block collection whose entries start at column `col`; the first entry may share line `line` with a `- `. */
interface BlockNode {
  line: number;
  col: number;
}

export type BlockAnswer =
  /** `entry()`: the whole entry (key and value), worked out only when asked (a scan to the entry's end). */
  | { found: true; span: Span; entry(): Span }
  /** Absent: `span` is the nearest existing ancestor's key (or item) position. */
  | { found: false; span: Span };

export class BlockLocator {
  private readonly lines: string[];
  /**
   * entries() per collection, computed once. WHY: every lookup walks from the root, and the root mapping's and a
   * `kind: List`'s `items` entries span the whole document; scanned again per lookup, locating each item of a
   * 4,000-pod dump cost 47 s (quadratic), where each lookup now costs the lines of its own item.
   */
  private readonly entryCache = new Map<string, number[]>();
  /** Lines visited by the scans so far (tests check that locating every item of a List stays linear). */
  scanned = 0;

  constructor(text: string) {
    this.lines = text.split('\n').map((l) => (l.endsWith('\r') ? l.slice(0, -1) : l));
  }

  /** The position of `path`, or undefined when the layout needs a real parser. */
  find(path: FieldPath): BlockAnswer | undefined {
    const root = this.rootNode();
    if (!root) return undefined;
    let node: BlockNode = root;
    let anchor: Span = this.lineSpan(root.line, root.col);
    for (let i = 0; i < path.length; i++) {
      const seg = path[i];
      const step = typeof seg === 'number' ? this.item(node, seg) : this.key(node, seg);
      if (step === undefined) return undefined;
      if (step === null) return { found: false, span: anchor };
      if (i === path.length - 1) {
        const col = node.col;
        return { found: true, span: step.span, entry: () => this.entrySpan(step.line, col, false) };
      }
      if (!step.child) return { found: false, span: step.span };
      node = step.child;
      anchor = step.span;
    }
    return { found: true, span: anchor, entry: () => this.entrySpan(root.line, root.col, true) };
  }

  private rootNode(): BlockNode | undefined {
    for (let i = 0; i < this.lines.length; i++) {
      const l = this.lines[i];
      if (l.startsWith('---')) {
        if (/^---\s*(#.*)?$/.test(l)) continue;
        return undefined; // content on the marker line
      }
      if (isIgnorable(l)) continue;
      const col = indentOf(l);
      const c = l[col];
      if (c === '{' || c === '[' || c === '&' || c === '!' || c === '?') return undefined;
      return { line: i, col };
    }
    return undefined;
  }

  /** Line indices where the entries of `node` start (the first one at node.col on node.line). */
  private entries(node: BlockNode, seq: boolean): readonly number[] {
    const key = `${node.line}:${node.col}:${seq ? 's' : 'm'}`;
    let out = this.entryCache.get(key);
    if (!out) this.entryCache.set(key, (out = this.scanEntries(node, seq)));
    return out;
  }

  private scanEntries(node: BlockNode, seq: boolean): number[] {
    const out = [node.line];
    for (let i = node.line + 1; i < this.lines.length; i++) {
      this.scanned++;
      const l = this.lines[i];
      if (isIgnorable(l) || l.startsWith('...')) continue;
      const ind = indentOf(l);
      if (ind < node.col) break;
      if (ind > node.col) continue;
      const dash = isDash(l, ind);
      if (seq && !dash) break; // the parent mapping's next key
      if (!seq && dash) continue; // a compact sequence value of the previous key
      out.push(i);
    }
    return out;
  }

  private isSeq(node: BlockNode): boolean {
    return isDash(this.lines[node.line], node.col);
  }

  private item(node: BlockNode, index: number): Step | null | undefined {
    if (!this.isSeq(node)) return undefined;
    const starts = this.entries(node, true);
    if (index >= starts.length) return null;
    const line = starts[index];
    const text = this.lines[line];
    let col = node.col + 1;
    while (text[col] === ' ') col++;
    if (col >= text.length || text[col] === '#') {
      // `-` alone: the item's content starts on the next line.
      const child = this.childBelow(line, node.col, false);
      return { span: child ? this.lineSpan(child.line, child.col) : this.lineSpan(line, node.col), line, child };
    }
    const c = text[col];
    if (c === '&' || c === '!' || c === '*' || c === '{' || c === '[' || c === '|' || c === '>') return undefined;
    // A collection item is located by its first line, from its first character (as the yaml path does).
    if (isDash(text, col) || keyAt(text, col)) return { span: this.lineSpan(line, col), line, child: { line, col } };
    return { span: scalarSpan(line, col, text), line, child: undefined };
  }

  private key(node: BlockNode, key: string): Step | null | undefined {
    if (this.isSeq(node)) return undefined;
    let result: Step | null = null;
    for (const line of this.entries(node, false)) {
      const text = this.lines[line];
      const k = keyAt(text, node.col);
      if (!k) return undefined; // complex key, merge key, flow…: let the parser answer
      if (k.key !== key) continue;
      const span = { line, col: node.col, endLine: line, endCol: k.keyEnd };
      let v = k.valueStart;
      while (text[v] === ' ' || text[v] === '\t') v++;
      if (v >= text.length || text[v] === '#') {
        result = { span, line, child: this.childBelow(line, node.col, true) };
      } else {
        const c = text[v];
        if (c === '&' || c === '!' || c === '*' || c === '{' || c === '[') return undefined;
        if (c === '|' || c === '>') result = { span, line, child: undefined };
        else result = { span: scalarSpan(line, v, text), line, child: undefined };
      }
    }
    return result;
  }

  /** The block collection on the lines after a key or a bare `-`, if any. */
  private childBelow(line: number, col: number, allowSameIndentSeq: boolean): BlockNode | undefined {
    for (let i = line + 1; i < this.lines.length; i++) {
      const l = this.lines[i];
      if (isIgnorable(l)) continue;
      const ind = indentOf(l);
      if (ind > col || (allowSameIndentSeq && ind === col && isDash(l, ind))) return { line: i, col: ind };
      return undefined;
    }
    return undefined;
  }

  /** From an entry's first character to the end of its last content line. */
  private entrySpan(line: number, col: number, root: boolean): Span {
    let last = line;
    for (let i = line + 1; i < this.lines.length; i++) {
      this.scanned++;
      const l = this.lines[i];
      if (isIgnorable(l)) continue;
      if (l.startsWith('...') || l.startsWith('---')) break;
      const ind = indentOf(l);
      if (!root && (ind < col || (ind === col && (isDash(this.lines[line], col) || !isDash(l, ind))))) break;
      last = i;
    }
    return { line, col, endLine: last, endCol: trimmedEnd(this.lines[last]) };
  }

  private lineSpan(line: number, col: number): Span {
    return { line, col, endLine: line, endCol: trimmedEnd(this.lines[line]) };
  }
}

interface Step {
  span: Span;
  /** The line the entry starts on (its whole extent is entrySpan(line, the collection's column)). */
  line: number;
  child: BlockNode | undefined;
}

function isIgnorable(l: string): boolean {
  const t = l.trimStart();
  return t === '' || t.startsWith('#');
}

function indentOf(l: string): number {
  let i = 0;
  while (l[i] === ' ') i++;
  return i;
}

function isDash(l: string, col: number): boolean {
  return l[col] === '-' && (col + 1 >= l.length || l[col + 1] === ' ' || l[col + 1] === '\t');
}

const QUOTED_KEY = /^(?:"((?:[^"\\]|\\.)*)"|'((?:[^']|'')*)')[ \t]*:(?=\s|$)/;
const KEY_INDICATORS = new Set(['#', "'", '"', '{', '}', '[', ']', ',', '&', '*', '!', '|', '>', '%', '@', '`', '?']);

/** A `key:` at `col`: plain (up to the first `: ` or end-of-line colon) or single/double quoted without escapes. */
function keyAt(text: string, col: number): { key: string; keyEnd: number; valueStart: number } | undefined {
  const first = text[col];
  if (first === '"' || first === "'") {
    const q = QUOTED_KEY.exec(text.slice(col));
    if (!q) return undefined;
    if (q[1] !== undefined && q[1].includes('\\')) return undefined;
    const key = q[1] !== undefined ? q[1] : q[2].replace(/''/g, "'");
    const keyEnd = col + q[0].lastIndexOf(first) + 1;
    return { key, keyEnd, valueStart: col + q[0].length };
  }
  if (first === undefined || KEY_INDICATORS.has(first) || isDash(text, col)) return undefined;
  for (let i = col; i < text.length; i++) {
    const c = text[i];
    if (c === '#' && (text[i - 1] === ' ' || text[i - 1] === '\t')) return undefined;
    if (c === ':' && (i + 1 >= text.length || text[i + 1] === ' ' || text[i + 1] === '\t')) {
      const key = text.slice(col, i).trimEnd();
      if (key === '<<' || key === '') return undefined;
      return { key, keyEnd: col + key.length, valueStart: i + 1 };
    }
  }
  return undefined;
}

/** A one-line scalar value: up to a ` #` comment or the end of the line. */
function scalarSpan(line: number, col: number, text: string): Span {
  let end = text.length;
  const c = text[col];
  if (c === '"' || c === "'") {
    let i = col + 1;
    while (i < text.length) {
      if (c === '"' && text[i] === '\\') i += 2;
      else if (text[i] === c && c === "'" && text[i + 1] === "'") i += 2;
      else if (text[i] === c) break;
      else i++;
    }
    end = Math.min(i + 1, text.length);
  } else {
    const hash = text.indexOf(' #', col);
    if (hash >= 0) end = hash;
  }
  while (end > col && (text[end - 1] === ' ' || text[end - 1] === '\t')) end--;
  return { line, col, endLine: line, endCol: end };
}

function trimmedEnd(l: string): number {
  return l.replace(/\s+$/, '').length;
}
