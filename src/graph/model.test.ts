import { describe, expect, it } from 'vitest';
import { graphModel } from './model';
import { cluster } from './testing';
import type { GraphModel } from './types';

const edges = (m: GraphModel, kind?: string) => m.edges.filter((e) => !kind || e.kind === kind).map((e) => e.id).sort();
const node = (m: GraphModel, id: string) => m.nodes.find((n) => n.id === id);

describe('graphModel: a web app behind nginx', () => {
  const state = cluster()
    .nginx()
    .svc('default', 'web', { doc: 1 })
    .pod('default', 'web-1', { labels: { app: 'web' }, doc: 2 })
    .pod('default', 'web-2', { labels: { app: 'web' }, node: 'worker-2', ready: false })
    .ingress('default', 'web', [{ host: 'web.example.com', service: 'web' }, { host: 'web.example.com', path: '/api', service: 'api' }])
    .build();
  const m = graphModel(state);

  it.each([
    ['client/internet', 'client', 0],
    ['dns/internet', 'dns', 1],
    ['dns/lan', 'dns', 1],
    ['dns/coredns', 'dns', 1],
    ['lb/ingress-nginx/ingress-nginx-controller', 'loadBalancer', 2],
    ['node/worker-1', 'node', 3],
    ['ingctl/nginx', 'ingressController', 4],
    ['ing/default/web', 'ingress', 5],
    ['svc/default/web', 'service', 6],
    ['missing/svc/default/api', 'missing', 6],
    ['eps/default/web-abcde', 'endpointSlice', 7],
    ['pod/default/web-1', 'pod', 8],
  ])('%s is a %s in column %i', (id, kind, column) => {
    expect(node(m, id)).toMatchObject({ kind, column });
  });

  it('draws the path a request takes from the internet to the pods', () => {
    expect(edges(m, 'traffic')).toEqual(expect.arrayContaining([
      'client/internet->lb/ingress-nginx/ingress-nginx-controller',
      'client/lan->lb/ingress-nginx/ingress-nginx-controller',
      'lb/ingress-nginx/ingress-nginx-controller->node/worker-1',
      'lb/ingress-nginx/ingress-nginx-controller->node/worker-2',
      'node/worker-1->svc/ingress-nginx/ingress-nginx-controller',
    ]));
    // kubeadm's control plane is excluded from external load balancers.
    expect(edges(m)).not.toContain('lb/ingress-nginx/ingress-nginx-controller->node/control-plane');
    expect(edges(m, 'owns')).toEqual(expect.arrayContaining([
      'ingctl/nginx->ing/default/web',
      'ingctl/nginx->svc/ingress-nginx/ingress-nginx-controller',
      'svc/default/web->eps/default/web-abcde',
    ]));
    expect(edges(m, 'backend')).toEqual(['ing/default/web->missing/svc/default/api', 'ing/default/web->svc/default/web']);
    expect(edges(m, 'selects')).toEqual(expect.arrayContaining([
      'eps/default/web-abcde->pod/default/web-1', 'eps/default/web-abcde->pod/default/web-2',
    ]));
  });

  it('marks the dangling backend as a problem, on the edge and on its placeholder', () => {
    const e = m.edges.find((x) => x.id === 'ing/default/web->missing/svc/default/api');
    expect(e?.problem).toMatchObject({ severity: 'warning', code: 'graph/backend-service-missing' });
    expect(e?.label).toBe('web.example.com/api → 80');
    expect(node(m, 'missing/svc/default/api')).toMatchObject({ severity: 'warning', sublabel: 'Service not found' });
  });

  it('labels endpoints with their readiness', () => {
    const byId = Object.fromEntries(m.edges.map((e) => [e.id, e.status]));
    expect(byId['eps/default/web-abcde->pod/default/web-1']).toBe('ready');
    expect(byId['eps/default/web-abcde->pod/default/web-2']).toBe('notReady');
  });

  it('puts DNS on the graph: pods → CoreDNS → LAN DNS → public DNS', () => {
    expect(edges(m, 'dns')).toEqual(expect.arrayContaining([
      'pod/default/web-1->dns/coredns', 'dns/coredns->dns/lan', 'dns/lan->dns/internet',
      'client/internet->dns/internet', 'client/lan->dns/lan',
    ]));
  });

  it('groups by namespace and by node', () => {
    const ns = m.groups.find((g) => g.id === 'ns/default');
    expect(ns?.members).toEqual(expect.arrayContaining(['svc/default/web', 'ing/default/web', 'pod/default/web-1', 'missing/svc/default/api']));
    expect(m.groups.find((g) => g.id === 'bynode/worker-2')?.members).toEqual(['node/worker-2', 'pod/default/web-2']);
    // Load balancers sit outside the cluster: not in a namespace box.
    expect(m.groups.find((g) => g.id === 'ns/ingress-nginx')?.members).not.toContain('lb/ingress-nginx/ingress-nginx-controller');
  });

  it('keeps where each element was written', () => {
    expect(node(m, 'svc/default/web')?.source).toMatchObject({ doc: 1, object: 'Service/default/web' });
    expect(node(m, 'pod/default/web-2')?.source).toBeUndefined();
    // A controller-made EndpointSlice points at its Service's text.
    expect(node(m, 'eps/default/web-abcde')?.source).toMatchObject({ doc: 1, object: 'Service/default/web' });
  });

  it('is JSON-safe and deterministic', () => {
    expect(JSON.parse(JSON.stringify(m))).toEqual(m);
    expect(graphModel(state)).toEqual(m);
  });

  it('has unique ids and edges only between nodes it has', () => {
    const ids = new Set(m.nodes.map((n) => n.id));
    expect(ids.size).toBe(m.nodes.length);
    for (const e of m.edges) {
      expect(ids.has(e.source), e.id).toBe(true);
      expect(ids.has(e.target), e.id).toBe(true);
    }
  });
});

describe('graphModel: Service badges', () => {
  const state = cluster()
    .svc('default', 'plain')
    .svc('default', 'np', { type: 'NodePort' })
    .svc('default', 'lb', { type: 'LoadBalancer', lb: '203.0.113.11' })
    .svc('default', 'ilb', { type: 'LoadBalancer', lb: '192.168.0.200', internal: true })
    .svc('default', 'ext', { externalIPs: ['192.168.0.99'] })
    .svc('default', 'db', { headless: true })
    .svc('default', 'alias', { type: 'ExternalName', externalName: 'db.default.svc.cluster.local', selector: null })
    .svc('default', 'google', { type: 'ExternalName', externalName: 'www.google.com', selector: null })
    .svc('default', 'manual', { selector: null })
    .build();
  const m = graphModel(state);

  it.each([
    ['svc/default/plain', 'ClusterIP', undefined],
    ['svc/default/np', 'NodePort', undefined],
    ['svc/default/lb', 'LoadBalancer', undefined],
    ['svc/default/ilb', 'LoadBalancer', ['internal']],
    ['svc/default/ext', 'ClusterIP', ['ExternalIPs']],
    ['svc/default/db', 'Headless', undefined],
    ['svc/default/alias', 'ExternalName', undefined],
    ['svc/default/manual', 'ClusterIP', ['selector-less']],
  ])('%s → %s %j', (id, badge, badges) => {
    expect(node(m, id)?.serviceType).toBe(badge);
    expect(node(m, id)?.badges).toEqual(badges);
  });

  it('draws ExternalName CNAMEs to the Service or the outside host', () => {
    expect(edges(m, 'dns')).toEqual(expect.arrayContaining([
      'svc/default/alias->svc/default/db', 'svc/default/google->host/www.google.com',
    ]));
    expect(node(m, 'host/www.google.com')).toMatchObject({ kind: 'host', column: 9 });
  });

  it('lets the LAN but not the internet reach an internal load balancer', () => {
    expect(edges(m)).toContain('client/lan->lb/default/ilb');
    expect(edges(m)).not.toContain('client/internet->lb/default/ilb');
    expect(edges(m)).toContain('client/internet->lb/default/lb');
  });

  it('enters NodePorts and external IPs on every node', () => {
    expect(m.edges.find((e) => e.id === 'node/worker-1->svc/default/np')?.label).toMatch(/^:30\d+$/);
    expect(m.edges.find((e) => e.id === 'node/control-plane->svc/default/ext')?.label).toBe('192.168.0.99');
  });

  it('shows addresses on the cards', () => {
    expect(node(m, 'svc/default/db')?.sublabel).toBe('None');
    expect(node(m, 'svc/default/alias')?.sublabel).toBe('→ db.default.svc.cluster.local');
    expect(node(m, 'lb/default/lb')?.sublabel).toBe('203.0.113.11');
  });
});

describe('graphModel: diagnostics on the graph', () => {
  const b = cluster().svc('default', 'web', { selector: { app: 'nope' } }).pod('default', 'p').svc('default', 'web2');
  b.diag('warning', 'service/selector-matches-nothing', 'Service/default/web', ['spec', 'selector']);
  b.diag('error', 'world/bad-cidr', 'World/world');
  b.diag('info', 'pod/x', 'Pod/default/p');
  const m = graphModel(b.build());

  it.each([
    ['svc/default/web', 'warning', ['service/selector-matches-nothing']],
    ['pod/default/p', 'info', ['pod/x']],
    ['svc/default/web2', undefined, []],
  ])('%s has severity %s', (id, severity, codes) => {
    expect(node(m, id)?.severity).toBe(severity);
    expect(node(m, id)?.problems.map((p) => p.code)).toEqual(codes);
  });

  it('lists problems with no element as unplaced', () => {
    expect(m.unplaced.map((p) => p.code)).toEqual(['world/bad-cidr']);
  });
});

describe('graphModel: pods and their resolvers', () => {
  it.each([
    ['ClusterFirst', false, 'dns/coredns'],
    ['ClusterFirst', true, 'dns/lan'],
    ['ClusterFirstWithHostNet', true, 'dns/coredns'],
    ['Default', false, 'dns/lan'],
  ] as const)('%s (hostNetwork %s) asks %s', (dnsPolicy, hostNetwork, server) => {
    const m = graphModel(cluster().pod('default', 'p', { dnsPolicy, hostNetwork }).build());
    expect(edges(m, 'dns').filter((e) => e.startsWith('pod/'))).toEqual([`pod/default/p->${server}`]);
  });
});
