import { describe, expect, it } from 'vitest';
import { pasteIntoLine } from './paste';

describe('pasteIntoLine: a paste runs its lines as a terminal does', () => {
  it('a paste without a line end is left to the browser', () => {
    expect(pasteIntoLine('dig ', 4, 4, 'web')).toBeUndefined();
  });

  it('lines ending in a newline are entered; the last piece stays on the line', () => {
    expect(pasteIntoLine('', 0, 0, 'dig web\ncurl web\nnslookup')).toEqual({ entered: 'dig web\ncurl web', rest: 'nslookup' });
    expect(pasteIntoLine('', 0, 0, 'dig web\n')).toEqual({ entered: 'dig web', rest: '' });
  });

  it('CRLF and a lone CR are line ends too, and never reach the command', () => {
    expect(pasteIntoLine('', 0, 0, 'dig web\r\ncurl web\r\n')).toEqual({ entered: 'dig web\ncurl web', rest: '' });
    expect(pasteIntoLine('', 0, 0, 'dig web\rcurl web\r')).toEqual({ entered: 'dig web\ncurl web', rest: '' });
    // A backslash continuation pasted from Windows: the shell sees `\` + newline, not `\` + CR.
    expect(pasteIntoLine('', 0, 0, 'curl \\\r\n  http://web/\r\n')).toEqual({ entered: 'curl \\\n  http://web/', rest: '' });
  });

  it('the paste replaces the selection, with what was typed before and after it around it', () => {
    // "kubectl exec web -- [dig x]" with "dig x" selected, replaced by two lines.
    const line = 'kubectl exec web -- dig x';
    expect(pasteIntoLine(line, 20, 25, 'dig a\ndig b')).toEqual({ entered: 'kubectl exec web -- dig a', rest: 'dig b' });
    // Text after the cursor ends up after the last pasted line.
    expect(pasteIntoLine('echo  tail', 5, 5, 'one\ntwo')).toEqual({ entered: 'echo one', rest: 'two tail' });
  });
});
