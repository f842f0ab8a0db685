/**
 * What an address is in the simulated world, and who can reach it.
 * The cluster's pod and service networks are private to the cluster: a client on the LAN or the internet
 * has no route to a pod IP or a cluster IP (https://kubernetes.io/docs/concepts/services-networking/cluster-ip-allocation/,
 * "ClusterIP: reachable only from within the cluster"). Node internal IPs and internal load balancers live on
 * the LAN/VNet; public load balancers, node external IPs, cloud L7 addresses and internet hosts are public.
 */
import type { Ingress } from '../api/types';
import type { WorldHost } from '../api/world';
import type { ClusterState, SimIngressController, SimNode, SimPod, SimService } from '../cluster/state';
import { claimingControllers } from '../ingress/class';
import { podByIP } from './context';

export type Place =
  | { kind: 'pod'; pod: SimPod }
  | { kind: 'node'; node: SimNode; address: 'internal' | 'external' }
  | { kind: 'clusterIP'; service: SimService }
  | { kind: 'loadBalancer'; service: SimService }
  | { kind: 'externalIP'; service: SimService }
  | { kind: 'cloudL7'; ingress: Ingress; controller: SimIngressController }
  | { kind: 'host'; host: WorldHost; network: 'lan' | 'internet' }
  | { kind: 'unknown' };

/** Everything the address is (an externalIP can also be a node's IP), most specific first. */
export function placesOf(state: ClusterState, ip: string): Place[] {
  const out: Place[] = [];
  const pod = podByIP(state, ip);
  if (pod) out.push({ kind: 'pod', pod });
  for (const svc of state.services) {
    if (svc.clusterIPs.includes(ip)) out.push({ kind: 'clusterIP', service: svc });
    if (svc.loadBalancerIngress.some((i) => i.ip === ip)) out.push({ kind: 'loadBalancer', service: svc });
    if (svc.service.spec.externalIPs.includes(ip)) out.push({ kind: 'externalIP', service: svc });
  }
  for (const node of state.nodes) {
    if (node.internalIP === ip) out.push({ kind: 'node', node, address: 'internal' });
    if (node.externalIP === ip) out.push({ kind: 'node', node, address: 'external' });
  }
  for (const ing of state.ingresses) {
    const addrs = state.ingressAddresses[`${ing.metadata.namespace}/${ing.metadata.name}`] ?? ing.status.loadBalancer.ingress;
    if (!addrs.some((a) => a.ip === ip)) continue;
    const claim = claimingControllers(state, ing).find((c) => c.controller.spec.style === 'cloud-l7');
    if (claim) out.push({ kind: 'cloudL7', ingress: ing, controller: claim.controller });
  }
  for (const host of state.world.lan.hosts) if (host.ip === ip) out.push({ kind: 'host', host, network: 'lan' });
  for (const host of state.world.internet.hosts) if (host.ip === ip) out.push({ kind: 'host', host, network: 'internet' });
  if (out.length === 0) out.push({ kind: 'unknown' });
  return out;
}

/**
 * Can a client outside the cluster reach this place at all (routing only)? `lan` clients reach the LAN and
 * the internet; `internet` clients only public addresses.
 */
export function reachableFromOutside(place: Place, network: 'lan' | 'internet'): boolean {
  switch (place.kind) {
    case 'pod':
    case 'clusterIP':
    case 'unknown':
      return false;
    case 'node':
      return network === 'lan' || place.address === 'external';
    case 'loadBalancer':
      return network === 'lan' || !place.service.internalLoadBalancer;
    case 'externalIP':
      return false; // only when it is also a node's address (handled as that node)
    case 'cloudL7':
      return true;
    case 'host':
      return network === 'lan' || place.network === 'internet';
    default: {
      const never: never = place;
      return never;
    }
  }
}
