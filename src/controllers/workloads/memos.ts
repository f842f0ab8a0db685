/**
 * What the workload controllers memoize by object identity (cluster/memo.ts): results that are pure functions
 * of one immutable object, reused while the parser hands back the same object. One set per namespace of an
 * engine's WorkloadsMemory; a call without an engine's memory has none.
 */
import type { Deployment, OwnerReference, Pod, PodSpec, ReplicaSet, StatefulSet } from '../../api/types';
import { IdentityMemo } from '../../cluster/memo';

/** The pods a ReplicaSet or StatefulSet created, by name, and the ownerReferences they all share. */
export interface CreatedPods {
  pods: Map<string, Pod>;
  ownerReferences: readonly OwnerReference[];
}

/** A StatefulSet's revision hash and the pods it created. */
export interface SetMemo extends CreatedPods {
  revision: string;
}

export interface WorkloadMemos {
  /** The ReplicaSet a Deployment's controller makes (deployment.ts). */
  replicaSets: IdentityMemo<Deployment, ReplicaSet>;
  /** The pods a ReplicaSet created (replicaset.ts). */
  replicaSetPods: IdentityMemo<ReplicaSet, CreatedPods>;
  statefulSets: IdentityMemo<StatefulSet, SetMemo>;
  /** Why the API server refuses a pod made from a template (create.ts). */
  createErrors: IdentityMemo<PodSpec, readonly string[]>;
}

export function createWorkloadMemos(): WorkloadMemos {
  return { replicaSets: new IdentityMemo(), replicaSetPods: new IdentityMemo(), statefulSets: new IdentityMemo(), createErrors: new IdentityMemo() };
}

/** Begin a simulation (IdentityMemo.advance on each). */
export function advanceWorkloadMemos(m: WorkloadMemos): void {
  m.replicaSets.advance();
  m.replicaSetPods.advance();
  m.statefulSets.advance();
  m.createErrors.advance();
}
