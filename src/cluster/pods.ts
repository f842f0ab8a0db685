/**
 * From workloads to running pods: workload controllers create pods, the scheduler places them, the CNI's
 * IPAM gives them addresses, and the kubelet reports their status. Produces SimPods (sorted by
 * namespace/name) whose `pod` carries the filled-in spec.nodeName and status (podIP, podIPs, hostIP, phase).
 */
import type { Deployment, Pod, ReplicaSet, StatefulSet } from '../api/types';
import type { Diagnostic } from '../manifest/diagnostics';
import { assignPodIPs } from '../controllers/podipam/hostlocal';
import { schedule } from '../controllers/scheduler/scheduler';
import { runWorkloads, type OwnedPod } from '../controllers/workloads/index';
import { controllerOf } from '../controllers/workloads/podTemplate';
import { inCIDR } from './ipmath';
import { clusterDiagnostic } from './messages';
import { nsName, type SimNode, type SimPod } from './state';

export interface PodsInput {
  pods: readonly Pod[];
  deployments: readonly Deployment[];
  replicaSets: readonly ReplicaSet[];
  statefulSets: readonly StatefulSet[];
  nodes: readonly SimNode[];
  /** Deployments whose pods tolerate the control-plane taint (kubeadm's CoreDNS): `ns/name`. */
  tolerateControlPlane: ReadonlySet<string>;
}

export interface PodsResult {
  pods: SimPod[];
  replicaSets: ReplicaSet[];
  diagnostics: Diagnostic[];
}

/**
 * Readiness as the kubelet reports it: the Ready condition when present; otherwise a Running pod (or one
 * whose phase is not given) is taken as ready, anything else is not.
 */
export function podReady(pod: Pod, phase: SimPod['phase']): boolean {
  const cond = pod.status.conditions.find((c) => c.type === 'Ready');
  if (cond) return cond.status === 'True';
  return phase === 'Running';
}

export function buildPods(input: PodsInput): PodsResult {
  const diagnostics: Diagnostic[] = [];
  const wl = runWorkloads(input);
  const nodes = new Map(input.nodes.map((n) => [n.name, n]));
  const rsOwner = new Map<string, string>();
  for (const rs of [...input.replicaSets, ...wl.replicaSets]) {
    const ref = controllerOf(rs.metadata);
    if (ref?.kind === 'Deployment') rsOwner.set(nsName(rs.metadata.namespace, rs.metadata.name), nsName(rs.metadata.namespace, ref.name));
  }
  const tolerates = (p: OwnedPod) =>
    p.owner?.kind === 'ReplicaSet' && input.tolerateControlPlane.has(rsOwner.get(nsName(p.pod.metadata.namespace, p.owner.name)) ?? '');

  const placement = schedule(wl.pods.map((p) => ({ ...p, toleratesControlPlane: tolerates(p) })), input.nodes);
  const keyOf = (p: OwnedPod) => nsName(p.pod.metadata.namespace, p.pod.metadata.name);
  for (const p of wl.pods) {
    const nodeName = p.pod.spec.nodeName;
    if (nodeName && !nodes.has(nodeName)) {
      diagnostics.push(clusterDiagnostic('warning', 'cluster/pod-node-not-found', { pod: keyOf(p), node: nodeName }, p.pod, ['spec', 'nodeName']));
    }
  }
  const byKey = new Map(wl.pods.map((p) => [keyOf(p), p]));
  for (const key of placement.unschedulable) {
    diagnostics.push(clusterDiagnostic('warning', 'cluster/pod-unschedulable', { pod: key }, byKey.get(key)?.pod));
  }

  const ipam = assignPodIPs(wl.pods.map((p) => ({ key: keyOf(p), pod: p.pod, nodeName: placement.nodeOf.get(keyOf(p)) ?? '' })), nodes);
  for (const d of ipam.duplicates) {
    diagnostics.push(clusterDiagnostic('warning', 'cluster/pod-ip-duplicate', { pod: d.key, other: d.other, ip: d.ip }, byKey.get(d.key)?.pod, ['status', 'podIP']));
  }
  for (const key of ipam.exhausted) {
    const node = nodes.get(placement.nodeOf.get(key) ?? '');
    diagnostics.push(clusterDiagnostic('warning', 'cluster/pod-ip-exhausted', { pod: key, node: node?.name ?? '', podCIDR: node?.podCIDR ?? '' }, byKey.get(key)?.pod));
  }

  const pods: SimPod[] = wl.pods.map((p) => {
    const key = keyOf(p);
    const nodeName = placement.nodeOf.get(key) ?? '';
    const node = nodes.get(nodeName);
    const ips = ipam.podIPs.get(key) ?? [];
    const podIP = ips[0] ?? '';
    if (node && podIP && ipam.given.has(key) && !p.pod.spec.hostNetwork && node.podCIDR && !inCIDR(node.podCIDR, podIP)) {
      diagnostics.push(clusterDiagnostic('info', 'cluster/pod-ip-outside-node-cidr', { pod: key, ip: podIP, node: nodeName, podCIDR: node.podCIDR }, p.pod, ['status', 'podIP']));
    }
    const phase: SimPod['phase'] = p.pod.status.phase ?? (podIP ? 'Running' : 'Pending');
    const hostIP = node?.internalIP || p.pod.status.hostIP || '';
    const pod: Pod = {
      ...p.pod,
      spec: nodeName ? { ...p.pod.spec, nodeName } : p.pod.spec,
      status: { ...p.pod.status, phase, podIP: podIP || undefined, podIPs: ips, hostIP: hostIP || undefined },
    };
    return {
      namespace: p.pod.metadata.namespace, name: p.pod.metadata.name, uid: p.pod.metadata.uid, labels: pod.metadata.labels,
      nodeName, podIP, hostIP, ready: podReady(pod, phase), terminating: pod.metadata.terminating, phase, pod,
      ...(p.owner ? { owner: p.owner } : {}),
    };
  });
  return { pods, replicaSets: wl.replicaSets, diagnostics };
}
