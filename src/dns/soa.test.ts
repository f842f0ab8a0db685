/**
 * SOA queries to CoreDNS's kubernetes plugin: plugin/kubernetes/handler.go `case dns.TypeSOA: if qname == zone`
 * (coredns/coredns#4592, fixing #4585). Only the apex has an SOA record; any other name in the zone gets
 * NODATA (NOERROR, empty answer, the zone's SOA in authority) — even a name that does not exist, because the
 * SOA branch does no lookup and so never returns a name error.
 */
import { describe, expect, it } from 'vitest';
import { simulate } from '../engine';
import { dig } from './dig';

const sim = simulate(`
apiVersion: v1
kind: Service
metadata: { name: web }
spec: { selector: { app: web }, ports: [{ port: 80 }] }`);

describe('CoreDNS SOA: answer at the apex only', () => {
  it('the apex answers its SOA', () => {
    const o = dig(sim, { name: 'cluster.local', type: 'SOA' }).outcome;
    expect(o).toMatchObject({ rcode: 'NOERROR', authority: [] });
    expect(o.answers.map((r) => `${r.name} ${r.type}`)).toEqual(['cluster.local. SOA']);
  });

  it.each([
    ['an existing Service', 'web.default.svc.cluster.local'],
    ['a namespace', 'default.svc.cluster.local'],
    ['a name that does not exist', 'nothing.default.svc.cluster.local'],
    ['a malformed name', 'a.b.c.d.e.f.cluster.local'],
  ])('%s: NODATA with the SOA in authority (never NXDOMAIN)', (_what, name) => {
    const t = dig(sim, { name, type: 'SOA' });
    expect(t.outcome).toMatchObject({ rcode: 'NOERROR', answers: [] });
    expect(t.outcome.authority?.map((r) => `${r.name} ${r.type}`)).toEqual(['cluster.local. SOA']);
    expect(t.steps.map((s) => s.message)).toContain('dns.k8s.soaNotApex');
  });
});
