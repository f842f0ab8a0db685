/**
 * The seeds' printed outputs, reproduced. Each scenario runs twice: on a ClusterState built by hand
 * (src/dns/testing.ts, always) and through the whole pipeline from the YAML fixtures (simulate(), once the
 * parser and reconcile produce pods; skipped until then).
 */
import { describe, expect, it } from 'vitest';
import { simulate, type Simulation } from '../engine';
import { dig, resolve, resolvConf } from './dig';
import { formatResolvConf } from './resolvconf';
import { buildSim } from './testing';
import {
  SEED001_EXTERNALNAME, SEED001_HEADLESS, SEED001_HEADLESS_ANSWER, SEED001_NONE_SELECTOR, SEED001_RESOLV_CONF, SEED001_SUBDOMAIN,
} from './fixtures/seed001';
import { SEED002 } from './fixtures/seed002';

const app = { app: 'sample-app' };
const handBuilt: Record<string, () => Simulation> = {
  headless: () => buildSim({
    services: [{ name: 'sample-headless', clusterIP: 'None', ports: [{ name: 'http-port', port: 80 }] }],
    pods: [
      { name: 'sample-statefulset-headless-0', ip: '10.244.1.3', labels: app, hostname: 'sample-statefulset-headless-0', subdomain: 'sample-headless' },
      { name: 'sample-statefulset-headless-1', ip: '10.244.3.4', labels: app, hostname: 'sample-statefulset-headless-1', subdomain: 'sample-headless' },
      { name: 'sample-statefulset-headless-2', ip: '10.244.2.4', labels: app, hostname: 'sample-statefulset-headless-2', subdomain: 'sample-headless' },
      { name: 'sample-deployment-6cc6d5c8b4-2x7kq', ip: '10.244.2.3', labels: app },
      { name: 'sample-deployment-6cc6d5c8b4-8mzvw', ip: '10.244.1.2', labels: app },
      { name: 'sample-deployment-6cc6d5c8b4-tq4nb', ip: '10.244.3.3', labels: app },
      { name: 'sample-pod', ip: '10.244.3.5' },
    ],
    slices: [{
      service: 'sample-headless', ports: [{ name: 'http-port', port: 80 }],
      endpoints: [
        { ip: '10.244.1.2', pod: 'sample-deployment-6cc6d5c8b4-8mzvw' },
        { ip: '10.244.1.3', hostname: 'sample-statefulset-headless-0', pod: 'sample-statefulset-headless-0' },
        { ip: '10.244.2.3', pod: 'sample-deployment-6cc6d5c8b4-2x7kq' },
        { ip: '10.244.2.4', hostname: 'sample-statefulset-headless-2', pod: 'sample-statefulset-headless-2' },
        { ip: '10.244.3.3', pod: 'sample-deployment-6cc6d5c8b4-tq4nb' },
        { ip: '10.244.3.4', hostname: 'sample-statefulset-headless-1', pod: 'sample-statefulset-headless-1' },
      ],
    }],
  }),
  subdomain: () => buildSim({
    services: [{ name: 'sample-subdomain', clusterIP: 'None' }],
    pods: [{ name: 'sample-subdomain', ip: '10.244.1.5', labels: app, hostname: 'sample-hostname', subdomain: 'sample-subdomain' }, { name: 'sample-pod', ip: '10.244.3.5' }],
    slices: [{ service: 'sample-subdomain', endpoints: [{ ip: '10.244.1.5', hostname: 'sample-hostname', pod: 'sample-subdomain' }] }],
  }),
  externalname: () => buildSim({
    services: [{ name: 'sample-externalname', type: 'ExternalName', externalName: 'external.example.com' }],
    pods: [{ name: 'sample-pod', ip: '10.244.3.5' }],
  }),
  noneSelector: () => buildSim({
    services: [{ name: 'sample-none-selector', clusterIP: '10.96.23.49', ports: [{ port: 8080 }] }],
    pods: [{ name: 'sample-pod', ip: '10.244.3.5' }],
    slices: [{ service: 'sample-none-selector', ports: [{ port: 80 }], endpoints: [{ ip: '192.168.1.1' }, { ip: '192.168.1.2' }] }],
  }),
  seed002: () => buildSim({
    world: (w) => {
      w.lan.dns = { address: '192.168.0.2', records: [{ name: 'intranet.corp.example', type: 'A', data: '192.168.0.30' }, { name: 'wiki.corp.example', type: 'CNAME', data: 'intranet.corp.example' }] };
      w.lan.searchDomains = ['corp.example'];
      w.lan.hosts = [{ name: 'nas.corp.example', ip: '192.168.0.40' }];
      w.internet.dns = { address: '198.51.100.53', records: [{ name: 'www.example.com', type: 'A', data: '203.0.113.80' }, { name: 'api.example.com', type: 'CNAME', data: 'www.example.com' }] };
    },
    services: [{ name: 'headless', clusterIP: 'None', ports: [{ name: 'http', port: 80 }] }],
    pods: [{ name: 'pod-a', ip: '10.244.1.20', labels: { app: 'web' }, hostname: 'pod-a', subdomain: 'headless' }, { name: 'client', ip: '10.244.2.30' }],
    slices: [{ service: 'headless', ports: [{ name: 'http', port: 80 }], endpoints: [{ ip: '10.244.1.20', hostname: 'pod-a', pod: 'pod-a' }] }],
  }),
};

const fromYaml: Record<string, () => Simulation> = {
  headless: () => simulate(SEED001_HEADLESS),
  subdomain: () => simulate(SEED001_SUBDOMAIN),
  externalname: () => simulate(SEED001_EXTERNALNAME),
  noneSelector: () => simulate(SEED001_NONE_SELECTOR),
  seed002: () => simulate(SEED002),
};

const rr = (r: { name: string; ttl: number; type: string; data: string }): string => `${r.name} ${r.ttl} ${r.type} ${r.data}`;

function seedSuite(sims: Record<string, () => Simulation>): void {
  it('001: dig sample-headless… returns the six pod IPs', () => {
    const out = dig(sims.headless(), { name: 'sample-headless.default.svc.cluster.local', from: 'default/sample-pod' }).outcome;
    expect(out.rcode).toBe('NOERROR');
    expect(out.server).toBe('10.96.0.10');
    expect(out.answers.every((a) => a.name === 'sample-headless.default.svc.cluster.local.' && a.ttl === 30 && a.type === 'A')).toBe(true);
    // kubeadm's Corefile has `loadbalance`, which shuffles A records on every answer: the set is what repeats.
    expect(out.answers.map((a) => a.data).sort()).toEqual([...SEED001_HEADLESS_ANSWER].sort());
  });

  it('001: dig sample-statefulset-headless-0.sample-headless… → 10.244.1.3', () => {
    const out = dig(sims.headless(), { name: 'sample-statefulset-headless-0.sample-headless.default.svc.cluster.local', from: 'default/sample-pod' }).outcome;
    // The blog shows TTL 10: its answer came from `cache 30` counting down. PodPath does not simulate the cache
    // clock, so the answer carries the plugin's TTL, 30.
    expect(out.answers.map(rr)).toEqual(['sample-statefulset-headless-0.sample-headless.default.svc.cluster.local. 30 A 10.244.1.3']);
  });

  it('001: deployment pods have no name of their own, only their dashed IP', () => {
    const sim = sims.headless();
    expect(dig(sim, { name: 'sample-deployment-6cc6d5c8b4-2x7kq.sample-headless.default.svc.cluster.local' }).outcome.rcode).toBe('NXDOMAIN');
    expect(dig(sim, { name: '10-244-2-3.sample-headless.default.svc.cluster.local' }).outcome.answers.map((a) => a.data)).toEqual(['10.244.2.3']);
  });

  it('001: the pod resolves the short form through its search list', () => {
    const out = resolve(sims.headless(), { name: 'sample-statefulset-headless-1.sample-headless', type: 'A', from: 'default/sample-pod' }).outcome;
    expect(out.addresses).toEqual(['10.244.3.4']);
    expect(out.queries.map((q) => q.name)).toEqual(['sample-statefulset-headless-1.sample-headless.default.svc.cluster.local.']);
  });

  it('001: hostname/subdomain pod → 10.244.1.5', () => {
    const out = dig(sims.subdomain(), { name: 'sample-hostname.sample-subdomain.default.svc.cluster.local', from: 'default/sample-pod' }).outcome;
    expect(out.answers.map(rr)).toEqual(['sample-hostname.sample-subdomain.default.svc.cluster.local. 30 A 10.244.1.5']);
  });

  it('001: dig sample-externalname… CNAME → external.example.com.', () => {
    const out = dig(sims.externalname(), { name: 'sample-externalname.default.svc.cluster.local', type: 'CNAME', from: 'default/sample-pod' }).outcome;
    expect(out.answers.map(rr)).toEqual(['sample-externalname.default.svc.cluster.local. 30 CNAME external.example.com.']);
  });

  it('001: cat /etc/resolv.conf', () => {
    const c = resolvConf(sims.headless(), 'default/sample-pod');
    expect('error' in c ? c.error.code : formatResolvConf(c)).toBe(SEED001_RESOLV_CONF);
  });

  it('001: the selector-less Service answers its cluster IP; its Endpoints have PTRs', () => {
    const sim = sims.noneSelector();
    expect(dig(sim, { name: 'sample-none-selector.default.svc.cluster.local' }).outcome.answers.map(rr))
      .toEqual(['sample-none-selector.default.svc.cluster.local. 30 A 10.96.23.49']);
    expect(dig(sim, { name: '1.1.168.192.in-addr.arpa', type: 'PTR' }).outcome.answers.map((a) => a.data))
      .toEqual(['192-168-1-1.sample-none-selector.default.svc.cluster.local.']);
    expect(dig(sim, { name: 'sample-none-selector.default.svc.cluster.local', type: 'SRV' }).outcome.answers.map((a) => a.data))
      .toEqual(['0 100 8080 sample-none-selector.default.svc.cluster.local.']);
  });

  it('002: [hostname].[service] through the search list', () => {
    const out = resolve(sims.seed002(), { name: 'pod-a.headless', type: 'A', from: 'default/client' }).outcome;
    expect(out.addresses).toEqual(['10.244.1.20']);
  });

  it('002: a LAN name: cluster DNS → LAN DNS', () => {
    const t = resolve(sims.seed002(), { name: 'wiki', type: 'A', from: 'default/client' });
    // The LAN DNS gives TTL 300; CoreDNS's `cache 30` caps what the pod gets to 30 (plugin/cache WriteMsg).
    expect(t.outcome.answers.map(rr)).toEqual(['wiki.corp.example. 30 CNAME intranet.corp.example.', 'intranet.corp.example. 30 A 192.168.0.30']);
    // The LAN's search domain comes after the cluster's three.
    expect(t.outcome.queries.map((q) => `${q.name} ${q.rcode}`)).toEqual([
      'wiki.default.svc.cluster.local. NXDOMAIN', 'wiki.svc.cluster.local. NXDOMAIN', 'wiki.cluster.local. NXDOMAIN', 'wiki.corp.example. NOERROR',
    ]);
    const hops = t.steps.filter((s) => s.kind === 'dns.forward').map((s) => `${s.from}→${s.to}`);
    // The three cluster names are answered by the kubernetes plugin itself; only the LAN name is forwarded.
    expect(hops).toEqual(['dns/coredns→dns/lan']);
  });

  it('002: a public name: cluster DNS → LAN DNS → external DNS', () => {
    const t = resolve(sims.seed002(), { name: 'api.example.com.', type: 'A', from: 'default/client' });
    expect(t.outcome.addresses).toEqual(['203.0.113.80']);
    const hops = t.steps.filter((s) => s.kind === 'dns.query' || s.kind === 'dns.forward').map((s) => `${s.from}→${s.to}`);
    expect(hops).toEqual(['pod/default/client→dns/coredns', 'dns/coredns→dns/lan', 'dns/lan→dns/internet']);
  });

  it('002: a LAN host: A and PTR', () => {
    const sim = sims.seed002();
    expect(dig(sim, { name: 'nas.corp.example' }).outcome.answers.map((a) => a.data)).toEqual(['192.168.0.40']);
    expect(dig(sim, { name: '40.0.168.192.in-addr.arpa', type: 'PTR' }).outcome.answers.map((a) => a.data)).toEqual(['nas.corp.example.']);
  });
}

describe('seeds on a hand-built cluster', () => seedSuite(handBuilt));
describe('seeds through simulate() (YAML in, answers out)', () => seedSuite(fromYaml));
