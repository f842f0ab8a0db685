/**
 * split.ts: each segment's line-feed count, and contentSpan given that count, agree with counting afresh.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findBadSeparator } from './kubectlReader';
import { contentSpan, splitDocuments } from './split';

const pieces = fc.constantFrom('---', '--- # c', '...', 'a: 1', '  b: 2', '# comment', '', '   ', '%YAML 1.2', 'key: |', '  text', '\r', 'x: "q"  ');
const texts = fc.array(pieces, { maxLength: 30 }).chain((lines) => fc.constantFrom('\n', '\r\n').map((nl) => lines.join(nl)));

describe('splitDocuments and contentSpan', () => {
  it('property: a segment\'s newlines are the line feeds of its text, and its startLine follows from them', () => {
    fc.assert(fc.property(texts, (text) => {
      const segments = splitDocuments(text);
      for (const s of segments) {
        expect(s.newlines).toBe(s.text.split('\n').length - 1);
        expect(s.startLine).toBe(text.slice(0, s.startOffset).split('\n').length);
      }
    }), { numRuns: 500 });
  });

  it('property: contentSpan with the count split.ts made is contentSpan counting for itself', () => {
    fc.assert(fc.property(texts, (text) => {
      for (const s of splitDocuments(text)) expect(contentSpan(s.text, s.newlines)).toEqual(contentSpan(s.text));
    }), { numRuns: 500 });
  });

  it("property: the refused `---` line split.ts records for a segment is the one a scan of the segment's text finds", () => {
    const withSeparators = fc.array(fc.constantFrom('---', '--- # c', '---\t#c', '--- x', '----', '---x', '--- |', 'a: 1', '  b: 2', '', '...', '  ---'), { maxLength: 20 })
      .chain((lines) => fc.constantFrom('\n', '\r\n').map((nl) => lines.join(nl)));
    fc.assert(fc.property(withSeparators, (text) => {
      for (const seg of splitDocuments(text)) expect(seg.badSeparator).toEqual(findBadSeparator(seg.text));
    }), { numRuns: 1000 });
  });

  it('the span of a document between markers, trailing blank lines left out', () => {
    const text = 'a: 1\n---\n# note\nkind: Service\nmetadata:\n  name: web\n\n\n---\nb: 2\n';
    const [, second] = splitDocuments(text);
    expect(second).toMatchObject({ startLine: 2, newlines: 7 });
    expect(contentSpan(second.text, second.newlines)).toEqual({ firstLine: 2, firstColumn: 1, lastLine: 4, lastColumn: 12 });
  });

  it('property: JSON objects one after another (jq output) are one segment each, covering the text, each parsing as its object', () => {
    const objects = fc.array(fc.dictionary(fc.string({ maxLength: 6 }), fc.oneof(fc.string({ maxLength: 8 }), fc.integer(), fc.constant(null), fc.array(fc.string({ maxLength: 4 }), { maxLength: 3 })), { maxKeys: 4 }), { minLength: 2, maxLength: 6 });
    fc.assert(fc.property(objects, fc.boolean(), fc.constantFrom('\n', '\r\n', '\n\n'), (objs, pretty, sep) => {
      const text = '  ' + objs.map((o) => JSON.stringify(o, null, pretty ? 2 : undefined)).join(sep) + '\n';
      const segments = splitDocuments(text);
      expect(segments.map((x) => JSON.parse(x.text))).toEqual(objs);
      expect(segments.map((x) => x.text).join('')).toBe(text);
      for (const x of segments) expect(x.startLine).toBe(text.slice(0, x.startOffset).split('\n').length);
    }), { numRuns: 300 });
  });

  it.each([
    ['two values on one line', '{"a": 1} {"b": 2}\n', [[1, '{"a": 1} '], [1, '         {"b": 2}\n']]],
    ['two values glued', '{"a": 1}{"b": 2}\n', [[1, '{"a": 1}'], [1, '        {"b": 2}\n']]],
    ['text after a value', '{"a": 1}\njunk\n', [[1, '{"a": 1}\n'], [2, 'junk\n']]],
    ['an unclosed value', '{"a": 1}\n{"b": [\n', [[1, '{"a": 1}\n'], [2, '{"b": [\n']]],
    ['a byte-order mark first', '\uFEFF{"a": 1}\n{"b": 2}\n', [[1, '\uFEFF{"a": 1}\n'], [2, '{"b": 2}\n']]],
  ])('JSON values: %s', (_name, text, want) => {
    expect(splitDocuments(text).map((x) => [x.startLine, x.text])).toEqual(want);
  });

  it.each([
    ['one value', '{"a": 1}\n'],
    ['YAML that starts with a comment', '# c\n{"a": 1}\n{"b": 2}\n'],
  ])('%s: one segment', (_name, text) => {
    expect(splitDocuments(text)).toHaveLength(1);
  });

  it('a `---#comment` line splits documents, as kubectl\'s reader does, though YAML wants a space after ---', () => {
    expect(splitDocuments('a: 1\n---#c\nb: 2\n').map((x) => [x.startLine, x.text])).toEqual([[1, 'a: 1\n'], [3, 'b: 2\n']]);
  });
});
