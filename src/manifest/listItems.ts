/**
 * A `kind: List` document as `kubectl get … -o yaml` prints it, cut into its items by their lines, so that an
 * edit of one item re-reads that item alone (document.ts). A pasted cluster dump is one such document of
 * thousands of items; re-loading and re-decoding all of them on every keystroke took 170–290 ms at 4,000.
 *
 * The cut is made only where it is certain to read as the whole document does; anything else gets undefined,
 * and the document is read whole:
 *  - block style, `\n` line ends: `items:` is a top-level key (column 0) with nothing after it, followed by its
 *    items, each a `- ` at column 0 (the YAML indentation of kubectl's output);
 *  - between the items, every line is indented, blank or a comment: a line at column 0 with content ends the
 *    item (by YAML's indentation rules it ends the item's mapping), and only `- ` or a top-level key may do so;
 *  - no anchors, aliases or tags anywhere (an alias could point from one item into another);
 *  - nothing before the document's first line of content but blank lines, comments and `---`.
 * Each item is loaded as written (a one-item sequence); the rest (the top-level keys, with `items:` left
 * empty) is the wrapper. The caller still checks what the cut cannot see (document.ts: every piece loads
 * cleanly, the wrapper is a List whose `items` is empty) and reads the whole document otherwise.
 */

export interface ListItemText {
  /** The item's lines, from its `- ` up to the next item or top-level key (a slice of the document). */
  text: string;
  /** Its first line, 0-based, in the document. */
  line: number;
}

export interface ListSplit {
  /** The document without its items' lines (`items:` stays, with no value). */
  wrapper: string;
  items: ListItemText[];
}

/**
 * Whether the text has an `&anchor`, `*alias` or `!tag` where a token may start: after a space, `-`, `:`, `[`,
 * `{`, `,` or at a line start, and followed by a name. By indexOf over the three characters, which are rare in
 * a dump (a regex would try its alternatives at every position of a text of megabytes, on every keystroke).
 */
function hasNodeProperty(text: string): boolean {
  for (const mark of ['&', '*', '!']) {
    for (let i = text.indexOf(mark); i >= 0; i = text.indexOf(mark, i + 1)) {
      const before = i === 0 ? 10 : text.charCodeAt(i - 1);
      const after = i + 1 < text.length ? text.charCodeAt(i + 1) : 10;
      const tokenStart = before === 10 || before === 32 || before === 9 || before === 13 || before === 45 || before === 58 ||
        before === 91 || before === 123 || before === 44;
      if (tokenStart && after !== 32 && after !== 10 && after !== 9 && after !== 13) return true;
    }
  }
  return false;
}
const ITEMS_KEY = /^items:[ \t]*(?:#.*)?$/;
/** A top-level key that is plainly a key: a plain word, then `:` and a space or the line end. */
const TOP_KEY = /^[A-Za-z_][\w.\-/]*:(?:[ \t]|$)/;

export function splitList(text: string): ListSplit | undefined {
  if (text.indexOf('\r') >= 0 || (!text.startsWith('items:') && text.indexOf('\nitems:') < 0)) return undefined;
  if (hasNodeProperty(text)) return undefined;
  const items: ListItemText[] = [];
  let regionStart = -1; // offset of the line after `items:`
  let regionEnd = -1; // offset of the line that ends the items
  let itemStart = -1;
  let firstItem = -1;
  let itemLine = 0;
  let seenContent = false;
  let line = 0;
  for (let start = 0; start < text.length; line++) {
    const nl = text.indexOf('\n', start);
    const end = nl < 0 ? text.length : nl;
    const c = text.charCodeAt(start);
    const lineStart = start;
    start = end + 1;
    // Indented, blank or a comment: part of whatever is open. (Blank to YAML means spaces and tabs only; a line
    // of other white space, U+00A0 or U+2028, is content. The lines between `items:` and its first `- ` go to the
    // wrapper, whose read then refuses anything but blank lines and comments there.)
    if (end === lineStart || c === 32 || c === 35 /* # */) continue;
    const s = text.slice(lineStart, end);
    if (yamlBlank(s)) continue;
    if (!seenContent && /^---[ \t]*(?:#.*)?$/.test(s)) continue;
    seenContent = true;
    if (c === 45 /* - */ && (s.length === 1 || s.charCodeAt(1) === 32)) {
      if (regionStart < 0 || regionEnd >= 0) return undefined; // an item outside `items:`
      if (itemStart >= 0) items.push({ text: text.slice(itemStart, lineStart), line: itemLine });
      else firstItem = lineStart;
      itemStart = lineStart;
      itemLine = line;
      continue;
    }
    // Column 0 with content: a top-level key ends the items (or anything else: the whole document reads it).
    if (itemStart >= 0 && regionEnd < 0) {
      items.push({ text: text.slice(itemStart, lineStart), line: itemLine });
      regionEnd = lineStart;
    }
    if (ITEMS_KEY.test(s)) {
      if (regionStart >= 0) return undefined; // `items:` written twice: the whole read says so
      regionStart = start;
    } else if (!TOP_KEY.test(s) || (regionStart >= 0 && itemStart < 0)) {
      // Not a plain top-level key, or `items:` with no `- ` under it.
      return undefined;
    }
  }
  if (regionStart < 0 || itemStart < 0) return undefined;
  if (regionEnd < 0) {
    items.push({ text: text.slice(itemStart), line: itemLine });
    regionEnd = text.length;
  }
  // Everything but the items: the lines between `items:` and the first item are read with the wrapper.
  return { wrapper: text.slice(0, firstItem) + text.slice(regionEnd), items };
}

/** Spaces and tabs only (YAML's white space; String.prototype.trim also removes U+00A0, U+2028, U+FEFF…). */
function yamlBlank(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c !== 32 && c !== 9) return false;
  }
  return true;
}
