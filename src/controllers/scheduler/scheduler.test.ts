import { describe, expect, it } from 'vitest';
import { buildNodes } from '../../cluster/nodes';
import { node, pod, world } from '../../cluster/testing';
import type { Pod, Taint, Toleration } from '../../api/types';
import { schedule, toleratesTaint } from './scheduler';

const nodes = buildNodes([], world());

describe('scheduler', () => {
  it('never places ordinary pods on the tainted control plane; spreads a workload round-robin', () => {
    const pods = ['a', 'b', 'c', 'd'].map((n) => ({ pod: pod({ name: `web-${n}` }), owner: { kind: 'ReplicaSet', name: 'web' } }));
    const { nodeOf, unschedulable } = schedule(pods, nodes);
    const placed = pods.map((p) => nodeOf.get(`default/${p.pod.metadata.name}`));
    expect(placed).not.toContain('control-plane');
    expect(new Set(placed)).toEqual(new Set(['worker-1', 'worker-2']));
    expect(placed[0]).not.toBe(placed[1]);
    expect(unschedulable).toEqual([]);
  });

  it.each([
    ['spec.nodeName is honoured, even the control plane', pod({ name: 'p', nodeName: 'control-plane' }), false, 'control-plane'],
    ['a pod tolerating the control-plane taint may land anywhere feasible', pod({ name: 'p', nodeSelector: { 'node-role.kubernetes.io/control-plane': '' } }), true, 'control-plane'],
    ['nodeSelector narrows the choice', pod({ name: 'p', nodeSelector: { 'kubernetes.io/hostname': 'worker-2' } }), false, 'worker-2'],
    ['no feasible node: unscheduled', pod({ name: 'p', nodeSelector: { disk: 'ssd' } }), false, ''],
  ])('%s', (_name, p, tolerates, want) => {
    expect(schedule([{ pod: p, toleratesControlPlane: tolerates }], nodes).nodeOf.get('default/p')).toBe(want);
  });

  it('cordoned and NotReady nodes take nothing', () => {
    const dump = buildNodes([node({ name: 'a', internalIP: '10.0.0.1', unschedulable: true }), node({ name: 'b', internalIP: '10.0.0.2', ready: false })], world());
    expect(schedule([{ pod: pod({ name: 'p' }) }], dump).unschedulable).toEqual(['default/p']);
  });

  // k8s.io/api/core/v1 toleration.go ToleratesTaint, through tainttoleration.Filter (NoSchedule/NoExecute only).
  const tainted = buildNodes([
    node({ name: 'gpu', labels: { 'kubernetes.io/hostname': 'gpu' }, internalIP: '10.0.0.1', taints: [{ key: 'gpu', value: 'true', effect: 'NoSchedule' }] }),
    node({ name: 'drain', labels: { 'kubernetes.io/hostname': 'drain' }, internalIP: '10.0.0.2', taints: [{ key: 'maintenance', effect: 'NoExecute' }] }),
    node({ name: 'soft', labels: { 'kubernetes.io/hostname': 'soft' }, internalIP: '10.0.0.3', taints: [{ key: 'spot', effect: 'PreferNoSchedule' }] }),
  ], world());
  const tolerating = (tolerations: Toleration[], nodeName: string): Pod => {
    const p = pod({ name: 'p', nodeSelector: { 'kubernetes.io/hostname': nodeName } });
    return { ...p, spec: { ...p.spec, tolerations } };
  };
  it.each<[string, Toleration[], string, string]>([
    ['Equal with the same value tolerates', [{ key: 'gpu', operator: 'Equal', value: 'true', effect: 'NoSchedule' }], 'gpu', 'gpu'],
    ['Equal with another value does not', [{ key: 'gpu', operator: 'Equal', value: 'false' }], 'gpu', ''],
    ['Exists ignores the value', [{ key: 'gpu', operator: 'Exists' }], 'gpu', 'gpu'],
    ['another effect does not tolerate', [{ key: 'gpu', operator: 'Exists', effect: 'NoExecute' }], 'gpu', ''],
    ['an empty key with Exists tolerates every taint', [{ operator: 'Exists' }], 'drain', 'drain'],
    ['the control-plane taint, tolerated by the pod itself', [{ key: 'node-role.kubernetes.io/control-plane', operator: 'Exists', effect: 'NoSchedule' }], 'control-plane', 'control-plane'],
    ['PreferNoSchedule never filters', [], 'soft', 'soft'],
    ['no toleration: NoExecute keeps it off', [], 'drain', ''],
  ])('tolerations: %s', (_name, tolerations, target, want) => {
    const all = [...tainted, ...nodes];
    expect(schedule([{ pod: tolerating(tolerations, target) }], all).nodeOf.get('default/p')).toBe(want);
  });

  it('toleratesTaint: an Equal toleration without a value matches a taint without one', () => {
    const taint: Taint = { key: 'k', effect: 'NoSchedule' };
    expect(toleratesTaint({ key: 'k', operator: 'Equal' }, taint)).toBe(true);
    expect(toleratesTaint({ key: 'k', operator: 'Equal', value: 'v' }, taint)).toBe(false);
  });
});

describe('scheduler over a manifest', () => {
  it("a Deployment's tolerations are decoded and let its pods onto the tainted control plane", async () => {
    const { simulate } = await import('../../engine');
    const sim = simulate([
      'apiVersion: apps/v1', 'kind: Deployment', 'metadata: { name: cp }',
      'spec:', '  replicas: 2', '  selector: { matchLabels: { app: cp } }', '  template:', '    metadata: { labels: { app: cp } }', '    spec:',
      "      nodeSelector: { node-role.kubernetes.io/control-plane: '' }",
      '      tolerations: [{ key: node-role.kubernetes.io/control-plane, operator: Exists, effect: NoSchedule }]',
      '      containers: [{ name: c, image: nginx }]',
    ].join('\n'));
    const pods = sim.cluster.pods.filter((p) => p.labels.app === 'cp');
    expect(pods.map((p) => p.nodeName)).toEqual(['control-plane', 'control-plane']);
    expect(pods[0].pod.spec.tolerations).toEqual([{ key: 'node-role.kubernetes.io/control-plane', operator: 'Exists', effect: 'NoSchedule' }]);
    expect(sim.diagnostics.filter((d) => d.code === 'cluster/pod-unschedulable')).toEqual([]);
  });
});
