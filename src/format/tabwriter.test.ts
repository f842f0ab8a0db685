import { describe, expect, it } from 'vitest';
import { tabwrite } from './tabwriter';

// Go's text/tabwriter with kubectl describe's settings (minwidth 0, tabwidth 8, padding 2, padchar ' ', no flags).
describe('tabwrite (Go text/tabwriter, as kubectl describe sets it up)', () => {
  it('pads every tab-terminated cell to its column, plus 2; the text after the last tab is left alone', () => {
    expect(tabwrite('Name:\tweb\nNamespace:\tdefault\n')).toBe('Name:       web\nNamespace:  default\n');
  });

  it('a column is only as wide as its block of consecutive lines: a line with fewer cells ends it', () => {
    expect(tabwrite('a\tbbbb\tc\nxxxx\tyy\nq\tr\ts')).toBe('a     bbbb  c\nxxxx  yy\nq     r  s');
    expect(tabwrite('Port:\t<unset>\t8080/TCP\nTargetPort:\t80/TCP\n')).toBe('Port:        <unset>  8080/TCP\nTargetPort:  80/TCP\n');
  });

  it('an empty cell is padded too, so continuation lines line up (Labels, Annotations)', () => {
    expect(tabwrite('Labels:\ta=1\n\tb=2\nSelector:\t<none>')).toBe('Labels:    a=1\n           b=2\nSelector:  <none>');
  });

  it('a terminated cell with nothing after it leaves trailing spaces, as Go prints them', () => {
    expect(tabwrite('  host\t\n    \t/p \tsvc:80\n')).toBe('  host  \n        /p   svc:80\n');
  });

  it('counts characters, not UTF-16 units or bytes (Go counts runes)', () => {
    expect(tabwrite('이름:\tx\nab:\ty')).toBe('이름:  x\nab:  y');
    expect(tabwrite('🚀:\tx\nab:\ty')).toBe('🚀:   x\nab:  y'); // one rune, two UTF-16 units
  });
});
