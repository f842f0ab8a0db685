/**
 * kube-proxy's view of a Service: one entry per (Service, port), named like upstream's `ServicePortName`
 * (pkg/proxy/types.go: namespace/name:portName), and the frontends that lead to it — the cluster IP,
 * every node's nodePort, spec.externalIPs and the load balancer's status addresses
 * (https://kubernetes.io/docs/reference/networking/virtual-ips/).
 */
import type { Protocol, ServicePort } from '../api/types';
import type { ClusterState, SimService } from '../cluster/state';

export interface ServicePortName {
  namespace: string;
  name: string;
  /** The Service port's name ('' when unnamed). */
  port: string;
  protocol: Protocol;
}

/** Upstream's `ServicePortName.String()`: "ns/name:port", or "ns/name" for an unnamed port. */
export function servicePortNameString(spn: ServicePortName): string {
  return spn.port ? `${spn.namespace}/${spn.name}:${spn.port}` : `${spn.namespace}/${spn.name}`;
}

export type FrontendKind = 'clusterIP' | 'nodePort' | 'externalIP' | 'loadBalancer';

export interface ServiceFrontend {
  service: SimService;
  port: ServicePort;
  via: FrontendKind;
}

/**
 * The load-balancer IPs kube-proxy programs (pkg/proxy/serviceport.go newBaseServiceInfo): only those in VIP mode.
 * With `ipMode: Proxy` the load balancer rewrites the destination itself, so a node leaves that IP alone and
 * traffic from inside the cluster goes out to the load balancer like anyone else's.
 */
export function vipLoadBalancerIPs(svc: SimService): string[] {
  const out: string[] = [];
  for (const i of svc.loadBalancerIngress) if (i.ip !== undefined && i.ipMode !== 'Proxy') out.push(i.ip);
  return out;
}

/** Services kube-proxy programs: not headless, not ExternalName (both have no virtual IP). */
export function isProxied(svc: SimService): boolean {
  return !svc.headless && svc.service.spec.type !== 'ExternalName' && svc.clusterIPs.length > 0;
}

/**
 * "Externally accessible" in kube-proxy's sense (pkg/proxy/serviceport.go ExternallyAccessible):
 * it has a nodePort, an external IP or a load-balancer address. externalTrafficPolicy only applies to these.
 */
export function externallyAccessible(svc: SimService): boolean {
  return (
    svc.service.spec.ports.some((p) => p.nodePort !== undefined) ||
    svc.service.spec.externalIPs.length > 0 ||
    vipLoadBalancerIPs(svc).length > 0
  );
}

export function servicePortName(svc: SimService, port: ServicePort): ServicePortName {
  return { namespace: svc.namespace, name: svc.name, port: port.name, protocol: port.protocol };
}

/** The node IPs a nodePort listens on (kube-proxy's default --nodeport-addresses: all of the node's IPs). */
export function nodeAddresses(state: ClusterState): Map<string, string> {
  const byIP = new Map<string, string>();
  for (const n of state.nodes) {
    byIP.set(n.internalIP, n.name);
    if (n.externalIP) byIP.set(n.externalIP, n.name);
  }
  return byIP;
}

/**
 * Which Service port a packet to ip:port/protocol hits, and through which frontend — the order of
 * kube-proxy's KUBE-SERVICES chain: cluster IP, external IPs, load-balancer IPs, then KUBE-NODEPORTS
 * for destinations that are the node's own addresses. `null` when nothing matches.
 */
export function findFrontend(
  state: ClusterState, ip: string, port: number, protocol: Protocol = 'TCP',
): ServiceFrontend | null {
  const proxied = state.services.filter(isProxied);
  const match = (svc: SimService, via: FrontendKind, pick: (p: ServicePort) => boolean): ServiceFrontend | null => {
    const p = svc.service.spec.ports.find((sp) => sp.protocol === protocol && pick(sp));
    return p ? { service: svc, port: p, via } : null;
  };
  for (const svc of proxied) {
    if (svc.clusterIPs.includes(ip)) {
      const f = match(svc, 'clusterIP', (p) => p.port === port);
      if (f) return f;
    }
  }
  for (const svc of proxied) {
    if (svc.service.spec.externalIPs.includes(ip)) {
      const f = match(svc, 'externalIP', (p) => p.port === port);
      if (f) return f;
    }
  }
  for (const svc of proxied) {
    if (vipLoadBalancerIPs(svc).includes(ip)) {
      const f = match(svc, 'loadBalancer', (p) => p.port === port);
      if (f) return f;
    }
  }
  if (nodeAddresses(state).has(ip)) {
    for (const svc of proxied) {
      const f = match(svc, 'nodePort', (p) => p.nodePort === port);
      if (f) return f;
    }
  }
  return null;
}

/** A Service that owns the IP at all (any port), to tell "wrong port" from "unknown address". */
export function serviceOwningIP(state: ClusterState, ip: string): { service: SimService; via: FrontendKind } | null {
  for (const svc of state.services) {
    if (svc.clusterIPs.includes(ip)) return { service: svc, via: 'clusterIP' };
  }
  for (const svc of state.services) {
    if (svc.service.spec.externalIPs.includes(ip)) return { service: svc, via: 'externalIP' };
  }
  for (const svc of state.services) {
    if (svc.loadBalancerIngress.some((i) => i.ip === ip)) return { service: svc, via: 'loadBalancer' };
  }
  return null;
}
