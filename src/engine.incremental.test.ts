/**
 * Re-simulation reuses work through caches keyed by object identity (the parser's per-document cache, and
 * WeakMap memos in workloads, pods, services, endpoints, the DNS zone and label indexes). None of that may show:
 * the same text must give a deep-equal Simulation whatever the engine simulated before.
 */
import { describe, expect, it } from 'vitest';
import { createEngine } from './engine';
import { editDocument, editableIndex, generateScenario, joinDocuments, type Scenario } from './testing/scenarios';

const base = generateScenario({ objects: 150, seed: 7 });

function withoutDoc(s: Scenario, index: number): string {
  return joinDocuments(s.docs.filter((_, i) => i !== index));
}

const idxOf = (kind: string) => base.docs.findIndex((d) => d.kind === kind);

// Each variant changes what the incremental paths depend on: replica counts (pods, IPAM, slices), a Service's
// port (allocation, slices), a pod's labels, a removed document (every later document moves), reordering.
const variants: [string, string][] = [
  ['replicas of a Deployment', editDocument(base, editableIndex(base), 3).text],
  ['another replica count', editDocument(base, editableIndex(base), 4).text],
  ['a Service port', editDocument(base, idxOf('Service'), 2).text],
  ['a Pod annotation', editDocument(base, idxOf('Pod'), 5).text],
  ['a StatefulSet', editDocument(base, idxOf('StatefulSet'), 1).text],
  ['a removed Service', withoutDoc(base, idxOf('Service'))],
  ['a removed Deployment', withoutDoc(base, editableIndex(base))],
  ['documents reversed', joinDocuments([...base.docs].reverse())],
];

describe('incremental re-simulation is invisible', () => {
  it.each(variants)('A, then B (%s), then A again equals a fresh engine each time', (_name, b) => {
    const engine = createEngine();
    const freshA = createEngine().simulate(base.text);
    const freshB = createEngine().simulate(b);
    expect(engine.simulate(base.text)).toEqual(freshA);
    expect(engine.simulate(b)).toEqual(freshB);
    expect(engine.simulate(base.text)).toEqual(freshA);
    expect(engine.simulate(b)).toEqual(freshB);
  });

  it('a long walk through every variant matches fresh engines', () => {
    const engine = createEngine();
    for (const [, text] of [...variants, ['base', base.text] as [string, string], ...variants.slice().reverse()]) {
      expect(engine.simulate(text)).toEqual(createEngine().simulate(text));
    }
  });
});
