/**
 * The workload controllers and the scheduler, one namespace at a time, reusing the previous simulation's
 * result for every namespace whose inputs are the very same objects.
 *
 * WHY: after an edit of one document, every other namespace's Deployments, ReplicaSets, StatefulSets and Pods
 * are the same (immutable) objects the parser handed out last time, and what these controllers make of them
 * depends on nothing outside the namespace (pod names, adoption, ordinals and ownership are all per
 * namespace) — except the scheduler, which also reads the nodes: its reuse is keyed by a signature of the
 * fields the filter reads. So a re-simulation runs them for the edited namespace only, and for the others
 * costs one identity comparison per object.
 *
 * The cache is the engine's (WorkloadsMemory) and holds only the previous call's entries (replaced wholesale
 * on each call): two engines never evict each other's, and nothing outlives its engine. Results are identical to one
 * cluster-wide run: namespaces are concatenated in the order of `namespace + '/'`, which is exactly the
 * order of the `namespace/name` keys the cluster-wide run sorts by (a name never contains '/').
 */
import type { Deployment, Pod, ReplicaSet, StatefulSet } from '../../api/types';
import type { SimNode } from '../../cluster/state';
import { schedule, type Placement } from '../scheduler/scheduler';
import { runWorkloads, type OwnedPod, type WorkloadsResult } from './index';
import { append } from '../../api/append';
import { advanceWorkloadMemos, createWorkloadMemos, type WorkloadMemos } from './memos';

export interface NamespacedInput {
  deployments: readonly Deployment[];
  replicaSets: readonly ReplicaSet[];
  statefulSets: readonly StatefulSet[];
  pods: readonly Pod[];
}

interface Group {
  deployments: Deployment[];
  replicaSets: ReplicaSet[];
  statefulSets: StatefulSet[];
  pods: Pod[];
}

interface Entry extends Group {
  result: WorkloadsResult;
  /** What the controllers memoized by object in this namespace (memos.ts), for its next run: an engine's only. */
  memos?: WorkloadMemos;
  /** The last placement of this namespace's pods, with what it was computed from. */
  placed?: { nodes: string; tolerates: readonly boolean[]; placement: Placement };
}

/**
 * One engine's memory of its previous run: each namespace's entry, with what it was computed from. Part of the
 * engine's ReconcileMemory (cluster/reconcile.ts), so two engines in one process never evict each other's.
 */
export interface WorkloadsMemory {
  previous: Map<string, Entry>;
}

export function createWorkloadsMemory(): WorkloadsMemory {
  return { previous: new Map() };
}

const sameRefs = <T>(a: readonly T[], b: readonly T[]) => {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
};

const sameGroup = (a: Group, b: Group) =>
  sameRefs(a.pods, b.pods) && sameRefs(a.deployments, b.deployments) && sameRefs(a.replicaSets, b.replicaSets) && sameRefs(a.statefulSets, b.statefulSets);

function group(input: NamespacedInput): Map<string, Group> {
  const groups = new Map<string, Group>();
  const of = (ns: string) => {
    let g = groups.get(ns);
    if (!g) groups.set(ns, (g = { deployments: [], replicaSets: [], statefulSets: [], pods: [] }));
    return g;
  };
  for (const o of input.deployments) of(o.metadata.namespace).deployments.push(o);
  for (const o of input.replicaSets) of(o.metadata.namespace).replicaSets.push(o);
  for (const o of input.statefulSets) of(o.metadata.namespace).statefulSets.push(o);
  for (const o of input.pods) of(o.metadata.namespace).pods.push(o);
  return groups;
}

export interface NamespacedWorkloads extends WorkloadsResult {
  /** Schedule every namespace's pods (reusing unchanged namespaces' placements); the merged placement. */
  schedule(nodes: readonly SimNode[], tolerates: (p: OwnedPod) => boolean): Placement;
}

/** runWorkloads, namespace by namespace; then `schedule` places the pods the same way. */
export function runWorkloadsByNamespace(input: NamespacedInput, engineMemory?: WorkloadsMemory): NamespacedWorkloads {
  const memory = engineMemory ?? createWorkloadsMemory();
  const groups = group(input);
  const order = [...groups.keys()].map((ns) => `${ns}/`).sort().map((k) => k.slice(0, -1));
  const next = new Map<string, Entry>();
  const out: WorkloadsResult = { replicaSets: [], pods: [], capped: [], failed: [] };
  for (const ns of order) {
    const g = groups.get(ns)!;
    const prev = memory.previous.get(ns);
    let entry: Entry;
    if (prev && sameGroup(prev, g)) entry = prev;
    else {
      // The namespace runs again: its objects that did not change get back what they made last time. A call
      // without an engine's memory keeps nothing (a cold run would only carry the memos to its end).
      const memos = engineMemory ? prev?.memos ?? createWorkloadMemos() : undefined;
      if (memos) advanceWorkloadMemos(memos);
      entry = { deployments: g.deployments, replicaSets: g.replicaSets, statefulSets: g.statefulSets, pods: g.pods, result: runWorkloads(g, memos), memos };
    }
    next.set(ns, entry);
    append(out.replicaSets, entry.result.replicaSets);
    append(out.pods, entry.result.pods);
    append(out.capped, entry.result.capped);
    append(out.failed, entry.result.failed);
  }
  memory.previous = next;
  return {
    ...out,
    schedule(nodes, tolerates) {
      const nodeSig = nodeSignature(nodes);
      const nodeOf = new Map<string, string>();
      const unschedulable: string[] = [];
      for (const ns of order) {
        const entry = next.get(ns)!;
        const pods = entry.result.pods;
        const flags = pods.map(tolerates);
        const was = entry.placed;
        if (!(was && was.nodes === nodeSig && sameRefs(was.tolerates, flags))) {
          const placement = schedule(pods.map((p, i) => ({ pod: p.pod, owner: p.owner, toleratesControlPlane: flags[i] })), nodes);
          entry.placed = { nodes: nodeSig, tolerates: flags, placement };
        }
        const placement = entry.placed!.placement;
        placement.nodeOf.forEach((v, k) => nodeOf.set(k, v)); // not for…of: no [k, v] array per pod
        for (const k of placement.unschedulable) unschedulable.push(k);
      }
      return { nodeOf, unschedulable };
    },
  };
}

/** Everything the scheduler's filter and spread read of the nodes, in order. */
function nodeSignature(nodes: readonly SimNode[]): string {
  return JSON.stringify(nodes.map((n) => [n.name, n.ready, n.unschedulable, n.taints, n.labels]));
}
