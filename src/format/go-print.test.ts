/** Go's printing of decoded JSON; expectations are what Go 1.23 (kubectl 1.32) prints for the same values. */
import { describe, expect, it } from 'vitest';
import { goFloat, goJson, goQuote, goSyntax, goValue } from './go-print';

describe('Go printing', () => {
  it.each([
    [1.5, '1.5'], [2, '2'], [-0.5, '-0.5'], [1e-7, '1e-07'], [0.0001, '0.0001'], [0.00001, '1e-05'],
    [123456.5, '123456.5'], [1234567.5, '1.2345675e+06'], [1e20, '1e+20'], [1e21, '1e+21'], [1.2345678901234567e19, '1.2345678901234567e+19'],
  ])('%v of float64 %s is %s', (f, text) => {
    expect(goFloat(f)).toBe(text);
  });

  it('strconv.Quote keeps printable runes and escapes the rest', () => {
    expect(goQuote('q"\\\t\x01\x7f\u2028é한')).toBe('"q\\"\\\\\\t\\x01\\x7f\\u2028é한"');
  });

  it('encoding/json: keys sorted, HTML characters escaped, integers and floats as Go writes them', () => {
    expect(goJson({ b: '<a&b>', a: [1, 1.5, 1e21, null, true] })).toBe('{"a":[1,1.5,1e+21,null,true],"b":"\\u003ca\\u0026b\\u003e"}');
    expect(goJson({ b: 1, a: {} }, '    ')).toBe('{\n    "a": {},\n    "b": 1\n}');
  });

  it('%v and %#v of maps, lists and nil', () => {
    expect(goValue({ tier: 'front', app: 'web', n: null, l: [1, 'x'] })).toBe('map[app:web l:[1 x] n:<nil> tier:front]');
    expect(goSyntax({ b: [null, 1e-7], a: 'x\ny', c: {} })).toBe('map[string]interface {}{"a":"x\\ny", "b":[]interface {}{interface {}(nil), 1e-07}, "c":map[string]interface {}{}}');
  });
});
