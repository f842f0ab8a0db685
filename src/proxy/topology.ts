/**
 * Which endpoints a node's kube-proxy may use for a Service port: a port of pkg/proxy/topology.go
 * `CategorizeEndpoints`, with its zone hints (topologyModeFromHints; node hints, PreferSameNode, are not modelled).
 *
 * - Topology: when every ready endpoint has a zone hint and one is hinted for this node's zone
 *   (topology.kubernetes.io/zone), the Cluster policy only uses the endpoints hinted for that zone; otherwise the
 *   hints are ignored. The terminating fallback and the Local policy ignore hints.
 * - Cluster policy uses every Ready endpoint; if there is none anywhere, it falls back to endpoints that
 *   are Serving and Terminating (KEP-1669, ProxyTerminatingEndpoints, GA in 1.28).
 * - Local policy uses the Ready endpoints on this node; if none, this node's Serving+Terminating ones.
 * - `hasAnyEndpoints` says whether the Service has usable endpoints anywhere: when false, kube-proxy
 *   installs a REJECT rule ("has no endpoints"); when true but the chosen policy finds none on this node,
 *   a DROP rule ("has no local endpoints") — see pkg/proxy/iptables/proxier.go.
 */
import type { ProxyEndpoint } from './endpoints';

export interface TrafficPolicies {
  /** internalTrafficPolicy: Local. */
  internalLocal: boolean;
  /** externalTrafficPolicy: Local — only meaningful when the Service is externally accessible. */
  externalLocal: boolean;
  externallyAccessible: boolean;
}

export interface CategorizedEndpoints {
  clusterEndpoints: ProxyEndpoint[] | null;
  localEndpoints: ProxyEndpoint[] | null;
  allReachableEndpoints: ProxyEndpoint[];
  hasAnyEndpoints: boolean;
  /** Local endpoints are Serving+Terminating ones, used because none was Ready. */
  localUsesTerminating: boolean;
  clusterUsesTerminating: boolean;
}

/**
 * `ServicePort.UsesClusterEndpoints()` (pkg/proxy/serviceport.go): internal Cluster, or any externally accessible
 * Service — "Even if the external traffic policy is Local, we need Cluster endpoints to implement short
 * circuiting": a pod or the node reaching a nodePort / external IP / LB IP of an ITP Local + ETP Local Service is
 * sent to every endpoint of the cluster.
 */
export function usesClusterEndpoints(p: TrafficPolicies): boolean {
  return !p.internalLocal || p.externallyAccessible;
}

/** `ServicePort.UsesLocalEndpoints()`: internal Local, or external Local on an externally accessible Service. */
export function usesLocalEndpoints(p: TrafficPolicies): boolean {
  return p.internalLocal || (p.externallyAccessible && p.externalLocal);
}

/** topologyModeFromHints, zone part: 'zone' when the hints can be used on a node of this zone, else ''. */
export function topologyModeFromHints(endpoints: readonly ProxyEndpoint[], zone: string | undefined): 'zone' | '' {
  let hasEndpointForZone = false;
  for (const ep of endpoints) {
    if (!ep.ready) continue;
    if (!ep.zoneHints || ep.zoneHints.length === 0) return '';
    if (zone && ep.zoneHints.includes(zone)) hasEndpointForZone = true;
  }
  return zone && hasEndpointForZone ? 'zone' : '';
}

export function categorizeEndpoints(
  endpoints: readonly ProxyEndpoint[], policies: TrafficPolicies, nodeName: string, zone?: string,
): CategorizedEndpoints {
  const out: CategorizedEndpoints = {
    clusterEndpoints: null, localEndpoints: null, allReachableEndpoints: [], hasAnyEndpoints: false,
    localUsesTerminating: false, clusterUsesTerminating: false,
  };
  if (endpoints.length === 0) return out;
  const isLocal = (ep: ProxyEndpoint) => ep.nodeName === nodeName;
  const servingTerminating = (ep: ProxyEndpoint) => ep.serving && ep.terminating;

  if (usesClusterEndpoints(policies)) {
    const byZone = topologyModeFromHints(endpoints, zone) === 'zone';
    let cluster = endpoints.filter((ep) => ep.ready && (!byZone || (ep.zoneHints ?? []).includes(zone ?? '')));
    if (cluster.length === 0) {
      cluster = endpoints.filter(servingTerminating);
      out.clusterUsesTerminating = cluster.length > 0;
    }
    out.clusterEndpoints = cluster;
    if (cluster.length > 0) out.hasAnyEndpoints = true;
  }
  if (!usesLocalEndpoints(policies)) {
    out.allReachableEndpoints = out.clusterEndpoints ?? [];
    return out;
  }
  let localReady = false;
  let localST = false;
  for (const ep of endpoints) {
    if (ep.ready) {
      out.hasAnyEndpoints = true;
      if (isLocal(ep)) localReady = true;
    } else if (servingTerminating(ep)) {
      out.hasAnyEndpoints = true;
      if (isLocal(ep)) localST = true;
    }
  }
  if (localReady) out.localEndpoints = endpoints.filter((ep) => isLocal(ep) && ep.ready);
  else if (localST) {
    out.localUsesTerminating = true;
    out.localEndpoints = endpoints.filter((ep) => isLocal(ep) && servingTerminating(ep));
  } else out.localEndpoints = [];

  if (!usesClusterEndpoints(policies)) {
    out.allReachableEndpoints = out.localEndpoints;
    return out;
  }
  const merged = new Map<string, ProxyEndpoint>();
  for (const ep of [...(out.clusterEndpoints ?? []), ...out.localEndpoints]) merged.set(`${ep.ip}:${ep.port}`, ep);
  out.allReachableEndpoints = [...merged.values()];
  return out;
}
