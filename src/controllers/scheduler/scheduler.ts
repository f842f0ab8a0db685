/**
 * A deliberately small kube-scheduler: filter, then a deterministic spread.
 *
 * Filter (the NodeName, NodeUnschedulable, TaintToleration and NodeAffinity/nodeSelector plugins): the node
 * is Ready, not cordoned, every NoSchedule/NoExecute taint is tolerated by one of the pod's spec.tolerations
 * (core/v1 Toleration.ToleratesTaint, as tainttoleration.Filter uses it), and spec.nodeSelector matches its
 * labels. System pods also tolerate the control-plane taint, as kubeadm's CoreDNS manifest does.
 * Score: real scoring spreads replicas over nodes (PodTopologySpread, NodeResourcesBalancedAllocation);
 * here a workload's pods go round-robin over the feasible nodes from a start chosen by hashing the
 * workload's name, and a standalone pod lands on the node its own name hashes to. Same text, same placement.
 * spec.nodeName set by the user bypasses the scheduler, as it does in Kubernetes.
 */
import type { Pod, Taint, Toleration } from '../../api/types';
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

/**
 * core/v1 Toleration.ToleratesTaint (k8s.io/api/core/v1/toleration.go): an effect, when given, must be the taint's;
 * a key, when given, must be the taint's; Exists matches any value, Equal (the default) only the taint's value.
 */
export function toleratesTaint(t: Toleration, taint: Taint): boolean {
  if (t.effect && t.effect !== taint.effect) return false;
  if (t.key && t.key !== taint.key) return false;
  return t.operator === 'Exists' || (t.value ?? '') === (taint.value ?? '');
}

/** Filter plugins: can `pod` run on `node`? */
export function nodeFits(node: SimNode, p: SchedulingPod): boolean {
  if (!node.ready || node.unschedulable) return false;
  const tolerations = p.pod.spec.tolerations ?? [];
  for (const t of node.taints) {
    // tainttoleration.Filter: only NoSchedule and NoExecute taints keep a pod off (PreferNoSchedule is a score).
    if (t.effect !== 'NoSchedule' && t.effect !== 'NoExecute') continue;
    const cp = t.key === TAINT_CONTROL_PLANE.key || t.key === LABEL_MASTER_LEGACY;
    if (cp && p.toleratesControlPlane) continue;
    if (!tolerations.some((tol) => toleratesTaint(tol, t))) return false;
  }
  return matchesSet(p.pod.spec.nodeSelector, node.labels);
}

/** A group member with its key and its name split for the natural order (once per pod, not per comparison). */
interface Member {
  p: SchedulingPod;
  key: string;
  name: string;
  /** The name without its trailing digits, and those digits as a number (undefined: no trailing digits). */
  stem: string;
  ordinal: number | undefined;
}

const LINE_TERMINATOR = /[\n\r\u2028\u2029]/;

/** `/^(.*?)(\d+)$/` by a scan from the end (the lazy regex backtracks over every prefix of the name). */
function member(p: SchedulingPod, key: string): Member {
  const name = p.pod.metadata.name;
  let i = name.length;
  while (i > 0 && name.charCodeAt(i - 1) >= 0x30 && name.charCodeAt(i - 1) <= 0x39) i--;
  // (`.` stops at line terminators: the regex did not match such a name at all.)
  return i === name.length || LINE_TERMINATOR.test(name)
    ? { p, key, name, stem: name, ordinal: undefined }
    : { p, key, name, stem: name.slice(0, i), ordinal: Number(name.slice(i)) };
}

/** Natural order: `web-2` before `web-10`, so StatefulSet ordinals are walked in order. */
function naturalCompare(a: Member, b: Member): number {
  if (a.ordinal !== undefined && b.ordinal !== undefined && a.stem === b.stem) return a.ordinal - b.ordinal;
  return a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
}

export function schedule(pods: readonly SchedulingPod[], nodes: readonly SimNode[]): Placement {
  const nodeOf = new Map<string, string>();
  const unschedulable: string[] = [];
  const groups = new Map<string, Member[]>();
  for (const p of pods) {
    const key = nsName(p.pod.metadata.namespace, p.pod.metadata.name);
    if (p.pod.spec.nodeName) {
      nodeOf.set(key, p.pod.spec.nodeName);
      continue;
    }
    const group = p.owner ? `${p.owner.kind}/${p.pod.metadata.namespace}/${p.owner.name}` : `Pod/${key}`;
    const list = groups.get(group);
    if (list) list.push(member(p, key));
    else groups.set(group, [member(p, key)]);
  }
  // Feasible nodes depend only on the nodeSelector and the tolerations: compute once per distinct set.
  const feasibleCache = new Map<string, SimNode[]>();
  const feasibleFor = (p: SchedulingPod) => {
    const sel = p.pod.spec.nodeSelector;
    const tol = p.pod.spec.tolerations;
    const k = `${p.toleratesControlPlane ? 1 : 0}${Object.keys(sel).length === 0 ? '' : JSON.stringify(Object.entries(sel).sort())}${tol ? `|${JSON.stringify(tol)}` : ''}`;
    let list = feasibleCache.get(k);
    if (!list) feasibleCache.set(k, (list = nodes.filter((n) => nodeFits(n, p))));
    return list;
  };
  for (const [group, members] of groups) {
    if (members.length > 1) members.sort(naturalCompare);
    const standalone = group.startsWith('Pod/');
    // A workload's pods share one template, so one filter pass serves the whole group.
    const feasible = feasibleFor(members[0].p);
    const start = feasible.length === 0 ? 0 : fnv1a32(group) % feasible.length; // once per group, not per pod
    for (let j = 0; j < members.length; j++) {
      const key = members[j].key;
      if (feasible.length === 0) {
        nodeOf.set(key, '');
        unschedulable.push(key);
        continue;
      }
      nodeOf.set(key, feasible[(standalone ? start : start + j) % feasible.length].name);
    }
  }
  return { nodeOf, unschedulable };
}
