/**
 * The ReplicaSet controller (pkg/controller/replicaset): keep `replicas` pods matching the selector.
 * Pods it already controls (ownerReferences) count; orphan pods in the manifests whose labels match the
 * selector are adopted (ClaimPods), exactly as a real ReplicaSet adopts a hand-made pod with the right labels;
 * the rest are created from the template, named by the API server's generateName: `<replicaset>-<5 chars>`.
 */
import type { Pod, ReplicaSet } from '../../api/types';
import { generateName } from '../../cluster/hash';
import { LabelIndex, matchesLabelSelector } from '../../cluster/labels';
import { nsName } from '../../cluster/state';
import { EMPTY_LIST } from '../../api/empty';
import { invalidPodMessage, podCreateErrors } from './create';
import { simulatedReplicas } from './limits';
import type { CreatedPods, WorkloadMemos } from './memos';
import { controllerOf, controllerRef, podFromTemplate } from './podTemplate';

export const REPLICASET_CONTROLLER = 'replicaset-controller';

/** A pod and the controller that owns it, as the workload controllers leave them. */
export interface OwnedPod {
  pod: Pod;
  owner?: { kind: string; name: string };
}

export interface PodRegistry {
  /** Manifest pods by `ns/name` (mutable: adoption records the owner). */
  byKey: Map<string, OwnedPod>;
  /** Orphans (no controller ownerReference), indexed by labels for adoption. */
  orphans: LabelIndex<OwnedPod>;
  /** Orphans already claimed by some controller. */
  claimed: Set<OwnedPod>;
  /** Every pod name in use per namespace, so generated names never collide. */
  taken: Set<string>;
  /** Workloads whose pods the API server refuses (./create.ts), in the order the controllers ran. */
  failed: FailedCreate[];
}

/** A workload that gets no pod created: the FailedCreate event its controller records. */
export interface FailedCreate {
  kind: 'ReplicaSet' | 'StatefulSet';
  namespace: string;
  name: string;
  /** The event's message, as the controller writes it. */
  event: string;
}

export function newPodRegistry(manifestPods: readonly Pod[]): PodRegistry {
  const reg: PodRegistry = {
    byKey: new Map(),
    orphans: new LabelIndex<OwnedPod>((p) => p.pod.metadata.labels, (p) => p.pod.metadata.namespace),
    claimed: new Set(),
    taken: new Set(),
    failed: [],
  };
  for (const pod of manifestPods) {
    const key = nsName(pod.metadata.namespace, pod.metadata.name);
    const ref = controllerOf(pod.metadata);
    const owned: OwnedPod = ref ? { pod, owner: { kind: ref.kind, name: ref.name } } : { pod };
    reg.byKey.set(key, owned);
    reg.taken.add(key);
    if (!ref) reg.orphans.add(owned);
  }
  return reg;
}

/**
 * The pods a ReplicaSet created, by name. A created pod is a pure function of the (immutable) ReplicaSet and the
 * name, so while the ReplicaSet object is the same (an unchanged document, or a memoized Deployment's
 * ReplicaSet) an engine reuses its pods rather than rebuilding them on every simulation. Without an engine's
 * memos nothing is kept: a cold run never asks again, and kept pods would only outlive their use.
 */
function createdBy(rs: ReplicaSet, memos: WorkloadMemos | undefined): CreatedPods {
  let made = memos?.replicaSetPods.get(rs);
  if (!made) {
    made = { pods: new Map(), ownerReferences: [controllerRef(rs)] };
    memos?.replicaSetPods.set(rs, made);
  }
  return made;
}

function podFor(rs: ReplicaSet, name: string, made: CreatedPods): Pod {
  let pod = made.pods.get(name);
  if (!pod) {
    pod = podFromTemplate(rs.spec.template, rs.metadata.namespace, name, made.ownerReferences, REPLICASET_CONTROLLER);
    made.pods.set(name, pod);
  }
  return pod;
}

/** Pods for one ReplicaSet: created ones are returned; adopted manifest pods get their owner set in place. */
export function reconcileReplicaSet(rs: ReplicaSet, reg: PodRegistry, ownedCount: number, memos?: WorkloadMemos): OwnedPod[] {
  const ns = rs.metadata.namespace;
  const want = simulatedReplicas(rs.spec.replicas);
  let have = ownedCount;
  if (have < want) {
    const candidates = reg.orphans.selectLabelSelector(ns, rs.spec.selector)
      .filter((p) => !reg.claimed.has(p) && !p.pod.metadata.terminating)
      .sort((a, b) => (a.pod.metadata.name < b.pod.metadata.name ? -1 : 1));
    for (const p of candidates) {
      if (have >= want) break;
      if (!matchesLabelSelector(rs.spec.selector, p.pod.metadata.labels)) continue;
      reg.claimed.add(p);
      p.owner = { kind: 'ReplicaSet', name: rs.metadata.name };
      have++;
    }
  }
  const out: OwnedPod[] = [];
  const owner = { kind: 'ReplicaSet', name: rs.metadata.name }; // one for all the pods it creates (plain data, never mutated)
  let made: CreatedPods | undefined;
  const refused = have < want ? podCreateErrors(rs.spec.template.spec, memos?.createErrors) : EMPTY_LIST;
  for (let i = 0; have < want; i++) {
    const name = generateName(`${rs.metadata.name}-`, `${ns}/${rs.metadata.name}/${i}`);
    const key = nsName(ns, name);
    if (reg.taken.has(key)) continue;
    if (refused.length) {
      // controller.CreatePodsWithGenerateName: the API server names the pod, then validation refuses it.
      reg.failed.push({ kind: 'ReplicaSet', namespace: ns, name: rs.metadata.name, event: `Error creating: ${invalidPodMessage(name, refused)}` });
      break;
    }
    reg.taken.add(key);
    out.push({ pod: podFor(rs, name, (made ??= createdBy(rs, memos))), owner });
    have++;
  }
  return out;
}
