import { describe, expect, it } from 'vitest';
import { buildNodes } from '../../cluster/nodes';
import { node, pod, world } from '../../cluster/testing';
import { schedule } from './scheduler';

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
});
