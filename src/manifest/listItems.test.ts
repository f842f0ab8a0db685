/**
 * A `kind: List` edited item by item (listItems.ts, document.ts readInPieces) must read exactly as the whole
 * document does: the same objects, diagnostics and ranges, whatever the edit. Every case compares an engine that
 * saw the text before the edit with a fresh parser that reads the edited text whole.
 */
import fc from 'fast-check';
import jsyaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { createManifestParser, type ParsedManifests } from './parse';
import { splitList } from './listItems';
import { generateScenario } from '../testing/scenarios';

/** What `kubectl get … -o yaml` prints for the scenario's objects: one List, sequences not indented. */
function dumpList(objects: number, seed = 3): string {
  const s = generateScenario({ objects, seed });
  const items = s.docs.filter((d) => d.kind !== 'World').map((d) => jsyaml.load(d.text));
  return jsyaml.dump({ apiVersion: 'v1', items, kind: 'List', metadata: { resourceVersion: '' } }, { lineWidth: -1, noArrayIndent: true });
}

/** A parse without its functions and cache statistics, for deep comparison. */
function comparable(p: ParsedManifests): unknown {
  const { locate: _l, cache: _c, ...rest } = p;
  return { ...rest, rejected: [...p.rejected].sort() };
}

const LIST = dumpList(40);

describe('splitList: a kubectl List cut into its items by their lines', () => {
  it('cuts each `- ` item at column 0 under `items:`, with its first line, and keeps the rest as the wrapper', () => {
    const text = 'apiVersion: v1\nitems:\n- apiVersion: v1\n  kind: Namespace\n  metadata:\n    name: a\n# between\n- apiVersion: v1\n  kind: Namespace\n  metadata:\n    name: b\nkind: List\nmetadata:\n  resourceVersion: ""\n';
    const s = splitList(text)!;
    expect(s.items.map((i) => i.line)).toEqual([2, 7]);
    expect(s.items[0].text).toBe('- apiVersion: v1\n  kind: Namespace\n  metadata:\n    name: a\n# between\n');
    expect(s.items[1].text).toBe('- apiVersion: v1\n  kind: Namespace\n  metadata:\n    name: b\n');
    expect(s.wrapper).toBe('apiVersion: v1\nitems:\nkind: List\nmetadata:\n  resourceVersion: ""\n');
  });

  it('puts the lines between `items:` and its first item in the wrapper, whose read must find `items` empty', () => {
    expect(splitList('items:\n# a note\n  kind: Pod\n- kind: Pod\nkind: List\n')?.wrapper).toBe('items:\n# a note\n  kind: Pod\nkind: List\n');
  });

  it.each([
    ['an alias (it could point into another item)', 'items:\n- &a {kind: Pod}\n- *a\nkind: List\n'],
    ['a tag', 'items:\n- !!map {kind: Pod}\nkind: List\n'],
    ['items indented under the key', 'items:\n  - kind: Pod\nkind: List\n'],
    ['`items:` written twice', 'items:\n- kind: Pod\nitems:\n- kind: Pod\nkind: List\n'],
    ['an item after the items ended', 'items:\n- kind: Pod\nkind: List\n- kind: Pod\n'],
    ['something at column 0 that is not a plain key', 'items:\n- kind: Pod\n"quoted": 1\n'],
    ['CRLF line ends', 'items:\r\n- kind: Pod\r\nkind: List\r\n'],
    ['no items', 'items: []\nkind: List\n'],
  ])('leaves the whole read to the document when there is %s', (_name, text) => {
    expect(splitList(text)).toBeUndefined();
  });
});

describe('a List edited item by item reads as the whole List does', () => {
  // The first edit after a List was read whole reads every item on its own (the whole read kept no pieces); from
  // then on, only the edited item is read again.
  const firstEdit = LIST.replace('replicas: 2', 'replicas: 7');

  it('an edit of one item takes every other item from the previous read: the very same objects where they stay put', () => {
    expect(firstEdit).not.toBe(LIST);
    const p = createManifestParser();
    p.parse(LIST);
    const a = p.parse(firstEdit);
    expect(comparable(a)).toEqual(comparable(createManifestParser().parse(firstEdit)));
    const edited = firstEdit.replace('replicas: 7', 'replicas: 8');
    const b = p.parse(edited);
    expect(comparable(b)).toEqual(comparable(createManifestParser().parse(edited)));
    // One object is new (the edited Deployment); all the others are the previous read's objects themselves.
    const changed = b.objects.findIndex((o, i) => o !== a.objects[i]);
    expect(b.objects.filter((o, i) => o !== a.objects[i]).length).toBe(1);
    expect((b.objects[changed] as unknown as { spec: { replicas: number } }).spec.replicas).toBe(8);
  });

  it('a line added in one item moves the later items (new ranges), without reading them again', () => {
    const p = createManifestParser();
    p.parse(LIST);
    const a = p.parse(firstEdit);
    const edited = firstEdit.replace('replicas: 7\n', 'replicas: 7\n    minReadySeconds: 3\n');
    const b = p.parse(edited);
    expect(b.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(comparable(b)).toEqual(comparable(createManifestParser().parse(edited)));
    const last = b.objects.length - 1;
    expect(b.objects[last].source!.range.start.line).toBe(a.objects[last].source!.range.start.line + 1);
    expect(b.objects[last].metadata).toBe(a.objects[last].metadata);
    // The moved items stay put on the next edit: the very objects of the read that moved them.
    const c = p.parse(edited.replace('replicas: 7', 'replicas: 6'));
    expect(comparable(c)).toEqual(comparable(createManifestParser().parse(edited.replace('replicas: 7', 'replicas: 6'))));
    expect(c.objects[last]).toBe(b.objects[last]);
    expect(c.objects.filter((o, i) => o !== b.objects[i]).length).toBe(1);
  });

  it.each([
    ['an item that is itself a List', '- apiVersion: v1\n  kind: PodList\n  items:\n  - apiVersion: v1\n    kind: Pod\n    metadata:\n      name: inner\n    bogus: 1\n'],
    ['an item with an unknown field and a key written twice', '- apiVersion: v1\n  kind: Namespace\n  metadata:\n    name: twice\n    name: again\n  bogus: 1\n'],
    ['an item of a kind PodPath does not simulate', '- apiVersion: example.com/v1\n  kind: Widget\n  metadata:\n    name: w\n'],
  ])('%s, added by an edit, reads as in the whole List', (_name, item) => {
    const p = createManifestParser();
    p.parse(LIST);
    p.parse(firstEdit);
    const edited = firstEdit.replace('\nitems:\n', `\nitems:\n${item}`);
    expect(edited).not.toBe(firstEdit);
    const whole = createManifestParser().parse(edited);
    expect(comparable(p.parse(edited))).toEqual(comparable(whole));
    // And an edit elsewhere after it.
    const again = edited.replace('replicas: 7', 'replicas: 9');
    expect(comparable(p.parse(again))).toEqual(comparable(createManifestParser().parse(again)));
  });

  // Found by review (helper-42): JavaScript's trim() takes U+00A0, U+2028, U+FEFF and others for blanks, YAML does not.
  const NS_A = '- apiVersion: v1\n  kind: Namespace\n  metadata:\n    name: a\n';
  it.each([
    ['a no-break space', '\u00a0\n'], ['an indented no-break space', '  \u00a0\n'], ['an indented no-break space before a #', '  \u00a0# x\n'],
    ['U+3000', '\u3000\n'], ['a byte-order mark', '\ufeff\n'], ['U+2028', '\u2028\n'], ['a form feed', '\f\n'], ['a vertical tab', '\v\n'],
    ['an indented value', '  note: 1\n'], ['a blank line and a comment', '\n# ok\n'],
  ])('a line with %s between `items:` and the first item reads as in the whole List', (_name, gap) => {
    const p = createManifestParser();
    p.parse(`items:\n${NS_A}kind: List\n`);
    const edited = `items:\n${gap}${NS_A}kind: List\n`;
    expect(comparable(p.parse(edited))).toEqual(comparable(createManifestParser().parse(edited)));
  });

  it.each([
    ['a quoted scalar continued at indent 1', "  stringData:\n    a: 'x\n y'\n"],
    ['a flow mapping continued at indent 1', '  data: {a: 1,\n b: 2}\n'],
  ])('ranges in an item after one with %s: found within the item, in both reads', (_name, odd) => {
    // The `yaml` package, which places what the line scan cannot, reads these lines differently from js-yaml;
    // reading each item's text on its own keeps the next item's ranges right either way.
    const text = `items:\n- apiVersion: v1\n  kind: Secret\n  metadata:\n    name: s\n${odd}- apiVersion: v1\n  kind: Pod\n  metadata:\n    name: p\n  spec:\n    containers: []\nkind: List\n`;
    const p = createManifestParser();
    p.parse(`items:\n${NS_A}kind: List\n`);
    const whole = createManifestParser().parse(text);
    expect(comparable(p.parse(text))).toEqual(comparable(whole));
    const missing = whole.diagnostics.find((d) => d.code === 'pod/containers-required')!;
    const line = text.split('\n').indexOf('    containers: []') + 1;
    expect(missing.range?.start).toEqual({ line, column: 5 });
  });

  /** Line edits that keep the List a List, break it, or make a piece read differently. */
  const lineEdit = fc.oneof(
    fc.record({ op: fc.constant('value' as const), at: fc.nat() }),
    fc.record({ op: fc.constant('unknown-field' as const), at: fc.nat() }),
    fc.record({ op: fc.constant('comment' as const), at: fc.nat(), indent: fc.boolean() }),
    fc.record({ op: fc.constant('duplicate-line' as const), at: fc.nat() }),
    fc.record({ op: fc.constant('delete-line' as const), at: fc.nat() }),
    fc.record({ op: fc.constant('blank' as const), at: fc.nat() }),
    fc.record({ op: fc.constant('alias' as const), at: fc.nat() }),
    fc.record({ op: fc.constant('swap-items' as const), at: fc.nat(), to: fc.nat() }),
    fc.record({ op: fc.constant('endpoints' as const), at: fc.nat() }),
    fc.record({ op: fc.constant('non-finite' as const), at: fc.nat() }),
    fc.record({ op: fc.constant('wrapper-field' as const), at: fc.nat() }),
  );
  type Edit = typeof lineEdit extends fc.Arbitrary<infer T> ? T : never;

  function apply(text: string, e: Edit): string {
    const lines = text.split('\n');
    const i = e.at % Math.max(1, lines.length - 1);
    switch (e.op) {
      case 'value': lines[i] = lines[i].replace(/: (.+)$/, ': changed-$1'); break;
      case 'unknown-field': if (lines[i].startsWith('- ')) lines.splice(i + 1, 0, '  bogusField: 1'); else lines.splice(i, 0, `${lines[i].match(/^ */)![0]}bogus: x`); break;
      case 'comment': lines.splice(i, 0, `${e.indent ? '    ' : ''}# a note`); break;
      case 'duplicate-line': lines.splice(i, 0, lines[i]); break;
      case 'delete-line': lines.splice(i, 1); break;
      case 'blank': lines.splice(i, 0, ''); break;
      case 'alias': lines[i] = `${lines[i]} *x`; break;
      case 'endpoints': lines[i] = lines[i].replace(/kind: \w+/, 'kind: Endpoints'); break;
      case 'non-finite': lines[i] = lines[i].replace(/: \d+$/, ': .inf'); break;
      case 'wrapper-field': lines.splice(lines.length - 1, 0, 'extraTopLevel: 1'); break;
      case 'swap-items': {
        const s = splitList(text);
        if (!s || s.items.length < 2) break;
        const a = e.at % s.items.length;
        const b = e.to % s.items.length;
        const items = s.items.map((x) => x.text);
        [items[a], items[b]] = [items[b], items[a]];
        const head = text.slice(0, text.indexOf('\nitems:\n') + '\nitems:\n'.length);
        return head + items.join('') + text.slice(text.indexOf('\nkind: List'));
      }
    }
    return lines.join('\n');
  }

  it('any sequence of edits: every parse equals a fresh parser\'s', () => {
    const base = dumpList(12, 5);
    fc.assert(fc.property(fc.array(lineEdit, { minLength: 1, maxLength: 4 }), (edits) => {
      const p = createManifestParser();
      p.parse(base);
      let text = base;
      for (const e of edits) {
        text = apply(text, e);
        const incremental = p.parse(text);
        const whole = createManifestParser().parse(text);
        expect(comparable(incremental)).toEqual(comparable(whole));
        // Ranges asked for later (lint's diagnostics) too.
        for (let k = 0; k < whole.objects.length; k += 3) {
          const src = whole.objects[k].source;
          if (!src) continue;
          for (const field of [[], ['metadata', 'name'], ['spec'], ['spec', 'nope']]) {
            expect(incremental.locate(src, field)).toEqual(whole.locate(src, field));
          }
        }
      }
    }), { numRuns: 150 });
  });
});
