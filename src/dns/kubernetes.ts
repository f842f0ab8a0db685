/**
 * CoreDNS's kubernetes plugin answering one query: plugin/kubernetes/handler.go ServeDNS, with the record
 * builders of plugin/backend_lookup.go (A, AAAA, SRV, PTR, CNAME, TXT, SOA, NS).
 *
 * The rcode rules, as CoreDNS applies them:
 * - a name error from the backend (no such Service/namespace/endpoint, malformed name) → NXDOMAIN with the
 *   zone's SOA in the authority section, unless `fallthrough` covers the name: then the next plugin
 *   (forward) gets the query;
 * - no error but no record of the asked type (an A query for an IPv6-only Service, SRV for an ExternalName,
 *   `default.svc.cluster.local`, the apex) → NOERROR with an empty answer and the SOA: NODATA;
 * - a TXT query for anything but `dns-version.<zone>` is NODATA when the name has records of another type,
 *   and NXDOMAIN otherwise (coredns/coredns#5737, CoreDNS 1.10.1);
 * - an SOA query answers the zone's SOA only at the apex (`case dns.TypeSOA: if qname == zone`, since
 *   coredns/coredns#4592, fixing #4585). For any other name in the zone no record and no error come back,
 *   so it is NODATA — NOERROR, empty answer, the SOA in authority — whether or not the name exists: there is
 *   no lookup, hence never NXDOMAIN.
 * An ExternalName's CNAME is completed the way backend_lookup.go does it: an in-zone target is looked up in
 * the plugin itself (the CNAME is only kept if the target has records); any other target goes through
 * CoreDNS again (its `upstream`, i.e. the forward chain), and the CNAME is returned with whatever came back.
 */
import type { ResourceRecord } from '../trace/types';
import { gid } from '../graph/ids';
import { fqdn, ipFamily, isSubdomain, key, matchZone } from './names';
import { reverse, services, type Lookup, type Svc } from './records';
import { record, response, type DnsResponse, type QType, type Tracer } from './types';
import type { DnsZone } from './zone';

/** Re-enter the server for a name outside the zone (CoreDNS's `upstream` package). */
export type Upstream = (name: string, qtype: QType) => DnsResponse;

export type PluginOutcome =
  | { kind: 'response'; response: DnsResponse }
  /** Not in the plugin's zones, or a name error that `fallthrough` passes on. */
  | { kind: 'next'; fallthrough: boolean };

/**
 * The SOA serial stands in for the informer's last-modified time (APIConn.Modified), a Unix timestamp that
 * changes as the cluster does; PodPath keeps it fixed so traces are deterministic.
 */
export const SOA_SERIAL = 1700000000;

/** plugin.SOA: `<zone> SOA ns.dns.<zone> hostmaster.<zone> serial 7200 1800 86400 <ttl>`, TTL min(ttl, 300). */
export function soa(zoneName: string, ttl: number): ResourceRecord {
  return {
    name: zoneName, type: 'SOA', ttl: Math.min(ttl, 300),
    data: `ns.dns.${zoneName} hostmaster.${zoneName} ${SOA_SERIAL} 7200 1800 86400 ${ttl}`,
  };
}

function fallsThrough(fall: readonly string[], name: string): boolean {
  return fall.some((z) => isSubdomain(z, name));
}

interface Ctx {
  zone: DnsZone;
  zoneName: string;
  upstream: Upstream;
  t: Tracer;
}

function traceLookup(ctx: Ctx, qname: string, qtype: QType, l: Lookup): void {
  const touches = [gid.coredns(), ...l.services.flatMap((s) => s.source)];
  record(ctx.t, 'dns.lookup', `dns.k8s.${l.why}`, { qname, qtype, ...l.params }, {
    actor: gid.coredns(), touches, dns: { qname, qtype, server: 'coredns' },
  });
}

/** plugin.A / plugin.AAAA, CNAME chasing included. `depth` is len(previousRecords) (at most 8 CNAMEs). */
function address(ctx: Ctx, qname: string, qtype: 'A' | 'AAAA', previous: ResourceRecord[]): { records: ResourceRecord[]; lookup: Lookup } {
  const lookup = services(ctx.zone, key(qname), ctx.zoneName, qtype);
  traceLookup(ctx, qname, qtype, lookup);
  if (lookup.nameError) return { records: [], lookup };
  const want = qtype === 'A' ? 'IPv4' : 'IPv6';
  const out: ResourceRecord[] = [];
  const seen = new Set<string>();
  for (const s of lookup.services) {
    const fam = ipFamily(s.host);
    if (fam === undefined) {
      const target = fqdn(s.host);
      if (key(target) === key(qname) || previous.length > 7) continue;
      const cname: ResourceRecord = { name: fqdn(qname), type: 'CNAME', ttl: s.ttl, data: target };
      if (previous.some((p) => p.type === 'CNAME' && key(p.name) === key(cname.name) && key(p.data) === key(target))) continue;
      record(ctx.t, 'dns.cname', 'dns.cname.follow', { qname: fqdn(qname), target, inZone: isSubdomain(ctx.zoneName, target) }, {
        actor: gid.coredns(), touches: [gid.coredns(), ...s.source], dns: { qname: target, qtype },
      });
      if (isSubdomain(ctx.zoneName, target)) {
        const next = address(ctx, target, qtype, [...previous, cname]);
        if (!next.lookup.nameError && next.records.length > 0) out.push(cname, ...next.records);
        continue;
      }
      const m = ctx.upstream(target, qtype);
      out.push(cname, ...m.answer);
      continue;
    }
    if (fam === want && !seen.has(s.host)) {
      seen.add(s.host);
      out.push({ name: fqdn(qname), type: qtype, ttl: s.ttl, data: s.host });
    }
  }
  return { records: out, lookup };
}

/** plugin.SRV: weight = floor(100 / n) for the n records of priority 0 (at least 1); port -1 is skipped. */
function srv(ctx: Ctx, qname: string): { records: ResourceRecord[]; extra: ResourceRecord[]; lookup: Lookup } {
  const lookup = services(ctx.zone, key(qname), ctx.zoneName, 'SRV');
  traceLookup(ctx, qname, 'SRV', lookup);
  const records: ResourceRecord[] = [];
  const extra: ResourceRecord[] = [];
  if (lookup.nameError) return { records, extra, lookup };
  const total = 100 * lookup.services.length;
  const seen = new Set<string>();
  for (const s of lookup.services) {
    if (s.port === -1) continue;
    const weight = Math.max(1, Math.floor((100 / total) * 100));
    const target = fqdn(s.target);
    const srvKey = `${key(target)}|${s.port}`;
    if (!seen.has(srvKey)) {
      seen.add(srvKey);
      records.push({ name: fqdn(qname), type: 'SRV', ttl: s.ttl, data: `0 ${weight} ${s.port} ${target}` });
    }
    const addrKey = `${key(target)}|${s.host}`;
    if (!seen.has(addrKey)) {
      seen.add(addrKey);
      extra.push({ name: target, type: ipFamily(s.host) === 'IPv6' ? 'AAAA' : 'A', ttl: s.ttl, data: s.host });
    }
  }
  return { records, extra, lookup };
}

function named(ctx: Ctx, qname: string, qtype: QType, l: Lookup, make: (s: Svc) => ResourceRecord | undefined): ResourceRecord[] {
  traceLookup(ctx, qname, qtype, l);
  const out: ResourceRecord[] = [];
  for (const s of l.services) {
    const rr = make(s);
    if (rr && !out.some((o) => o.data === rr.data)) out.push(rr);
  }
  return out;
}

/** ServeDNS of the kubernetes plugin. */
export function serveKubernetes(zone: DnsZone, qname: string, qtype: QType, upstream: Upstream, t: Tracer): PluginOutcome {
  const zoneKey = matchZone(zone.zones, qname);
  if (zoneKey === '') return { kind: 'next', fallthrough: false };
  const name = key(qname);
  const owner = fqdn(qname);
  // handler.go ServeDNS: `zone = qname[len(qname)-len(zone):] // maintain case of original query`. The zone as
  // asked names the SOA (owner, ns.dns., hostmaster.) and the SRV/NS targets built from it (msg.Path(zone)):
  // `Cluster.Local.` is answered as `Cluster.Local. SOA ns.dns.Cluster.Local. …` (handler_case_test.go).
  const zoneName = owner.slice(owner.length - zoneKey.length);
  const ctx: Ctx = { zone, zoneName, upstream, t };
  let answer: ResourceRecord[] = [];
  let extra: ResourceRecord[] = [];
  let lookup: Lookup;

  switch (qtype) {
    case 'A':
    case 'AAAA':
      ({ records: answer, lookup } = address(ctx, qname, qtype, []));
      break;
    case 'SRV':
      ({ records: answer, extra, lookup } = srv(ctx, qname));
      break;
    case 'PTR':
      lookup = reverse(zone, name, zoneName);
      answer = named(ctx, qname, qtype, lookup, (s) => ({ name: owner, type: 'PTR', ttl: s.ttl, data: fqdn(s.host) }));
      break;
    case 'CNAME': {
      lookup = services(zone, name, zoneName, qtype);
      const first = lookup.services[0];
      traceLookup(ctx, qname, qtype, lookup);
      if (first && !ipFamily(first.host)) answer = [{ name: owner, type: 'CNAME', ttl: first.ttl, data: fqdn(first.host) }];
      break;
    }
    case 'TXT':
      lookup = services(zone, name, zoneName, qtype);
      answer = named(ctx, qname, qtype, lookup, (s) => (s.text !== undefined ? { name: owner, type: 'TXT', ttl: s.ttl, data: `"${s.text}"` } : undefined));
      break;
    case 'SOA':
      lookup = { services: [], nameError: false, why: 'apex', params: {} };
      if (name === zoneKey) answer = [soa(zoneName, zone.config.ttl)];
      else record(t, 'dns.lookup', 'dns.k8s.soaNotApex', { qname: owner, qtype, zone: zoneName }, { actor: gid.coredns(), dns: { qname: owner, qtype, server: 'coredns' } });
      break;
    case 'NS':
      if (name === zoneKey) {
        lookup = services(zone, name, zoneName, 'NS');
        traceLookup(ctx, qname, qtype, lookup);
        for (const s of lookup.services) {
          if (!answer.some((a) => a.data === fqdn(s.target))) answer.push({ name: owner, type: 'NS', ttl: s.ttl, data: fqdn(s.target) });
          extra.push({ name: fqdn(s.target), type: ipFamily(s.host) === 'IPv6' ? 'AAAA' : 'A', ttl: s.ttl, data: s.host });
        }
        break;
      }
      ({ lookup } = address(ctx, qname, 'A', []));
      break;
    default:
      // MX (Kubernetes publishes none) and anything else: a fake A lookup only tells NODATA from NXDOMAIN.
      ({ lookup } = address(ctx, qname, 'A', []));
      answer = [];
  }

  if (lookup.nameError) {
    if (fallsThrough(zone.config.fallthrough, qname)) {
      record(t, 'dns.lookup', 'dns.k8s.fallthrough', { qname: owner, qtype, zone: zoneName }, { actor: gid.coredns() });
      return { kind: 'next', fallthrough: true };
    }
    return { kind: 'response', response: response('NXDOMAIN', [], { authority: [soa(zoneName, zone.config.ttl)], authoritative: true }) };
  }
  if (answer.length === 0) {
    return { kind: 'response', response: response('NOERROR', [], { authority: [soa(zoneName, zone.config.ttl)], authoritative: true }) };
  }
  return { kind: 'response', response: response('NOERROR', answer, { additional: extra, authoritative: true }) };
}
