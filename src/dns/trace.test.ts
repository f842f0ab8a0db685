/**
 * Traces as data: every step uses a catalog key whose placeholders its params fill, names graph ids, and
 * the DNS functions never throw, whatever they are asked (fast-check).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { renderMessage } from '../messages/index';
import type { TraceStep } from '../trace/types';
import { dig, resolve, resolvConf } from './dig';
import { dnsCatalog } from './messages';
import { buildSim } from './testing';

const sim = buildSim({
  world: (w) => { w.internet.dns = { ...w.internet.dns, records: [{ name: 'www.example.com', type: 'A', data: '203.0.113.80' }, { name: 'cdn.example.com', type: 'CNAME', data: 'www.example.com' }] }; },
  services: [
    { name: 'web', clusterIP: '10.96.10.10', ports: [{ name: 'http', port: 80 }] },
    { name: 'db', clusterIP: 'None', ports: [{ name: 'pg', port: 5432 }] },
    { name: 'ext', type: 'ExternalName', externalName: 'cdn.example.com' },
  ],
  pods: [
    { name: 'client', ip: '10.244.1.50' }, { name: 'db-0', ip: '10.244.1.10' },
    { name: 'lost', ip: '10.244.1.51', dnsPolicy: 'None', dnsConfig: { nameservers: ['10.0.0.99'] } },
    { name: 'backup', ip: '10.244.1.53', dnsPolicy: 'None', dnsConfig: { nameservers: ['10.0.0.99', '10.96.0.10'] } },
  ],
  slices: [{ service: 'db', ports: [{ name: 'pg', port: 5432 }], endpoints: [{ ip: '10.244.1.10', hostname: 'db-0', pod: 'db-0' }] }],
});

const traces: (readonly TraceStep[])[] = [
  dig(sim, { name: 'web.default.svc.cluster.local', from: 'default/client' }).steps,
  dig(sim, { name: 'ext', search: true, from: 'default/client' }).steps,
  dig(sim, { name: '_pg._tcp.db.default.svc.cluster.local', type: 'SRV' }).steps,
  dig(sim, { name: '10.1.244.10.in-addr.arpa', type: 'PTR' }).steps,
  dig(sim, { name: '99.1.244.10.in-addr.arpa', type: 'PTR' }).steps,
  dig(sim, { name: 'www.example.com', server: '192.168.0.2' }).steps,
  dig(sim, { name: 'www.example.com', server: '10.9.9.9' }).steps,
  resolve(sim, { name: 'www.example.com', from: 'default/client' }).steps,
  resolve(sim, { name: 'nothing.example', from: 'default/client' }).steps,
  resolve(sim, { name: 'db-0.db', from: 'default/client' }).steps,
  resolve(sim, { name: 'web', from: 'default/ghost' }).steps,
];

describe('DNS traces', () => {
  it('use catalog keys with every placeholder filled', () => {
    for (const step of traces.flat()) {
      expect(Object.keys(dnsCatalog)).toContain(step.message);
      expect(renderMessage(step.message, step.params)).not.toMatch(/\{\w+\}/);
    }
  });

  it('name the elements they touch', () => {
    const steps = traces.flat();
    // Every hop goes to a DNS server element, except a query to an address where nothing listens.
    for (const s of steps.filter((x) => (x.kind === 'dns.query' || x.kind === 'dns.forward') && x.params.server !== '10.9.9.9')) expect(s.to).toMatch(/^dns\//);
    const lookups = steps.filter((s) => s.kind === 'dns.lookup').flatMap((s) => s.touches);
    expect(lookups).toContain('svc/default/web');
    expect(lookups).toContain('pod/default/db-0');
    expect(steps.filter((s) => s.kind === 'dns.query').flatMap((s) => s.touches)).toContain('svc/kube-system/kube-dns');
  });

  it('a query step carries the packet from the pod to port 53', () => {
    const q = traces[0].find((s) => s.kind === 'dns.query');
    expect(q?.packet).toMatchObject({ protocol: 'UDP', src: { ip: '10.244.1.50' }, dst: { ip: '10.96.0.10', port: 53 }, dns: { qname: 'web.default.svc.cluster.local.', qtype: 'A' } });
  });

  it('dig @unknown times out', () => {
    const out = dig(sim, { name: 'www.example.com', server: '10.9.9.9' }).outcome;
    expect(out).toMatchObject({ timedOut: true, server: '10.9.9.9', answers: [] });
  });

  // bin/dig/dighost.c: a UDP timeout re-sends to the same server while l->retries > 1 (+tries=3 by default);
  // the count is the lookup's, so a second server gets what is left (one try).
  it.each([
    { what: 'one silent server: three tries', from: 'default/lost', sent: ['10.0.0.99', '10.0.0.99', '10.0.0.99'], timedOut: true },
    { what: 'a silent server, then a live one', from: 'default/backup', sent: ['10.0.0.99', '10.0.0.99', '10.0.0.99', '10.96.0.10'], timedOut: undefined },
  ])('dig retries a timed-out UDP query: $what', ({ from, sent, timedOut }) => {
    const t = dig(sim, { name: 'web.default.svc.cluster.local', from });
    expect(t.steps.filter((s) => s.kind === 'dns.query').map((s) => s.params.server)).toEqual(sent);
    expect(t.outcome.timedOut).toBe(timedOut);
  });

  it('dig +search stops at NODATA, unlike getaddrinfo', () => {
    const out = dig(sim, { name: 'default', search: true, from: 'default/client' }).outcome;
    expect(out.queries.map((q) => `${q.name} ${q.rcode}`)).toEqual(['default.default.svc.cluster.local. NXDOMAIN', 'default.svc.cluster.local. NOERROR']);
  });

  it('never throws, whatever the question', () => {
    const name = fc.oneof(fc.string(), fc.domain(), fc.constantFrom('', '.', '..', 'a..b', '*.default.svc.cluster.local', '1-2-3-4.default.pod.cluster.local', 'x'.repeat(300)));
    const type = fc.oneof(fc.constantFrom('A', 'AAAA', 'SRV', 'PTR', 'CNAME', 'TXT', 'SOA', 'NS', 'MX', 'any', 'AXFR'), fc.string());
    fc.assert(fc.property(name, type, fc.boolean(), fc.constantFrom(undefined, 'default/client', 'nope/nope', 'client'), (n, t, search, from) => {
      dig(sim, { name: n, type: t, search, from });
      resolve(sim, { name: n, type: t === 'A' || t === 'AAAA' ? t : undefined, from: from ?? 'default/client' });
      resolvConf(sim, from ?? '');
    }), { numRuns: 300 });
  });
});
