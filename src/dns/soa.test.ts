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

/**
 * handler.go ServeDNS keeps the zone in the case it was asked (`zone = qname[len(qname)-len(zone):]`), and
 * the SOA (plugin.SOA: owner, ns.dns., hostmaster.) and the SRV/NS targets built from the zone
 * (msg.Path(zone)) carry it: plugin/kubernetes/handler_case_test.go TestPreserveCase.
 */
describe('CoreDNS keeps the zone in the case it was asked', () => {
  const mixed = simulate(`
apiVersion: v1
kind: Service
metadata: { name: web }
spec: { selector: { app: web }, ports: [{ name: http, port: 80 }] }
---
apiVersion: v1
kind: Pod
metadata: { name: w1, labels: { app: web } }
spec: { containers: [{ name: c, image: nginx, ports: [{ containerPort: 80 }] }] }`);
  const SOA = 'ns.dns.ClUsTeR.lOcAl. hostmaster.ClUsTeR.lOcAl.';
  it.each([
    { what: 'NXDOMAIN', name: 'not-a-service.default.svc.ClUsTeR.lOcAl', type: 'A', section: 'authority' as const, want: `ClUsTeR.lOcAl. SOA ${SOA}` },
    { what: 'NODATA', name: 'web.default.svc.ClUsTeR.lOcAl', type: 'AAAA', section: 'authority' as const, want: `ClUsTeR.lOcAl. SOA ${SOA}` },
    { what: 'the apex SOA', name: 'ClUsTeR.lOcAl', type: 'SOA', section: 'answers' as const, want: `ClUsTeR.lOcAl. SOA ${SOA}` },
    { what: 'an SRV target', name: '_HtTp._TcP.wEb.DeFaUlT.SvC.cLuStEr.LoCaL', type: 'SRV', section: 'answers' as const, want: '_HtTp._TcP.wEb.DeFaUlT.SvC.cLuStEr.LoCaL. SRV 0 100 80 web.default.svc.cLuStEr.LoCaL.' },
    { what: 'an NS target', name: 'Cluster.Local', type: 'NS', section: 'answers' as const, want: 'Cluster.Local. NS kube-dns.kube-system.svc.Cluster.Local.' },
  ])('$what', ({ name, type, section, want }) => {
    const o = dig(mixed, { name, type }).outcome;
    const rr = o[section]?.[0];
    const data = rr?.type === 'SOA' ? rr.data.split(' ').slice(0, 2).join(' ') : rr?.data;
    expect(`${rr?.name} ${rr?.type} ${data}`).toBe(want);
  });

  it('answers ns.dns.<zone> asked in any case', () => {
    expect(dig(mixed, { name: 'ns.dns.Cluster.Local', type: 'A' }).outcome.answers.map((r) => r.data)).toEqual(['10.96.0.10']);
  });
});
