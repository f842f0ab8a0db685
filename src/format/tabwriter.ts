/**
 * Go's text/tabwriter, as `kubectl describe` sets it up (describe.go tabbedString: minwidth 0, tabwidth 8,
 * padding 2, padchar ' ', no flags), so the text lines up exactly as kubectl prints it.
 *
 * The rule (text/tabwriter Writer.format): a cell is text ended by a tab; the text after a line's last tab is
 * not a cell and is never padded. A column is made of the cells at the same index on *consecutive* lines that
 * have one there: a line with fewer cells ends the column, so `Port:\t<unset>\t80/TCP` aligns its second cell
 * only with the lines around it that have a second cell too. Each cell is padded with spaces to the widest
 * cell of its column plus the padding. Widths count characters (Go counts UTF-8 runes).
 */

const PADDING = 2;
const MIN_WIDTH = 0;

/** `text` laid out as tabwriter would print it (text/tabwriter with kubectl describe's settings). */
export function tabwrite(text: string): string {
  const lines = text.split('\n').map((l) => l.split('\t'));
  const widths: number[] = [];
  const out: string[] = [];
  const width = (s: string) => [...s].length;

  const writeLines = (from: number, to: number) => {
    for (let i = from; i < to; i++) {
      const cells = lines[i];
      let s = '';
      for (let j = 0; j < cells.length; j++) {
        const c = cells[j];
        s += c;
        // Every cell but the last is tab-terminated; those in a column are padded to its width.
        if (j < cells.length - 1 && j < widths.length) s += ' '.repeat(Math.max(0, widths[j] - width(c)));
      }
      out.push(s);
    }
  };

  // Writer.format: find each block of consecutive lines that have a cell in `column`, size it, recurse.
  const format = (line0: number, line1: number) => {
    const column = widths.length;
    for (let self = line0; self < line1; self++) {
      if (column >= lines[self].length - 1) continue;
      writeLines(line0, self);
      line0 = self;
      let w = MIN_WIDTH;
      for (; self < line1; self++) {
        const cells = lines[self];
        if (column >= cells.length - 1) break;
        w = Math.max(w, width(cells[column]) + PADDING);
      }
      widths.push(w);
      format(line0, self);
      widths.pop();
      line0 = self; // (the loop's increment then skips the line that ended the block: it has no cell here)
    }
    writeLines(line0, line1);
  };

  format(0, lines.length);
  return out.join('\n');
}
