import { describe, expect, it } from 'vitest';
import { clusterState, pod, service, sliceFor } from '../request/testing';
import { endpointsForServicePort, type ProxyEndpoint } from './endpoints';
import { kubeProxyDecision, type TrafficOrigin } from './policy';
import { selectEndpoint } from './select';
import { findFrontend } from './servicePort';
import { categorizeEndpoints } from './topology';

const ep = (ip: string, nodeName: string, c: Partial<ProxyEndpoint> = {}): ProxyEndpoint => ({
  ip, port: 80, ready: true, serving: true, terminating: false, nodeName, slice: 's', ...c,
});

describe('categorizeEndpoints (pkg/proxy/topology.go)', () => {
  const cluster = { internalLocal: false, externalLocal: false, externallyAccessible: false };
  const local = { internalLocal: false, externalLocal: true, externallyAccessible: true };
  const cases = [
    { name: 'cluster policy uses every ready endpoint', eps: [ep('10.0.0.1', 'a'), ep('10.0.0.2', 'b')], pol: cluster, node: 'a', clusterIPs: ['10.0.0.1', '10.0.0.2'], localIPs: null, any: true },
    { name: 'not-ready endpoints are skipped', eps: [ep('10.0.0.1', 'a', { ready: false, serving: false }), ep('10.0.0.2', 'b')], pol: cluster, node: 'a', clusterIPs: ['10.0.0.2'], localIPs: null, any: true },
    { name: 'no ready anywhere: falls back to serving+terminating (KEP-1669)', eps: [ep('10.0.0.1', 'a', { ready: false, terminating: true }), ep('10.0.0.2', 'b', { ready: false, serving: false })], pol: cluster, node: 'a', clusterIPs: ['10.0.0.1'], localIPs: null, any: true },
    { name: 'nothing usable: hasAnyEndpoints false', eps: [ep('10.0.0.1', 'a', { ready: false, serving: false })], pol: cluster, node: 'a', clusterIPs: [], localIPs: null, any: false },
    { name: 'external Local: local endpoints only on this node', eps: [ep('10.0.0.1', 'a'), ep('10.0.0.2', 'b')], pol: local, node: 'b', clusterIPs: ['10.0.0.1', '10.0.0.2'], localIPs: ['10.0.0.2'], any: true },
    { name: 'external Local, node without endpoints: empty local set', eps: [ep('10.0.0.1', 'a')], pol: local, node: 'c', clusterIPs: ['10.0.0.1'], localIPs: [], any: true },
    { name: 'local terminating used when no local ready', eps: [ep('10.0.0.1', 'a'), ep('10.0.0.2', 'b', { ready: false, terminating: true })], pol: local, node: 'b', clusterIPs: ['10.0.0.1'], localIPs: ['10.0.0.2'], any: true },
    // UsesClusterEndpoints: internal Cluster or externally accessible (pkg/proxy/serviceport.go).
    { name: 'internal + external Local, externally accessible: cluster endpoints kept for short-circuiting', eps: [ep('10.0.0.1', 'a'), ep('10.0.0.2', 'b')], pol: { internalLocal: true, externalLocal: true, externallyAccessible: true }, node: 'b', clusterIPs: ['10.0.0.1', '10.0.0.2'], localIPs: ['10.0.0.2'], any: true },
    // topologyModeFromHints (pkg/proxy/topology.go): hints used only when every ready endpoint has one and one names this zone.
    { name: 'zone hints: only the endpoints hinted for this node\'s zone', eps: [ep('10.0.0.1', 'a', { zoneHints: ['za'] }), ep('10.0.0.2', 'b', { zoneHints: ['zb'] })], pol: cluster, node: 'b', zone: 'zb', clusterIPs: ['10.0.0.2'], localIPs: null, any: true },
    { name: 'zone hints: one ready endpoint without a hint → hints ignored', eps: [ep('10.0.0.1', 'a', { zoneHints: ['za'] }), ep('10.0.0.2', 'b')], pol: cluster, node: 'a', zone: 'za', clusterIPs: ['10.0.0.1', '10.0.0.2'], localIPs: null, any: true },
    { name: 'zone hints: none for this zone → hints ignored', eps: [ep('10.0.0.1', 'a', { zoneHints: ['za'] }), ep('10.0.0.2', 'b', { zoneHints: ['za'] })], pol: cluster, node: 'c', zone: 'zc', clusterIPs: ['10.0.0.1', '10.0.0.2'], localIPs: null, any: true },
    { name: 'zone hints: a node without a zone ignores them', eps: [ep('10.0.0.1', 'a', { zoneHints: ['za'] }), ep('10.0.0.2', 'b', { zoneHints: ['zb'] })], pol: cluster, node: 'c', clusterIPs: ['10.0.0.1', '10.0.0.2'], localIPs: null, any: true },
    { name: 'internal Local, not externally accessible: no cluster endpoints', eps: [ep('10.0.0.1', 'a'), ep('10.0.0.2', 'b')], pol: { internalLocal: true, externalLocal: false, externallyAccessible: false }, node: 'b', clusterIPs: [], localIPs: ['10.0.0.2'], any: true },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const r = categorizeEndpoints(c.eps, c.pol, c.node, (c as { zone?: string }).zone);
      expect(r.clusterEndpoints?.map((e) => e.ip) ?? []).toEqual(c.clusterIPs);
      expect(r.localEndpoints?.map((e) => e.ip) ?? null).toEqual(c.localIPs);
      expect(r.hasAnyEndpoints).toBe(c.any);
    });
  }
});

describe('kubeProxyDecision (iptables proxier)', () => {
  const mk = (etp: 'Cluster' | 'Local', itp: 'Cluster' | 'Local' = 'Cluster') =>
    service({ name: 'web', selector: { app: 'web' }, type: 'NodePort', ports: [{ port: 80, nodePort: 30080 }], externalTrafficPolicy: etp, internalTrafficPolicy: itp });
  const eps = [ep('10.244.1.5', 'worker-1')];
  const port = mk('Cluster').service.spec.ports[0];
  const cases: { name: string; etp: 'Cluster' | 'Local'; itp?: 'Cluster' | 'Local'; via: 'clusterIP' | 'nodePort'; node: string; origin: TrafficOrigin; endpoints: ProxyEndpoint[]; want: Record<string, unknown> }[] = [
    { name: 'no endpoints at all → REJECT (connection refused)', etp: 'Cluster', via: 'clusterIP', node: 'worker-1', origin: 'pod', endpoints: [], want: { action: 'reject' } },
    { name: 'no endpoints via nodePort → REJECT too', etp: 'Local', via: 'nodePort', node: 'worker-2', origin: 'external', endpoints: [], want: { action: 'reject' } },
    { name: 'clusterIP from a pod: DNAT, no masquerade', etp: 'Cluster', via: 'clusterIP', node: 'worker-2', origin: 'pod', endpoints: eps, want: { action: 'dnat', chain: 'cluster', masquerade: null } },
    { name: 'clusterIP from a node: masquerade', etp: 'Cluster', via: 'clusterIP', node: 'worker-2', origin: 'node', endpoints: eps, want: { action: 'dnat', masquerade: 'clusterip-from-outside' } },
    { name: 'nodePort, ETP Cluster: SNAT to the node', etp: 'Cluster', via: 'nodePort', node: 'worker-2', origin: 'external', endpoints: eps, want: { action: 'dnat', chain: 'cluster', masquerade: 'external-policy-cluster' } },
    { name: 'nodePort, ETP Local, node with endpoint: client IP kept', etp: 'Local', via: 'nodePort', node: 'worker-1', origin: 'external', endpoints: eps, want: { action: 'dnat', chain: 'local', masquerade: null } },
    { name: 'nodePort, ETP Local, node without endpoint: DROP (timeout)', etp: 'Local', via: 'nodePort', node: 'worker-2', origin: 'external', endpoints: eps, want: { action: 'drop', policy: 'external' } },
    { name: 'nodePort, ETP Local, from a pod: short-circuit to cluster', etp: 'Local', via: 'nodePort', node: 'worker-2', origin: 'pod', endpoints: eps, want: { action: 'dnat', chain: 'cluster', shortCircuit: true, masquerade: null } },
    { name: 'nodePort, ETP Local, from the node itself: short-circuit + masquerade', etp: 'Local', via: 'nodePort', node: 'worker-2', origin: 'node', endpoints: eps, want: { action: 'dnat', shortCircuit: true, masquerade: 'node-local-source' } },
    { name: 'ITP Local, pod on a node without endpoint: DROP', etp: 'Cluster', itp: 'Local', via: 'clusterIP', node: 'worker-2', origin: 'pod', endpoints: eps, want: { action: 'drop', policy: 'internal' } },
    { name: 'ITP Local, pod on the endpoint node: local chain', etp: 'Cluster', itp: 'Local', via: 'clusterIP', node: 'worker-1', origin: 'pod', endpoints: eps, want: { action: 'dnat', chain: 'local' } },
    { name: 'ITP + ETP Local, pod to a nodePort of a node without endpoint: short-circuit to every endpoint', etp: 'Local', itp: 'Local', via: 'nodePort', node: 'worker-2', origin: 'pod', endpoints: eps, want: { action: 'dnat', chain: 'cluster', shortCircuit: true, candidates: eps } },
    { name: 'ITP + ETP Local, the node to its own nodePort without endpoint: short-circuit + masquerade', etp: 'Local', itp: 'Local', via: 'nodePort', node: 'worker-2', origin: 'node', endpoints: eps, want: { action: 'dnat', chain: 'cluster', shortCircuit: true, masquerade: 'node-local-source', candidates: eps } },
    { name: 'ITP + ETP Local, outside client on a node without endpoint: still DROP', etp: 'Local', itp: 'Local', via: 'nodePort', node: 'worker-2', origin: 'external', endpoints: eps, want: { action: 'drop', policy: 'external' } },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const d = kubeProxyDecision({ service: mk(c.etp, c.itp), port, via: c.via, nodeName: c.node, origin: c.origin, endpoints: c.endpoints });
      expect(d).toMatchObject(c.want);
    });
  }
});

describe('endpoints, frontends and selection', () => {
  const web = service({ name: 'web', selector: { app: 'web' }, clusterIP: '10.96.0.50', type: 'LoadBalancer', lbIPs: ['203.0.113.10'],
    externalIPs: ['192.168.0.11'], ports: [{ name: 'http', port: 80, targetPort: 'http', nodePort: 30080 }, { name: 'metrics', port: 9090 }] });
  const pods = [pod({ name: 'web-1', ip: '10.244.1.5', labels: { app: 'web' } }), pod({ name: 'web-2', ip: '10.244.2.5', node: 'worker-2', labels: { app: 'web' } })];
  const state = clusterState({ services: [web], pods, slices: [sliceFor(web, pods, [{ name: 'http', port: 8080 }, { name: 'metrics', port: 9090 }])] });

  it('reads the slice port with the Service port name', () => {
    const eps = endpointsForServicePort(state, web, web.service.spec.ports[0]);
    expect(eps.map((e) => `${e.ip}:${e.port}`)).toEqual(['10.244.1.5:8080', '10.244.2.5:8080']);
    expect(eps[0].pod).toBe('default/web-1');
  });
  it.each([
    ['10.96.0.50', 80, 'clusterIP', 'http'],
    ['10.96.0.50', 9090, 'clusterIP', 'metrics'],
    ['192.168.0.12', 30080, 'nodePort', 'http'],
    ['192.168.0.11', 80, 'externalIP', 'http'],
    ['203.0.113.10', 80, 'loadBalancer', 'http'],
  ])('%s:%d is the %s frontend of port %s', (ip, port, via, name) => {
    const f = findFrontend(state, ip, port);
    expect(f?.via).toBe(via);
    expect(f?.port.name).toBe(name);
  });
  it('nothing on a wrong port', () => expect(findFrontend(state, '10.96.0.50', 81)).toBeNull());

  it('spreads repeated requests and pins ClientIP affinity', () => {
    const cands = endpointsForServicePort(state, web, web.service.spec.ports[0]);
    const base = { candidates: cands, clientIP: '10.244.0.9', seed: 1, servicePort: 'default/web:http' };
    const spread = new Set(Array.from({ length: 20 }, (_, i) => selectEndpoint({ ...base, sessionAffinity: 'None', requestIndex: i })?.endpoint.ip));
    expect(spread.size).toBe(2);
    const sticky = new Set(Array.from({ length: 20 }, (_, i) => selectEndpoint({ ...base, sessionAffinity: 'ClientIP', requestIndex: i })?.endpoint.ip));
    expect(sticky.size).toBe(1);
  });
});
