import { describe, expect, it } from 'vitest';
import { graphModel } from './model';
import { bigCluster } from './perfFixture';

describe('graphModel on a large cluster', () => {
  it('builds a model with a card for each of 1,000+ objects (time printed, not asserted)', () => {
    const state = bigCluster();
    for (let i = 0; i < 30; i++) graphModel(state); // warm up (JIT): the worker rebuilds on every edit
    const runs = 20;
    const t0 = performance.now();
    let m = graphModel(state);
    for (let i = 1; i < runs; i++) m = graphModel(state);
    const ms = (performance.now() - t0) / runs;
    console.log(`graphModel: ${state.objects.length} objects → ${m.nodes.length} nodes, ${m.edges.length} edges in ${ms.toFixed(2)} ms`);
    expect(m.nodes.length).toBeGreaterThan(1000);
    // The time is printed for a look; speed itself is measured by the benches, not asserted in tests.
  });
});
