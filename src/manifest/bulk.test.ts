/**
 * Loading a cold parse's documents with js-yaml loadAll (parse.ts loadInBulk) must read every document exactly as loading it on
 * its own does — the per-document load stays the reference, and is what every edit uses.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateScenario } from '../testing/scenarios';
import { loadDocument } from './load';
import { createManifestParser, loadInBulk, notInBulk } from './parse';
import { splitDocuments } from './split';

const SNIPPETS = [
  'apiVersion: v1\nkind: Service\nmetadata:\n  name: web\nspec:\n  ports: [{port: 80}]\n',
  'apiVersion: v1\nkind: Pod\nmetadata: {name: p, labels: {app: web}}\nspec:\n  containers:\n  - name: c\n    image: nginx\n',
  'base: &b {a: 1, b: [x, y]}\nuse:\n  <<: *b\n  c: 0x1F\n',
  '# only a comment\n',
  '',
  'null\n',
  '~\n',
  '"a string document"\n',
  '- 1\n- 2.5\n- .inf\n- true\n- 2024-01-01\n',
  'key: |\n  literal\n   text\n---not-a-marker: 1\n',
  'bad: [unclosed\n',
  'dup: 1\ndup: 2\n',
  'tab:\tvalue\n',
  'ünïcödé: 值\n',
  '--- # marker with a comment\nx: 1\n',
  '--- {inline: doc}\n',
  '\uFEFF# a byte-order mark and a comment\n',
  'q: "a\u2028b"\n',
  'k: v\u2028--- x: 1\n',
  '---\n',
];

/** Snippets js-yaml reads, each a document with content (so a text of them is loaded in bulk). */
const VALID = SNIPPETS.filter((s) => !s.startsWith('---') && !/^(#.*)?\n?$/.test(s) && !/^(bad|dup)/.test(s) && !/[\uFEFF\u2028\u2029]/.test(s));

/** Texts of many documents joined the ways people write them (`---` alone, with a comment, no final newline). */
const textsOf = (pool: string[], heads: string[] = ['']) => fc.tuple(
  fc.array(fc.constantFrom(...pool), { minLength: 32, maxLength: 80 }),
  fc.constantFrom('---\n', '---\n\n', '--- # next\n', '\n---\n'),
  fc.boolean(),
  fc.constantFrom(...heads),
).map(([docs, sep, trim, head]) => {
  const t = head + docs.join(sep);
  return trim ? t.trimEnd() : t;
});

/** Every document's value from a bulk load (undefined where a run was not read in bulk), or undefined when bulk is not used. */
function bulkValues(text: string, chunk?: number): ({ ok: true; value: unknown } | undefined)[] | undefined {
  const segments = splitDocuments(text);
  const bulk = loadInBulk(text, segments, new Array(segments.length), chunk);
  return bulk && segments.map((_, i) => bulk.take(i));
}

describe('loading many documents with loadAll, in runs', () => {
  /** With runs of 64 documents (the parser's) and of 7 (many run boundaries in the texts below). */
  const sameAsAlone = (text: string, mustUse: boolean) => {
    const segments = splitDocuments(text);
    for (const chunk of [undefined, 7]) {
      const values = bulkValues(text, chunk);
      if (mustUse) {
        expect(values).toHaveLength(segments.length);
        expect(values?.every((v) => v !== undefined)).toBe(true);
      }
      values?.forEach((v, i) => {
        if (!v) return;
        const alone = loadDocument(segments[i].text);
        expect(alone.ok).toBe(true);
        expect(alone.ok && alone.value).toEqual(v.value);
      });
    }
  };

  it('property: texts of readable documents are loaded in bulk, each document as it reads on its own', () => {
    fc.assert(fc.property(textsOf(VALID), (text) => sameAsAlone(text, true)), { numRuns: 200 });
  });

  it('property: with broken, empty and comment-only documents mixed in, bulk is used only where it reads the same', () => {
    fc.assert(fc.property(textsOf(SNIPPETS), (text) => sameAsAlone(text, false)), { numRuns: 200 });
    // Texts that open with a byte-order mark, a comment or an empty document, before readable documents with an
    // empty one among them: the counts of js-yaml and split.ts can come out equal without matching.
    const heads = ['\uFEFF# header\n---\n', '# header\n---\n', '---\n---\n', '\uFEFF', ''];
    const withEmpties = fc.tuple(
      fc.array(fc.constantFrom(...VALID), { minLength: 32, maxLength: 60 }),
      fc.array(fc.nat(), { maxLength: 2 }),
      fc.constantFrom(...heads),
    ).map(([docs, empties, head]) => {
      const all = [...docs];
      for (const at of empties) all.splice(at % (all.length + 1), 0, '');
      return head + all.join('---\n');
    });
    fc.assert(fc.property(withEmpties, (text) => sameAsAlone(text, false)), { numRuns: 300 });
  });

  it('is used for a big paste, and the parse is the same as document by document', () => {
    const text = generateScenario({ objects: 200 }).text;
    const segments = splitDocuments(text);
    expect(bulkValues(text)?.filter((v) => v !== undefined)).toHaveLength(segments.length);
    const bulk = createManifestParser().parse(text);
    // The same text behind a first document the parser saw: every other document is decoded afresh, one by one.
    const p = createManifestParser();
    p.parse(text.split(/^---\n/m).slice(0, 120).join('---\n'));
    const oneByOne = p.parse(text);
    expect(oneByOne.cache.reused).toBeGreaterThan(0);
    expect(JSON.stringify(oneByOne.objects)).toBe(JSON.stringify(bulk.objects));
    expect(oneByOne.diagnostics).toEqual(bulk.diagnostics);
  });

  it('is not used for the run holding a broken document: the others still load and the error says where', () => {
    const good = 'apiVersion: v1\nkind: Namespace\nmetadata:\n  name: n\n';
    const docs = Array.from({ length: 40 }, (_, i) => good.replace('name: n', `name: n${i}`));
    docs[7] = 'apiVersion: v1\nkind: Namespace\nmetadata: [oops\n';
    const text = docs.join('---\n');
    expect(bulkValues(text)?.every((v) => v === undefined)).toBe(true);
    // In runs of 5, only the run of documents 5–9 is loaded one by one.
    expect(bulkValues(text, 5)?.map((v, i) => (v ? i : -1)).filter((i) => i >= 0)).toEqual(
      Array.from({ length: 40 }, (_, i) => i).filter((i) => i < 5 || i >= 10),
    );
    const r = createManifestParser().parse(text);
    expect(r.objects).toHaveLength(39);
    expect(r.diagnostics.filter((d) => d.code === 'yaml/syntax-error').map((d) => d.source?.doc)).toEqual([7]);
  });

  it('is not used when split.ts and js-yaml count documents differently, even if the counts come out equal', () => {
    const ns = (i: number) => `apiVersion: v1\nkind: Namespace\nmetadata:\n  name: n${i}\n`;
    const docs = (from: number, n: number) => Array.from({ length: n }, (_, i) => ns(from + i)).join('---\n');
    // A byte-order mark and a comment make a segment js-yaml does not count; the empty document later is one
    // split.ts drops: 41 segments, 41 values from loadAll, but not the same documents.
    const text = `\uFEFF# header\n---\n${docs(0, 20)}---\n---\n${docs(20, 20)}`;
    expect(loadInBulk(text, splitDocuments(text), new Array(splitDocuments(text).length))).toBeUndefined();
    const names = (t: string, p = createManifestParser()) => p.parse(t).objects.map((o) => o.metadata.name);
    expect(names(text)).toEqual(Array.from({ length: 40 }, (_, i) => `n${i}`));
    // After an edit that keeps most documents (the header removed), the incremental parse is a fresh parse.
    const p = createManifestParser();
    p.parse(text);
    const edited = text.replace('# header\n', '');
    expect(names(edited, p)).toEqual(names(edited));
    // U+2028 is a line break to split.ts's regex but not to YAML.
    const sep = `${docs(0, 20)}---\nk: v\u2028--- x: 1\n---\n---\n${docs(20, 20)}`;
    expect(loadInBulk(sep, splitDocuments(sep), new Array(splitDocuments(sep).length))).toBeUndefined();
  });

  it('is not used for a text with directives or end markers, nor when few documents are new', () => {
    const many = Array.from({ length: 40 }, (_, i) => `a: ${i}\n`);
    const withDirective = `%YAML 1.2\n---\n${many.join('---\n')}`;
    expect(loadInBulk(withDirective, splitDocuments(withDirective), new Array(40))).toBeUndefined();
    const withEnd = many.join('...\n---\n');
    expect(loadInBulk(withEnd, splitDocuments(withEnd), new Array(40))).toBeUndefined();
    const text = many.join('---\n');
    expect(bulkValues(text)?.filter((v) => v !== undefined)).toHaveLength(40);
    expect(loadInBulk(text, splitDocuments(text), Array.from({ length: 40 }, (_, i) => (i < 30 ? ({} as never) : undefined)))).toBeUndefined();
  });
});

describe('notInBulk', () => {
  const REGEX = /^(?:%|\.\.\.)|[\uFEFF\u2028\u2029]/m;
  it('property: says what the multiline regex it replaces says', () => {
    const pieces = fc.constantFrom('%', '...', '..', '.', '\n', '\r', '\r\n', '\uFEFF', '\u2028', '\u2029', 'a: 1', ' ', '%YAML 1.2', '---', '#');
    fc.assert(fc.property(fc.array(pieces, { maxLength: 12 }).map((xs) => xs.join('')), (text) => {
      expect(notInBulk(text)).toBe(REGEX.test(text));
    }), { numRuns: 2000 });
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (text) => {
      expect(notInBulk(text)).toBe(REGEX.test(text));
    }), { numRuns: 500 });
  });
});

describe('BulkLoad', () => {
  it('hands each value out once: asked again, it says "load it alone"', () => {
    const text = Array.from({ length: 40 }, (_, i) => `a: ${i}\n`).join('---\n');
    const segments = splitDocuments(text);
    const bulk = loadInBulk(text, segments, new Array(segments.length))!;
    expect(bulk.take(3)).toEqual({ ok: true, value: { a: 3 } });
    expect(bulk.take(3)).toBeUndefined();
    expect(bulk.take(4)).toEqual({ ok: true, value: { a: 4 } });
  });
});
