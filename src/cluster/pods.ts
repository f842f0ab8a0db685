/**
 * From workloads to running pods: workload controllers create pods, the scheduler places them, the CNI's
 * IPAM gives them addresses, and the kubelet reports their status. Produces SimPods (sorted by
 * namespace/name) whose `pod` carries the filled-in spec.nodeName and status (podIP, podIPs, hostIP, phase).
 */
import type { Deployment, Pod, ReplicaSet, StatefulSet } from '../api/types';
import type { Diagnostic } from '../manifest/diagnostics';
import { assignPodIPs } from '../controllers/podipam/hostlocal';
import type { OwnedPod } from '../controllers/workloads/index';
import { runWorkloadsByNamespace, type WorkloadsMemory } from '../controllers/workloads/namespaced';
import { cappedDiagnostic } from '../controllers/workloads/limits';
import { REPLICASET_CONTROLLER } from '../controllers/workloads/replicaset';
import { STATEFULSET_CONTROLLER } from '../controllers/workloads/statefulset';
import { controllerOf, CREATED_STATUS } from '../controllers/workloads/podTemplate';
import { inCIDR } from './ipmath';
import { shallowCopy } from './copy';
import type { IdentityMemo } from './memo';
import { clusterDiagnostic } from './messages';
import { podReady } from './readiness';
import { nsName, type SimNode, type SimPod } from './state';

export interface PodsInput {
  pods: readonly Pod[];
  deployments: readonly Deployment[];
  replicaSets: readonly ReplicaSet[];
  statefulSets: readonly StatefulSet[];
  nodes: readonly SimNode[];
  /** Deployments whose pods tolerate the control-plane taint (kubeadm's CoreDNS): `ns/name`. */
  tolerateControlPlane: ReadonlySet<string>;
  /** The engine's memory of its previous run (none: nothing is reused). */
  memory?: WorkloadsMemory;
  /** The engine's SimPods by pod object (none: nothing is reused). */
  simPods?: IdentityMemo<Pod, SimPod>;
}

export interface PodsResult {
  pods: SimPod[];
  replicaSets: ReplicaSet[];
  diagnostics: Diagnostic[];
}

export { containersReady, podReady, readinessGatesTrue } from './readiness';

const sameList = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x, i) => x === b[i]);

/**
 * The SimPod of a pod. A SimPod is a pure function of the (immutable) pod object, its node, its addresses and
 * its owner; the workload controllers and the parser hand back the same pod objects while nothing about them
 * changed, so a re-simulation reuses the SimPod from the engine's memo — and, through its identity, the
 * EndpointSlices built from it — instead of copying every pod again.
 */
function simPod(p: OwnedPod, nodeName: string, ips: string[], hostIP: string, memo: IdentityMemo<Pod, SimPod> | undefined): SimPod {
  const prev = memo?.get(p.pod);
  if (prev && prev.nodeName === nodeName && prev.hostIP === hostIP && sameList(prev.pod.status.podIPs, ips) &&
    prev.owner?.kind === p.owner?.kind && prev.owner?.name === p.owner?.name) return prev;
  const podIP = ips[0] ?? '';
  const phase: SimPod['phase'] = p.pod.status.phase ?? (podIP ? 'Running' : 'Pending');
  // { ...p.pod, spec: { ...spec, nodeName }, status: { ...status, phase, podIP, podIPs, hostIP } }, by copies
  // (see copy.ts: the spread form cost more than all the rest of this function).
  const pod = shallowCopy(p.pod);
  if (nodeName) {
    pod.spec = shallowCopy(p.pod.spec);
    pod.spec.nodeName = nodeName;
  }
  let status: Pod['status'];
  if (p.pod.status === CREATED_STATUS) {
    // A pod a controller created: the same object as the copy below, as one literal (the copy of a
    // five-field status takes a second allocation for its fifth field; this runs for every such pod).
    status = { podIPs: ips, conditions: CREATED_STATUS.conditions, phase, podIP: podIP || undefined, hostIP: hostIP || undefined };
  } else {
    status = shallowCopy(p.pod.status);
    status.phase = phase;
    status.podIP = podIP || undefined;
    status.podIPs = ips;
    status.hostIP = hostIP || undefined;
  }
  pod.status = status;
  const sim: SimPod = {
    namespace: p.pod.metadata.namespace, name: p.pod.metadata.name, uid: p.pod.metadata.uid, labels: pod.metadata.labels,
    nodeName, podIP, hostIP, ready: podReady(pod, phase), terminating: pod.metadata.terminating, phase, pod,
  };
  if (p.owner) sim.owner = p.owner;
  memo?.set(p.pod, sim);
  return sim;
}

export function buildPods(input: PodsInput): PodsResult {
  const diagnostics: Diagnostic[] = [];
  input.simPods?.advance();
  const wl = runWorkloadsByNamespace(input, input.memory);
  const nodes = new Map(input.nodes.map((n) => [n.name, n]));
  // ReplicaSets of the tolerating Deployments (`ns/name`), and their namespaces: a pod is asked about only
  // when its namespace has one, so the question costs no key string for the pods of every other namespace.
  const tolerantRS = new Set<string>();
  const tolerantNs = new Set<string>();
  if (input.tolerateControlPlane.size > 0) {
    // Namespaces a `ns/name` key of the set can start with (every prefix before a '/', so exact for any name).
    const candidateNs = new Set<string>();
    for (const k of input.tolerateControlPlane) for (let i = k.indexOf('/'); i >= 0; i = k.indexOf('/', i + 1)) candidateNs.add(k.slice(0, i));
    for (const list of [input.replicaSets, wl.replicaSets]) {
      for (const rs of list) {
        if (!candidateNs.has(rs.metadata.namespace)) continue;
        const ref = controllerOf(rs.metadata);
        if (ref?.kind !== 'Deployment') continue;
        // The last ReplicaSet of a name decides, as when this was a map from ReplicaSet to Deployment.
        const key = nsName(rs.metadata.namespace, rs.metadata.name);
        if (input.tolerateControlPlane.has(nsName(rs.metadata.namespace, ref.name))) {
          tolerantRS.add(key);
          tolerantNs.add(rs.metadata.namespace);
        } else tolerantRS.delete(key);
      }
    }
  }
  // One key per pod, computed once (it is the lookup key of every step below).
  const keys = wl.pods.map((p) => nsName(p.pod.metadata.namespace, p.pod.metadata.name));
  const tolerates = (p: OwnedPod) =>
    p.owner?.kind === 'ReplicaSet' && tolerantNs.has(p.pod.metadata.namespace) && tolerantRS.has(nsName(p.pod.metadata.namespace, p.owner.name));
  const placement = wl.schedule(input.nodes, tolerates);
  wl.pods.forEach((p, i) => {
    const nodeName = p.pod.spec.nodeName;
    if (nodeName && !nodes.has(nodeName)) {
      diagnostics.push(clusterDiagnostic('warning', 'cluster/pod-node-not-found', { pod: keys[i], node: nodeName }, p.pod, ['spec', 'nodeName']));
    }
  });
  // Pods by key, for pointing diagnostics at their pod: built on the first diagnostic only.
  let byKeyMap: Map<string, OwnedPod> | undefined;
  const byKey = { get: (key: string) => (byKeyMap ??= new Map(wl.pods.map((p, i) => [keys[i], p]))).get(key) };
  for (const key of placement.unschedulable) {
    diagnostics.push(clusterDiagnostic('warning', 'cluster/pod-unschedulable', { pod: key }, byKey.get(key)?.pod));
  }
  const ipam = assignPodIPs(wl.pods.map((p, i) => ({ key: keys[i], pod: p.pod, nodeName: placement.nodeOf.get(keys[i]) ?? '' })), nodes);
  for (const d of ipam.duplicates) {
    diagnostics.push(clusterDiagnostic('warning', 'cluster/pod-ip-duplicate', { pod: d.key, other: d.other, ip: d.ip }, byKey.get(d.key)?.pod, ['status', 'podIP']));
  }
  // One diagnostic per node, about the first pod left without an address (`pods`: how many were), not one
  // per pod: a workload of hundreds of replicas on a /24 would otherwise bury every other diagnostic.
  const exhausted = new Map<string, string[]>();
  for (const key of ipam.exhausted) {
    const nodeName = placement.nodeOf.get(key) ?? '';
    const list = exhausted.get(nodeName);
    if (list) list.push(key);
    else exhausted.set(nodeName, [key]);
  }
  for (const [nodeName, keys] of exhausted) {
    const node = nodes.get(nodeName);
    diagnostics.push(clusterDiagnostic('warning', 'cluster/pod-ip-exhausted', { pod: keys[0], pods: keys.length, node: node?.name ?? '', podCIDR: node?.podCIDR ?? '' }, byKey.get(keys[0])?.pod));
  }
  for (const c of wl.capped) {
    const obj = writtenWorkload(input, wl.replicaSets, c);
    diagnostics.push(cappedDiagnostic(obj?.kind ?? c.kind, c.namespace, obj?.metadata.name ?? c.name, c.replicas, obj));
  }
  for (const f of wl.failed) {
    const obj = writtenWorkload(input, wl.replicaSets, f);
    diagnostics.push(clusterDiagnostic('warning', 'cluster/workload-failed-create', {
      kind: obj?.kind ?? f.kind, workload: nsName(f.namespace, obj?.metadata.name ?? f.name),
      // The controller records the event on the object it reconciles: a Deployment's ReplicaSet, not the Deployment.
      controller: f.kind === 'StatefulSet' ? STATEFULSET_CONTROLLER : REPLICASET_CONTROLLER, on: `${f.kind} ${nsName(f.namespace, f.name)}`, event: f.event,
    }, obj, ['spec', 'template', 'spec']));
  }
  const pods: SimPod[] = wl.pods.map((p, i) => {
    const key = keys[i];
    const nodeName = placement.nodeOf.get(key) ?? '';
    const node = nodes.get(nodeName);
    const ips = ipam.podIPs.get(key) ?? [];
    const podIP = ips[0] ?? '';
    if (node && podIP && ipam.given.has(key) && !p.pod.spec.hostNetwork && node.podCIDR && !inCIDR(node.podCIDR, podIP)) {
      diagnostics.push(clusterDiagnostic('info', 'cluster/pod-ip-outside-node-cidr', { pod: key, ip: podIP, node: nodeName, podCIDR: node.podCIDR }, p.pod, ['status', 'podIP']));
    }
    return simPod(p, nodeName, ips, node?.internalIP || p.pod.status.hostIP || '', input.simPods);
  });
  return { pods, replicaSets: wl.replicaSets, diagnostics };
}

/** The object the user wrote for a workload the controllers report on: a Deployment's ReplicaSet is the controller's, so its Deployment. */
function writtenWorkload(input: PodsInput, createdRS: readonly ReplicaSet[], c: { kind: 'ReplicaSet' | 'StatefulSet'; namespace: string; name: string }): Deployment | ReplicaSet | StatefulSet | undefined {
  const is = (o: { metadata: { namespace: string; name: string } }) => o.metadata.namespace === c.namespace && o.metadata.name === c.name;
  if (c.kind === 'StatefulSet') return input.statefulSets.find(is);
  const rs = input.replicaSets.find(is) ?? createdRS.find(is);
  const ref = rs && controllerOf(rs.metadata);
  const owner = ref?.kind === 'Deployment' ? input.deployments.find((d) => d.metadata.namespace === c.namespace && d.metadata.name === ref.name) : undefined;
  return owner ?? rs;
}
