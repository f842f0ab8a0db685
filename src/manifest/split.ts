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
 * a `...` line ends the document it closes.
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
 * `kubectl get pods -o json | jq '.items[]'` prints them.
 */
export function startsWithBrace(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 123 /* { */) return true;
    if (c !== 32 && c !== 9 && c !== 10 && c !== 13 && c !== 11 && c !== 12) return false;
  }
  return false;
}

/**
 * The JSON values of the text, one segment each: from the start of the line a value starts on to the start of
 * the next value's line. Undefined — read the text as YAML, where one document says what is wrong — when a value
 * does not close, when something other than white space comes between two values, or when a value starts on
 * the line another one ends on (a segment begins at a line start, or its positions would be off).
 */
function jsonSegments(text: string): DocumentSegment[] | undefined {
  const starts: number[] = [];
  let i = 0;
  const n = text.length;
  for (;;) {
    while (i < n && isJsonSpace(text.charCodeAt(i))) i++;
    if (i === n) break;
    if (text.charCodeAt(i) !== 123) return undefined;
    const lineStart = text.lastIndexOf('\n', i - 1) + 1;
    if (starts.length && lineStart <= starts[starts.length - 1]) return undefined;
    if (text.slice(lineStart, i).trim() !== '') return undefined;
    starts.push(lineStart);
    const end = jsonValueEnd(text, i);
    if (end < 0) return undefined;
    i = end;
  }
  if (starts.length < 2) return undefined; // one value: the YAML split gives the same single document
  const segments: DocumentSegment[] = [];
  let line = 1;
  for (let k = 0; k < starts.length; k++) {
    const start = k === 0 ? 0 : starts[k];
    const end = k + 1 < starts.length ? starts[k + 1] : n;
    const newlines = countNewlines(text, start, end);
    segments.push({ text: text.slice(start, end), startLine: line, startOffset: start, newlines });
    line += newlines;
  }
  return segments;
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
