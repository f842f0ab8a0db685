import { describe, expect, it } from 'vitest';
import { graphModel } from './model';
import { bigCluster } from './perfFixture';

describe('graphModel performance', () => {
  it('builds a 1,000-object model in a few milliseconds', () => {
    const state = bigCluster();
    for (let i = 0; i < 30; i++) graphModel(state); // warm up (JIT): the worker rebuilds on every edit
    const runs = 20;
    const t0 = performance.now();
    let m = graphModel(state);
    for (let i = 1; i < runs; i++) m = graphModel(state);
    const ms = (performance.now() - t0) / runs;
    console.log(`graphModel: ${state.objects.length} objects → ${m.nodes.length} nodes, ${m.edges.length} edges in ${ms.toFixed(2)} ms`);
    expect(m.nodes.length).toBeGreaterThan(1000);
    expect(ms).toBeLessThan(60); // ~5 ms on an idle machine; the bound only catches an accidental O(n²)
  });
});
