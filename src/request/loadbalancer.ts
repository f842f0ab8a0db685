/**
 * An L4 load balancer in front of a `type: LoadBalancer` Service (the cloud provider's, or MetalLB-like):
 * it forwards the connection to a node's nodePort, keeping the client's source address.
 * The node pool excludes nodes labelled `node.kubernetes.io/exclude-from-external-load-balancers`
 * (kubeadm puts it on control-plane nodes) and nodes that are not Ready (loadBalancerNodes). With externalTrafficPolicy Local
 * the LB health-checks `healthCheckNodePort` on every node, and only nodes with a local ready endpoint pass
 * (https://kubernetes.io/docs/tasks/access-application-cluster/create-external-load-balancer/#preserving-the-client-source-ip),
 * so traffic never lands on a node that would drop it.
 * With loadBalancerSourceRanges (or its annotation) the provider's firewall lets only those clients in.
 */
import { gid } from '../graph/ids';
import { LABEL_EXCLUDE_FROM_LB } from '../cluster/nodes';
import type { ClusterState, SimNode, SimService } from '../cluster/state';
import type { Packet } from '../trace/types';
import { seededIndex } from '../proxy/hash';
import { cloudSourceRanges, sourceAllowed } from '../proxy/sourceRanges';
import { ep, epStr, step, type Ctx } from './context';
import { route, svcKey, type Connection, type Sender } from './connect';
import { localReadyEndpointCount } from './healthcheck';

export { LABEL_EXCLUDE_FROM_LB };

/**
 * The nodes a load balancer sends to: Ready, and not labelled exclude-from-external-load-balancers — the
 * service controller's nodeIncludedPredicate (k8s.io/cloud-provider controllers/service). Being a control plane
 * is not a reason by itself: kubeadm labels its control-plane nodes so (kind removes the label again on a
 * single-node cluster), and a Node without the label is a backend like any other.
 */
export function loadBalancerNodes(state: ClusterState): SimNode[] {
  return state.nodes.filter((n) => n.ready && n.labels[LABEL_EXCLUDE_FROM_LB] === undefined);
}

export function loadBalancerHop(ctx: Ctx, sender: Sender, packet: Packet, svc: SimService): Connection {
  const lbGid = gid.loadBalancer(svc.namespace, svc.name);
  const spec = svc.service.spec;
  step(ctx, 'net.send', 'request.send.lb', { dst: epStr(packet.dst), service: svcKey(svc), internal: svc.internalLoadBalancer }, { from: sender.gid, to: lbGid, packet });
  const port = spec.ports.find((p) => p.port === packet.dst.port && p.protocol === 'TCP');
  if (!port || port.nodePort === undefined) {
    step(ctx, 'drop', 'request.drop.lb-port', { port: packet.dst.port, service: svcKey(svc) }, { actor: lbGid, packet });
    return { ok: false, outcome: 'timeout', reason: 'lb-port-not-listened', packet };
  }
  // The provider's firewall in front of the load balancer (src/proxy/sourceRanges.ts).
  const ranges = cloudSourceRanges(svc);
  if (!sourceAllowed(ranges, packet.src.ip, 'cloud')) {
    step(ctx, 'drop', 'lb.drop.source-ranges', { service: svcKey(svc), client: packet.src.ip, ranges: ranges.join(', ') }, { actor: lbGid, packet });
    return { ok: false, outcome: 'timeout', reason: 'lb-source-range', packet };
  }
  const pool = loadBalancerNodes(ctx.state);
  let healthy = pool;
  if (spec.externalTrafficPolicy === 'Local') {
    // kube-proxy's health check server (healthCheckNodePort) counts only Ready local endpoints: "the health check
    // signal should fail if there are only terminating endpoints on a node" (pkg/proxy/endpointschangetracker.go,
    // LocalReadyEndpoints), so the load balancer drains such a node. Traffic already on a node may still use its
    // terminating endpoints (KEP-1669, the kube-proxy hop); the load balancer just stops sending new connections.
    // It counts per Service, not per port (LocalReadyEndpoints keys by NamespacedName): a node whose only local
    // endpoints serve another port of the Service still passes, and kube-proxy there drops this port's traffic.
    // src/request/healthcheck.ts answers the same probe to curl.
    healthy = pool.filter((n) => localReadyEndpointCount(ctx.state, svc, n.name) > 0);
    step(ctx, 'note', 'lb.note.health-check', {
      healthCheckNodePort: spec.healthCheckNodePort ?? 0, healthy: healthy.map((n) => n.name).join(',') || '-', pool: pool.map((n) => n.name).join(','),
    }, { actor: lbGid });
  }
  if (healthy.length === 0) {
    step(ctx, 'drop', 'lb.drop.no-healthy-nodes', { service: svcKey(svc) }, { actor: lbGid, packet });
    return { ok: false, outcome: 'timeout', reason: 'no-healthy-nodes', packet };
  }
  const node = healthy[seededIndex(healthy.length, 'lb', ctx.seed, packet.src.ip, ctx.requestIndex, svcKey(svc))];
  const out: Packet = { ...packet, dst: ep(node.internalIP, port.nodePort) };
  step(ctx, 'lb.select', 'lb.select', { node: node.name, nodePort: port.nodePort, candidates: healthy.map((n) => n.name).join(',') }, { actor: lbGid, to: gid.node(node.name) });
  step(ctx, 'net.dnat', 'lb.dnat', { before: epStr(packet.dst), after: epStr(out.dst) }, { actor: lbGid, packet: out });
  // The LB sits in the provider's network, next to the nodes' internal addresses.
  return route(ctx, { gid: lbGid, ip: packet.src.ip, kind: 'external', network: 'lan' }, out);
}
