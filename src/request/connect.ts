/**
 * One TCP connection, hop by hop: from a sender to a destination address, through kube-proxy's NAT on
 * whichever node handles it, through an L4 load balancer, until something accepts it (a pod, a world host,
 * a cloud L7 proxy) — or refuses it, drops it, or nothing answers.
 */
import type { SimIngressController, SimNode, SimPod, SimService } from '../cluster/state';
import type { WorldHost } from '../api/world';
import type { Ingress } from '../api/types';
import { gid, type GraphId } from '../graph/ids';
import type { Packet } from '../trace/types';
import { findFrontend, type ServiceFrontend } from '../proxy/servicePort';
import { ep, epStr, nodeByName, podByIP, podGid, podHasIP, step, type Ctx } from './context';
import { apiserverListens } from './apiserver';
import { healthCheckServiceOn } from './healthcheck';
import { loadBalancerHop } from './loadbalancer';
import { kubeProxyHop } from './kubeproxy';
import { placesOf, reachableFromOutside, type Place } from './where';
import type { ConnectReason } from './reasons';
import { runningContainers } from '../cluster/containers';
import { canonicalFamily } from '../cluster/ipmath';

/** Who opens the connection. */
export interface Sender {
  gid: GraphId;
  ip: string;
  kind: 'pod' | 'node' | 'external' | 'proxy';
  /** The node a pod/node sender's packets leave from. */
  nodeName?: string;
  pod?: SimPod;
  /** For external senders: which network they are on. */
  network?: 'lan' | 'internet';
}

export type Server =
  | { kind: 'pod'; pod: SimPod; port: number; service?: ServiceFrontend }
  | { kind: 'controller'; controller: SimIngressController; pod: SimPod; port: number }
  | { kind: 'host'; host: WorldHost; port: number; service?: ServiceFrontend }
  | { kind: 'cloudL7'; ingress: Ingress; controller: SimIngressController; port: number }
  /** kube-apiserver on a control-plane node (src/request/apiserver.ts). */
  | { kind: 'apiserver'; node: SimNode; port: number; service?: ServiceFrontend }
  /** kube-proxy's health check server for a Service's healthCheckNodePort (src/request/healthcheck.ts). */
  | { kind: 'healthcheck'; node: SimNode; service: SimService; port: number };

export type Connection =
  | { ok: true; server: Server; packet: Packet; at: GraphId }
  | { ok: false; outcome: 'refused' | 'timeout' | 'dropped'; reason: ConnectReason; packet: Packet };

export function connect(ctx: Ctx, sender: Sender, dst: { ip: string; port: number }, http?: Packet['http']): Connection {
  const own = addressesOf(sender);
  const family = canonicalFamily(dst.ip);
  // The kernel sends from an address of the destination's family: a dual-stack pod's IPv6 one to an IPv6 address.
  const srcIP = canonicalFamily(sender.ip) === family ? sender.ip : own?.find((a) => canonicalFamily(a) === family) ?? sender.ip;
  const packet: Packet = { protocol: 'TCP', src: ep(srcIP, 40000 + (ctx.requestIndex % 20000)), dst: ep(dst.ip, dst.port), http };
  if (own && !own.some((a) => canonicalFamily(a) === family)) {
    // No source address of the destination's family: the kernel finds no route and connect() fails at once
    // (ENETUNREACH), before any packet leaves.
    step(ctx, 'drop', 'request.drop.network-unreachable', { sender: sender.gid, family, addresses: own.join(', '), dst: epStr(packet.dst) }, { actor: sender.gid, packet });
    return { ok: false, outcome: 'refused', reason: 'network-unreachable', packet };
  }
  if ((sender.kind === 'pod' || sender.kind === 'node') && isLoopback(dst.ip)) return loopback(ctx, sender, packet);
  // In-cluster senders: kube-proxy on their own node sees the packet first (OUTPUT / PREROUTING KUBE-SERVICES).
  if ((sender.kind === 'pod' || sender.kind === 'node') && sender.nodeName) {
    const f = findFrontend(ctx.state, dst.ip, dst.port);
    if (f && f.via !== 'nodePort') {
      return kubeProxyHop(ctx, sender, sender.nodeName, packet, f, sender.gid);
    }
  }
  return route(ctx, sender, packet);
}

/**
 * The addresses a sender can send from, when the simulation knows all of them: a pod's status.podIPs (one per
 * family in a dual-stack cluster) and an outside client's one address. undefined for nodes and hostNetwork pods,
 * whose other-family addresses (a dual-stack node's second InternalIP) the simulation does not keep.
 */
function addressesOf(sender: Sender): readonly string[] | undefined {
  if (sender.kind === 'external') return [sender.ip];
  if (sender.kind !== 'pod' || !sender.pod || sender.pod.pod.spec.hostNetwork) return undefined;
  const ips = sender.pod.pod.status.podIPs;
  return ips.length > 0 ? ips : [sender.ip];
}

/** After any local NAT: deliver by destination address (`frontend`: the Service a DNAT already went through). */
export function route(ctx: Ctx, sender: Sender, packet: Packet, frontend?: ServiceFrontend): Connection {
  const places = placesOf(ctx.state, packet.dst.ip);
  const outside = sender.kind === 'external' ? sender.network ?? 'internet' : undefined;
  const pick = (k: Place['kind']) => places.find((p) => p.kind === k);

  if (outside) {
    const reachable = places.filter((p) => reachableFromOutside(p, outside));
    if (reachable.length === 0) {
      const what = places[0].kind;
      const reason = what === 'loadBalancer' ? 'internal-lb-from-internet'
        : what === 'pod' || what === 'clusterIP' ? 'cluster-network-not-routable'
        : what === 'externalIP' ? 'external-ip-not-routed'
        : what === 'unknown' ? 'no-such-address' : 'not-routable';
      step(ctx, 'drop', `request.drop.${reason}`, {
        dst: epStr(packet.dst), network: outside, kind: what,
        // Code values, rendered as words through keys (src/messages/render.ts expandParams).
        networkKey: `request.network.${outside}`, kindKey: `request.address-kind.${what}`,
      }, { actor: sender.gid, packet });
      return { ok: false, outcome: 'timeout', reason, packet };
    }
  }
  const node = pick('node');
  const lb = pick('loadBalancer');
  const l7 = pick('cloudL7');
  const pod = pick('pod');
  const host = pick('host');

  if (l7 && l7.kind === 'cloudL7') {
    const to = gid.cloudL7(l7.ingress.metadata.namespace, l7.ingress.metadata.name);
    const pkt = egressSNAT(ctx, sender, packet);
    step(ctx, 'net.send', 'request.send.cloud-l7', { dst: epStr(pkt.dst), ingress: `${l7.ingress.metadata.namespace}/${l7.ingress.metadata.name}` }, { from: sender.gid, to, packet: pkt });
    if (pkt.dst.port !== 80 && pkt.dst.port !== 443) {
      step(ctx, 'drop', 'request.drop.l7-port', { port: pkt.dst.port }, { actor: to, packet: pkt });
      return { ok: false, outcome: 'timeout', reason: 'l7-port-not-served', packet: pkt };
    }
    return { ok: true, server: { kind: 'cloudL7', ingress: l7.ingress, controller: l7.controller, port: pkt.dst.port }, packet: pkt, at: to };
  }
  if (lb && lb.kind === 'loadBalancer' && !node) {
    return loadBalancerHop(ctx, sender, egressSNAT(ctx, sender, packet), lb.service);
  }
  if (node && node.kind === 'node') {
    const to = gid.node(node.node.name);
    step(ctx, 'net.send', 'request.send.node', { dst: epStr(packet.dst), node: node.node.name }, { from: sender.gid, to, packet });
    const f = findFrontend(ctx.state, packet.dst.ip, packet.dst.port);
    if (f) return kubeProxyHop(ctx, sender, node.node.name, packet, f, to);
    const checked = healthCheckServiceOn(ctx.state, packet.dst.port);
    if (checked) return { ok: true, server: { kind: 'healthcheck', node: node.node, service: checked, port: packet.dst.port }, packet, at: to };
    if (apiserverListens(node.node, packet.dst.port)) {
      return { ok: true, server: { kind: 'apiserver', node: node.node, port: packet.dst.port, service: frontend }, packet, at: to };
    }
    step(ctx, 'drop', 'request.refused.node-port-closed', { node: node.node.name, port: packet.dst.port }, { actor: to, packet });
    return { ok: false, outcome: 'refused', reason: 'node-port-closed', packet };
  }
  if (pod && pod.kind === 'pod') return deliverToPod(ctx, sender.gid, sender.nodeName, pod.pod, packet);
  if (host && host.kind === 'host') return deliverToHost(ctx, sender, host.host, packet);
  const svc = pick('clusterIP') ?? pick('externalIP');
  if (svc && (svc.kind === 'clusterIP' || svc.kind === 'externalIP')) {
    step(ctx, 'drop', 'request.drop.service-port', { service: `${svc.service.namespace}/${svc.service.name}`, port: packet.dst.port }, { actor: sender.gid, to: gid.service(svc.service.namespace, svc.service.name), packet });
    return { ok: false, outcome: 'timeout', reason: 'service-port-not-defined', packet };
  }
  step(ctx, 'drop', 'request.drop.no-such-address', { dst: epStr(packet.dst) }, { actor: sender.gid, packet });
  return { ok: false, outcome: 'timeout', reason: 'no-such-address', packet };
}

/** The packet reaches a pod's network namespace; crossing nodes is shown as node → pod. */
export function deliverToPod(ctx: Ctx, from: GraphId, viaNode: string | undefined, pod: SimPod, packet: Packet, service?: ServiceFrontend): Connection {
  const to = podGid(pod);
  const hop = viaNode && viaNode !== pod.nodeName ? 'request.send.pod-remote' : 'request.send.pod';
  step(ctx, 'net.send', hop, { pod: `${pod.namespace}/${pod.name}`, node: pod.nodeName, ...{ src: epStr(packet.src), dst: epStr(packet.dst) } }, { from, to, touches: [gid.node(pod.nodeName)], packet });
  const ctl = ctx.state.ingressControllers.find((c) => c.podKeys.includes(`${pod.namespace}/${pod.name}`));
  if (ctl) return { ok: true, server: { kind: 'controller', controller: ctl, pod, port: packet.dst.port }, packet, at: to };
  const listening = listensOn(ctx, pod, packet.dst.port, service);
  if (!listening.ok) {
    // A pod that declares no containerPorts gets a key of its own, not "(declared containerPorts: )".
    const closed = listening.declared ? 'request.refused.pod-port-closed' : 'request.refused.pod-port-undeclared';
    step(ctx, 'drop', closed, { pod: `${pod.namespace}/${pod.name}`, port: packet.dst.port, declared: listening.declared }, { actor: to, packet });
    return { ok: false, outcome: 'refused', reason: 'pod-port-closed', packet };
  }
  return { ok: true, server: { kind: 'pod', pod, port: packet.dst.port, service }, packet, at: to };
}

/**
 * Does something in the pod listen on `port`? The simulation cannot run the image, so:
 * - a pod that declares containerPorts listens only on those (TCP) — the usual reading of a manifest, and
 *   what lint checks targetPorts against;
 * - a pod that declares none listens on every port a Service's EndpointSlice lists for it (its targetPorts
 *   — the author evidently expects it to) and on 80, the echo server's port. Kubernetes itself never checks:
 *   containerPorts are informational, and an undeclared port still works if the process listens on it.
 */
export function listensOn(ctx: Ctx, pod: SimPod, port: number, _service?: ServiceFrontend): { ok: boolean; declared: string } {
  const declared = runningContainers(pod.pod.spec).flatMap((c) => c.ports.filter((p) => p.protocol === 'TCP').map((p) => p.containerPort));
  if (declared.length > 0) return { ok: declared.includes(port), declared: declared.join(',') };
  if (port === 80) return { ok: true, declared: '' };
  const listed = ctx.state.endpointSlices.some((s) =>
    s.endpoints.some((e) => e.addresses.some((a) => podHasIP(pod, a))) && s.ports.some((p) => p.port === port));
  return { ok: listed, declared: '' };
}

/**
 * A pod's packet leaving the cluster (to a world host, or to a load balancer the node does not handle itself) is
 * masqueraded to its node's address, as the CNI's outgoing-NAT rule does for every destination outside the
 * cluster's networks. A hostNetwork pod already sends from its node's address: nothing to masquerade.
 */
function egressSNAT(ctx: Ctx, sender: Sender, packet: Packet): Packet {
  if (sender.kind !== 'pod' || !sender.nodeName || sender.pod?.pod.spec.hostNetwork) return packet;
  const node = nodeByName(ctx.state, sender.nodeName);
  if (!node) return packet;
  const pkt = { ...packet, src: ep(node.internalIP, packet.src.port) };
  step(ctx, 'net.snat', 'request.snat.egress', { before: epStr(packet.src), after: epStr(pkt.src), node: node.name }, { actor: gid.node(node.name), packet: pkt });
  return pkt;
}

function deliverToHost(ctx: Ctx, sender: Sender, host: WorldHost, packet: Packet, service?: ServiceFrontend): Connection {
  const to = gid.worldHost(host.name);
  const pkt = egressSNAT(ctx, sender, packet);
  step(ctx, 'net.send', 'request.send.host', { host: host.name, dst: epStr(pkt.dst) }, { from: sender.gid, to, packet: pkt });
  const ports = host.ports ?? [80, 443];
  if (!ports.includes(pkt.dst.port)) {
    step(ctx, 'drop', 'request.refused.host-port-closed', { host: host.name, port: pkt.dst.port }, { actor: to, packet: pkt });
    return { ok: false, outcome: 'refused', reason: 'host-port-closed', packet: pkt };
  }
  return { ok: true, server: { kind: 'host', host, port: pkt.dst.port, service }, packet: pkt, at: to };
}

/** After kube-proxy's DNAT: where the endpoint address leads (a pod, an outside host, nowhere). */
export function deliverToEndpoint(ctx: Ctx, from: GraphId, nodeName: string, packet: Packet, frontend: ServiceFrontend, senderPod?: SimPod): Connection {
  const pod = podByIP(ctx.state, packet.dst.ip);
  if (pod) return deliverToPod(ctx, from, nodeName, pod, packet, frontend);
  const places = placesOf(ctx.state, packet.dst.ip);
  const host = places.find((p) => p.kind === 'host');
  if (host && host.kind === 'host') {
    return deliverToHost(ctx, { gid: from, ip: packet.src.ip, kind: senderPod ? 'pod' : 'node', nodeName, pod: senderPod }, host.host, packet, frontend);
  }
  const node = places.find((p) => p.kind === 'node');
  if (node && node.kind === 'node') return route(ctx, { gid: from, ip: packet.src.ip, kind: 'node', nodeName }, packet, frontend);
  step(ctx, 'drop', 'request.drop.endpoint-unreachable', { endpoint: epStr(packet.dst), service: svcKey(frontend.service) }, { actor: from, packet });
  return { ok: false, outcome: 'timeout', reason: 'endpoint-unreachable', packet };
}

export function svcKey(s: SimService): string {
  return `${s.namespace}/${s.name}`;
}

/** 127.0.0.0/8 and ::1. */
export function isLoopback(ip: string): boolean {
  return /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(ip) || ip === '::1';
}

/**
 * A connection to a loopback address never leaves the sender's network namespace. A pod's is its own: the
 * pod itself answers if something listens, else the kernel answers RST — "connection refused", never a
 * timeout. A node's (or a hostNetwork pod's, which shares it) is the node's: kube-apiserver on a control-plane
 * node, a hostNetwork pod declaring the port, or a NodePort — kube-proxy's iptables mode accepts NodePorts
 * on localhost (--iptables-localhost-nodeports, default true).
 */
function loopback(ctx: Ctx, sender: Sender, packet: Packet): Connection {
  const pkt: Packet = { ...packet, src: ep(packet.dst.ip === '::1' ? '::1' : '127.0.0.1', packet.src.port) };
  const port = pkt.dst.port;
  const own = sender.pod && !sender.pod.pod.spec.hostNetwork ? sender.pod : undefined;
  if (own) {
    const ref = `${own.namespace}/${own.name}`;
    step(ctx, 'net.send', 'request.send.loopback-pod', { pod: ref, dst: epStr(pkt.dst) }, { actor: sender.gid, packet: pkt });
    const ctl = ctx.state.ingressControllers.find((c) => c.podKeys.includes(ref));
    if (ctl) return { ok: true, server: { kind: 'controller', controller: ctl, pod: own, port }, packet: pkt, at: sender.gid };
    const listening = listensOn(ctx, own, port);
    if (!listening.ok) {
      const closed = listening.declared ? 'request.refused.pod-port-closed' : 'request.refused.pod-port-undeclared';
      step(ctx, 'drop', closed, { pod: ref, port, declared: listening.declared }, { actor: sender.gid, packet: pkt });
      return { ok: false, outcome: 'refused', reason: 'pod-port-closed', packet: pkt };
    }
    return { ok: true, server: { kind: 'pod', pod: own, port }, packet: pkt, at: sender.gid };
  }
  const node = sender.nodeName ? nodeByName(ctx.state, sender.nodeName) : undefined;
  if (!node) {
    step(ctx, 'drop', 'request.drop.no-such-address', { dst: epStr(pkt.dst) }, { actor: sender.gid, packet: pkt });
    return { ok: false, outcome: 'timeout', reason: 'no-such-address', packet: pkt };
  }
  const at = gid.node(node.name);
  step(ctx, 'net.send', 'request.send.loopback-node', { node: node.name, dst: epStr(pkt.dst) }, { actor: sender.gid, touches: [at], packet: pkt });
  const f = findFrontend(ctx.state, node.internalIP, port);
  if (f && f.via === 'nodePort' && isLoopback(pkt.dst.ip) && !pkt.dst.ip.includes(':')) {
    step(ctx, 'note', 'request.loopback.nodeport', { node: node.name, port }, { actor: at });
    return kubeProxyHop(ctx, sender, node.name, pkt, f, at);
  }
  if (apiserverListens(node, port)) return { ok: true, server: { kind: 'apiserver', node, port }, packet: pkt, at };
  const hostPod = ctx.state.pods.find((p) => p.nodeName === node.name && p.pod.spec.hostNetwork
    && runningContainers(p.pod.spec).some((c) => c.ports.some((cp) => cp.protocol === 'TCP' && cp.containerPort === port)));
  if (hostPod) return { ok: true, server: { kind: 'pod', pod: hostPod, port }, packet: pkt, at: podGid(hostPod) };
  step(ctx, 'drop', 'request.refused.loopback-closed', { node: node.name, dst: epStr(pkt.dst) }, { actor: at, packet: pkt });
  return { ok: false, outcome: 'refused', reason: 'node-port-closed', packet: pkt };
}
