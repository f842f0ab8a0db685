/**
 * Lookups on a ClusterState by namespace/name and by labels, for the readers of the state (lint, ingress,
 * proxy, DNS tools) that would otherwise scan `state.services` or `state.endpointSlices` once per question —
 * O(objects²) over a whole cluster (a 10,000-object scenario asked ~3,000 × 3,000 questions in lint alone).
 *
 * WHY a WeakMap keyed by the state: ClusterState is plain readonly data that is never mutated, so an index
 * built on first use stays valid for the state's lifetime and is collected with it. Each index is built lazily
 * (a DNS lookup needs the Service map, not the label index over every pod).
 */
import { LABEL_SERVICE_NAME, type EndpointSlice } from '../api/types';
import { LabelIndex, type Labels } from './labels';
import { nsName, type ClusterState, type SimPod, type SimService } from './state';

interface StateIndex {
  services?: Map<string, SimService>;
  slices?: Map<string, EndpointSlice[]>;
  pods?: LabelIndex<SimPod>;
}

const indexes = new WeakMap<ClusterState, StateIndex>();

function indexOf(state: ClusterState): StateIndex {
  let ix = indexes.get(state);
  if (!ix) indexes.set(state, (ix = {}));
  return ix;
}

/** The Service `namespace/name` (the first one, as `services.find` would give). */
export function serviceByName(state: ClusterState, namespace: string, name: string): SimService | undefined {
  const ix = indexOf(state);
  if (!ix.services) {
    ix.services = new Map();
    for (const s of state.services) {
      const k = nsName(s.namespace, s.name);
      if (!ix.services.has(k)) ix.services.set(k, s);
    }
  }
  return ix.services.get(nsName(namespace, name));
}

/** EndpointSlices labelled `kubernetes.io/service-name: <name>` in `namespace`, in state order (a fresh array). */
export function slicesOfService(state: ClusterState, namespace: string, name: string): EndpointSlice[] {
  const ix = indexOf(state);
  if (!ix.slices) {
    ix.slices = new Map();
    for (const s of state.endpointSlices) {
      const svc = s.metadata.labels[LABEL_SERVICE_NAME];
      if (svc === undefined) continue;
      const k = nsName(s.metadata.namespace, svc);
      const list = ix.slices.get(k);
      if (list) list.push(s);
      else ix.slices.set(k, [s]);
    }
  }
  return ix.slices.get(nsName(namespace, name))?.slice() ?? [];
}

/** Pods in `namespace` whose labels contain every pair of `set` (all of the namespace's when empty), in state order. */
export function podsMatching(state: ClusterState, namespace: string, set: Labels): SimPod[] {
  const ix = indexOf(state);
  if (!ix.pods) {
    ix.pods = new LabelIndex<SimPod>((p) => p.labels, (p) => p.namespace);
    for (const p of state.pods) ix.pods.add(p);
  }
  return ix.pods.select(namespace, set);
}

/** Items grouped by namespace, in input order (per-namespace work is what lets edits reuse results). */
export function groupByNamespace<T extends { namespace: string }>(items: readonly T[]): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const x of items) {
    const list = out.get(x.namespace);
    if (list) list.push(x);
    else out.set(x.namespace, [x]);
  }
  return out;
}

/** The same items, by identity, in the same order: the test every cache here reuses a result on. */
export const sameItems = <T>(a: readonly T[], b: readonly T[]): boolean => a.length === b.length && a.every((x, i) => x === b[i]);
