/**
 * A deliberately small kube-scheduler: filter, then a deterministic spread.
 *
 * Filter (the NodeName, NodeUnschedulable, TaintToleration and NodeAffinity/nodeSelector plugins): the node
 * is Ready, not cordoned, every NoSchedule/NoExecute taint is tolerated, and spec.nodeSelector matches its
 * labels. Pods carry no tolerations in PodPath's model, except system pods that tolerate the control-plane
 * taint as kubeadm's CoreDNS manifest does.
 * Score: real scoring spreads replicas over nodes (PodTopologySpread, NodeResourcesBalancedAllocation);
 * here a workload's pods go round-robin over the feasible nodes from a start chosen by hashing the
 * workload's name, and a standalone pod lands on the node its own name hashes to. Same text, same placement.
 * spec.nodeName set by the user bypasses the scheduler, as it does in Kubernetes.
 */
import type { Pod } from '../../api/types';
import { fnv1a32 } from '../../cluster/hash';
import { matchesSet } from '../../cluster/labels';
import { TAINT_CONTROL_PLANE, LABEL_MASTER_LEGACY } from '../../cluster/nodes';
import type { SimNode } from '../../cluster/state';
import { nsName } from '../../cluster/state';

export interface SchedulingPod {
  pod: Pod;
  owner?: { kind: string; name: string };
  /** Tolerates node-role.kubernetes.io/control-plane:NoSchedule (kubeadm's CoreDNS does). */
  toleratesControlPlane?: boolean;
}

export interface Placement {
  /** `ns/name` → node name ('' when no node fits). */
  nodeOf: Map<string, string>;
  /** Pods no node could take (`ns/name`). */
  unschedulable: string[];
}

/** Filter plugins: can `pod` run on `node`? */
export function nodeFits(node: SimNode, p: SchedulingPod): boolean {
  if (!node.ready || node.unschedulable) return false;
  for (const t of node.taints) {
    if (t.effect !== 'NoSchedule' && t.effect !== 'NoExecute') continue;
    const cp = t.key === TAINT_CONTROL_PLANE.key || t.key === LABEL_MASTER_LEGACY;
    if (!(cp && p.toleratesControlPlane)) return false;
  }
  return matchesSet(p.pod.spec.nodeSelector, node.labels);
}

/** Natural order: `web-2` before `web-10`, so StatefulSet ordinals are walked in order. */
function naturalCompare(a: string, b: string): number {
  const ma = /^(.*?)(\d+)$/.exec(a);
  const mb = /^(.*?)(\d+)$/.exec(b);
  if (ma && mb && ma[1] === mb[1]) return Number(ma[2]) - Number(mb[2]);
  return a < b ? -1 : a > b ? 1 : 0;
}

export function schedule(pods: readonly SchedulingPod[], nodes: readonly SimNode[]): Placement {
  const nodeOf = new Map<string, string>();
  const unschedulable: string[] = [];
  const groups = new Map<string, SchedulingPod[]>();
  for (const p of pods) {
    const key = nsName(p.pod.metadata.namespace, p.pod.metadata.name);
    if (p.pod.spec.nodeName) {
      nodeOf.set(key, p.pod.spec.nodeName);
      continue;
    }
    const group = p.owner ? `${p.owner.kind}/${p.pod.metadata.namespace}/${p.owner.name}` : `Pod/${key}`;
    const list = groups.get(group);
    if (list) list.push(p);
    else groups.set(group, [p]);
  }
  // Feasible nodes depend only on the nodeSelector and the toleration: compute once per distinct pair.
  const feasibleCache = new Map<string, SimNode[]>();
  const feasibleFor = (p: SchedulingPod) => {
    const sel = p.pod.spec.nodeSelector;
    const k = `${p.toleratesControlPlane ? 1 : 0}${Object.keys(sel).length === 0 ? '' : JSON.stringify(Object.entries(sel).sort())}`;
    let list = feasibleCache.get(k);
    if (!list) feasibleCache.set(k, (list = nodes.filter((n) => nodeFits(n, p))));
    return list;
  };
  for (const [group, members] of groups) {
    if (members.length > 1) members.sort((a, b) => naturalCompare(a.pod.metadata.name, b.pod.metadata.name));
    const standalone = group.startsWith('Pod/');
    // A workload's pods share one template, so one filter pass serves the whole group.
    const feasible = feasibleFor(members[0]);
    const start = feasible.length === 0 ? 0 : fnv1a32(group) % feasible.length; // once per group, not per pod
    members.forEach((p, j) => {
      const key = nsName(p.pod.metadata.namespace, p.pod.metadata.name);
      if (feasible.length === 0) {
        nodeOf.set(key, '');
        unschedulable.push(key);
        return;
      }
      nodeOf.set(key, feasible[(standalone ? start : start + j) % feasible.length].name);
    });
  }
  return { nodeOf, unschedulable };
}
