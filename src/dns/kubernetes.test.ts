/**
 * CoreDNS kubernetes plugin answers, in CoreDNS's test.Case style (qname, qtype, rcode, answer), asked the way
 * `dig @10.96.0.10 NAME TYPE` asks them. Each case cites the spec section or CoreDNS source it pins down.
 * Spec = github.com/kubernetes/dns/blob/master/docs/specification.md; k8s = coredns plugin/kubernetes.
 */
import { describe, expect, it } from 'vitest';
import type { CoreDNSConfig } from '../api/world';
import { dig } from './dig';
import { buildSim, type StateLite } from './testing';

const cluster: StateLite = {
  namespaces: ['other'],
  services: [
    { name: 'web', clusterIP: '10.96.10.10', ports: [{ name: 'http', port: 80 }, { name: 'metrics', port: 9090 }] },
    { name: 'db', clusterIP: 'None', ports: [{ name: 'pg', port: 5432 }] },
    { name: 'empty-headless', clusterIP: 'None', ports: [{ name: 'http', port: 80 }] },
    { name: 'empty', clusterIP: '10.96.10.20', ports: [{ name: 'http', port: 80 }] },
    { name: 'ext', type: 'ExternalName', externalName: 'external.example.com' },
    { name: 'alias', type: 'ExternalName', externalName: 'web.default.svc.cluster.local' },
    { name: 'alias-missing', type: 'ExternalName', externalName: 'nope.default.svc.cluster.local' },
    { name: 'noports', clusterIP: 'None' },
    { name: 'v6', clusterIP: 'fd00::10', ports: [{ name: 'http', port: 80 }] },
    { ns: 'other', name: 'web', clusterIP: '10.96.20.10', ports: [{ name: 'http', port: 80 }] },
  ],
  pods: [
    { name: 'web-1', ip: '10.244.1.5' },
    { name: 'web-2', ip: '10.244.2.5' },
    { name: 'db-0', ip: '10.244.1.10', hostname: 'db-0', subdomain: 'db' },
    { name: 'db-1', ip: '10.244.2.10', hostname: 'db-1', subdomain: 'db' },
    { name: 'noports-pod', ip: '10.244.1.20' },
  ],
  slices: [
    { service: 'web', ports: [{ name: 'http', port: 8080 }, { name: 'metrics', port: 9090 }], endpoints: [{ ip: '10.244.1.5', pod: 'web-1' }, { ip: '10.244.2.5', pod: 'web-2' }] },
    {
      service: 'db', ports: [{ name: 'pg', port: 5432 }],
      endpoints: [
        { ip: '10.244.1.10', hostname: 'db-0', pod: 'db-0' },
        { ip: '10.244.2.10', hostname: 'db-1', pod: 'db-1' },
        { ip: '10.244.3.10', hostname: 'db-2', pod: 'db-2', ready: false },
      ],
    },
    { service: 'empty-headless', endpoints: [] },
    { service: 'empty', endpoints: [] },
    { service: 'noports', endpoints: [{ ip: '10.244.1.20', pod: 'noports-pod' }] },
  ],
};

interface Case {
  name: string;
  qname: string;
  qtype?: string;
  rcode: string;
  /** "name ttl TYPE data", in order. */
  answer: string[];
  /** Types of the authority section. */
  ns?: string[];
  extra?: string[];
  coredns?: Partial<CoreDNSConfig>;
  world?: StateLite['world'];
}

const rr = (r: { name: string; ttl: number; type: string; data: string }): string => `${r.name} ${r.ttl} ${r.type} ${r.data}`;

function run(c: Case) {
  const sim = buildSim({
    ...cluster,
    world: (w) => {
      Object.assign(w.cluster.coredns, c.coredns ?? {});
      c.world?.(w);
    },
  });
  return dig(sim, { name: c.qname, type: c.qtype ?? 'A' }).outcome;
}

const SOA = ['SOA'];
const cases: Case[] = [
  // Spec §2.3.1 A records for ClusterIP Services; TTL is the plugin's `ttl` (kubeadm 30).
  { name: 'clusterIP service A', qname: 'web.default.svc.cluster.local', rcode: 'NOERROR', answer: ['web.default.svc.cluster.local. 30 A 10.96.10.10'] },
  { name: 'query case kept in the answer (state.QName)', qname: 'WEB.Default.svc.cluster.local.', rcode: 'NOERROR', answer: ['WEB.Default.svc.cluster.local. 30 A 10.96.10.10'] },
  // backend_lookup.go AAAA: the Service exists but has no IPv6 address → NODATA with the SOA.
  { name: 'IPv4 service AAAA is NODATA', qname: 'web.default.svc.cluster.local', qtype: 'AAAA', rcode: 'NOERROR', answer: [], ns: SOA },
  { name: 'IPv6 service AAAA', qname: 'v6.default.svc.cluster.local', qtype: 'AAAA', rcode: 'NOERROR', answer: ['v6.default.svc.cluster.local. 30 AAAA fd00::10'] },
  { name: 'IPv6 service A is NODATA', qname: 'v6.default.svc.cluster.local', rcode: 'NOERROR', answer: [], ns: SOA },
  // k8s findServices: no such Service → errNoItems → NXDOMAIN.
  { name: 'missing service', qname: 'nope.default.svc.cluster.local', rcode: 'NXDOMAIN', answer: [], ns: SOA },
  { name: 'same name, other namespace', qname: 'web.other.svc.cluster.local', rcode: 'NOERROR', answer: ['web.other.svc.cluster.local. 30 A 10.96.20.10'] },
  // k8s findServices "handle empty service name": an existing namespace alone is NODATA.
  { name: 'namespace name is NODATA', qname: 'default.svc.cluster.local', rcode: 'NOERROR', answer: [], ns: SOA },
  // namespace.go namespaceExposed: the namespace must exist → NXDOMAIN otherwise.
  { name: 'missing namespace', qname: 'missing.svc.cluster.local', rcode: 'NXDOMAIN', answer: [], ns: SOA },
  { name: 'service in a missing namespace', qname: 'web.missing.svc.cluster.local', rcode: 'NXDOMAIN', answer: [], ns: SOA },
  { name: 'namespace not listed in `namespaces`', qname: 'web.other.svc.cluster.local', rcode: 'NXDOMAIN', answer: [], ns: SOA, coredns: { namespaces: ['default'] } },
  // parse.go: apex, svc and pod alone → NODATA.
  { name: 'zone apex A is NODATA', qname: 'cluster.local', rcode: 'NOERROR', answer: [], ns: SOA },
  { name: 'svc.zone is NODATA', qname: 'svc.cluster.local', rcode: 'NOERROR', answer: [], ns: SOA },
  { name: 'pod.zone is NODATA', qname: 'pod.cluster.local', rcode: 'NOERROR', answer: [], ns: SOA },
  // parse.go: the label before the zone must be svc or pod → errInvalidRequest.
  { name: 'not svc/pod → NXDOMAIN', qname: 'foo.cluster.local', rcode: 'NXDOMAIN', answer: [], ns: SOA },
  { name: 'too many labels → NXDOMAIN', qname: 'a.b.c.web.default.svc.cluster.local', rcode: 'NXDOMAIN', answer: [], ns: SOA },
  // Wildcards were removed from CoreDNS: '*' is an ordinary label here.
  { name: 'wildcard service', qname: '*.default.svc.cluster.local', rcode: 'NXDOMAIN', answer: [], ns: SOA },
  // plugin.SOA / plugin.NS / ns.go.
  { name: 'SOA at the apex', qname: 'cluster.local', qtype: 'SOA', rcode: 'NOERROR', answer: ['cluster.local. 30 SOA ns.dns.cluster.local. hostmaster.cluster.local. 1700000000 7200 1800 86400 30'] },
  { name: 'NS at the apex names kube-dns', qname: 'cluster.local', qtype: 'NS', rcode: 'NOERROR', answer: ['cluster.local. 30 NS kube-dns.kube-system.svc.cluster.local.'], extra: ['kube-dns.kube-system.svc.cluster.local. 30 A 10.96.0.10'] },
  { name: 'ns.dns.zone A', qname: 'ns.dns.cluster.local', rcode: 'NOERROR', answer: ['ns.dns.cluster.local. 30 A 10.96.0.10'] },
  // Spec §2.1 / kubernetes.go Services: dns-version TXT, TTL 28800. Other TXT queries (coredns/coredns#5737,
  // CoreDNS 1.10.1): NODATA when the name has records of another type, else NXDOMAIN.
  // The plugin gives dns-version TTL 28800; the kubeadm Corefile's `cache 30` caps every reply's TTLs to 30.
  { name: 'dns-version TXT (cache 30 caps the 28800)', qname: 'dns-version.cluster.local', qtype: 'TXT', rcode: 'NOERROR', answer: ['dns-version.cluster.local. 30 TXT "1.1.0"'] },
  { name: 'dns-version TXT without a cache plugin: 28800', qname: 'dns-version.cluster.local', qtype: 'TXT', rcode: 'NOERROR', answer: ['dns-version.cluster.local. 28800 TXT "1.1.0"'], coredns: { cacheSeconds: 0 } },
  { name: 'TXT for a service is NODATA', qname: 'web.default.svc.cluster.local', qtype: 'TXT', rcode: 'NOERROR', answer: [], ns: SOA },
  { name: 'TXT for a missing name is NXDOMAIN (coredns#5737)', qname: 'nope.default.svc.cluster.local', qtype: 'TXT', rcode: 'NXDOMAIN', answer: [], ns: SOA },
  { name: 'TXT for a namespace name is NXDOMAIN (no record of any type there)', qname: 'default.svc.cluster.local', qtype: 'TXT', rcode: 'NXDOMAIN', answer: [], ns: SOA },
  { name: 'TXT for a pod name is NODATA (it has an A record)', qname: '10-244-1-5.default.pod.cluster.local', qtype: 'TXT', rcode: 'NOERROR', answer: [], ns: SOA },
  // Spec §2.4.1: headless → one A per ready endpoint (not-ready db-2 left out by EndpointSliceToEndpoints).
  { name: 'headless A: ready endpoints only', qname: 'db.default.svc.cluster.local', rcode: 'NOERROR', answer: ['db.default.svc.cluster.local. 30 A 10.244.1.10', 'db.default.svc.cluster.local. 30 A 10.244.2.10'] },
  { name: 'endpoint hostname A', qname: 'db-0.db.default.svc.cluster.local', rcode: 'NOERROR', answer: ['db-0.db.default.svc.cluster.local. 30 A 10.244.1.10'] },
  { name: 'not-ready endpoint hostname', qname: 'db-2.db.default.svc.cluster.local', rcode: 'NXDOMAIN', answer: [], ns: SOA },
  // findServices: headless with no endpoint → err stays errNoItems → NXDOMAIN (not NODATA).
  { name: 'empty headless service → NXDOMAIN', qname: 'empty-headless.default.svc.cluster.local', rcode: 'NXDOMAIN', answer: [], ns: SOA },
  { name: 'empty ClusterIP service still answers', qname: 'empty.default.svc.cluster.local', rcode: 'NOERROR', answer: ['empty.default.svc.cluster.local. 30 A 10.96.10.20'] },
  { name: 'ignore empty_service → NXDOMAIN', qname: 'empty.default.svc.cluster.local', rcode: 'NXDOMAIN', answer: [], ns: SOA, coredns: { ignoreEmptyService: true } },
  { name: 'ignore empty_service leaves headless alone', qname: 'db.default.svc.cluster.local', rcode: 'NOERROR', answer: ['db.default.svc.cluster.local. 30 A 10.244.1.10', 'db.default.svc.cluster.local. 30 A 10.244.2.10'], coredns: { ignoreEmptyService: true } },
  // Endpoint names work for ClusterIP Services too (findServices: `svc.Headless() || r.endpoint != ""`).
  { name: 'dashed-IP endpoint of a ClusterIP service', qname: '10-244-1-5.web.default.svc.cluster.local', rcode: 'NOERROR', answer: ['10-244-1-5.web.default.svc.cluster.local. 30 A 10.244.1.5'] },
  { name: 'endpoint_pod_names: pod name as endpoint name', qname: 'web-1.web.default.svc.cluster.local', rcode: 'NOERROR', answer: ['web-1.web.default.svc.cluster.local. 30 A 10.244.1.5'], coredns: { endpointPodNames: true } },
  { name: 'without endpoint_pod_names the pod name is unknown', qname: 'web-1.web.default.svc.cluster.local', rcode: 'NXDOMAIN', answer: [], ns: SOA },
  // Port-less headless Service: the -1 sentinel port still yields A records, but no SRV.
  { name: 'port-less headless A', qname: 'noports.default.svc.cluster.local', rcode: 'NOERROR', answer: ['noports.default.svc.cluster.local. 30 A 10.244.1.20'] },
  { name: 'port-less headless SRV is NODATA', qname: 'noports.default.svc.cluster.local', qtype: 'SRV', rcode: 'NOERROR', answer: [], ns: SOA },
  // Spec §2.3.2 / backend_lookup.go SRV: weight = floor(100/n), target the service name, address in additional.
  { name: 'named port SRV (ClusterIP)', qname: '_http._tcp.web.default.svc.cluster.local', qtype: 'SRV', rcode: 'NOERROR', answer: ['_http._tcp.web.default.svc.cluster.local. 30 SRV 0 100 80 web.default.svc.cluster.local.'], extra: ['web.default.svc.cluster.local. 30 A 10.96.10.10'] },
  { name: 'SRV without port: every port, weight 50', qname: 'web.default.svc.cluster.local', qtype: 'SRV', rcode: 'NOERROR', answer: ['web.default.svc.cluster.local. 30 SRV 0 50 80 web.default.svc.cluster.local.', 'web.default.svc.cluster.local. 30 SRV 0 50 9090 web.default.svc.cluster.local.'], extra: ['web.default.svc.cluster.local. 30 A 10.96.10.10'] },
  { name: 'named port SRV (headless): one per endpoint', qname: '_pg._tcp.db.default.svc.cluster.local', qtype: 'SRV', rcode: 'NOERROR', answer: ['_pg._tcp.db.default.svc.cluster.local. 30 SRV 0 50 5432 db-0.db.default.svc.cluster.local.', '_pg._tcp.db.default.svc.cluster.local. 30 SRV 0 50 5432 db-1.db.default.svc.cluster.local.'], extra: ['db-0.db.default.svc.cluster.local. 30 A 10.244.1.10', 'db-1.db.default.svc.cluster.local. 30 A 10.244.2.10'] },
  { name: 'unknown port name → NXDOMAIN', qname: '_nope._tcp.web.default.svc.cluster.local', qtype: 'SRV', rcode: 'NXDOMAIN', answer: [], ns: SOA },
  { name: 'wrong protocol → NXDOMAIN', qname: '_http._udp.web.default.svc.cluster.local', qtype: 'SRV', rcode: 'NXDOMAIN', answer: [], ns: SOA },
  // Spec §2.5 ExternalName → CNAME; backend_lookup.go completes it.
  { name: 'CNAME query for a missing service', qname: 'sample.default.svc.cluster.local', qtype: 'CNAME', rcode: 'NXDOMAIN', answer: [], ns: SOA },
  { name: 'ExternalName CNAME', qname: 'ext.default.svc.cluster.local', qtype: 'CNAME', rcode: 'NOERROR', answer: ['ext.default.svc.cluster.local. 30 CNAME external.example.com.'] },
  { name: 'ExternalName A, target unknown upstream: CNAME only', qname: 'ext.default.svc.cluster.local', rcode: 'NOERROR', answer: ['ext.default.svc.cluster.local. 30 CNAME external.example.com.'] },
  {
    name: 'ExternalName A, target on the internet: CNAME + A', qname: 'ext.default.svc.cluster.local', rcode: 'NOERROR',
    answer: ['ext.default.svc.cluster.local. 30 CNAME external.example.com.', 'external.example.com. 30 A 203.0.113.5'],
    world: (w) => { w.internet.dns = { ...w.internet.dns, records: [{ name: 'external.example.com', type: 'A', data: '203.0.113.5' }] }; },
  },
  {
    name: 'ExternalName A without a cache plugin: the upstream TTL stays', qname: 'ext.default.svc.cluster.local', rcode: 'NOERROR',
    answer: ['ext.default.svc.cluster.local. 30 CNAME external.example.com.', 'external.example.com. 300 A 203.0.113.5'], coredns: { cacheSeconds: 0 },
    world: (w) => { w.internet.dns = { ...w.internet.dns, records: [{ name: 'external.example.com', type: 'A', data: '203.0.113.5' }] }; },
  },
  { name: 'ExternalName to an in-cluster name: CNAME + A', qname: 'alias.default.svc.cluster.local', rcode: 'NOERROR', answer: ['alias.default.svc.cluster.local. 30 CNAME web.default.svc.cluster.local.', 'web.default.svc.cluster.local. 30 A 10.96.10.10'] },
  { name: 'ExternalName to a missing in-cluster name: NODATA', qname: 'alias-missing.default.svc.cluster.local', rcode: 'NOERROR', answer: [], ns: SOA },
  { name: 'ExternalName SRV: CNAMEs dropped → NODATA', qname: 'ext.default.svc.cluster.local', qtype: 'SRV', rcode: 'NOERROR', answer: [], ns: SOA },
  // findServices skips an ExternalName when the name has an endpoint, port or protocol (coredns/coredns#6162).
  { name: 'ExternalName with _port._proto SRV → NXDOMAIN (coredns#6162)', qname: '_http._tcp.ext.default.svc.cluster.local', qtype: 'SRV', rcode: 'NXDOMAIN', answer: [], ns: SOA },
  { name: 'ExternalName with two labels before it, A → NXDOMAIN (coredns#6162)', qname: 'www.google.ext.default.svc.cluster.local', rcode: 'NXDOMAIN', answer: [], ns: SOA },
  { name: 'ExternalName with an endpoint label → NXDOMAIN', qname: 'www.ext.default.svc.cluster.local', rcode: 'NXDOMAIN', answer: [], ns: SOA },
  { name: 'ClusterIP CNAME query: NODATA', qname: 'web.default.svc.cluster.local', qtype: 'CNAME', rcode: 'NOERROR', answer: [], ns: SOA },
  // Spec §2.3.4 (pods): `pods insecure` answers any well-formed dashed IP in an existing namespace.
  { name: 'pod A (insecure, existing pod)', qname: '10-244-1-5.default.pod.cluster.local', rcode: 'NOERROR', answer: ['10-244-1-5.default.pod.cluster.local. 30 A 10.244.1.5'] },
  { name: 'pod A (insecure, no such pod)', qname: '1-2-3-4.default.pod.cluster.local', rcode: 'NOERROR', answer: ['1-2-3-4.default.pod.cluster.local. 30 A 1.2.3.4'] },
  { name: 'pod A (insecure, missing namespace)', qname: '1-2-3-4.missing.pod.cluster.local', rcode: 'NXDOMAIN', answer: [], ns: SOA },
  { name: 'pod A (not an IP)', qname: 'web-1.default.pod.cluster.local', rcode: 'NXDOMAIN', answer: [], ns: SOA },
  { name: 'pod A (verified, no such pod)', qname: '1-2-3-4.default.pod.cluster.local', rcode: 'NXDOMAIN', answer: [], ns: SOA, coredns: { pods: 'verified' } },
  { name: 'pod A (verified, pod in another namespace)', qname: '10-244-1-5.other.pod.cluster.local', rcode: 'NXDOMAIN', answer: [], ns: SOA, coredns: { pods: 'verified' } },
  { name: 'pod A (verified, existing pod)', qname: '10-244-1-5.default.pod.cluster.local', rcode: 'NOERROR', answer: ['10-244-1-5.default.pod.cluster.local. 30 A 10.244.1.5'], coredns: { pods: 'verified' } },
  { name: 'pod A (disabled)', qname: '10-244-1-5.default.pod.cluster.local', rcode: 'NXDOMAIN', answer: [], ns: SOA, coredns: { pods: 'disabled' } },
  // reverse.go: cluster IP → service name; endpoint IP → <endpointHostname>.<svc>.<ns>.svc.<zone>.
  { name: 'PTR of a cluster IP', qname: '10.10.96.10.in-addr.arpa', qtype: 'PTR', rcode: 'NOERROR', answer: ['10.10.96.10.in-addr.arpa. 30 PTR web.default.svc.cluster.local.'] },
  { name: 'PTR of a headless endpoint with hostname', qname: '10.1.244.10.in-addr.arpa', qtype: 'PTR', rcode: 'NOERROR', answer: ['10.1.244.10.in-addr.arpa. 30 PTR db-0.db.default.svc.cluster.local.'] },
  { name: 'PTR of an endpoint without hostname: dashed IP', qname: '20.1.244.10.in-addr.arpa', qtype: 'PTR', rcode: 'NOERROR', answer: ['20.1.244.10.in-addr.arpa. 30 PTR 10-244-1-20.noports.default.svc.cluster.local.'] },
  { name: 'PTR with endpoint_pod_names: pod name', qname: '20.1.244.10.in-addr.arpa', qtype: 'PTR', rcode: 'NOERROR', answer: ['20.1.244.10.in-addr.arpa. 30 PTR noports-pod.noports.default.svc.cluster.local.'], coredns: { endpointPodNames: true } },
  // fallthrough in-addr.arpa: unknown IPs go on to forward (LAN DNS → internet: NXDOMAIN, not authoritative SOA).
  { name: 'PTR of an unknown IP falls through', qname: '9.9.244.10.in-addr.arpa', qtype: 'PTR', rcode: 'NXDOMAIN', answer: [], ns: [] },
  { name: 'PTR without fallthrough: NXDOMAIN from CoreDNS', qname: '9.9.244.10.in-addr.arpa', qtype: 'PTR', rcode: 'NXDOMAIN', answer: [], ns: SOA, coredns: { fallthrough: [] } },
  // handler.go default branch: a type without a builder only tells NODATA from NXDOMAIN.
  { name: 'ANY for a service is NODATA', qname: 'web.default.svc.cluster.local', qtype: 'ANY', rcode: 'NOERROR', answer: [], ns: SOA },
  { name: 'ANY for a missing service is NXDOMAIN', qname: 'nope.default.svc.cluster.local', qtype: 'ANY', rcode: 'NXDOMAIN', answer: [], ns: SOA },
  { name: 'MX: Kubernetes publishes none', qname: 'web.default.svc.cluster.local', qtype: 'MX', rcode: 'NOERROR', answer: [], ns: SOA },
  // Outside every kubernetes zone: forward . /etc/resolv.conf.
  { name: 'public name through LAN DNS and the internet', qname: 'www.example.com', rcode: 'NXDOMAIN', answer: [], ns: [] },
];

describe('CoreDNS kubernetes plugin (dig @10.96.0.10)', () => {
  it.each(cases)('$name: $qname $qtype', (c) => {
    const out = run(c);
    expect(out.rcode).toBe(c.rcode);
    expect(out.answers.map(rr)).toEqual(c.answer);
    if (c.ns) expect((out.authority ?? []).map((r) => r.type)).toEqual(c.ns);
    if (c.extra) expect((out.additional ?? []).map(rr)).toEqual(c.extra);
  });
});

describe('trace keys of endpoint lookups', () => {
  const lookups = (qname: string) => {
    const sim = buildSim(cluster);
    return dig(sim, { name: qname, type: 'A' }).steps.filter((s) => s.kind === 'dns.lookup').map((s) => s.message);
  };
  it('a missing endpoint name has its own NXDOMAIN key, not the answer key dns.k8s.endpoint', () => {
    expect(lookups('db-2.db.default.svc.cluster.local')).toEqual(['dns.k8s.endpointMissing']);
    expect(lookups('db-0.db.default.svc.cluster.local')).toEqual(['dns.k8s.endpoint']);
  });
});
