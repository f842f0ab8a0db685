/**
 * A paste into the one-line command input, read as a terminal reads it: each pasted line that ends in a newline
 * is entered, and the text after the last newline stays on the command line. Windows (CRLF) and old Mac (CR)
 * line ends count as newlines. The selection the paste replaces is `[start, end)` of `line`.
 */
export function pasteIntoLine(line: string, start: number, end: number, pasted: string): { entered: string; rest: string } | undefined {
  // Without a line end the browser's own paste is right (it replaces the selection).
  if (!/[\r\n]/.test(pasted)) return undefined;
  const text = line.slice(0, start) + pasted.replace(/\r\n?/g, '\n') + line.slice(end);
  const lines = text.split('\n');
  const rest = lines.pop() ?? '';
  return { entered: lines.join('\n'), rest };
}
