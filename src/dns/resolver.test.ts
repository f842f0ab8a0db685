/**
 * The stub resolver: glibc resolv/res_query.c __res_context_search (candidate order, when the search goes
 * on) and res_send.c (next nameserver), seen through `resolve()` from a pod.
 */
import { describe, expect, it } from 'vitest';
import { renderMessage } from '../messages/index';
import { renderMessageIn } from '../messages/i18n';
import { resolve } from './dig';
import { searchCandidates, ndotsOf } from './resolver';
import { buildSim, type StateLite } from './testing';

const K8S = ['default.svc.cluster.local', 'svc.cluster.local', 'cluster.local'];

describe('searchCandidates (res_search order)', () => {
  const cases: { name: string; qname: string; search?: string[]; ndots?: number; tries: string[] }[] = [
    { name: 'single label: search list, then as written', qname: 'web', tries: ['web.default.svc.cluster.local.', 'web.svc.cluster.local.', 'web.cluster.local.', 'web.'] },
    { name: 'fewer dots than ndots: search first', qname: 'www.example.com', tries: ['www.example.com.default.svc.cluster.local.', 'www.example.com.svc.cluster.local.', 'www.example.com.cluster.local.', 'www.example.com.'] },
    { name: 'ndots dots or more: as written first', qname: 'a.b.c.d.e.f', tries: ['a.b.c.d.e.f.', 'a.b.c.d.e.f.default.svc.cluster.local.', 'a.b.c.d.e.f.svc.cluster.local.', 'a.b.c.d.e.f.cluster.local.'] },
    { name: 'trailing dot: absolute, only as written', qname: 'web.default.svc.cluster.local.', tries: ['web.default.svc.cluster.local.'] },
    { name: 'ndots:1 and one dot', qname: 'web.default', ndots: 1, tries: ['web.default.', 'web.default.default.svc.cluster.local.', 'web.default.svc.cluster.local.', 'web.default.cluster.local.'] },
    { name: 'root in the search list: no extra as-written try', qname: 'web', search: ['corp.example', '.'], tries: ['web.corp.example.', 'web.'] },
    { name: 'empty search list', qname: 'web', search: [], tries: ['web.'] },
  ];
  it.each(cases)('$name', (c) => {
    expect(searchCandidates(c.qname, c.search ?? K8S, c.ndots ?? 5).map((x) => x.qname)).toEqual(c.tries);
  });

  it('reads ndots from options (default 1, capped at 15)', () => {
    expect(ndotsOf([])).toBe(1);
    expect(ndotsOf(['ndots:5'])).toBe(5);
    expect(ndotsOf(['ndots:99'])).toBe(15);
    expect(ndotsOf(['timeout:2', 'ndots:0'])).toBe(0);
  });
});

const world: StateLite['world'] = (w) => {
  w.lan.searchDomains = [];
  w.lan.dns = { ...w.lan.dns, records: [{ name: 'nas.corp.example', type: 'A', data: '192.168.0.40' }] };
  w.internet.dns = { ...w.internet.dns, records: [{ name: 'www.example.com', type: 'A', data: '203.0.113.80' }] };
};
const state: StateLite = {
  world,
  namespaces: ['other'],
  services: [
    { name: 'web', clusterIP: '10.96.10.10', ports: [{ name: 'http', port: 80 }] },
    { ns: 'other', name: 'api', clusterIP: '10.96.20.20', ports: [{ name: 'http', port: 80 }] },
    { name: 'ext', type: 'ExternalName', externalName: 'external.example.com' },
    // An ExternalName named like a top-level domain (coredns/coredns#6161).
    { name: 'com', type: 'ExternalName', externalName: 'external.example.com' },
  ],
  pods: [
    { name: 'client', ip: '10.244.1.50' },
    { name: 'host-client', ip: '192.168.0.11', hostNetwork: true },
    { name: 'lost', ip: '10.244.1.51', dnsPolicy: 'None', dnsConfig: { nameservers: ['10.0.0.99'] } },
    { name: 'fallback', ip: '10.244.1.52', dnsConfig: { nameservers: ['10.0.0.99'] } },
    { name: 'backup', ip: '10.244.1.53', dnsPolicy: 'None', dnsConfig: { nameservers: ['10.0.0.99', '10.96.0.10'], searches: K8S } },
    { name: 'once', ip: '10.244.1.54', dnsPolicy: 'None', dnsConfig: { nameservers: ['10.0.0.99'], options: [{ name: 'attempts', value: '1' }] } },
    { name: 'many', ip: '10.244.1.55', dnsPolicy: 'None', dnsConfig: { nameservers: ['10.0.0.99'], options: [{ name: 'attempts', value: '9' }] } },
    { name: 'dead2', ip: '10.244.1.56', dnsPolicy: 'None', dnsConfig: { nameservers: ['10.0.0.99', '10.0.0.98'] } },
  ],
};
const sim = buildSim(state);
// A Corefile without `forward`: CoreDNS answers SERVFAIL for every name outside its zones.
const noForward = buildSim({ ...state, world: (w) => { world(w); w.cluster.coredns = { ...w.cluster.coredns, forwardTo: [] }; } });

interface Case {
  name: string;
  qname: string;
  from?: string;
  type?: string;
  rcode: string;
  addresses: string[];
  /** "name TYPE RCODE" for every query sent, in order. */
  queries: string[];
  sim?: 'noForward';
}

const q = (name: string, type: string, rcode: string): string => `${name} ${type} ${rcode}`;
const both = (name: string, a: string, aaaa = a): string[] => [q(name, 'A', a), q(name, 'AAAA', aaaa)];

const cases: Case[] = [
  { name: 'short service name: first search domain answers', qname: 'web', rcode: 'NOERROR', addresses: ['10.96.10.10'], queries: both('web.default.svc.cluster.local.', 'NOERROR') },
  { name: 'AF_INET only', qname: 'web', type: 'A', rcode: 'NOERROR', addresses: ['10.96.10.10'], queries: [q('web.default.svc.cluster.local.', 'A', 'NOERROR')] },
  { name: 'service.namespace: second search domain', qname: 'api.other', rcode: 'NOERROR', addresses: ['10.96.20.20'], queries: [...both('api.other.default.svc.cluster.local.', 'NXDOMAIN'), ...both('api.other.svc.cluster.local.', 'NOERROR')] },
  { name: 'absolute name: one try', qname: 'web.default.svc.cluster.local.', rcode: 'NOERROR', addresses: ['10.96.10.10'], queries: both('web.default.svc.cluster.local.', 'NOERROR') },
  {
    name: 'public name: ndots:5 costs three NXDOMAINs first', qname: 'www.example.com', rcode: 'NOERROR', addresses: ['203.0.113.80'],
    queries: [...both('www.example.com.default.svc.cluster.local.', 'NXDOMAIN'), ...both('www.example.com.svc.cluster.local.', 'NXDOMAIN'), ...both('www.example.com.cluster.local.', 'NXDOMAIN'), ...both('www.example.com.', 'NOERROR')],
  },
  {
    name: 'LAN name through CoreDNS → LAN DNS (seed 002)', qname: 'nas.corp.example', type: 'A', rcode: 'NOERROR', addresses: ['192.168.0.40'],
    queries: [q('nas.corp.example.default.svc.cluster.local.', 'A', 'NXDOMAIN'), q('nas.corp.example.svc.cluster.local.', 'A', 'NXDOMAIN'), q('nas.corp.example.cluster.local.', 'A', 'NXDOMAIN'), q('nas.corp.example.', 'A', 'NOERROR')],
  },
  // res_search: "On a NO_DATA error, keep trying"; the final h_errno is NO_DATA (NOERROR) when one was seen.
  {
    name: 'NODATA does not stop the search', qname: 'default', type: 'A', rcode: 'NOERROR', addresses: [],
    queries: [q('default.default.svc.cluster.local.', 'A', 'NXDOMAIN'), q('default.svc.cluster.local.', 'A', 'NOERROR'), q('default.cluster.local.', 'A', 'NXDOMAIN'), q('default.', 'A', 'NXDOMAIN')],
  },
  {
    name: 'unknown name: NXDOMAIN after every candidate', qname: 'nope.example.org', type: 'A', rcode: 'NXDOMAIN', addresses: [],
    queries: [q('nope.example.org.default.svc.cluster.local.', 'A', 'NXDOMAIN'), q('nope.example.org.svc.cluster.local.', 'A', 'NXDOMAIN'), q('nope.example.org.cluster.local.', 'A', 'NXDOMAIN'), q('nope.example.org.', 'A', 'NXDOMAIN')],
  },
  // A CNAME-only answer has records (ancount > 0): the search stops there, with no address.
  { name: 'ExternalName to a dead target: CNAME only, search stops', qname: 'ext', type: 'A', rcode: 'NOERROR', addresses: [], queries: [q('ext.default.svc.cluster.local.', 'A', 'NOERROR')] },
  // coredns/coredns#6162 (CoreDNS 1.11): `www.example.com.default.svc.cluster.local` parses as port `www`, protocol
  // `example` of the Service `com`; an ExternalName has neither, so NXDOMAIN, and the walk reaches the real name.
  {
    name: 'an ExternalName named `com` does not capture www.example.com (coredns#6162)', qname: 'www.example.com', type: 'A', rcode: 'NOERROR', addresses: ['203.0.113.80'],
    queries: [q('www.example.com.default.svc.cluster.local.', 'A', 'NXDOMAIN'), q('www.example.com.svc.cluster.local.', 'A', 'NXDOMAIN'), q('www.example.com.cluster.local.', 'A', 'NXDOMAIN'), q('www.example.com.', 'A', 'NOERROR')],
  },
  // getPodDNSType: hostNetwork + ClusterFirst = Default: the LAN DNS knows nothing of the cluster.
  { name: 'hostNetwork pod cannot resolve services', qname: 'web.default.svc.cluster.local', from: 'default/host-client', type: 'A', rcode: 'NXDOMAIN', addresses: [], queries: [q('web.default.svc.cluster.local.', 'A', 'NXDOMAIN')] },
  // res_send __res_context_send: `attempts` (RES_DFLRETRY = 2) rounds over the nameservers, so a dead one is asked twice.
  { name: 'no server answers: timeout, asked twice (attempts:2)', qname: 'web.', from: 'default/lost', type: 'A', rcode: 'SERVFAIL', addresses: [], queries: [q('web.', 'A', 'SERVFAIL'), q('web.', 'A', 'SERVFAIL')] },
  { name: 'a timeout with A and AAAA: the pair is sent again', qname: 'web.', from: 'default/lost', rcode: 'SERVFAIL', addresses: [], queries: [...both('web.', 'SERVFAIL'), ...both('web.', 'SERVFAIL')] },
  { name: '`options attempts:1`: asked once', qname: 'web.', from: 'default/once', type: 'A', rcode: 'SERVFAIL', addresses: [], queries: [q('web.', 'A', 'SERVFAIL')] },
  { name: '`options attempts:9` is capped at RES_MAXRETRY (5)', qname: 'web.', from: 'default/many', type: 'A', rcode: 'SERVFAIL', addresses: [], queries: Array.from({ length: 5 }, () => q('web.', 'A', 'SERVFAIL')) },
  // res_send: a timeout moves on to the next nameserver.
  { name: 'second nameserver after a timeout', qname: 'web', from: 'default/backup', type: 'A', rcode: 'NOERROR', addresses: ['10.96.10.10'], queries: [q('web.default.svc.cluster.local.', 'A', 'SERVFAIL'), q('web.default.svc.cluster.local.', 'A', 'NOERROR')] },
  // Both nameservers dead: round 1 asks each, round 2 asks each again; then res_search gives up on the list.
  {
    name: 'two dead nameservers: each asked in each round', qname: 'web.', from: 'default/dead2', type: 'A', rcode: 'SERVFAIL', addresses: [],
    queries: [q('web.', 'A', 'SERVFAIL'), q('web.', 'A', 'SERVFAIL'), q('web.', 'A', 'SERVFAIL'), q('web.', 'A', 'SERVFAIL')],
  },
  // CoreDNS answers SERVFAIL when `forward` has nowhere to send: send_dg `next_ns`, so the query goes out again.
  {
    name: 'SERVFAIL from CoreDNS is retried, then the search goes on', qname: 'www.example.com', from: 'default/client', type: 'A', rcode: 'SERVFAIL', addresses: [], sim: 'noForward',
    queries: [
      q('www.example.com.default.svc.cluster.local.', 'A', 'NXDOMAIN'), q('www.example.com.svc.cluster.local.', 'A', 'NXDOMAIN'), q('www.example.com.cluster.local.', 'A', 'NXDOMAIN'),
      q('www.example.com.', 'A', 'SERVFAIL'), q('www.example.com.', 'A', 'SERVFAIL'),
    ],
  },
];

describe('resolve (getaddrinfo in a pod)', () => {
  it.each(cases)('$name', (c) => {
    const out = resolve(c.sim === 'noForward' ? noForward : sim, { name: c.qname, type: c.type, from: c.from ?? 'default/client' }).outcome;
    expect(out.rcode).toBe(c.rcode);
    expect(out.addresses).toEqual(c.addresses);
    expect(out.queries.map((x) => q(x.name, x.type, x.rcode))).toEqual(c.queries);
  });

  it('traces each hop of a public name: pod → CoreDNS → LAN DNS → internet', () => {
    const t = resolve(sim, { name: 'www.example.com.', type: 'A', from: 'default/client' });
    const hops = t.steps.filter((s) => s.kind === 'dns.query' || s.kind === 'dns.forward').map((s) => `${s.from}→${s.to}`);
    expect(hops).toEqual(['pod/default/client→dns/coredns', 'dns/coredns→dns/lan', 'dns/lan→dns/internet']);
    expect(t.steps[0].kind).toBe('dns.resolv-conf');
    expect(t.steps[t.steps.length - 1]).toMatchObject({ kind: 'dns.result', message: 'dns.result.addresses' });
  });

  it('shows an empty search list or options as "(none)" through a key, in English and Korean', () => {
    const step = resolve(sim, { name: 'web', type: 'A', from: 'default/lost' }).steps[0];
    expect(step).toMatchObject({ message: 'dns.resolvconf.read', params: { search: '', options: '', searchKey: 'dns.resolvconf.none', optionsKey: 'dns.resolvconf.none' } });
    expect(step.params).not.toHaveProperty('nameserversKey');
    expect(renderMessage(step.message, step.params)).toBe('Pod default/lost reads /etc/resolv.conf: nameserver 10.0.0.99; search (none); options (none)');
    expect(renderMessageIn('ko', step.message, step.params)).toBe('파드 default/lost에서 /etc/resolv.conf를 읽는다: nameserver 10.0.0.99; search (없음); options (없음)');
  });

  it('reports an unknown pod instead of throwing', () => {
    const out = resolve(sim, { name: 'web', from: 'default/ghost' }).outcome;
    expect(out.error).toBe('dns.error.podNotFound');
  });
});

describe('options no-aaaa (glibc 2.36+, resolv/res-noaaaa.c)', () => {
  const noAAAA = buildSim({
    ...state,
    pods: [
      { name: 'v4only', ip: '10.244.1.60', dnsConfig: { options: [{ name: 'no-aaaa' }] } },
      { name: 'plain', ip: '10.244.1.61' },
    ],
  });
  const queries = (from: string, name: string, type?: string) => {
    const t = resolve(noAAAA, { name, from, type });
    return { outcome: t.outcome, sent: t.outcome.queries.map((q) => `${q.name} ${q.type} ${q.rcode}`), steps: t.steps };
  };

  it('getaddrinfo asks for A records only: no AAAA query leaves the pod', () => {
    const r = queries('default/v4only', 'web');
    expect(r.sent).toEqual(['web.default.svc.cluster.local. A NOERROR']);
    expect(r.outcome.addresses).toEqual(['10.96.10.10']);
    expect(r.steps.map((s) => s.message)).toContain('dns.noaaaa.aOnly');
    // Without the option, the same lookup sends A and AAAA.
    expect(queries('default/plain', 'web').sent).toEqual(['web.default.svc.cluster.local. A NOERROR', 'web.default.svc.cluster.local. AAAA NOERROR']);
  });

  it('an AAAA lookup goes out as A queries whose records are dropped: each candidate is "no data", so the search list is walked as for any name without AAAA', () => {
    const found = queries('default/v4only', 'web', 'AAAA');
    expect(found.sent).toEqual([
      'web.default.svc.cluster.local. A NOERROR', 'web.svc.cluster.local. A NXDOMAIN', 'web.cluster.local. A NXDOMAIN', 'web. A NXDOMAIN',
    ]);
    // The same walk and result as an AAAA lookup of this IPv4-only Service without the option, only with A on the wire.
    const plain = queries('default/plain', 'web', 'AAAA');
    expect(plain.sent.map((q) => q.replace(' AAAA ', ' A '))).toEqual(found.sent);
    expect(found.outcome).toMatchObject({ rcode: plain.outcome.rcode, addresses: [], answers: [] });
    expect(found.steps.map((s) => s.message)).toContain('dns.noaaaa.translated');
    const missing = queries('default/v4only', 'nothere', 'AAAA');
    expect(missing.sent).toEqual([
      'nothere.default.svc.cluster.local. A NXDOMAIN', 'nothere.svc.cluster.local. A NXDOMAIN', 'nothere.cluster.local. A NXDOMAIN', 'nothere. A NXDOMAIN',
    ]);
    expect(missing.outcome.rcode).toBe('NXDOMAIN');
  });

  it('explains itself in English and Korean', () => {
    const step = queries('default/v4only', 'web').steps.find((s) => s.message === 'dns.noaaaa.aOnly')!;
    expect(renderMessage(step.message, step.params)).toBe('options no-aaaa (glibc 2.36+): getaddrinfo asks only for IPv4 (A) records of web; no AAAA query is sent');
    expect(renderMessageIn('ko', step.message, step.params)).toContain('AAAA 질의는 보내지 않는다');
  });
});
