import { describe, expect, it } from 'vitest';
import type { Pod, PodCondition } from '../api/types';
import { simulate } from '../engine';
import { podsTable, podRow } from '../format/kubectl';
import { containersReady, podReady, readinessGatesTrue } from './readiness';
import { pod } from './testing';

const gated = (gates: string[], conditions: PodCondition[]): Pod => {
  const p = pod({ name: 'p' });
  return { ...p, spec: { ...p.spec, readinessGates: gates }, status: { ...p.status, conditions } };
};

describe('readiness gates (pkg/kubelet/status/generate.go GeneratePodReadyCondition)', () => {
  it.each<[string, string[], PodCondition[], boolean, number, boolean]>([
    ['no gates: a Running pod is ready', [], [], true, 0, true],
    ['a gate without its condition: not ready, containers ready', ['lb/tg'], [], false, 0, true],
    ['a gate whose condition is False', ['lb/tg'], [{ type: 'lb/tg', status: 'False' }], false, 0, true],
    ['every gate True: ready', ['lb/tg', 'x/y'], [{ type: 'lb/tg', status: 'True' }, { type: 'x/y', status: 'True' }], true, 2, true],
    ['one of two gates True', ['lb/tg', 'x/y'], [{ type: 'lb/tg', status: 'True' }], false, 1, true],
    ['a written Ready condition wins', ['lb/tg'], [{ type: 'Ready', status: 'True' }], true, 0, true],
    ['a dump: Ready False, ContainersReady True', ['lb/tg'], [{ type: 'Ready', status: 'False' }, { type: 'ContainersReady', status: 'True' }], false, 0, true],
  ])('%s', (_name, gates, conditions, ready, gatesTrue, containers) => {
    const p = gated(gates, conditions);
    expect(podReady(p, 'Running')).toBe(ready);
    expect(readinessGatesTrue(p)).toBe(gatesTrue);
    expect(containersReady(p, 'Running')).toBe(containers);
  });

  it('kubectl get pods -o wide: READY counts ready containers, READINESS GATES n/m (printers.go printPod)', () => {
    const p = gated(['lb/tg', 'x/y'], [{ type: 'x/y', status: 'True' }]);
    const row = podRow({ namespace: 'default', name: 'p', ready: podReady(p, 'Running'), terminating: false, phase: 'Running', podIP: '10.244.1.5', nodeName: 'worker-1', pod: p });
    expect(podsTable([row], { wide: true }).rows[0]).toEqual(['p', '1/1', 'Running', '0', '10.244.1.5', 'worker-1', '<none>', '1/2']);
  });

  it('a gated pod is a not-ready endpoint of its Service', () => {
    const sim = simulate([
      'apiVersion: v1', 'kind: Pod', 'metadata: { name: p, labels: { app: a } }',
      'spec: { readinessGates: [{ conditionType: target-health.elbv2.k8s.aws/tg }], containers: [{ name: c, image: nginx }] }',
      '---', 'apiVersion: v1', 'kind: Service', 'metadata: { name: s }', 'spec: { selector: { app: a }, ports: [{ port: 80 }] }',
    ].join('\n'));
    const p = sim.cluster.pods.find((x) => x.name === 'p')!;
    expect(p.ready).toBe(false);
    expect(p.pod.spec.readinessGates).toEqual(['target-health.elbv2.k8s.aws/tg']);
    const slice = sim.cluster.endpointSlices.find((e) => e.metadata.labels['kubernetes.io/service-name'] === 's')!;
    expect(slice.endpoints.map((e) => e.conditions.ready)).toEqual([false]);
  });
});
