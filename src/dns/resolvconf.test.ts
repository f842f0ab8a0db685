/** The pod's /etc/resolv.conf, per kubelet pkg/kubelet/network/dns/dns.go (GetPodDNS, appendDNSConfig, limits). */
import { describe, expect, it } from 'vitest';
import { formatResolvConf, podResolvConf } from './resolvconf';
import { buildState, pod, type PodLite } from './testing';

const world = buildState({ world: (w) => { w.lan.searchDomains = ['corp.example', 'example.com']; } }).world;

interface Case {
  name: string;
  pod: Partial<PodLite>;
  nameservers: string[];
  search: string[];
  options: string[];
  warnings?: string[];
}

const CLUSTER_SEARCH = ['prod.svc.cluster.local', 'svc.cluster.local', 'cluster.local', 'corp.example', 'example.com'];
const cases: Case[] = [
  // GetPodDNS podDNSCluster: cluster DNS only, cluster search + host search, defaultDNSOptions.
  { name: 'ClusterFirst', pod: {}, nameservers: ['10.96.0.10'], search: CLUSTER_SEARCH, options: ['ndots:5'] },
  // getPodDNSType: ClusterFirst on hostNetwork falls back to Default.
  { name: 'ClusterFirst + hostNetwork → Default', pod: { hostNetwork: true }, nameservers: ['192.168.0.2'], search: ['corp.example', 'example.com'], options: [] },
  { name: 'ClusterFirstWithHostNet', pod: { hostNetwork: true, dnsPolicy: 'ClusterFirstWithHostNet' }, nameservers: ['10.96.0.10'], search: CLUSTER_SEARCH, options: ['ndots:5'] },
  { name: 'Default', pod: { dnsPolicy: 'Default' }, nameservers: ['192.168.0.2'], search: ['corp.example', 'example.com'], options: [] },
  { name: 'None with dnsConfig', pod: { dnsPolicy: 'None', dnsConfig: { nameservers: ['1.1.1.1'], searches: ['a.example'], options: [{ name: 'ndots', value: '2' }] } }, nameservers: ['1.1.1.1'], search: ['a.example'], options: ['ndots:2'] },
  { name: 'None without dnsConfig', pod: { dnsPolicy: 'None' }, nameservers: [], search: [], options: [], warnings: ['dns/none-without-nameservers'] },
  // appendDNSConfig: appended without duplicates; mergeDNSOptions overrides by name.
  {
    name: 'ClusterFirst + dnsConfig merge',
    pod: { dnsConfig: { nameservers: ['10.96.0.10', '1.1.1.1'], searches: ['cluster.local', 'extra.example'], options: [{ name: 'ndots', value: '2' }, { name: 'edns0' }] } },
    nameservers: ['10.96.0.10', '1.1.1.1'], search: [...CLUSTER_SEARCH, 'extra.example'], options: ['ndots:2', 'edns0'],
  },
  // formDNSNameserversFitsLimits: 3.
  {
    name: 'nameserver limit', pod: { dnsConfig: { nameservers: ['1.1.1.1', '8.8.8.8', '9.9.9.9'] } },
    nameservers: ['10.96.0.10', '1.1.1.1', '8.8.8.8'], search: CLUSTER_SEARCH, options: ['ndots:5'], warnings: ['dns/nameserver-limit'],
  },
  // formDNSSearchFitsLimits: 32 domains.
  {
    name: 'search domain count limit', pod: { dnsPolicy: 'None', dnsConfig: { nameservers: ['1.1.1.1'], searches: Array.from({ length: 40 }, (_, i) => `d${i}.example`) } },
    nameservers: ['1.1.1.1'], search: Array.from({ length: 32 }, (_, i) => `d${i}.example`), options: [], warnings: ['dns/search-limit'],
  },
];

describe('podResolvConf', () => {
  it.each(cases)('$name', (c) => {
    const r = podResolvConf(pod({ ns: 'prod', name: 'p', ip: '10.244.1.9', ...c.pod }), world);
    expect({ nameservers: r.nameservers, search: r.search, options: r.options }).toEqual({ nameservers: c.nameservers, search: c.search, options: c.options });
    expect(r.warnings.map((w) => w.code)).toEqual(c.warnings ?? []);
  });

  it('cuts the search line to 2048 characters from the end', () => {
    const long = Array.from({ length: 20 }, (_, i) => `${'x'.repeat(120)}${i}.example`);
    const r = podResolvConf(pod({ name: 'p', ip: '10.244.1.9', dnsPolicy: 'None', dnsConfig: { nameservers: ['1.1.1.1'], searches: long } }), world);
    expect(r.search.join(' ').length).toBeLessThanOrEqual(2048);
    expect(r.search).toEqual(long.slice(0, r.search.length));
    expect(r.warnings[0].code).toBe('dns/search-limit');
  });

  it('formats as the pod sees it (seed 001)', () => {
    const r = podResolvConf(pod({ name: 'sample-pod', ip: '10.244.1.9' }), buildState({}).world);
    expect(formatResolvConf(r)).toBe('search default.svc.cluster.local svc.cluster.local cluster.local\nnameserver 10.96.0.10\noptions ndots:5\n');
  });
});
