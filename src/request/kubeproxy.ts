/**
 * kube-proxy on one node handling a new connection to a Service frontend: endpoint choice, DNAT, SNAT
 * (masquerade), or the REJECT/DROP rules — see src/proxy/policy.ts for the rules and their sources.
 */
import { gid, type GraphId } from '../graph/ids';
import type { Packet } from '../trace/types';
import { endpointsForServicePort, endpointString } from '../proxy/endpoints';
import { kubeProxyDecision, type TrafficOrigin } from '../proxy/policy';
import { selectEndpoint } from '../proxy/select';
import { topologyModeFromHints } from '../proxy/topology';
import { servicePortName, servicePortNameString, type ServiceFrontend } from '../proxy/servicePort';
import { canonicalFamily, formatIP, parseCIDR, parseIP, cidrContains } from '../cluster/ipmath';
import { ep, epStr, nodeByName, podByIP, step, type Ctx } from './context';
import { deliverToEndpoint, svcKey, type Connection, type Sender } from './connect';

/**
 * How kube-proxy on `nodeName` classifies the source. Its "traffic from a local pod" test is the
 * local-traffic detector, `-s <clusterCIDR>` by default (localDetector.IfLocal in
 * pkg/proxy/iptables/proxier.go): a hostNetwork pod sends from its node's address, outside the cluster CIDR,
 * so it is treated exactly like the node itself (no ETP Local short-circuit as a pod, masquerade as node
 * traffic) — and like any other outside address on another node.
 */
export function originOf(sender: Sender, nodeName: string): TrafficOrigin {
  const hostNetwork = sender.kind === 'pod' && sender.pod?.pod.spec.hostNetwork === true;
  if (sender.kind === 'pod' && !hostNetwork) return 'pod';
  if ((sender.kind === 'node' || hostNetwork) && sender.nodeName === nodeName) return 'node';
  return 'external';
}

/**
 * The address MASQUERADE gives the packet: that of the interface it leaves through
 * (https://kubernetes.io/docs/tutorials/services/source-ip/ shows client_address=10.180.1.1 for a NodePort
 * answered on the same node). An endpoint pod on this node is reached through the node's pod-network side —
 * the CNI bridge or the host end of the pod's veth, which holds the first address of the node's pod CIDR
 * (cni0 with the bridge plugin, kindnet's ptp veths: 10.244.1.1). Anything else leaves through the node's own
 * interface: its InternalIP (an overlay such as flannel's VXLAN would use its tunnel address instead).
 */
export function masqueradeAddress(ctx: Ctx, nodeName: string, endpointIP: string): { ip: string; local: boolean; podCIDR: string } | null {
  const node = nodeByName(ctx.state, nodeName);
  if (!node) return null;
  const pod = podByIP(ctx.state, endpointIP);
  const cidr = parseCIDR(node.podCIDR);
  if (pod && pod.nodeName === nodeName && cidr && cidrContains(cidr, parseIP(endpointIP))) {
    return { ip: formatIP(cidr.base + 1n, cidr.family), local: true, podCIDR: node.podCIDR };
  }
  return { ip: node.internalIP, local: false, podCIDR: node.podCIDR };
}

export function kubeProxyHop(ctx: Ctx, sender: Sender, nodeName: string, packet: Packet, f: ServiceFrontend, at: GraphId): Connection {
  const svc = f.service;
  const svcGid = gid.service(svc.namespace, svc.name);
  const nodeGid = gid.node(nodeName);
  const spn = servicePortNameString(servicePortName(svc, f.port));
  // The proxier of the destination address's family handles the packet, with that family's endpoints only.
  const endpoints = endpointsForServicePort(ctx.state, svc, f.port, canonicalFamily(packet.dst.ip));
  const origin = originOf(sender, nodeName);
  const nodeZone = nodeByName(ctx.state, nodeName)?.zone;
  const d = kubeProxyDecision({ service: svc, port: f.port, via: f.via, nodeName, origin, endpoints, sourceIP: packet.src.ip, nodeZone });
  const slices = [...new Set(endpoints.map((e) => gid.endpointSlice(svc.namespace, e.slice)))];
  const base = {
    service: svcKey(svc), servicePort: spn, via: f.via, node: nodeName, origin,
    endpoints: endpoints.map(endpointString).join(',') || '-',
    externalTrafficPolicy: svc.service.spec.externalTrafficPolicy, internalTrafficPolicy: svc.service.spec.internalTrafficPolicy,
  };
  if (d.action === 'reject') {
    step(ctx, 'drop', 'proxy.reject.no-endpoints', base, { actor: nodeGid, from: at, to: svcGid, packet, touches: slices });
    return { ok: false, outcome: 'refused', reason: 'no-endpoints', packet };
  }
  if (d.action === 'drop' && d.comment === 'firewall') {
    step(ctx, 'drop', 'proxy.drop.source-ranges', { ...base, client: packet.src.ip, ranges: d.ranges.join(', ') }, { actor: nodeGid, from: at, to: svcGid, packet });
    return { ok: false, outcome: 'dropped', reason: 'lb-source-range', packet };
  }
  if (d.action === 'drop') {
    step(ctx, 'drop', `proxy.drop.no-local-endpoints.${d.policy}`, base, { actor: nodeGid, from: at, to: svcGid, packet, touches: slices });
    return { ok: false, outcome: 'dropped', reason: `no-local-endpoints-${d.policy}`, packet };
  }
  const sel = selectEndpoint({
    candidates: d.candidates, sessionAffinity: svc.service.spec.sessionAffinity, clientIP: packet.src.ip,
    seed: ctx.seed, requestIndex: ctx.requestIndex, servicePort: spn,
  });
  if (!sel) {
    step(ctx, 'drop', 'proxy.reject.no-endpoints', base, { actor: nodeGid, to: svcGid, packet });
    return { ok: false, outcome: 'refused', reason: 'no-endpoints', packet };
  }
  const target = sel.endpoint;
  step(ctx, 'proxy.select', 'proxy.select', {
    ...base, chain: d.chain, candidates: d.candidates.map(endpointString).join(','), chosen: endpointString(target),
    by: sel.by, byKey: `proxy.by.${sel.by}`, shortCircuit: d.shortCircuit, usesTerminating: d.usesTerminating,
  }, { actor: nodeGid, from: at, to: svcGid, packet, touches: [...slices, ...(target.pod ? [gid.pod(...(target.pod.split('/') as [string, string]))] : [])] });
  if (d.shortCircuit) step(ctx, 'note', 'proxy.note.short-circuit', { service: svcKey(svc), via: f.via }, { actor: nodeGid });
  if (d.usesTerminating) step(ctx, 'note', 'proxy.note.terminating-fallback', { service: svcKey(svc) }, { actor: nodeGid });
  else if (d.chain === 'cluster' && nodeZone && topologyModeFromHints(endpoints, nodeZone) === 'zone') {
    step(ctx, 'note', 'proxy.note.topology-zone', { service: svcKey(svc), zone: nodeZone }, { actor: nodeGid });
  }
  if (svc.service.spec.sessionAffinity === 'ClientIP') {
    step(ctx, 'note', 'proxy.note.session-affinity', { clientIP: packet.src.ip, timeout: svc.service.spec.sessionAffinityTimeoutSeconds }, { actor: nodeGid });
  }
  let out: Packet = { ...packet, dst: ep(target.ip, target.port) };
  step(ctx, 'net.dnat', `proxy.dnat.${f.via}`, { before: epStr(packet.dst), after: epStr(out.dst), service: svcKey(svc) }, { actor: nodeGid, touches: [svcGid], packet: out });
  const hairpin = origin === 'pod' && packet.src.ip === target.ip;
  const masq = d.masquerade ?? (hairpin ? 'hairpin' : null);
  if (masq) {
    const addr = masqueradeAddress(ctx, nodeName, target.ip);
    const before = out.src;
    out = { ...out, src: ep(addr?.ip ?? packet.src.ip, out.src.port) };
    step(ctx, 'net.snat', `proxy.snat.${masq}`, {
      before: epStr(before), after: epStr(out.src), node: nodeName, address: addr?.ip ?? packet.src.ip, podCIDR: addr?.podCIDR ?? '',
      addressKey: addr?.local ? 'proxy.snat.address.local' : 'proxy.snat.address.remote',
    }, { actor: nodeGid, packet: out });
  } else if (f.via !== 'clusterIP') {
    step(ctx, 'note', 'proxy.note.client-ip-preserved', { clientIP: packet.src.ip, policy: svc.service.spec.externalTrafficPolicy }, { actor: nodeGid });
  }
  return deliverToEndpoint(ctx, nodeGid, nodeName, out, f, sender.pod);
}
