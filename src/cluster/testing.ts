/**
 * Test builders: every object builder of objects.ts, plus `world(edit)` for a default World with changes.
 * Tests build objects here instead of parsing YAML, so they do not depend on the manifest parser.
 */
import { defaultWorld, type WorldSpec } from '../api/world';
import { pod, type PodInput } from './objects';
import type { SimPod } from './state';

export * from './objects';

/** The default world with edits applied to a copy (`world((w) => { w.cluster.systemObjects = false; })`). */
export function world(edit?: (w: WorldSpec) => void): WorldSpec {
  const w = defaultWorld();
  edit?.(w);
  return w;
}

/** A SimPod as reconcile would produce it (running, Ready unless `ready: false`, on `nodeName`). */
export function simPod(p: PodInput & { podIP: string }): SimPod {
  const obj = pod(p);
  const ready = p.ready ?? true;
  const phase = p.phase ?? 'Running';
  return {
    namespace: obj.metadata.namespace, name: obj.metadata.name, uid: obj.metadata.uid, labels: obj.metadata.labels,
    nodeName: p.nodeName ?? '', podIP: p.podIP, hostIP: p.hostIP ?? '', ready, terminating: obj.metadata.terminating, phase,
    pod: { ...obj, status: { ...obj.status, phase, podIPs: p.podIPs ?? [p.podIP] } },
  };
}
