/**
 * A huge paste: more pods in one namespace than V8 accepts as the arguments of one call. `xs.push(...ys)`,
 * `Math.max(...ys)` and friends throw RangeError past about 100,000 items (they pass every item as an
 * argument); the engine, the CLI's tables and the graph layout must use loops for lists that grow with the input.
 */
import { describe, expect, it } from 'vitest';
import { simulate } from './engine';
import { graphModel } from './graph/model';
import { runCli } from './cli/testing';

const DEPLOYMENTS = 130; // × 1,000 replicas (the per-workload cap): 130,000 pods in `default`
const text = Array.from({ length: DEPLOYMENTS }, (_, i) => `apiVersion: apps/v1
kind: Deployment
metadata: { name: d${i} }
spec:
  replicas: 1000
  selector: { matchLabels: { app: d${i} } }
  template:
    metadata: { labels: { app: d${i} } }
    spec: { containers: [{ name: c, image: x }] }
`).join('---\n');

describe('a paste of 130,000 pods in one namespace', () => {
  it('simulates, models and prints without a RangeError', async () => {
    const sim = simulate(text);
    expect(sim.cluster.pods.filter((p) => p.namespace === 'default')).toHaveLength(DEPLOYMENTS * 1000);
    expect(graphModel(sim.cluster, sim.diagnostics).nodes.length).toBeGreaterThan(DEPLOYMENTS * 1000);
    const r = await runCli(['get', 'pods', '-f', 'big.yaml'], { 'big.yaml': text });
    expect([r.code, r.stderr]).toEqual([0, '']);
    expect(r.stdout.split('\n')).toHaveLength(DEPLOYMENTS * 1000 + 2);
  }, 120_000);
});
