/**
 * Locating the objects of one big `kind: List` document (what `kubectl get pods -A -o yaml` prints): every
 * item's range, and a field inside each, with the block-style scan. Each lookup used to rescan the whole
 * document from the root (a 4,000-pod dump took 47 s): the scan now remembers each collection's entries.
 */
import { describe, expect, it } from 'vitest';
import { simulate } from '../engine';
import { BlockLocator } from './locate-block';

const ITEMS = 2000;
const item = (i: number) => `- apiVersion: v1
  kind: Pod
  metadata:
    name: p${i}
    namespace: ns${i % 7}
  spec:
    containers:
    - name: c
      image: x
  status:
    podIP: 10.100.${i >> 8}.${i & 255}
`;
const list = `apiVersion: v1\nkind: List\nitems:\n${Array.from({ length: ITEMS }, (_, i) => item(i)).join('')}`;
const LINES_PER_ITEM = item(0).split('\n').length - 1;

describe('a kind: List of 2,000 pods', () => {
  it('finds every item and a field of each, visiting each line a bounded number of times', () => {
    const b = new BlockLocator(list);
    for (let i = 0; i < ITEMS; i++) {
      const f = b.find(['items', i, 'status', 'podIP']);
      expect(f && f.found && f.span.line).toBe(3 + i * LINES_PER_ITEM + 10);
      const whole = f && f.found ? b.find(['items', i]) : undefined;
      expect(whole && whole.found && whole.entry()).toEqual({ line: 3 + i * LINES_PER_ITEM, col: 0, endLine: 3 + (i + 1) * LINES_PER_ITEM - 1, endCol: expect.any(Number) });
    }
    // Linear: each line is visited a few times (the items' list once; each item's own entries, its fields' and its extent).
    expect(b.scanned).toBeLessThan(6 * list.split('\n').length);
  });

  it('the engine gives each pod its own range, from its `- ` to its last line', () => {
    const sim = simulate(list);
    const pods = sim.cluster.pods.filter((p) => p.namespace.startsWith('ns'));
    expect(pods).toHaveLength(ITEMS);
    const p1234 = pods.find((p) => p.name === 'p1234')!;
    expect(p1234.pod.source?.range).toEqual({ start: { line: 4 + 1234 * LINES_PER_ITEM, column: 1 }, end: { line: 4 + 1235 * LINES_PER_ITEM - 1, column: expect.any(Number) } });
  });
});
