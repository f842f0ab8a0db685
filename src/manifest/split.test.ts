/**
 * split.ts: each segment's line-feed count, and contentSpan given that count, agree with counting afresh.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
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

  it('the span of a document between markers, trailing blank lines left out', () => {
    const text = 'a: 1\n---\n# note\nkind: Service\nmetadata:\n  name: web\n\n\n---\nb: 2\n';
    const [, second] = splitDocuments(text);
    expect(second).toMatchObject({ startLine: 2, newlines: 7 });
    expect(contentSpan(second.text, second.newlines)).toEqual({ firstLine: 2, firstColumn: 1, lastLine: 4, lastColumn: 12 });
  });
});
