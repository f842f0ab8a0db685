/**
 * Merge keys (`<<`) read as kubectl reads them: go-yaml v2 (sigs.k8s.io/yaml) applies each merge where it is
 * written (decode.go `mapping`, `merge`). Every expected value below is what `kubectl create --dry-run=client -o
 * json` (kubectl 1.32) printed for the same text.
 */
import fc from 'fast-check';
import { load as jsyamlLoad } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import type { Service } from '../api/types';
import type { Diagnostic } from './diagnostics';
import { loadDocument } from './load';
import { createManifestParser } from './parse';

const parse = (text: string) => createManifestParser().parse(text);
const at = (d: Diagnostic | undefined) => d?.range && `${d.range.start.line}:${d.range.start.column}`;

/** A Service whose annotations are `lines` (line 7 on), with labels `&l {a: anchored, f: anchored}` to alias. */
const service = (lines: string[]) => [
  'apiVersion: v1', 'kind: Service', 'metadata:', '  name: m', '  labels: &l {a: anchored, f: anchored}', '  annotations:',
  ...lines.map((l) => `    ${l}`), 'spec:', '  ports:', '  - port: 80', '',
].join('\n');

describe('merge keys give what kubectl 1.32 creates (go-yaml v2 applies a merge where it is written)', () => {
  it.each([
    ['a key written before the merge is replaced by it', ['a: web', '<<: {a: base, b: x}'], { a: 'base', b: 'x' }],
    ['a key written after the merge replaces it', ['<<: {a: base, b: x}', 'a: web'], { a: 'web', b: 'x' }],
    ['of a list, the earlier mapping wins', ['a: web', '<<: [{a: first}, {a: second, c: yy}]'], { a: 'first', c: 'yy' }],
    ['two merges in one mapping, each where it stands', ['a: w', '<<: {a: m1, b: m1}', 'b: w', '<<: {b: m2}'], { a: 'm1', b: 'm2' }],
    ['a merged mapping with a merge of its own', ['a: w', '<<: &base {a: base1, <<: {a: inner, d: inner}}'], { a: 'inner', d: 'inner' }],
    ['an alias', ['a: w', '<<: *l'], { a: 'anchored', f: 'anchored' }],
    ['a list with an alias', ['a: w', '<<: [{a: inline, h: inline}, *l]'], { a: 'inline', f: 'anchored', h: 'inline' }],
    ['a block mapping', ['a: w', '<<:', '  a: block', '  e: block'], { a: 'block', e: 'block' }],
    ['an empty list merges nothing', ['a: w', '<<: []'], { a: 'w' }],
    ['a quoted "<<" is a key like any other', ['"<<": q', 'a: w'], { '<<': 'q', a: 'w' }],
    ['a plain << as a value is the text "<<"', ['a: <<'], { a: '<<' }],
    ['an integer-like key written before the merge', ['"80": w', '<<: {"80": m}'], { 80: 'm' }],
  ])('%s', (_name, lines, annotations) => {
    const r = parse(service(lines));
    const svc = r.objects.find((o) => o.kind === 'Service') as Service;
    expect(svc.metadata.annotations).toEqual(annotations);
    expect(r.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });

  it.each([
    ['null', ['a: w', '<<: ~'], '8:10'],
    ['a list holding a scalar', ['a: w', '<<: [{a: x}, 5]'], '8:20'],
    // js-yaml takes this one (it merges the inner list's indexes): the error is placed at the merge key.
    ['a list inside the list', ['a: w', '<<: [[{a: x}]]'], '8:5'],
  ])('a merge of %s fails the document, as in kubectl ("map merge requires map or sequence of maps as the value")', (_name, lines, where) => {
    const r = parse(service(lines));
    expect(r.objects.filter((o) => o.kind === 'Service')).toEqual([]);
    expect(r.diagnostics.map((d) => [d.severity, d.code, at(d)])).toEqual([['error', 'yaml/merge-not-a-map', where]]);
    expect(r.diagnostics[0].message).toContain('error converting YAML to JSON: yaml: map merge requires map or sequence of maps as the value');
  });

  it('an alias of a list fails the document, though the same list written out merges (go-yaml: an alias must be of a mapping)', () => {
    // kubectl 1.32: "map merge requires map or sequence of maps as the value" for `<<: *s`.
    const r = parse(['apiVersion: v1', 'kind: Service', 'metadata:', '  name: m', '  labels: {a: w}', 'x: &s [{a: x}]', 'z:', '  <<: *s', ''].join('\n'));
    expect(r.objects).toEqual([]);
    expect(r.diagnostics.map((d) => [d.severity, d.code, at(d)])).toEqual([['error', 'yaml/merge-not-a-map', '8:7']]);
    expect(loadDocument('x: &s [{a: x}]\nz: {<<: &t [{a: x}]}\n')).toMatchObject({ ok: true, value: { z: { a: 'x' } } });
  });

  it('a merge go-yaml refuses in the value of a key written twice fails the document, though that value is dropped', () => {
    // kubectl 1.32 decodes every value before it keeps the last one: "map merge requires map or sequence of maps as the value".
    expect(loadDocument('m:\n  a: {<<: 5}\n  a: 1\n')).toMatchObject({ ok: false, code: 'yaml/merge-not-a-map', line: 1 });
    expect(loadDocument('s: &s [{b: 1}]\nm:\n  a: {<<: *s}\n  a: 1\n')).toMatchObject({ ok: false, code: 'yaml/merge-not-a-map', line: 2 });
    expect(loadDocument('m:\n  a: {b: 2, <<: {b: 3}}\n  a: 1\n')).toMatchObject({ ok: true, value: { m: { a: 1 } } });
    expect(loadDocument('m:\n  a: {b: 2, <<: {b: 3}}\n  a: 1\n')).not.toHaveProperty('mergeOverrides');
  });

  it('an alias of a `<<` scalar is the key "<<", not a merge (go-yaml merges only at the scalar itself)', () => {
    // kubectl 1.32: {"m": {"a": 1}, "x": {"<<": 5}} and {"m": {"<<": {"a": 1}}, "z": "<<"}.
    expect(loadDocument('m:\n  &k <<: {a: 1}\nx:\n  *k : 5\n')).toMatchObject({ ok: true, value: { m: { a: 1 }, x: { '<<': 5 } } });
    expect(loadDocument('z: &k <<\nm:\n  *k : {a: 1}\n')).toMatchObject({ ok: true, value: { z: '<<', m: { '<<': { a: 1 } } } });
  });

  it('an alias of an anchor inside its own value fails the document, as in kubectl, instead of a value that contains itself', () => {
    // kubectl 1.32: "anchor 'x' value contains itself"; a warning naming that value could not be written.
    const text = ['apiVersion: v1', 'kind: Service', 'metadata:', '  name: m', '  labels: &x', '    a: {k: v}', '    <<: {a: *x}', ''].join('\n');
    expect(loadDocument(text)).toMatchObject({ ok: false, reason: 'anchor value contains itself' });
    expect(parse(text).diagnostics.map((d) => [d.severity, d.code])).toEqual([['error', 'yaml/syntax-error']]);
  });

  it('an anchor that merges itself fails the document (go-yaml: "anchor … value contains itself")', () => {
    const loaded = loadDocument('a: &x {b: 1, <<: *x}\n');
    expect(loaded).toMatchObject({ ok: false, reason: 'anchor value contains itself', line: 0 });
  });
});

describe('a key a merge replaces is a warning at that key (kubectl does it without a word)', () => {
  it('names the key, the value written and the one kept', () => {
    const r = parse(service(['a: web', '<<: {a: base, b: x}']));
    expect(r.diagnostics.map((d) => [d.severity, d.code, at(d), d.params.key, d.params.written, d.params.merged, d.object])).toEqual([
      ['warning', 'yaml/merge-overrides-key', '7:5', 'a', 'web', 'base', 'Service/default/m'],
    ]);
    expect(r.diagnostics[0].message).toBe('Key "a" comes before a merge (`<<`) that sets "a" too. The YAML merge rule would keep this key, but kubectl reads merges in the order they are written (go-yaml v2): the merge replaces it without a word, and the object is created with a: base, not web. Put "a" after the `<<` line to keep your value.');
  });

  it.each([
    ['of a list, the value the whole merge leaves', ['a: web', '<<: [{a: first}, {a: second}]'], [['a', '7:5', 'web', 'first']]],
    ['each merge for the keys written before it', ['a: w', '<<: {a: m1, b: m1}', 'b: w', '<<: {b: m2}'], [['a', '7:5', 'w', 'm1'], ['b', '9:5', 'w', 'm2']]],
    ['none when the merge brings the same value', ['a: base', '<<: {a: base}'], []],
    ['none for a key written after the merge', ['<<: {a: base}', 'a: web'], []],
  ])('%s', (_name, lines, expected) => {
    const r = parse(service(lines));
    expect(r.diagnostics.map((d) => [d.params.key, at(d), d.params.written, d.params.merged])).toEqual(expected);
  });

  it.each([
    ['the second merge of the mapping', ['<<: {b: x}', '<<: {c: y, <<: {c: z}}'], '8:10'],
    ['a list of them', ['<<: [{d: x}, {c: y, <<: {c: z}}]'], '7:19'],
    ['a block mapping after the first merge', ['<<: {b: x}', '<<:', '  c: y', '  <<: {c: z}'], '9:7'],
  ])('in a mapping a merge brings: at the key, in %s', (_name, lines, where) => {
    const r = parse(service(lines));
    expect(r.diagnostics.map((d) => [d.code, d.params.key, at(d)])).toEqual([['yaml/merge-overrides-key', 'c', where]]);
  });

  it.each([
    ['written out', ['a: base'], ['  - port: 80', '    <<: {port: 99999}'], '10:16'],
    ['through an alias, in a list', ['p: &p {port: 99999}'], ['  - port: 80', '    <<: [{name: x}, *p]'], '6:18'],
  ])('an error about the value a merge brought is placed at that value (%s), the warning at the key replaced', (_name, annotations, ports, where) => {
    const text = ['apiVersion: v1', 'kind: Service', 'metadata:', '  name: m', '  annotations:', ...annotations.map((l) => `    ${l}`), 'spec:', '  ports:', ...ports, ''].join('\n');
    const r = parse(text);
    expect(r.diagnostics.filter((d) => d.code === 'service/port-invalid').map(at)).toEqual([where]);
    expect(r.diagnostics.filter((d) => d.code === 'yaml/merge-overrides-key').map(at)).toEqual(['9:5']);
  });

  it('two merges are not a key written twice; a key really written twice still is', () => {
    const r = parse(service(['<<: {b: one}', 'a: w', '<<: {c: two}', 'a: again']));
    expect(r.diagnostics.map((d) => [d.code, d.params.key, at(d)])).toEqual([['yaml/duplicate-key', 'a', '10:5']]);
    expect((r.objects[0] as Service).metadata.annotations).toEqual({ b: 'one', a: 'again', c: 'two' });
  });

  it('in a kind: List, the warning belongs to the item, and an edit of the List gives what a fresh parse gives', () => {
    const item = (name: string, extra: string[]) => [
      '- apiVersion: v1', '  kind: Service', '  metadata:', `    name: ${name}`, '    labels:', ...extra.map((l) => `      ${l}`), '  spec:', '    ports:', '    - port: 80',
    ];
    const list = (second: string[]) => ['apiVersion: v1', 'kind: List', 'items:', ...item('one', ['app: one']), ...item('two', second), ''].join('\n');
    const p = createManifestParser();
    p.parse(list(['app: two']));
    const edited = list(['app: web', '<<: {app: base}']);
    const r = p.parse(edited);
    expect(r.diagnostics.map((d) => [d.code, at(d), d.object])).toEqual([['yaml/merge-overrides-key', '18:7', 'Service/default/two']]);
    expect((r.objects.find((o) => o.metadata.name === 'two') as Service).metadata.labels).toEqual({ app: 'base' });
    expect(r.diagnostics).toEqual(parse(edited).diagnostics);
  });

  it('a big paste (loaded in bulk) warns as the document alone does', () => {
    const other = (i: number) => `apiVersion: v1\nkind: Namespace\nmetadata:\n  name: ns${i}\n`;
    // (Each document is 4 lines and its `---`: the 21st starts on line 101.)
    const docs = Array.from({ length: 40 }, (_, i) => other(i));
    docs[20] = service(['a: web', '<<: {a: base}']);
    const r = parse(docs.join('---\n'));
    expect(r.diagnostics.map((d) => [d.code, d.params.key, d.range?.start.line])).toEqual([['yaml/merge-overrides-key', 'a', 5 * 20 + 7]]);
    expect((r.objects.find((o) => o.kind === 'Service') as Service).metadata.annotations).toEqual({ a: 'base' });
  });
});

/**
 * go-yaml v2's decoder, transliterated for flat mappings (decode.go: `mapping` sets each pair in turn; `merge`
 * unmarshals a mapping into the same map, a sequence from its last element to its first).
 */
type Entry = { key: string; value: string } | { merge: Record<string, string>[]; list: boolean };
function goYamlV2(entries: Entry[]): Record<string, string> {
  const out = new Map<string, string>();
  for (const e of entries) {
    if ('key' in e) out.set(e.key, e.value);
    else for (let i = e.merge.length - 1; i >= 0; i--) for (const [k, v] of Object.entries(e.merge[i])) out.set(k, v);
  }
  return Object.fromEntries(out);
}
const flow = (m: Record<string, string>) => `{${Object.entries(m).map(([k, v]) => `${k}: ${v}`).join(', ')}}`;
const yamlOf = (entries: Entry[]) => `m:\n${entries.map((e) => ('key' in e ? `  ${e.key}: ${e.value}` : `  <<: ${e.list ? `[${e.merge.map(flow).join(', ')}]` : flow(e.merge[0])}`)).join('\n')}\n`;

const key = fc.constantFrom('a', 'b', 'c', 'd');
const value = fc.constantFrom('v1', 'v2', 'v3', 'v4', 'v5');
const mapping = fc.dictionary(key, value, { minKeys: 0, maxKeys: 3 });
const entry: fc.Arbitrary<Entry> = fc.oneof(
  fc.record({ key, value }),
  fc.record({ merge: fc.array(mapping, { minLength: 1, maxLength: 3 }), list: fc.boolean() }).map((m) => ({ merge: m.list ? m.merge : m.merge.slice(0, 1), list: m.list })),
);
/**
 * Mappings of pairs and merges, each key written once: a key written twice keeps only its first place in a
 * JavaScript object, so its place among the merges is lost (a limit mergeKeys.ts states; the key is warned about).
 */
const entries = fc.array(entry, { minLength: 1, maxLength: 7 }).filter((es) => {
  const keys = es.flatMap((e) => ('key' in e ? [e.key] : []));
  return new Set(keys).size === keys.length;
});

describe('aliases that stand for huge values (kubectl: "document contains excessive aliasing") stay cheap', () => {
  /** `${p}0` .. `${p}n`: each a list of `fan` aliases of the one before: fan^n leaves. */
  const chain = (p: string, n: number, fan: number) => [`${p}0: &${p}0 {k: v}`, ...Array.from({ length: n }, (_, i) => `${p}${i + 1}: &${p}${i + 1} [${Array(fan).fill(`*${p}${i}`).join(', ')}]`)];

  it('comparing the value written with the merged one', () => {
    const text = [...chain('l', 40, 2), ...chain('m', 40, 2), 'z:', '  a: *l40', '  <<: {a: *m40}', ''].join('\n');
    const t0 = performance.now();
    const loaded = loadDocument(text);
    expect(loaded.ok).toBe(true);
    expect(loaded).not.toHaveProperty('mergeOverrides');
    expect(performance.now() - t0).toBeLessThan(2000);
  });

  it('naming them in the warning', () => {
    const text = [...chain('l', 40, 2), 'metadata:', '  name: m', '  labels:', '    a: "1"', '    <<: {a: *l40}', ''].join('\n');
    const t0 = performance.now();
    const w = parse(text).diagnostics.filter((d) => d.code === 'yaml/merge-overrides-key');
    expect(w.map((d) => [d.params.written, d.params.merged])).toEqual([['1', '[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[{"k":"v"},{"k":"v"}…']]);
    expect(performance.now() - t0).toBeLessThan(2000);
  });
});

describe('property: merges over random mappings', () => {
  it('give go-yaml v2\'s values, and a warning exactly for each key a merge changed from what was written before it', () => {
    fc.assert(fc.property(entries, (entries) => {
      const loaded = loadDocument(yamlOf(entries));
      expect(loaded.ok).toBe(true);
      if (!loaded.ok) return;
      expect((loaded.value as { m: unknown }).m).toEqual(goYamlV2(entries));
      // The model's changes: a key set by an explicit pair, then changed by the merge that follows.
      const changed: string[] = [];
      const seen = new Map<string, { value: string; written: boolean }>();
      for (const e of entries) {
        if ('key' in e) {
          seen.set(e.key, { value: e.value, written: true });
          continue;
        }
        const before = new Map(seen);
        const after = goYamlV2([...[...seen].map(([k, s]) => ({ key: k, value: s.value })), e]);
        for (const [k, s] of before) if (s.written && k in after && e.merge.some((m) => k in m)) {
          if (after[k] !== s.value) changed.push(k);
          seen.set(k, { value: after[k], written: false });
        }
        for (const [k, v] of Object.entries(after)) if (!seen.has(k) || !seen.get(k)!.written) seen.set(k, { value: v, written: false });
      }
      expect((loaded.mergeOverrides ?? []).map((o) => o.key)).toEqual(changed);
    }), { numRuns: 400 });
  });

  it('agree with js-yaml\'s own merging (the YAML merge rule) whenever no merge sets a key already set', () => {
    // (Where one does, the two differ: the YAML rule keeps what was set first, go-yaml v2 what was set last.)
    const noConflict = entries.filter((es) => {
      const set = new Set<string>();
      for (const e of es) {
        if ('key' in e) set.add(e.key);
        else {
          const keys = e.merge.flatMap((m) => Object.keys(m));
          if (keys.some((k) => set.has(k))) return false;
          for (const k of keys) set.add(k);
        }
      }
      return true;
    });
    fc.assert(fc.property(noConflict, (entries) => {
      const text = yamlOf(entries);
      const loaded = loadDocument(text);
      expect(loaded.ok && loaded.value).toEqual(jsyamlLoad(text, { json: true }));
    }), { numRuns: 300 });
  });

  it('never throw, whatever follows `<<`', () => {
    const pieces = fc.constantFrom('<<: ', '<<: *x', '&x {a: 1}', '[', ']', '{', '}', ', ', 'a: 1', '\n  ', '~', '5', '"<<"', '!!merge <<: {a: 2}', '- ', '<<:\n  - {b: 1}');
    fc.assert(fc.property(fc.array(pieces, { maxLength: 12 }), (ps) => {
      const text = `m:\n  ${ps.join('')}\n`;
      expect(() => parse(text)).not.toThrow();
    }), { numRuns: 500 });
  });
});
