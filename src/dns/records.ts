/**
 * The kubernetes plugin's backend: which "services" (CoreDNS's msg.Service: a host, a port, a target name)
 * a query name stands for, or a name error. A faithful port of plugin/kubernetes/{parse.go, kubernetes.go
 * (Services, Records, findServices, findPods, endpointHostname), reverse.go, ns.go}, so every NXDOMAIN vs
 * NODATA decision is the one CoreDNS makes. The schema is the Kubernetes DNS-Based Service Discovery spec
 * (github.com/kubernetes/dns/blob/master/docs/specification.md, schema version 1.1.0).
 *
 * Wildcard queries (`*.default.svc…`, `any`) were deprecated and then removed from CoreDNS: `*` is treated
 * here as an ordinary label, so it matches nothing (NXDOMAIN), as in current CoreDNS.
 */
import type { GraphId } from '../graph/ids';
import { gid } from '../graph/ids';
import type { SimService } from '../cluster/state';
import { addressFromReverse, ipFamily, isReverse, labels, trimZone } from './names';
import { serviceKey, type DnsZone, type ZoneEndpointAddress } from './zone';
import type { QType } from './types';

/** DNSSchemaVersion, answered at `dns-version.<zone>` TXT (spec §2.1). */
export const DNS_SCHEMA_VERSION = '1.1.0';
/** TTL CoreDNS gives the dns-version TXT record, whatever `ttl` says (kubernetes.go Services). */
export const DNS_VERSION_TTL = 28800;

/** msg.Service: one thing a name resolves to. */
export interface Svc {
  /** An IP (A/AAAA) or a name (CNAME: ExternalName). */
  host: string;
  /** -1: the sentinel for "no ports". */
  port: number;
  ttl: number;
  /** msg.Domain(Key): the name SRV targets and additional records use. */
  target: string;
  text?: string;
  /** Graph elements the record came from (the Service, the endpoint's pod). */
  source: GraphId[];
}

/** Why a lookup ended the way it did: the suffix of a `dns.k8s.*` message key. */
export type Why =
  | 'apex' | 'namespaceOnly' | 'invalid' | 'tooLong' | 'reverseName' | 'namespaceMissing' | 'namespaceNotExposed'
  | 'podsDisabled' | 'notAnIP' | 'podNotFound' | 'pod' | 'serviceMissing' | 'emptyServiceIgnored'
  | 'externalName' | 'externalNameEndpoint' | 'externalNameIP' | 'headless' | 'endpoint' | 'endpointMissing' | 'noEndpoints' | 'noPort'
  | 'clusterIP' | 'dnsVersion' | 'txtOther' | 'txtNone' | 'nsRecord' | 'ptrService' | 'ptrEndpoint' | 'ptrNone'
  | 'externalNamePort';

export interface Lookup {
  services: Svc[];
  /** errNoItems / errNsNotExposed / errInvalidRequest: a name error (NXDOMAIN, or fallthrough). */
  nameError: boolean;
  why: Why;
  params: Record<string, string | number>;
}

const ok = (services: Svc[], why: Why, params: Record<string, string | number> = {}): Lookup =>
  ({ services, nameError: false, why, params });
const nx = (why: Why, params: Record<string, string | number> = {}): Lookup => ({ services: [], nameError: true, why, params });

/** recordRequest from parse.go: `[_port._protocol.|endpoint.]service.namespace.(svc|pod).zone`. */
export interface RecordRequest {
  port: string;
  protocol: string;
  endpoint: string;
  service: string;
  namespace: string;
  podOrSvc: '' | 'svc' | 'pod';
}

/** parseRequest (parse.go). Returns undefined for errInvalidRequest. Names are lower case (state.Name()). */
export function parseRequest(name: string, zone: string): { r: RecordRequest; error?: 'invalid' | 'tooLong' } {
  const r: RecordRequest = { port: '', protocol: '', endpoint: '', service: '', namespace: '', podOrSvc: '' };
  const base = trimZone(name, zone);
  if (base === '' || base === 'svc' || base === 'pod') return { r }; // NODATA for apex queries
  const segs = labels(base);
  let last = segs.length - 1;
  const kind = segs[last];
  if (kind !== 'svc' && kind !== 'pod') return { r, error: 'invalid' };
  r.podOrSvc = kind;
  if (--last < 0) return { r };
  r.namespace = segs[last];
  if (--last < 0) return { r };
  r.service = segs[last];
  if (--last < 0) return { r };
  if (last === 0) r.endpoint = segs[0];
  else if (last === 1) {
    r.protocol = segs[1].replace(/^_/, '');
    r.port = segs[0].replace(/^_/, '');
  } else return { r, error: 'tooLong' };
  return { r };
}

/** namespaceExposed (namespace.go): listed by `namespaces` (or no list) AND existing in the cluster. */
export function namespaceExposed(zone: DnsZone, ns: string): boolean {
  const listed = zone.config.namespaces.length === 0 || zone.config.namespaces.includes(ns);
  return listed && zone.namespaces.has(ns);
}

/** endpointHostname (kubernetes.go): hostname, else (endpoint_pod_names) the pod name, else the dashed IP. */
export function endpointHostname(addr: ZoneEndpointAddress, endpointPodNames: boolean): string {
  if (addr.hostname) return addr.hostname;
  if (endpointPodNames && addr.targetRefName) return addr.targetRefName;
  return addr.ip.replace(/[.:]/g, '-');
}

const matchPortAndProtocol = (aPort: string, bPort: string, aProto: string, bProto: string): boolean =>
  (aPort === '' || aPort === bPort.toLowerCase()) && (aProto === '' || aProto === bProto.toLowerCase());

function findPods(zone: DnsZone, r: RecordRequest, ttl: number): Lookup {
  const mode = zone.config.pods;
  if (mode === 'disabled') return nx('podsDisabled');
  if (!namespaceExposed(zone, r.namespace)) return nx('namespaceMissing', { namespace: r.namespace });
  if (r.service === '') return ok([], 'namespaceOnly', { namespace: r.namespace });
  const podname = r.service;
  const dashes = podname.split('-').length - 1;
  const ip = dashes === 3 && !podname.includes('--') ? podname.replace(/-/g, '.') : podname.replace(/-/g, ':');
  const target = `${podname}.${r.namespace}.pod.${zone.primaryZone}`;
  if (!ipFamily(ip)) return nx('notAnIP', { name: podname });
  if (mode === 'insecure') return ok([{ host: ip, port: -1, ttl, target, source: [] }], 'pod', { ip, mode });
  const pods = (zone.podsByIP.get(ip) ?? []).filter((p) => p.namespace === r.namespace);
  if (pods.length === 0) return nx('podNotFound', { ip, namespace: r.namespace });
  return ok(pods.map((p) => ({ host: ip, port: -1, ttl, target, source: [gid.pod(p.namespace, p.name)] })), 'pod', {
    ip, mode, pod: pods[0].name,
  });
}

function servicePorts(svc: SimService): { port: number; name: string; protocol: string }[] {
  const ports = svc.service.spec.ports;
  return ports.length ? ports.map((p) => ({ port: p.port, name: p.name, protocol: p.protocol })) : [{ port: -1, name: '', protocol: '' }];
}

function findServices(zone: DnsZone, r: RecordRequest, zoneName: string, ttl: number): Lookup {
  if (!namespaceExposed(zone, r.namespace)) return nx('namespaceMissing', { namespace: r.namespace });
  if (r.service === '') return ok([], 'namespaceOnly', { namespace: r.namespace });
  const idx = serviceKey(r.service, r.namespace);
  const svc = zone.services.get(idx);
  const params = { namespace: r.namespace, service: r.service };
  if (!svc) return nx('serviceMissing', params);
  const type = svc.service.spec.type;
  const svcId = gid.service(svc.namespace, svc.name);
  const svcName = `${svc.name}.${svc.namespace}.svc.${zoneName}`;
  const eps = zone.endpoints.get(idx) ?? [];

  if (zone.config.ignoreEmptyService && type !== 'ExternalName' && !svc.headless) {
    if (eps.every((e) => e.addresses.length === 0)) return nx('emptyServiceIgnored', params);
  }
  if (type === 'ExternalName') {
    // findServices skips an ExternalName Service when the name has an endpoint, port or protocol label
    // (coredns/coredns#6162, CoreDNS 1.11, fixing #6161: `www.google.com.<ns>.svc.<zone>` — port `www`,
    // protocol `google` of a Service named `com` — answered that Service's CNAME and ended a search walk).
    if (r.endpoint !== '') return nx('externalNameEndpoint', params);
    if (r.port !== '' || r.protocol !== '') return nx('externalNamePort', { ...params, port: r.port, protocol: r.protocol });
    const host = svc.service.spec.externalName ?? '';
    if (host === '' || ipFamily(host)) return nx('externalNameIP', { ...params, target: host });
    return ok([{ host, port: -1, ttl, target: svcName, source: [svcId] }], 'externalName', { ...params, target: host });
  }
  if (svc.headless || r.endpoint !== '') {
    const out: Svc[] = [];
    for (const ep of eps) {
      for (const addr of ep.addresses) {
        const host = endpointHostname(addr, zone.config.endpointPodNames);
        if (r.endpoint !== '' && r.endpoint !== host.toLowerCase()) continue;
        const pod = addr.targetRef?.kind === 'Pod' ? [gid.pod(addr.targetRef.namespace ?? svc.namespace, addr.targetRef.name)] : [];
        for (const p of ep.ports) {
          if (!matchPortAndProtocol(r.port, p.name, r.protocol, p.protocol)) continue;
          out.push({ host: addr.ip, port: p.port, ttl, target: `${host}.${svcName}`, source: [svcId, ...pod] });
        }
      }
    }
    if (out.length) return ok(out, r.endpoint ? 'endpoint' : 'headless', { ...params, count: out.length, endpoint: r.endpoint });
    // Its own key: `dns.k8s.endpoint` reads as an answer ("Endpoint x of Service …").
    if (r.endpoint) return nx('endpointMissing', { ...params, endpoint: r.endpoint });
    return nx(eps.some((e) => e.addresses.length) ? 'noPort' : 'noEndpoints', { ...params, port: r.port, protocol: r.protocol });
  }
  const out: Svc[] = [];
  let matched = false;
  for (const p of servicePorts(svc)) {
    if (!matchPortAndProtocol(r.port, p.name, r.protocol, p.protocol)) continue;
    matched = true;
    for (const ip of svc.clusterIPs) out.push({ host: ip, port: p.port, ttl, target: svcName, source: [svcId] });
  }
  if (!matched) return nx('noPort', { ...params, port: r.port, protocol: r.protocol });
  return ok(out, 'clusterIP', { ...params, ips: svc.clusterIPs.join(', '), type });
}

/** Records (kubernetes.go). `name` lower case, `zoneName` the matched plugin zone, in the case it was asked. */
export function records(zone: DnsZone, name: string, zoneName: string): Lookup {
  const ttl = zone.config.ttl;
  const { r, error } = parseRequest(name, zoneName);
  if (error) return nx(error);
  if (r.podOrSvc === '') return ok([], 'apex');
  if (isReverse(name)) return nx('reverseName');
  if (!namespaceExposed(zone, r.namespace)) {
    const listed = zone.config.namespaces.length === 0 || zone.config.namespaces.includes(r.namespace);
    return nx(listed ? 'namespaceMissing' : 'namespaceNotExposed', { namespace: r.namespace });
  }
  return r.podOrSvc === 'pod' ? findPods(zone, r, ttl) : findServices(zone, r, zoneName, ttl);
}

/**
 * nsAddrs (ns.go): the addresses of the Service in front of CoreDNS (kube-system/kube-dns), named after it;
 * without such a Service, CoreDNS falls back to `ns.dns.<zone>`.
 */
export function nsAddrs(zone: DnsZone, zoneName: string): Svc[] {
  const ip = zone.dnsServiceIP;
  const svc = zone.servicesByIP.get(ip)?.[0];
  const target = svc ? `${svc.name}.${svc.namespace}.svc.${zoneName}` : `ns.dns.${zoneName}`;
  return [{ host: ip, port: -1, ttl: zone.config.ttl, target, source: svc ? [gid.service(svc.namespace, svc.name)] : [] }];
}

/** Services (kubernetes.go): TXT and NS special cases, `ns.dns.<zone>`, then Records (SRV drops CNAMEs). */
export function services(zone: DnsZone, name: string, zoneName: string, qtype: QType): Lookup {
  if (qtype === 'TXT') {
    const segs = labels(trimZone(name, zoneName));
    if (segs.length === 1 && segs[0] === 'dns-version') {
      return ok([{ host: '', port: -1, ttl: DNS_VERSION_TTL, target: name, text: DNS_SCHEMA_VERSION, source: [] }], 'dnsVersion');
    }
    // A name with records of another type is NODATA; any other name is NXDOMAIN (kubernetes.go Services,
    // TypeTXT: `services, _ := k.Records(…); if len(services) > 0 { return nil, nil }; return nil, errNoItems`,
    // coredns/coredns#5737, CoreDNS 1.10.1, fixing #5736: a TXT search walk stopped at the first search domain).
    // So even `<ns>.svc.<zone>`, NODATA for A, is NXDOMAIN for TXT.
    const found = records(zone, name, zoneName);
    return found.services.length > 0 ? ok([], 'txtOther') : nx('txtNone');
  }
  if (qtype === 'NS') return ok(nsAddrs(zone, zoneName), 'nsRecord');
  if (name === `ns.dns.${zoneName}`.toLowerCase()) {
    const fam = qtype === 'AAAA' ? 'IPv6' : 'IPv4';
    const svcs = nsAddrs(zone, zoneName).filter((s) => (qtype === 'A' || qtype === 'AAAA') && ipFamily(s.host) === fam);
    return ok(svcs.map((s) => ({ ...s, target: name })), 'nsRecord');
  }
  const found = records(zone, name, zoneName);
  if (qtype !== 'SRV') return found;
  return { ...found, services: found.services.filter((s) => ipFamily(s.host) !== undefined) };
}

/**
 * Reverse (reverse.go): a full reverse name → the Service whose cluster IP it is, else one PTR per Endpoints
 * holding the IP, named `<endpointHostname>.<service>.<ns>.svc.<zone>` (every endpoint, hostname or not,
 * unless the newer `ptr_hostname_only` option is set; PodPath models the default).
 */
export function reverse(zone: DnsZone, name: string, zoneName: string): Lookup {
  const ip = addressFromReverse(name);
  if (ip === '') {
    const r = records(zone, name, zoneName);
    return { ...r, services: [] };
  }
  const restricted = zone.config.namespaces.length > 0;
  for (const svc of zone.servicesByIP.get(ip) ?? []) {
    if (restricted && !namespaceExposed(zone, svc.namespace)) continue;
    const host = `${svc.name}.${svc.namespace}.svc.${zone.primaryZone}`;
    return ok([{ host, port: -1, ttl: zone.config.ttl, target: host, source: [gid.service(svc.namespace, svc.name)] }], 'ptrService', { ip, host });
  }
  const out: Svc[] = [];
  for (const ep of zone.endpointsByIP.get(ip) ?? []) {
    if (restricted && !namespaceExposed(zone, ep.namespace)) continue;
    for (const addr of ep.addresses) {
      if (addr.ip !== ip) continue;
      const host = `${endpointHostname(addr, zone.config.endpointPodNames)}.${ep.service}.${ep.namespace}.svc.${zone.primaryZone}`;
      const pod = addr.targetRef?.kind === 'Pod' ? [gid.pod(ep.namespace, addr.targetRef.name)] : [];
      out.push({ host, port: -1, ttl: zone.config.ttl, target: host, source: [gid.service(ep.namespace, ep.service), ...pod] });
    }
  }
  if (out.length === 0) return nx('ptrNone', { ip });
  return ok(out, 'ptrEndpoint', { ip, host: out[0].host });
}
