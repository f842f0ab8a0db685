/**
 * Every DNS name that leads to a Service or a Pod, for the inspector. The names are built from the data
 * (cluster domain, namespace, Service name, named ports, endpoint hostnames, pod IP) following the
 * Kubernetes DNS spec's schema (github.com/kubernetes/dns/blob/master/docs/specification.md); whether and
 * how each one is answered is asked of src/dns (the CoreDNS kubernetes plugin as PodPath models it),
 * so the inspector never disagrees with `dig`.
 */
import type { SimPod, SimService } from '../cluster/state';
import { serveKubernetes } from '../dns/kubernetes';
import { ipFamily, reverseName } from '../dns/names';
import { endpointHostname } from '../dns/records';
import { response, type QType } from '../dns/types';
import { serviceKey, type DnsZone } from '../dns/zone';
import type { ResourceRecord } from '../trace/types';
import type { DnsNameForm, InspectorDnsName } from './types';

/** How many per-endpoint names to list for one Service (a 300-replica Deployment stays readable). */
export const MAX_ENDPOINT_NAMES = 32;

interface Answer {
  answers: string[];
  notServed?: string;
}

const rrText = (r: ResourceRecord): string => (r.type === 'CNAME' ? `CNAME ${r.data}` : r.data);

/** Ask CoreDNS's kubernetes plugin (no trace kept); names outside the cluster come back as an empty answer. */
export function ask(zone: DnsZone, name: string, qtype: QType): Answer {
  const out = serveKubernetes(zone, name, qtype, () => response('NOERROR'), { steps: [] });
  if (out.kind === 'next') return { answers: [], notServed: out.fallthrough ? 'fallthrough' : 'not in a CoreDNS zone' };
  const r = out.response;
  const answers = r.answer.map(rrText);
  if (r.rcode !== 'NOERROR') return { answers, notServed: r.rcode };
  return answers.length ? { answers } : { answers, notServed: 'NODATA' };
}

function entry(name: string, type: InspectorDnsName['type'], form: DnsNameForm, from: InspectorDnsName['from'], a: Answer): InspectorDnsName {
  return { name, type, form, from, answers: a.answers, ...(a.notServed ? { notServed: a.notServed } : {}) };
}

function addressTypes(ips: readonly string[]): ('A' | 'AAAA')[] {
  const fams = new Set(ips.map(ipFamily));
  const out: ('A' | 'AAAA')[] = [];
  if (fams.has('IPv4') || fams.size === 0) out.push('A');
  if (fams.has('IPv6')) out.push('AAAA');
  return out;
}

export function serviceDnsNames(zone: DnsZone, s: SimService): InspectorDnsName[] {
  const fq = `${s.name}.${s.namespace}.svc.${zone.primaryZone}`;
  const isExternal = s.service.spec.type === 'ExternalName';
  const out: InspectorDnsName[] = [];
  const eps = zone.endpoints.get(serviceKey(s.name, s.namespace)) ?? [];
  const ips = s.headless ? eps.flatMap((e) => e.addresses.map((a) => a.ip)) : s.clusterIPs;
  for (const qtype of addressTypes(ips)) {
    const a = ask(zone, fq, qtype);
    const type = isExternal ? 'CNAME' : qtype;
    out.push(
      entry(s.name, type, 'short', 'namespace', a),
      entry(`${s.name}.${s.namespace}`, type, 'namespaced', 'cluster', a),
      entry(`${s.name}.${s.namespace}.svc`, type, 'svc', 'cluster', a),
      entry(fq, type, 'fqdn', 'anywhere', a),
    );
  }
  for (const p of s.service.spec.ports) {
    if (!p.name) continue;
    const srv = `_${p.name}._${p.protocol.toLowerCase()}.${fq}`;
    out.push(entry(srv, 'SRV', 'srv', 'anywhere', ask(zone, srv, 'SRV')));
  }
  if (!isExternal) {
    const seen = new Set<string>();
    for (const e of eps) {
      for (const addr of e.addresses) {
        const host = endpointHostname(addr, zone.config.endpointPodNames);
        const name = `${host}.${fq}`;
        if (seen.has(name) || seen.size >= MAX_ENDPOINT_NAMES) continue;
        seen.add(name);
        out.push(entry(name, ipFamily(addr.ip) === 'IPv6' ? 'AAAA' : 'A', 'hostname', 'anywhere', ask(zone, name, ipFamily(addr.ip) === 'IPv6' ? 'AAAA' : 'A')));
      }
    }
  }
  for (const ip of s.clusterIPs) out.push(...ptr(zone, ip));
  return out;
}

function ptr(zone: DnsZone, ip: string): InspectorDnsName[] {
  const rev = reverseName(ip);
  return rev ? [entry(rev, 'PTR', 'ptr', 'anywhere', ask(zone, rev, 'PTR'))] : [];
}

export function podDnsNames(zone: DnsZone, p: SimPod): InspectorDnsName[] {
  if (!p.podIP) return [];
  const out: InspectorDnsName[] = [];
  const type = ipFamily(p.podIP) === 'IPv6' ? 'AAAA' : 'A';
  const dashed = p.podIP.replace(/[.:]/g, '-');
  const podName = `${dashed}.${p.namespace}.pod.${zone.primaryZone}`;
  out.push(entry(podName, type, 'pod', 'anywhere', ask(zone, podName, type)));
  const seen = new Set<string>();
  for (const e of zone.endpointsByIP.get(p.podIP) ?? []) {
    for (const addr of e.addresses) {
      if (addr.ip !== p.podIP) continue;
      const name = `${endpointHostname(addr, zone.config.endpointPodNames)}.${e.service}.${e.namespace}.svc.${zone.primaryZone}`;
      if (seen.has(name)) continue;
      seen.add(name);
      out.push(entry(name, type, 'hostname', 'anywhere', ask(zone, name, type)));
    }
  }
  // The pod's own FQDN (`hostname -f`) only resolves when a headless Service named like its subdomain lists it.
  const { hostname, subdomain } = p.pod.spec;
  if (hostname && subdomain) {
    const own = `${hostname}.${subdomain}.${p.namespace}.svc.${zone.primaryZone}`;
    if (!seen.has(own)) out.push(entry(own, type, 'hostname', 'anywhere', ask(zone, own, type)));
  }
  out.push(...ptr(zone, p.podIP));
  return out;
}
