/** Huge `replicas`: int32 overflow is the API server's decode error; the simulation caps pods per workload. */
import { describe, expect, it } from 'vitest';
import { simulate } from '../../engine';
import { MAX_PODS_PER_WORKLOAD } from './limits';

const workloads = (replicas: number) => `apiVersion: apps/v1
kind: Deployment
metadata: {name: web}
spec:
  replicas: ${replicas}
  selector: {matchLabels: {app: web}}
  template:
    metadata: {labels: {app: web}}
    spec: {containers: [{name: c, image: nginx}]}
---
apiVersion: apps/v1
kind: StatefulSet
metadata: {name: db}
spec:
  replicas: ${replicas}
  serviceName: db
  selector: {matchLabels: {app: db}}
  template:
    metadata: {labels: {app: db}}
    spec: {containers: [{name: c, image: nginx}]}
`;

const userPods = (s: ReturnType<typeof simulate>) => s.cluster.pods.filter((p) => p.namespace === 'default');

describe('replicas limits', () => {
  it('rejects replicas beyond int32 as the API server does (a decode error), creating nothing', () => {
    const s = simulate(workloads(4294967296));
    const errors = s.diagnostics.filter((d) => d.code === 'object/invalid-field-type');
    expect(errors.map((d) => d.field)).toEqual([['spec', 'replicas'], ['spec', 'replicas']]);
    expect(errors.every((d) => d.severity === 'error' && d.range?.start.line !== undefined)).toBe(true);
    expect(s.rejected).toEqual(['Deployment/default/web', 'StatefulSet/default/db']);
    expect(userPods(s)).toEqual([]);
  });

  it('accepts int32 max, simulates MAX_PODS_PER_WORKLOAD pods each, and says so once per workload', () => {
    const s = simulate(workloads(2147483647));
    expect(userPods(s)).toHaveLength(2 * MAX_PODS_PER_WORKLOAD);
    const capped = s.diagnostics.filter((d) => d.code === 'cluster/workload-pods-capped');
    expect(capped.map((d) => [d.severity, d.object, d.params.replicas, d.params.limit])).toEqual([
      ['info', 'Deployment/default/web', 2147483647, MAX_PODS_PER_WORKLOAD],
      ['info', 'StatefulSet/default/db', 2147483647, MAX_PODS_PER_WORKLOAD],
    ]);
    expect(capped[0].range?.start.line).toBe(5);
  });

  it('reports pod-IP exhaustion once per node, not once per pod', () => {
    const s = simulate(workloads(1000));
    const exhausted = s.diagnostics.filter((d) => d.code === 'cluster/pod-ip-exhausted');
    const nodes = exhausted.map((d) => d.params.node);
    expect(new Set(nodes).size).toBe(nodes.length);
    const withoutIP = s.cluster.pods.filter((p) => p.nodeName && !p.podIP).length;
    expect(withoutIP).toBeGreaterThan(0);
    expect(exhausted.reduce((n, d) => n + Number(d.params.pods), 0)).toBe(withoutIP);
  });

  it('leaves ordinary replica counts alone', () => {
    const s = simulate(workloads(3));
    expect(userPods(s)).toHaveLength(6);
    expect(s.diagnostics.filter((d) => d.code === 'cluster/workload-pods-capped')).toEqual([]);
  });
});
