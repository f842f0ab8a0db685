import { describe, expect, it } from 'vitest';
import { simulate } from '../engine';
import { graphModel } from './model';
import { inspect } from './inspect';

const text = `apiVersion: apps/v1
kind: Deployment
metadata: { name: web, namespace: shop }
spec:
  replicas: 2
  selector: { matchLabels: { app: web } }
  template:
    metadata: { labels: { app: web } }
    spec: { containers: [ { name: c, image: nginx, ports: [ { name: http, containerPort: 8080 } ] } ] }
---
apiVersion: v1
kind: Service
metadata: { name: web, namespace: shop }
spec: { selector: { app: web }, ports: [ { name: http, port: 80, targetPort: http } ] }
---
apiVersion: v1
kind: Service
metadata: { name: lonely, namespace: shop }
spec: { selector: { app: nobody }, ports: [ { port: 80 } ] }
---
apiVersion: networking.k8s.io/v1
kind: Ingress
metadata: { name: web, namespace: shop }
spec:
  ingressClassName: nginx
  rules:
    - host: shop.example.com
      http:
        paths:
          - { path: /, pathType: Prefix, backend: { service: { name: web, port: { number: 80 } } } }
          - { path: /old, pathType: Prefix, backend: { service: { name: gone, port: { number: 80 } } } }
`;

describe('graphModel through simulate()', () => {
  const sim = simulate(text);
  const m = graphModel(sim.cluster, sim.diagnostics);
  const ids = new Set(m.nodes.map((n) => n.id));
  const edgeIds = new Set(m.edges.map((e) => e.id));

  it('draws the whole way in: Ingress → Service → EndpointSlice → both pods', () => {
    expect(ids.has('ing/shop/web')).toBe(true);
    expect(edgeIds.has('ingctl/nginx->ing/shop/web')).toBe(true);
    expect(edgeIds.has('ing/shop/web->svc/shop/web')).toBe(true);
    const slices = m.edges.filter((e) => e.source === 'svc/shop/web' && e.kind === 'owns').map((e) => e.target);
    expect(slices).toHaveLength(1);
    const pods = m.edges.filter((e) => e.source === slices[0] && e.kind === 'selects');
    expect(pods).toHaveLength(2);
    expect(pods.every((e) => e.status === 'ready')).toBe(true);
  });

  it('shows lint warnings on the graph, where the learner looks', () => {
    const missing = m.nodes.find((n) => n.id === 'missing/svc/shop/gone');
    expect(missing?.problems.length).toBeGreaterThan(0);
    const lonely = m.nodes.find((n) => n.id === 'svc/shop/lonely');
    const lintCodes = sim.diagnostics.filter((d) => d.object === 'Service/shop/lonely').map((d) => d.code);
    expect(lonely?.problems.map((p) => p.code)).toEqual(lintCodes);
  });

  it('points each element at its lines in the text', () => {
    expect(m.nodes.find((n) => n.id === 'svc/shop/web')?.source?.range.start.line).toBe(11);
    // Workload pods select their Deployment's lines.
    const pod = m.nodes.find((n) => n.kind === 'pod' && n.namespace === 'shop');
    expect(pod?.source?.object).toBe('Deployment/shop/web');
  });

  it('inspects a Service with its DNS names, endpoints and the rules that reach it', () => {
    const d = inspect(sim, 'svc/shop/web');
    expect(d?.dnsNames.find((n) => n.form === 'fqdn')?.name).toBe('web.shop.svc.cluster.local.');
    expect(d?.dnsNames.find((n) => n.form === 'srv')?.name).toBe('_http._tcp.web.shop.svc.cluster.local.');
    expect(d?.endpoints).toHaveLength(2);
    expect(d?.ingressRules.map((r) => `${r.host}${r.path}`)).toEqual(['shop.example.com/']);
  });
});
