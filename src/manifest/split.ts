/**
 * Split a multi-document YAML stream into its documents without parsing it.
 *
 * WHY: parsing every document with source ranges (`yaml`) is ~10× slower than js-yaml, and an edit usually
 * touches one document. Splitting on the YAML 1.2 document markers lets each document be parsed (and cached)
 * on its own, and keeps one broken document from hiding the others — the same unit `kubectl apply -f` works in.
 *
 * A marker is `---` or `...` at column 0 followed by a space, a tab or the end of the line (YAML 1.2 §9.1:
 * "c-directives-end" / "c-document-end"). Such a line can never be content, not even inside a block scalar
 * (the spec forbids a forbidden-marker line there), so the split is exact for valid YAML.
 * The `---` line belongs to the document it opens (js-yaml accepts it and content may follow on the same line);
 * a `...` line ends the document it closes. Where kubectl's own reader splits differently, this follows kubectl:
 * a `---#comment` line splits too, a `---` line with content after it is recorded for kubectlReader.ts to refuse,
 * and a text that starts with `{` is a stream of JSON values (jsonSegments).
 */

export interface DocumentSegment {
  /** The document's text, marker line included. */
  text: string;
  /** 1-based line of the segment's first line in the whole text. */
  startLine: number;
  /** Offset of the segment's first character in the whole text. */
  startOffset: number;
  /** How many line feeds the segment's text holds (so contentSpan need not count them again). */
  newlines: number;
  /**
   * The first line of the segment that starts with `---` and has more than a comment after it, which kubectl's
   * reader refuses (kubectlReader.ts): its line (0-based, in the segment) and what follows the `---`.
   */
  badSeparator?: BadSeparator;
}

export interface BadSeparator {
  line: number;
  rest: string;
}

/** Every line that starts with `---` or `...`; the YAML markers among them are told apart in splitDocuments. */
const MARKER = /^(?:---|\.\.\.)/gm;

/**
 * Every segment between markers, in order; segments holding only blanks, comments or directives are dropped.
 * A text that starts with `{` is a stream of JSON values instead (see jsonSegments).
 */
export function splitDocuments(text: string): DocumentSegment[] {
  if (startsWithBrace(text)) {
    const json = jsonSegments(text);
    if (json) return json;
  }
  const cuts: number[] = [0];
  /** Offsets of the `---` lines kubectl refuses (see DocumentSegment.badSeparator). */
  let bad: number[] | undefined;
  MARKER.lastIndex = 0;
  for (let m = MARKER.exec(text); m; m = MARKER.exec(text)) {
    const at = m.index;
    const c = text.charCodeAt(at + 3);
    const marker = Number.isNaN(c) || c === 32 || c === 9 || c === 13 || c === 10;
    if (m[0] === '---') {
      if (marker) cuts.push(at);
      // `---#c` is no YAML marker (a space must follow), but kubectl's reader splits there all the same: the line
      // is cut out on its own (a segment of nothing but a comment, which is dropped).
      else if (c === 35 /* # */) cuts.push(at, lineEnd(text, at));
      // kubectl's YAMLReader takes any line starting with `---` for a separator, with only a comment after it.
      if (!(Number.isNaN(c) || c === 10) && !blankOrComment(text.slice(at + 3, lineEnd(text, at)))) (bad ??= []).push(at);
    } else if (marker) cuts.push(lineEnd(text, at)); // `...` stays with the document it closes
  }
  cuts.push(text.length);

  const segments: DocumentSegment[] = [];
  let line = 1;
  for (let i = 0; i + 1 < cuts.length; i++) {
    const start = cuts[i];
    const end = cuts[i + 1];
    if (end <= start) continue;
    const newlines = countNewlines(text, start, end);
    const segmentText = text.slice(start, end);
    if (hasContent(segmentText)) {
      const segment: DocumentSegment = { text: segmentText, startLine: line, startOffset: start, newlines };
      const b = bad?.find((o) => o >= start && o < end);
      if (b !== undefined) segment.badSeparator = { line: countNewlines(text, start, b), rest: text.slice(b + 3, lineEnd(text, b)).trim() };
      segments.push(segment);
    }
    line += newlines;
  }
  return segments;
}

/**
 * Whether kubectl reads the text as JSON: k8s.io/apimachinery's YAMLOrJSONDecoder takes a stream whose first
 * character after white space is `{` for JSON (hasJSONPrefix) and decodes it value after value with Go's
 * json.Decoder — so several objects one after the other are several documents, with no `---` between them, as
 * `kubectl get pods -o json | jq '.items[]'` prints them. kubectl reads files through a reader that drops a
 * byte-order mark first (unicode.BOMOverride), so one does not count.
 */
export function startsWithBrace(text: string): boolean {
  for (let i = text.charCodeAt(0) === 0xfeff ? 1 : 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 123 /* { */) return true;
    if (c !== 32 && c !== 9 && c !== 10 && c !== 13 && c !== 11 && c !== 12) return false;
  }
  return false;
}

/**
 * The JSON values of the text, one segment each, as json.Decoder reads them one after another (white space
 * between them, or none). A segment runs from its value to the next one. When a value starts after other text on
 * its line (`}{`, `{…} {…}`), its segment is padded with spaces in place of that text, so that positions in it
 * stay those of the whole text; it then is no slice of the text (the bulk loader sees that and reads it alone).
 * Where the stream stops being a run of objects (trailing text, a value that never closes), the rest is one last
 * segment, which the JSON check refuses: the objects before it are still read, as kubectl reads them.
 * Undefined for a single value: the YAML split gives the same one document.
 */
function jsonSegments(text: string): DocumentSegment[] | undefined {
  const starts: number[] = [];
  const n = text.length;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  for (;;) {
    while (i < n && isJsonSpace(text.charCodeAt(i))) i++;
    if (i === n) break;
    starts.push(i);
    const end = text.charCodeAt(i) === 123 ? jsonValueEnd(text, i) : -1;
    if (end < 0) break; // not an object, or one that never closes: the rest is the last segment
    i = end;
  }
  if (starts.length < 2) return undefined;
  const segments: DocumentSegment[] = [];
  let line = 1;
  let counted = 0;
  for (let k = 0; k < starts.length; k++) {
    const valueStart = starts[k];
    // The first segment keeps what comes before its value (white space, a byte-order mark).
    const start = k === 0 ? 0 : nextStart(text, valueStart);
    const end = k + 1 < starts.length ? nextStart(text, starts[k + 1]) : n;
    line += countNewlines(text, counted, start);
    counted = start;
    const body = text.slice(start, end);
    const column = valueStart - (text.lastIndexOf('\n', valueStart - 1) + 1);
    const segmentText = k > 0 && start === valueStart && column > 0 ? ' '.repeat(column) + body : body;
    segments.push({ text: segmentText, startLine: line, startOffset: start, newlines: countNewlines(text, start, end) });
  }
  return segments;
}

/** Where the segment of the value at `valueStart` begins: its line start when only white space precedes it there. */
function nextStart(text: string, valueStart: number): number {
  const lineStart = text.lastIndexOf('\n', valueStart - 1) + 1;
  return text.slice(lineStart, valueStart).trim() === '' ? lineStart : valueStart;
}

const isJsonSpace = (c: number): boolean => c === 32 || c === 9 || c === 10 || c === 13;

/** The offset just past the JSON object or array opening at `from` (brackets outside strings), or -1. */
function jsonValueEnd(text: string, from: number): number {
  let depth = 0;
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 34 /* " */) {
      for (i++; i < text.length; i++) {
        const d = text.charCodeAt(i);
        if (d === 92 /* \ */) i++;
        else if (d === 34) break;
      }
      if (i >= text.length) return -1;
    } else if (c === 123 || c === 91) depth++;
    else if (c === 125 || c === 93) {
      depth--;
      if (depth === 0) return i + 1;
      if (depth < 0) return -1;
    }
  }
  return -1;
}

/** Go's strings.TrimSpace of the text is empty or starts with `#`. */
function blankOrComment(rest: string): boolean {
  const t = rest.trim();
  return t === '' || t[0] === '#';
}

function lineEnd(text: string, from: number): number {
  const nl = text.indexOf('\n', from);
  return nl < 0 ? text.length : nl + 1;
}

function countNewlines(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = text.indexOf('\n', from); i >= 0 && i < to; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

/** Whether a segment has anything besides markers, directives, comments and blank lines. */
export function hasContent(segment: string): boolean {
  let i = 0;
  while (i < segment.length) {
    const nl = segment.indexOf('\n', i);
    const end = nl < 0 ? segment.length : nl;
    if (!ignorableLine(segment, i, end)) return true;
    i = end + 1;
  }
  return false;
}

function ignorableLine(s: string, start: number, end: number): boolean {
  let i = start;
  if (s.startsWith('---', i) || s.startsWith('...', i)) i += 3;
  else if (s[i] === '%') return true; // %YAML / %TAG directive
  while (i < end && (s[i] === ' ' || s[i] === '\t' || s[i] === '\r')) i++;
  return i === end || s[i] === '#';
}

/**
 * The lines a document's content spans, relative to its segment (0-based line offsets), with the 1-based
 * column of its first character and the column just past its last one: the object's whole range when the
 * document is one object. Scans from both ends without splitting the text (documents can be large).
 */
export function contentSpan(segment: string, newlines?: number): { firstLine: number; lastLine: number; lastColumn: number; firstColumn: number } {
  let line = 0;
  let start = 0;
  for (;;) {
    const nl = segment.indexOf('\n', start);
    const end = nl < 0 ? segment.length : nl;
    // (A `---` marker line with nothing after it but a comment is one of the ignorable lines.)
    if (nl < 0 || !ignorableLine(segment, start, end)) break;
    start = nl + 1;
    line++;
  }
  let firstColumn = 1;
  if (!segment.startsWith('---', start)) while (segment[start + firstColumn - 1] === ' ') firstColumn++;

  let end = segment.length;
  for (;;) {
    const nl = segment.lastIndexOf('\n', end - 1);
    const ls = nl + 1;
    if (ls <= start || !(ignorableLine(segment, ls, end) || segment.startsWith('...', ls))) break;
    end = nl;
  }
  const lastStart = segment.lastIndexOf('\n', end - 1) + 1;
  let lastEnd = end;
  while (lastEnd > lastStart && isSpace(segment.charCodeAt(lastEnd - 1))) lastEnd--;
  // The line feeds between the first content line and the last one: from the segment's count when it is known
  // (split.ts counted them already), minus those before and after, which are few; else counted here.
  const between = newlines === undefined ? countLines(segment, start, lastStart) : newlines - line - countLines(segment, lastStart, segment.length);
  return { firstLine: line, lastLine: line + between, firstColumn, lastColumn: lastEnd - lastStart + 1 };
}

/** The characters `/\s/` matches that can end a YAML line: space, tab, CR, and the other ASCII/Unicode blanks. */
function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

function countLines(s: string, from: number, to: number): number {
  let n = 0;
  for (let i = s.indexOf('\n', from); i >= 0 && i < to; i = s.indexOf('\n', i + 1)) n++;
  return n;
}
