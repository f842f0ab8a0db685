/**
 * The endpoints kube-proxy knows for one Service port, read from EndpointSlices the way
 * pkg/proxy/endpointslicecache.go does: every slice labelled `kubernetes.io/service-name: <svc>` in the
 * Service's namespace, address type IPv4/IPv6 (FQDN slices are ignored), the slice port whose name equals
 * the Service port's name (and protocol), first address of each endpoint.
 */
import type { EndpointSlice, ServicePort } from '../api/types';
import type { IPFamily } from '../cluster/ipmath';
import { slicesOfService } from '../cluster/lookup';
import type { ClusterState, SimService } from '../cluster/state';

export interface ProxyEndpoint {
  ip: string;
  port: number;
  ready: boolean;
  serving: boolean;
  terminating: boolean;
  nodeName?: string;
  /** 'ns/name' of the Pod behind it, when the slice says so (targetRef). */
  pod?: string;
  /** The EndpointSlice it came from. */
  slice: string;
  /** hints.forZones names (topology-aware routing, trafficDistribution). */
  zoneHints?: readonly string[];
}

/** "ip:port", kube-proxy's `Endpoint.String()` (net.JoinHostPort: an IPv6 address in brackets). */
export function endpointString(ep: { ip: string; port: number }): string {
  return ep.ip.includes(':') ? `[${ep.ip}]:${ep.port}` : `${ep.ip}:${ep.port}`;
}

export function slicesForService(state: ClusterState, svc: SimService): EndpointSlice[] {
  return slicesOfService(state, svc.namespace, svc.name);
}

/**
 * Endpoints for a Service port. Duplicates (the same ip:port in two slices, e.g. during mirroring) are
 * merged keeping the first, as the endpoint slice cache does. Sorted by ip:port for a stable order.
 * `family`: only the slices of that address type. kube-proxy runs one proxier per IP family, and its
 * metaProxier hands each EndpointSlice to the proxier of the slice's addressType
 * (pkg/proxy/metaproxier/meta_proxier.go OnEndpointSliceAdd), so a connection to a Service's IPv6 address is
 * only ever sent to IPv6 endpoints, and to IPv4 ones for an IPv4 address.
 */
export function endpointsForServicePort(state: ClusterState, svc: SimService, port: ServicePort, family?: IPFamily): ProxyEndpoint[] {
  const seen = new Set<string>();
  const out: ProxyEndpoint[] = [];
  for (const slice of slicesForService(state, svc)) {
    if (slice.addressType === 'FQDN') continue;
    if (family && slice.addressType !== family) continue;
    const sp = slice.ports.find((p) => p.name === port.name && p.protocol === port.protocol);
    if (!sp || sp.port === undefined) continue;
    for (const ep of slice.endpoints) {
      const ip = ep.addresses[0];
      if (!ip) continue;
      const key = `${ip}:${sp.port}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const ref = ep.targetRef;
      out.push({
        ip,
        port: sp.port,
        ready: ep.conditions.ready,
        serving: ep.conditions.serving,
        terminating: ep.conditions.terminating,
        nodeName: ep.nodeName,
        pod: ref && ref.kind === 'Pod' ? `${ref.namespace ?? slice.metadata.namespace}/${ref.name}` : undefined,
        slice: slice.metadata.name,
        ...(ep.hints && ep.hints.forZones.length > 0 ? { zoneHints: ep.hints.forZones.map((z) => z.name) } : {}),
      });
    }
  }
  return out.sort((a, b) => compareIPPort(a, b));
}

function compareIPPort(a: { ip: string; port: number }, b: { ip: string; port: number }): number {
  const pa = a.ip.split('.').map(Number);
  const pb = b.ip.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0 && !Number.isNaN(d)) return d;
  }
  return a.ip.localeCompare(b.ip) || a.port - b.port;
}
