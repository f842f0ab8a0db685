import { describe, expect, it } from 'vitest';
import { inspect } from './inspect';
import { cluster } from './testing';
import { simulate } from '../engine';
import { lessonScenarios } from '../lessons';
import { graphModel } from './model';
import { directTarget, indirectTargets } from './problems';

const names = (d: ReturnType<typeof inspect>) => d?.dnsNames.map((n) => [n.form, n.type, n.name, n.answers.join(' '), n.notServed ?? '']) ?? [];

describe('inspect: a Service', () => {
  const b = cluster()
    .svc('default', 'web', { doc: 0, ports: [{ name: 'http', port: 80, targetPort: 8080 }] })
    .pod('default', 'web-1', { labels: { app: 'web' }, ip: '10.244.1.5' })
    .ingress('default', 'web', [{ host: 'web.example.com', service: 'web' }]);
  b.diag('warning', 'service/example', 'Service/default/web');
  const state = b.build();
  const d = inspect(state, 'svc/default/web');

  it('lists every DNS name with what CoreDNS answers', () => {
    expect(names(d)).toEqual([
      ['short', 'A', 'web', '10.96.0.10', ''],
      ['namespaced', 'A', 'web.default', '10.96.0.10', ''],
      ['svc', 'A', 'web.default.svc', '10.96.0.10', ''],
      ['fqdn', 'A', 'web.default.svc.cluster.local.', '10.96.0.10', ''],
      ['srv', 'SRV', '_http._tcp.web.default.svc.cluster.local.', expect.stringMatching(/ 80 web\.default\.svc\.cluster\.local\.$/), ''],
      ['hostname', 'A', '10-244-1-5.web.default.svc.cluster.local.', '10.244.1.5', ''],
      ['ptr', 'PTR', '10.0.96.10.in-addr.arpa.', 'web.default.svc.cluster.local.', ''],
    ]);
    expect(d?.dnsNames[0].from).toBe('namespace');
  });

  it('shows fields, endpoints, ingress rules and diagnostics', () => {
    expect(d).toMatchObject({ kind: 'service', title: 'web', namespace: 'default', serviceType: 'ClusterIP', source: { doc: 0 } });
    const spec = d?.sections.find((s) => s.key === 'spec')?.rows.map((r) => [r.field, r.value]);
    expect(spec).toEqual(expect.arrayContaining([['spec.type', 'ClusterIP'], ['spec.clusterIPs', '10.96.0.10'], ['spec.selector', 'app=web']]));
    expect(d?.sections.find((s) => s.key === 'ports')?.rows[0].value).toBe('http 80→8080/TCP');
    expect(d?.endpoints).toEqual([expect.objectContaining({ addresses: ['10.244.1.5'], status: 'ready', pod: 'pod/default/web-1', slice: 'eps/default/web-abcde' })]);
    expect(d?.ingressRules).toEqual([{ ingress: 'ing/default/web', host: 'web.example.com', path: '/', pathType: 'Prefix', port: '80' }]);
    expect(d?.diagnostics.map((x) => x.code)).toEqual(['service/example']);
  });

  it('returns null for an unknown id', () => {
    expect(inspect(state, 'svc/default/nope')).toBeNull();
    expect(inspect(state, 'weird')).toBeNull();
  });
});

describe('inspect: headless Service and its pods', () => {
  const state = cluster()
    .svc('default', 'db', { headless: true, ports: [{ name: 'pg', port: 5432 }] })
    .pod('default', 'db-0', { labels: { app: 'db' }, ip: '10.244.1.7', hostname: 'db-0', subdomain: 'db' })
    .pod('default', 'db-1', { labels: { app: 'db' }, ip: '10.244.2.8', hostname: 'db-1', subdomain: 'other' })
    .build();

  it('answers the Service name with the pod IPs and names each endpoint', () => {
    const d = inspect(state, 'svc/default/db');
    const fq = d?.dnsNames.find((n) => n.form === 'fqdn');
    expect(fq?.answers).toEqual(['10.244.1.7', '10.244.2.8']);
    expect(d?.dnsNames.filter((n) => n.form === 'hostname').map((n) => n.name)).toEqual([
      'db-0.db.default.svc.cluster.local.', '10-244-2-8.db.default.svc.cluster.local.',
    ]);
    expect(d?.dnsNames.some((n) => n.form === 'ptr')).toBe(false);
  });

  it('gives a pod its pod name, its endpoint hostname and its PTR', () => {
    expect(names(inspect(state, 'pod/default/db-0'))).toEqual([
      ['pod', 'A', '10-244-1-7.default.pod.cluster.local.', '10.244.1.7', ''],
      ['hostname', 'A', 'db-0.db.default.svc.cluster.local.', '10.244.1.7', ''],
      ['ptr', 'PTR', '7.1.244.10.in-addr.arpa.', 'db-0.db.default.svc.cluster.local.', ''],
    ]);
  });

  it('shows that a hostname whose subdomain names no headless Service does not resolve', () => {
    const own = inspect(state, 'pod/default/db-1')?.dnsNames.find((n) => n.name.startsWith('db-1.other.'));
    expect(own).toMatchObject({ answers: [], notServed: 'NXDOMAIN' });
  });

  it('shows the pod resolv.conf', () => {
    const rc = inspect(state, 'pod/default/db-0')?.sections.find((s) => s.key === 'resolv.conf')?.rows;
    expect(rc).toEqual([
      { field: 'nameserver', value: '10.96.0.10' },
      { field: 'search', value: 'default.svc.cluster.local svc.cluster.local cluster.local' },
      { field: 'options', value: 'ndots:5' },
    ]);
  });
});

describe('inspect: ExternalName, Ingress, world', () => {
  const state = cluster()
    .nginx()
    .svc('default', 'ext', { type: 'ExternalName', externalName: 'api.example.com', selector: null })
    .ingress('default', 'web', [{ host: 'a.example.com', service: 'ext' }, { host: 'b.example.com', service: 'gone', port: 'http' }])
    .build();

  it('answers an ExternalName with a CNAME', () => {
    const fq = inspect(state, 'svc/default/ext')?.dnsNames.find((n) => n.form === 'fqdn');
    expect(fq).toMatchObject({ type: 'CNAME', answers: ['CNAME api.example.com.'] });
  });

  it.each([
    ['ing/default/web', 'ingress'],
    ['ingctl/nginx', 'ingressController'],
    ['lb/ingress-nginx/ingress-nginx-controller', 'loadBalancer'],
    ['node/worker-1', 'node'],
    ['client/internet', 'client'],
    ['dns/coredns', 'dns'],
    ['dns/lan', 'dns'],
    ['missing/svc/default/gone', 'missing'],
    ['ns/default', 'namespace'],
    ['ing/default/web->svc/default/ext', 'edge'],
  ])('%s is a %s', (id, kind) => {
    expect(inspect(state, id)).toMatchObject({ id, kind });
  });

  it('lists an Ingress rules, marking the missing backend', () => {
    const d = inspect(state, 'ing/default/web');
    expect(d?.ingressRules).toEqual([
      { ingress: 'ing/default/web', host: 'a.example.com', path: '/', pathType: 'Prefix', port: '80', service: 'svc/default/ext' },
      { ingress: 'ing/default/web', host: 'b.example.com', path: '/', pathType: 'Prefix', port: 'http', service: 'missing/svc/default/gone', missing: true },
    ]);
    expect(d?.sections.find((s) => s.key === 'controllers')?.rows).toEqual([{ field: 'class nginx', value: 'k8s.io/ingress-nginx', ref: 'ingctl/nginx' }]);
    expect(inspect(state, 'missing/svc/default/gone')?.diagnostics.map((x) => x.code)).toEqual(['graph/backend-service-missing']);
  });
});

describe('the diagnostics of each element, indexed once per simulation', () => {
  // The reference: every diagnostic whose object is the element's own, or one it stands for (indirectTargets).
  it('match a scan of every diagnostic, for every element of every lesson scenario', () => {
    let withProblems = 0;
    for (const { id: lesson, text } of lessonScenarios()) {
      const sim = simulate(text);
      const indirect = indirectTargets(sim.cluster);
      const input = { cluster: sim.cluster, diagnostics: sim.diagnostics, zone: sim.zone };
      const ids = graphModel(sim.cluster, sim.diagnostics).nodes.map((n) => n.id);
      for (const id of ids) {
        const want = sim.diagnostics.filter((d) => d.object && (directTarget(d.object) === id || (indirect.get(d.object) ?? []).includes(id)))
          .map((d) => [d.code, d.object, d.message]);
        const got = (inspect(input, id)?.diagnostics ?? []).map((d) => [d.code, d.object, d.message]);
        expect(got, `${lesson} ${id}`).toEqual(want);
        if (want.length) withProblems++;
      }
    }
    // The comparison means something only if some elements have problems, some of them through another object.
    expect(withProblems).toBeGreaterThan(5);
  });
});
