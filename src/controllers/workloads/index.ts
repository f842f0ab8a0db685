/**
 * Workload controllers in the order they cascade: Deployment → ReplicaSet → Pods, then StatefulSet → Pods.
 * Pods written in the manifests always win: a controller never creates a pod that the text already has
 * (by ownerReference, by adoption of a matching orphan, or, for StatefulSets, by the ordinal's name).
 */
import type { Deployment, Pod, ReplicaSet, StatefulSet } from '../../api/types';
import { compareByNsName, nsName } from '../../cluster/state';
import { reconcileDeployments } from './deployment';
import { MAX_PODS_PER_WORKLOAD, type CappedWorkload } from './limits';
import type { WorkloadMemos } from './memos';
import { controllerOf } from './podTemplate';
import { newPodRegistry, reconcileReplicaSet, type FailedCreate, type OwnedPod } from './replicaset';
import { reconcileStatefulSet } from './statefulset';

export type { FailedCreate, OwnedPod } from './replicaset';
export type { CappedWorkload } from './limits';

export interface WorkloadsResult {
  /** ReplicaSets the Deployment controller created. */
  replicaSets: ReplicaSet[];
  /** Every pod: from the manifests (possibly adopted/updated) and created, sorted by namespace/name. */
  pods: OwnedPod[];
  /** Workloads asking for more than MAX_PODS_PER_WORKLOAD pods (only that many are simulated). */
  capped: CappedWorkload[];
  /** Workloads whose pods the API server refuses (./create.ts). */
  failed: FailedCreate[];
}

/** Sorted by `namespace/name` (a copy; compareByNsName compares without building the keys). */
const sortByKey = <T extends { metadata: { namespace: string; name: string } }>(list: readonly T[]): T[] => list.slice().sort(compareByNsName);

export function runWorkloads(input: {
  deployments: readonly Deployment[];
  replicaSets: readonly ReplicaSet[];
  statefulSets: readonly StatefulSet[];
  pods: readonly Pod[];
}, memos?: WorkloadMemos): WorkloadsResult {
  const reg = newPodRegistry(input.pods);
  const createdRS = reconcileDeployments(sortByKey(input.deployments), input.replicaSets, memos?.replicaSets);
  const allRS = [...input.replicaSets, ...createdRS].sort(compareByNsName);

  const ownedCount = new Map<string, number>();
  for (const p of reg.byKey.values()) {
    const ref = controllerOf(p.pod.metadata);
    if (ref && !p.pod.metadata.terminating) {
      const k = `${ref.kind}/${nsName(p.pod.metadata.namespace, ref.name)}`;
      ownedCount.set(k, (ownedCount.get(k) ?? 0) + 1);
    }
  }

  const created: OwnedPod[] = [];
  const capped: CappedWorkload[] = [];
  const cap = (kind: CappedWorkload['kind'], o: StatefulSet | ReplicaSet) => {
    if (o.spec.replicas > MAX_PODS_PER_WORKLOAD) capped.push({ kind, namespace: o.metadata.namespace, name: o.metadata.name, replicas: o.spec.replicas });
  };
  for (const set of sortByKey(input.statefulSets)) {
    cap('StatefulSet', set);
    for (const p of reconcileStatefulSet(set, reg, memos)) created.push(p);
  }
  for (const rs of allRS) {
    cap('ReplicaSet', rs);
    const n = ownedCount.size === 0 ? 0 : ownedCount.get(`ReplicaSet/${nsName(rs.metadata.namespace, rs.metadata.name)}`) ?? 0;
    for (const p of reconcileReplicaSet(rs, reg, n, memos)) created.push(p);
  }
  const pods: OwnedPod[] = [];
  for (const p of reg.byKey.values()) pods.push(p);
  for (const p of created) pods.push(p);
  pods.sort((a, b) => compareByNsName(a.pod, b.pod));
  return { replicaSets: createdRS, pods, capped, failed: reg.failed };
}
