/**
 * A key that reads as null fails the document in kubectl: sigs.k8s.io/yaml converts only string, number and
 * boolean keys to JSON ("unsupported map key of type: %!s(<nil>), key: <nil>"). Checked with kubectl 1.32
 * (`kubectl create --dry-run=client -o json`) for the cases below.
 */
import fc from 'fast-check';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import type { Service } from '../api/types';
import type { Diagnostic } from './diagnostics';
import { findNullKey, mayHaveNullKey } from './nullKeys';
import { createManifestParser } from './parse';

const parse = (text: string) => createManifestParser().parse(text);
const at = (d: Diagnostic | undefined) => d?.range && `${d.range.start.line}:${d.range.start.column}`;
const service = (line: string) => `apiVersion: v1\nkind: Service\nmetadata:\n  name: k\n  annotations:\n    ${line}\nspec:\n  ports:\n  - port: 80\n`;

describe('a key that reads as null fails the document, as in kubectl', () => {
  it.each([
    ['~: x', '~', '6:5'],
    ['null: x', 'null', '6:5'],
    ['Null: x', 'Null', '6:5'],
    ['NULL : x', 'NULL', '6:5'],
    ['{a: b, ~: x}', '~', '6:12'],
  ])('%s', (line, written, where) => {
    const r = parse(service(line));
    expect(r.objects.filter((o) => o.kind === 'Service')).toEqual([]);
    expect(r.diagnostics.map((d) => [d.severity, d.code, at(d), d.params.written])).toEqual([['error', 'yaml/null-key', where, written]]);
    expect(r.diagnostics[0].message).toContain('"error converting YAML to JSON: unsupported map key of type: %!s(<nil>), key: <nil>, value: …"');
  });

  it.each([
    ['a quoted "null" is text', '"null": x', { null: 'x' }],
    ['null as a value', 'a: "1"', { a: '1' }],
    ['a line "null: x" inside a block scalar', 'a: |\n      null: x', { a: 'null: x\n' }],
    ['a word ending in null', 'notnull: x', { notnull: 'x' }],
  ])('not for %s', (_name, line, annotations) => {
    const r = parse(service(line));
    expect(r.diagnostics).toEqual([]);
    expect((r.objects[0] as Service).metadata.annotations).toEqual(annotations);
  });

  it('in a big paste (loaded in bulk), only that document is skipped, and the error is on its line', () => {
    const ns = (i: number) => `apiVersion: v1\nkind: Namespace\nmetadata:\n  name: ns${i}\n`;
    const docs = Array.from({ length: 40 }, (_, i) => ns(i));
    docs[10] = service('null: x');
    // (Each document is 4 lines and its `---`: the 11th starts on line 51.)
    const r = parse(docs.join('---\n'));
    expect(r.objects.filter((o) => o.kind === 'Namespace')).toHaveLength(39);
    expect(r.diagnostics.map((d) => [d.code, at(d)])).toEqual([['yaml/null-key', '56:5']]);
  });

  // Only texts both readers take: the `yaml` package accepts a few that js-yaml and kubectl refuse (a key `~`
  // whose `:` is on the next line, "x: \n~\r\n :", which kubectl calls "could not find expected ':'"), and
  // those end as a syntax error before any key is looked at.
  const readable = (text: string): boolean => {
    if (parseDocument(text).errors.length > 0) return false;
    try {
      load(text);
      return true;
    } catch {
      return false;
    }
  };

  it('property: the quick test never misses a key the full parse finds in a text it reads without error', () => {
    const pieces = fc.constantFrom('~', 'null', 'Null', 'NULL', ':', ' ', '\n', '  ', '- ', '{', '}', ', ', '? ', 'a', '"', "'", '|', '#', '\t', '\r\n', 'x: ', ': y');
    fc.assert(fc.property(fc.array(pieces, { maxLength: 16 }), (ps) => {
      const text = ps.join('');
      if (findNullKey(text) && readable(text)) expect(mayHaveNullKey(text)).toBe(true);
    }), { numRuns: 3000 });
  });

  it('a key whose ":" is on the next line is a syntax error, as in kubectl, not a null key', () => {
    const r = parse(service('x: \n    ~\r\n     : b'));
    expect(r.diagnostics.map((d) => d.code)).toEqual(['yaml/syntax-error']);
  });
});
