/**
 * The cluster as CoreDNS's kubernetes plugin sees it: the informer caches and their indexes
 * (plugin/kubernetes/controller.go: SvcIndex, SvcIndexReverse, EpIndex, EpIndexReverse, PodIndex,
 * GetNamespaceByName), built once per simulation in one linear pass over the ClusterState.
 *
 * EndpointSlices are converted the way object.EndpointSliceToEndpoints does it: one "Endpoints" per slice,
 * keyed by its `kubernetes.io/service-name` label, keeping only ready endpoints (a nil `ready` counts as
 * ready; the EndpointSlice controller already turned `publishNotReadyAddresses` into ready=true), with a
 * port-less slice getting the sentinel port -1 so its addresses still produce A records.
 * FQDN slices (deprecated) are skipped: nothing in the simulation writes them.
 */
import type { CoreDNSConfig } from '../api/world';
import { LABEL_SERVICE_NAME, type EndpointSlice, type ObjectReference } from '../api/types';
import { IdentityMemo } from '../cluster/memo';
import type { ClusterState, SimPod, SimService } from '../cluster/state';
import { canonicalIP, fqdn, isReverse } from './names';

export interface ZoneEndpointAddress {
  ip: string;
  /** Endpoint hostname (StatefulSet pods, hostname+subdomain pods). */
  hostname?: string;
  /** targetRef.name when shorter than 64 characters (longer names cannot be a DNS label). */
  targetRefName?: string;
  targetRef?: ObjectReference;
}

export interface ZoneEndpointPort {
  /** -1: the sentinel for "no ports declared". */
  port: number;
  name: string;
  protocol: string;
}

/** object.Endpoints: one EndpointSlice, reduced to what DNS needs. */
export interface ZoneEndpoints {
  /** The slice's own name. */
  name: string;
  namespace: string;
  /** The Service it belongs to (the service-name label). */
  service: string;
  addresses: readonly ZoneEndpointAddress[];
  ports: readonly ZoneEndpointPort[];
}

export interface DnsZone {
  /** The cluster domain, e.g. 'cluster.local'. */
  domain: string;
  /** The plugin's zones, absolute ('cluster.local.', 'in-addr.arpa.', 'ip6.arpa.' …). */
  zones: readonly string[];
  /** The first non-reverse zone: where PTR targets and SOA names live (k.primaryZone()). */
  primaryZone: string;
  config: CoreDNSConfig;
  /** kube-dns's cluster IP: what the NS records and `ns.dns.<zone>` answer. */
  dnsServiceIP: string;
  namespaces: ReadonlySet<string>;
  /** SvcIndex: key `name.namespace` (lower case). */
  services: ReadonlyMap<string, SimService>;
  /** EpIndex: key `service.namespace` (lower case). */
  endpoints: ReadonlyMap<string, readonly ZoneEndpoints[]>;
  /** SvcIndexReverse: cluster IP → Services. */
  servicesByIP: ReadonlyMap<string, readonly SimService[]>;
  /** EpIndexReverse: endpoint IP → the Endpoints holding it. */
  endpointsByIP: ReadonlyMap<string, readonly ZoneEndpoints[]>;
  /** PodIndex: pod IP → pods (for `pods verified`). */
  podsByIP: ReadonlyMap<string, readonly SimPod[]>;
  /** Pods by `namespace/name` (for the stub resolver's resolv.conf). */
  pods: ReadonlyMap<string, SimPod>;
}

/** object.ServiceKey / EndpointsKey. */
export function serviceKey(name: string, namespace: string): string {
  return `${name}.${namespace}`.toLowerCase();
}

function push<K, V>(m: Map<K, V[]>, k: K, v: V): void {
  const list = m.get(k);
  if (list) list.push(v);
  else m.set(k, [v]);
}

/**
 * What buildZone memoizes for an engine: object.EndpointSliceToEndpoints of each slice. It is pure in the
 * (immutable) slice, and reconcile hands back the same slice objects while their Service and pods are
 * unchanged, so a re-simulation converts only the new slices.
 */
export interface ZoneMemory {
  endpoints: IdentityMemo<EndpointSlice, ZoneEndpoints>;
}

export function createZoneMemory(): ZoneMemory {
  return { endpoints: new IdentityMemo() };
}

/** object.EndpointSliceToEndpoints for one slice. */
function zoneEndpoints(slice: EndpointSlice, memo: IdentityMemo<EndpointSlice, ZoneEndpoints> | undefined): ZoneEndpoints {
  const hit = memo?.get(slice);
  if (hit) return hit;
  const service = slice.metadata.labels[LABEL_SERVICE_NAME] ?? '';
  const addresses: ZoneEndpointAddress[] = [];
  for (const ep of slice.endpoints) {
    if (!ep.conditions.ready) continue;
    for (const ip of ep.addresses) {
      addresses.push({
        ip: canonicalIP(ip),
        hostname: ep.hostname || undefined,
        targetRefName: ep.targetRef && ep.targetRef.name.length < 64 ? ep.targetRef.name : undefined,
        targetRef: ep.targetRef,
      });
    }
  }
  const ports: ZoneEndpointPort[] = slice.ports.length
    ? slice.ports.map((p) => ({ port: p.port ?? -1, name: p.name, protocol: p.protocol }))
    : [{ port: -1, name: '', protocol: '' }];
  const eps: ZoneEndpoints = { name: slice.metadata.name, namespace: slice.metadata.namespace, service, addresses, ports };
  memo?.set(slice, eps);
  return eps;
}

/** The zone CoreDNS's kubernetes plugin serves from the cluster. `memory`: an engine's, reused from its previous zone. */
export function buildZone(state: ClusterState, memory?: ZoneMemory): DnsZone {
  memory?.endpoints.advance();
  const cfg = state.world.cluster.coredns;
  const domain = state.world.cluster.domain;
  // No zones: the Corefile has no kubernetes plugin, and every query is forwarded.
  const zones = cfg.zones.map((z) => fqdn(z).toLowerCase());
  const primaryZone = zones.find((z) => !isReverse(z)) ?? fqdn(domain).toLowerCase();

  const services = new Map<string, SimService>();
  const servicesByIP = new Map<string, SimService[]>();
  for (const s of state.services) {
    services.set(serviceKey(s.name, s.namespace), s);
    for (const ip of s.clusterIPs) push(servicesByIP, canonicalIP(ip), s);
  }

  const endpoints = new Map<string, ZoneEndpoints[]>();
  const endpointsByIP = new Map<string, ZoneEndpoints[]>();
  for (const slice of state.endpointSlices) {
    if (slice.addressType === 'FQDN') continue;
    const eps = zoneEndpoints(slice, memory?.endpoints);
    push(endpoints, serviceKey(eps.service, eps.namespace), eps);
    for (const a of eps.addresses) push(endpointsByIP, a.ip, eps);
  }

  const podsByIP = new Map<string, SimPod[]>();
  const pods = new Map<string, SimPod>();
  for (const p of state.pods) {
    pods.set(`${p.namespace}/${p.name}`, p);
    if (p.podIP) push(podsByIP, canonicalIP(p.podIP), p);
  }

  return {
    domain,
    zones,
    primaryZone,
    config: cfg,
    dnsServiceIP: state.world.cluster.dnsServiceIP,
    namespaces: new Set(state.namespaces),
    services,
    endpoints,
    servicesByIP,
    endpointsByIP,
    podsByIP,
    pods,
  };
}
