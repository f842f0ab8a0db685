/**
 * The DNS servers a query can reach, by address:
 * - CoreDNS behind the kube-dns Service (or one of its pods): the kubeadm server block `.:53`, where the
 *   kubernetes plugin answers its zones and everything else (or what `fallthrough` passes on) goes to
 *   `forward . /etc/resolv.conf`, i.e. the node's nameserver, the LAN DNS (plugin/forward). With several
 *   targets, forward's default `policy random` would pick one; PodPath takes the first, to stay deterministic.
 *   `cache 30` caps every answer's TTLs as the cache plugin does on a miss (see `capTTLs`); the countdown of a
 *   cached answer is not simulated, which is why a repeated `dig` in a real cluster can show a smaller number
 *   (seed 001 shows 10) where PodPath shows 30.
 *   `loadbalance` reorders address records per response (see `loadbalance` below).
 * - the LAN DNS and the internet's DNS (src/dns/upstream.ts);
 * - anything else: nothing answers, the query times out (dig: "connection timed out; no servers could be
 *   reached"); CoreDNS's forward turns an unreachable upstream into SERVFAIL.
 */
import { gid } from '../graph/ids';
import { fqdn } from './names';
import { serveKubernetes } from './kubernetes';
import type { ResourceRecord } from '../trace/types';
import { record, response, type DnsResponse, type QType, type Tracer } from './types';
import { serveWorld, worldDns, worldGid, worldServerAt, type WorldDns } from './upstream';
import type { DnsZone } from './zone';

export interface DnsWorld {
  zone: DnsZone;
  world: WorldDns;
  /** Addresses CoreDNS listens on: the kube-dns cluster IP and its pods' IPs. */
  corednsAddresses: ReadonlySet<string>;
}

export type ServerKind = 'coredns' | 'lan' | 'internet';

export function dnsWorld(zone: DnsZone, world: Parameters<typeof worldDns>[0]): DnsWorld {
  const addresses = new Set<string>([zone.dnsServiceIP]);
  for (const eps of zone.endpoints.get('kube-dns.kube-system') ?? []) for (const a of eps.addresses) addresses.add(a.ip);
  return { zone, world: worldDns(world), corednsAddresses: addresses };
}

export function serverAt(w: DnsWorld, address: string): ServerKind | undefined {
  if (w.corednsAddresses.has(address)) return 'coredns';
  return worldServerAt(w.world, address);
}

export function serverGid(kind: ServerKind): string {
  return kind === 'coredns' ? gid.coredns() : worldGid(kind);
}

/** Where `forward . X` sends queries: /etc/resolv.conf is the node's, whose nameserver is the LAN DNS. */
export function forwardTarget(w: DnsWorld): string {
  const first = w.zone.config.forwardTo[0] ?? '/etc/resolv.conf';
  if (first.startsWith('/')) return w.world.world.lan.dns.address;
  return first.replace(/^dns:\/\//, '').replace(/:53$/, '');
}

/** CoreDNS's forward plugin sending one query upstream. */
function forward(w: DnsWorld, qname: string, qtype: QType, t: Tracer): DnsResponse {
  if (w.zone.config.forwardTo.length === 0) {
    record(t, 'dns.answer', 'dns.coredns.noForward', { qname: fqdn(qname), qtype }, { actor: gid.coredns() });
    return response('SERVFAIL');
  }
  const target = forwardTarget(w);
  const kind = worldServerAt(w.world, target);
  const to = kind ? worldGid(kind) : undefined;
  record(t, 'dns.forward', 'dns.forward.coredns', { qname: fqdn(qname), qtype, target: w.zone.config.forwardTo.join(' '), server: target }, {
    actor: gid.coredns(), from: gid.coredns(), to, dns: { qname: fqdn(qname), qtype, server: target },
  });
  if (!kind) {
    record(t, 'dns.answer', 'dns.server.unreachable', { server: target, qname: fqdn(qname), qtype }, { actor: gid.coredns() });
    return response('SERVFAIL');
  }
  const r = serveWorld(w.world, kind, qname, qtype, t);
  record(t, 'dns.answer', 'dns.answer.upstream', { qname: fqdn(qname), qtype, rcode: r.rcode, count: r.answer.length, server: target }, {
    from: worldGid(kind), to: gid.coredns(), dns: { qname: fqdn(qname), qtype, rcode: r.rcode, answers: r.answer },
  });
  return { ...r, authoritative: false };
}

/** The `.:53` server block: cache around kubernetes, then forward (plugin.cfg's order, not the Corefile's). */
export function serveCoreDNS(w: DnsWorld, qname: string, qtype: QType, t: Tracer): DnsResponse {
  const upstream = (name: string, type: QType): DnsResponse => serveCoreDNS(w, name, type, t);
  const out = serveKubernetes(w.zone, qname, qtype, upstream, t);
  return capTTLs(out.kind === 'response' ? out.response : forward(w, qname, qtype, t), w.zone.config.cacheSeconds);
}

/**
 * The cache plugin's floor: its `success`/`denial` MINTTL, dnsutil.MinimalDefaultTTL (5 s) unless set.
 * computeTTL raises a smaller TTL to it, so `ttl 0` in the kubernetes block reaches the client as 5.
 */
export const CACHE_MIN_TTL = 5;

/**
 * The cache plugin on a miss (plugin/cache/cache.go ResponseWriter.WriteMsg): the reply's TTL is the smallest
 * TTL in the message (dnsutil.MinimalTTL) put through computeTTL — raised to the minimum TTL (5 s by default)
 * and then capped at `cache N`'s N (the success and denial TTLs alike with `cache 30`) — and every record of
 * the reply is given that one TTL ("Apply capped TTL to this reply", filterRRSlice). So a forwarded answer
 * with TTL 3600, or dns-version's 28800, reaches the client with 30, and a kubernetes `ttl 0` (or an upstream
 * TTL of 1) with 5. A `disable success|denial` zone only stops storing, not this capping. No cache plugin
 * (N = 0): the TTLs are left as they are.
 */
export function capTTLs(r: DnsResponse, cacheSeconds: number): DnsResponse {
  if (cacheSeconds <= 0 || r.rcode === 'SERVFAIL') return r;
  const all = [...r.answer, ...r.authority, ...r.additional];
  if (all.length === 0) return r;
  let ttl = Infinity;
  for (const rr of all) if (rr.ttl < ttl) ttl = rr.ttl;
  // computeTTL(msgTTL, minTTL, maxTTL): first the floor, then the cap (so `cache 3` still gives 3).
  ttl = Math.min(Math.max(ttl, CACHE_MIN_TTL), cacheSeconds);
  if (all.every((rr) => rr.ttl === ttl)) return r;
  const set = (rrs: readonly ResourceRecord[]) => rrs.map((rr) => (rr.ttl === ttl ? rr : { ...rr, ttl }));
  return { ...r, answer: set(r.answer), authority: set(r.authority), additional: set(r.additional) };
}

/**
 * CoreDNS's `loadbalance` plugin (in the kubeadm Corefile): for every NOERROR response it reorders the answer,
 * authority and additional sections as plugin/loadbalance roundRobin does — CNAMEs first, then other types,
 * then the A/AAAA records shuffled, then MX shuffled. Upstream shuffles at random (dns.Id()); PodPath rotates
 * the address records by `rotation` (from the seed and the query's number), so one query is deterministic
 * while repeated ones (`digRepeat`, `curlRepeat`) spread over the records. The record set never changes.
 */
export function loadbalance(r: DnsResponse, rotation: number): DnsResponse {
  if (r.rcode !== 'NOERROR') return r;
  return { ...r, answer: roundRobin(r.answer, rotation), authority: roundRobin(r.authority, rotation), additional: roundRobin(r.additional, rotation) };
}

function roundRobin(rrs: readonly ResourceRecord[], rotation: number): ResourceRecord[] {
  const of = (f: (x: ResourceRecord) => boolean) => rrs.filter(f);
  const rotate = (xs: ResourceRecord[]) => {
    const k = xs.length > 1 ? ((rotation % xs.length) + xs.length) % xs.length : 0;
    return [...xs.slice(k), ...xs.slice(0, k)];
  };
  const address = (x: ResourceRecord) => x.type === 'A' || x.type === 'AAAA';
  return [
    ...of((x) => x.type === 'CNAME'), ...of((x) => x.type !== 'CNAME' && x.type !== 'MX' && !address(x)),
    ...rotate(of(address)), ...rotate(of((x) => x.type === 'MX')),
  ];
}

/** Is `loadbalance` in the Corefile? (Read by parseCorefile; the kubeadm default has it.) */
export function hasLoadbalance(w: DnsWorld): boolean {
  return w.zone.config.loadbalance !== false;
}

/** Send one query to whatever listens at `address`; undefined when nothing does (a timeout). */
export function serveAt(w: DnsWorld, address: string, qname: string, qtype: QType, t: Tracer, rotation = 0): DnsResponse | undefined {
  const kind = serverAt(w, address);
  if (kind === 'coredns') {
    const r = serveCoreDNS(w, qname, qtype, t);
    if (!hasLoadbalance(w)) return r;
    const count = r.answer.filter((x) => x.type === 'A' || x.type === 'AAAA').length;
    if (r.rcode === 'NOERROR' && count > 1) {
      const out = loadbalance(r, rotation);
      record(t, 'dns.lookup', 'dns.coredns.loadbalance', {
        qname: fqdn(qname), qtype, count, rotation: ((rotation % count) + count) % count,
        first: out.answer.find((x) => x.type === 'A' || x.type === 'AAAA')?.data ?? '',
      }, { actor: gid.coredns() });
      return out;
    }
    return r;
  }
  if (kind) return serveWorld(w.world, kind, qname, qtype, t);
  return undefined;
}
