/**
 * DNS outside the cluster (seed 002: "cluster DNS → internal (LAN) DNS → external DNS"):
 * - the LAN's DNS server (world.lan.dns): the nodes' /etc/resolv.conf nameserver, so where CoreDNS's
 *   `forward . /etc/resolv.conf` sends what the cluster cannot answer. It answers the names it holds
 *   (its records, and its hosts as A/PTR records) and recurses to the internet for everything else;
 * - the public internet (world.internet.dns), seen as one authoritative view: names it does not hold are
 *   NXDOMAIN, names that only exist as a parent of others (empty non-terminals) are NODATA.
 * Both follow CNAME chains as a recursive resolver does (RFC 1034 §4.3.2), at most 8 links deep.
 */
import type { DnsRecordSpec, DnsServerSpec, WorldHost, WorldSpec } from '../api/world';
import { gid } from '../graph/ids';
import type { ResourceRecord } from '../trace/types';
import { fqdn, key, reverseName } from './names';
import { record, response, type DnsResponse, type QType, type Tracer } from './types';

/** TTL of world records that do not set one. */
export const WORLD_DEFAULT_TTL = 300;

export type WorldServer = 'lan' | 'internet';

export interface WorldTable {
  /** Records by lower-case absolute owner name. */
  byName: ReadonlyMap<string, readonly ResourceRecord[]>;
  /** Every ancestor of an owner name: names that exist without records of their own. */
  nonTerminals: ReadonlySet<string>;
}

function absData(r: DnsRecordSpec): string {
  return r.type === 'CNAME' || r.type === 'PTR' ? fqdn(r.data) : r.data;
}

/** Index a world DNS server's records plus its hosts (A/AAAA and the matching PTR). */
export function worldTable(dns: DnsServerSpec, hosts: readonly WorldHost[]): WorldTable {
  const byName = new Map<string, ResourceRecord[]>();
  const nonTerminals = new Set<string>();
  const add = (rr: ResourceRecord): void => {
    const k = key(rr.name);
    const list = byName.get(k);
    if (list) list.push(rr);
    else byName.set(k, [rr]);
    const parts = k.split('.');
    for (let i = 1; i < parts.length - 1; i++) nonTerminals.add(parts.slice(i).join('.'));
  };
  for (const r of dns.records) add({ name: fqdn(r.name), type: r.type, ttl: r.ttl ?? WORLD_DEFAULT_TTL, data: absData(r) });
  for (const h of hosts) {
    add({ name: fqdn(h.name), type: h.ip.includes(':') ? 'AAAA' : 'A', ttl: WORLD_DEFAULT_TTL, data: h.ip });
    const rev = reverseName(h.ip);
    if (rev) add({ name: rev, type: 'PTR', ttl: WORLD_DEFAULT_TTL, data: fqdn(h.name) });
  }
  return { byName, nonTerminals };
}

export interface WorldDns {
  world: WorldSpec;
  lan: WorldTable;
  internet: WorldTable;
}

export function worldDns(world: WorldSpec): WorldDns {
  return { world, lan: worldTable(world.lan.dns, world.lan.hosts), internet: worldTable(world.internet.dns, world.internet.hosts) };
}

/** Which world server listens at an address. */
export function worldServerAt(w: WorldDns, address: string): WorldServer | undefined {
  if (address === w.world.lan.dns.address) return 'lan';
  if (address === w.world.internet.dns.address) return 'internet';
  return undefined;
}

export const worldGid = (s: WorldServer): string => (s === 'lan' ? gid.lanDns() : gid.publicDns());

/** A server holds a name when it has records for it or below it (the root always exists). */
function holds(table: WorldTable, name: string): boolean {
  const k = key(name);
  return k === '.' || table.byName.has(k) || table.nonTerminals.has(k);
}

/** Answer `qname` from one table, chasing CNAMEs through `chase` (which may be another server). */
function answerFrom(
  table: WorldTable, server: WorldServer, address: string, qname: string, qtype: QType, t: Tracer, depth: number,
  chase: (target: string, depth: number) => DnsResponse,
): DnsResponse {
  const rrs = table.byName.get(key(qname)) ?? [];
  const match = rrs.filter((r) => qtype === 'ANY' || r.type === qtype).map((r) => ({ ...r, name: fqdn(qname) }));
  const cname = rrs.find((r) => r.type === 'CNAME');
  const actor = worldGid(server);
  if (match.length === 0 && cname && qtype !== 'CNAME' && depth < 8) {
    record(t, 'dns.cname', 'dns.cname.follow', { qname: fqdn(qname), target: cname.data, inZone: false }, { actor, dns: { qname: cname.data, qtype } });
    const rest = chase(cname.data, depth + 1);
    return response(rest.rcode, [{ ...cname, name: fqdn(qname) }, ...rest.answer], { authoritative: server === 'internet' });
  }
  record(t, 'dns.lookup', match.length ? 'dns.world.found' : 'dns.world.nodata', { qname: fqdn(qname), qtype, count: match.length, server: address }, {
    actor, dns: { qname: fqdn(qname), qtype, server: address, rcode: 'NOERROR', answers: match },
  });
  return response('NOERROR', match, { authoritative: server === 'internet' });
}

/** The internet's authoritative view of a name. */
export function serveInternet(w: WorldDns, qname: string, qtype: QType, t: Tracer, depth = 0): DnsResponse {
  if (!holds(w.internet, qname)) {
    const address = w.world.internet.dns.address;
    record(t, 'dns.lookup', 'dns.world.nxdomain', { qname: fqdn(qname), qtype, server: address }, {
      actor: gid.publicDns(), dns: { qname: fqdn(qname), qtype, server: address, rcode: 'NXDOMAIN' },
    });
    return response('NXDOMAIN', [], { authoritative: true });
  }
  return answerFrom(w.internet, 'internet', w.world.internet.dns.address, qname, qtype, t, depth, (target, d) => serveInternet(w, target, qtype, t, d));
}

/** The LAN resolver: its own names, else recursion to the internet (one dns.forward step). */
export function serveLan(w: WorldDns, qname: string, qtype: QType, t: Tracer, depth = 0): DnsResponse {
  if (holds(w.lan, qname)) {
    return answerFrom(w.lan, 'lan', w.world.lan.dns.address, qname, qtype, t, depth, (target, d) => serveLan(w, target, qtype, t, d));
  }
  record(t, 'dns.forward', 'dns.forward.lan', { qname: fqdn(qname), qtype, server: w.world.internet.dns.address }, {
    actor: gid.lanDns(), from: gid.lanDns(), to: gid.publicDns(), dns: { qname: fqdn(qname), qtype, server: w.world.internet.dns.address },
  });
  const r = serveInternet(w, qname, qtype, t, depth);
  record(t, 'dns.answer', 'dns.answer.upstream', { qname: fqdn(qname), qtype, rcode: r.rcode, count: r.answer.length, server: w.world.internet.dns.address }, {
    from: gid.publicDns(), to: gid.lanDns(), dns: { qname: fqdn(qname), qtype, rcode: r.rcode, answers: r.answer },
  });
  return { ...r, authoritative: false };
}

export function serveWorld(w: WorldDns, server: WorldServer, qname: string, qtype: QType, t: Tracer): DnsResponse {
  return server === 'lan' ? serveLan(w, qname, qtype, t) : serveInternet(w, qname, qtype, t);
}
