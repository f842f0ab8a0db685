import { describe, expect, it } from 'vitest';
import { buildNodes } from '../../cluster/nodes';
import { container, service, simPod, world } from '../../cluster/testing';
import { ANNOTATION_TOPOLOGY_MODE, desiredEndpointSlices, MAX_ENDPOINTS_PER_SLICE } from './reconciler';

const nodes = new Map(buildNodes([], world((w) => {
  w.nodes = [{ name: 'worker-1', internalIP: '192.168.0.11', zone: 'zone-a' }, { name: 'worker-2', internalIP: '192.168.0.12' }];
})).map((n) => [n.name, n]));
const svc = (extra: Parameters<typeof service>[0]) => {
  const s = service(extra);
  return { ...s, spec: { ...s.spec, clusterIP: s.spec.clusterIP ?? '10.96.100.1', ipFamilies: ['IPv4' as const] } };
};
const eps = (slices: ReturnType<typeof desiredEndpointSlices>) =>
  slices.map((s) => ({ ports: s.ports.map((p) => `${p.name}:${p.port}`), ips: s.endpoints.map((e) => e.addresses[0]) }));

describe('EndpointSlice controller', () => {
  it('resolves a named targetPort per pod and groups slices by port mapping; pods without the name are left out of that port', () => {
    const web = svc({ name: 'web', selector: { app: 'web' }, ports: [{ name: 'http', port: 80, targetPort: 'http' }, { name: 'metrics', port: 9090 }] });
    const pods = [
      simPod({ name: 'a', podIP: '10.244.1.2', containers: [container('c', [{ name: 'http', containerPort: 8080 }])] }),
      simPod({ name: 'b', podIP: '10.244.1.3', containers: [container('c', [{ name: 'http', containerPort: 9376 }])] }),
      simPod({ name: 'c', podIP: '10.244.1.4', containers: [container('c', [{ name: 'web', containerPort: 80 }])] }),
      simPod({ name: 'd', podIP: '10.244.1.5', containers: [container('c', [{ name: 'http', containerPort: 8080, protocol: 'UDP' }])] }),
    ];
    expect(eps(desiredEndpointSlices(web, pods, nodes)).sort((x, y) => x.ips[0].localeCompare(y.ips[0]))).toEqual([
      { ports: ['http:8080', 'metrics:9090'], ips: ['10.244.1.2'] },
      { ports: ['http:9376', 'metrics:9090'], ips: ['10.244.1.3'] },
      // c has no port named http; d's http is UDP, not TCP: both only serve metrics
      { ports: ['metrics:9090'], ips: ['10.244.1.4', '10.244.1.5'] },
    ]);
  });

  it('sets hostname only when the pod subdomain names this Service', () => {
    const pods = [
      simPod({ name: 'web-0', podIP: '10.244.1.3', labels: { app: 'a' }, hostname: 'web-0', subdomain: 'sample-headless' }),
      simPod({ name: 'other', podIP: '10.244.1.5', labels: { app: 'a' }, hostname: 'sample-hostname', subdomain: 'sample-subdomain' }),
      simPod({ name: 'nohost', podIP: '10.244.1.6', labels: { app: 'a' }, subdomain: 'sample-headless' }),
    ];
    const headless = svc({ name: 'sample-headless', clusterIP: 'None', selector: { app: 'a' } });
    const [slice] = desiredEndpointSlices(headless, pods, nodes);
    expect(slice.endpoints.map((e) => [e.targetRef?.name, e.hostname])).toEqual([
      ['nohost', undefined], ['other', undefined], ['web-0', 'web-0'],
    ]);
    expect(slice.ports).toEqual([]);
    expect(slice.metadata.labels).toEqual({
      'service.kubernetes.io/headless': '', 'kubernetes.io/service-name': 'sample-headless',
      'endpointslice.kubernetes.io/managed-by': 'endpointslice-controller.k8s.io',
    });
  });

  it.each([
    ['ready pod', { ready: true }, false, { ready: true, serving: true, terminating: false }],
    ['not-ready pod', { ready: false }, false, { ready: false, serving: false, terminating: false }],
    ['terminating ready pod', { ready: true, terminating: true }, false, { ready: false, serving: true, terminating: true }],
    ['not-ready pod, publishNotReadyAddresses', { ready: false }, true, { ready: true, serving: false, terminating: false }],
    ['terminating pod, publishNotReadyAddresses', { ready: true, terminating: true }, true, { ready: true, serving: true, terminating: true }],
  ])('conditions: %s', (_name, state, publish, want) => {
    const p = simPod({ name: 'p', podIP: '10.244.1.2', labels: { app: 'x' }, nodeName: 'worker-1', ...state });
    const [slice] = desiredEndpointSlices(svc({ name: 's', selector: { app: 'x' }, publishNotReadyAddresses: publish, ports: [{ port: 80 }] }), [p], nodes);
    expect(slice.endpoints[0].conditions).toEqual(want);
    expect(slice.endpoints[0]).toMatchObject({ nodeName: 'worker-1', zone: 'zone-a', targetRef: { kind: 'Pod', namespace: 'default', name: 'p' } });
  });

  it('leaves out pods without an IP and finished pods; an empty Service gets one placeholder slice', () => {
    const s = svc({ name: 's', selector: { app: 'x' }, ports: [{ port: 80 }] });
    const done = simPod({ name: 'done', podIP: '10.244.1.2', phase: 'Succeeded' });
    const slices = desiredEndpointSlices(s, [done], nodes);
    expect(slices).toHaveLength(1);
    expect(slices[0]).toMatchObject({ addressType: 'IPv4', endpoints: [], ports: [] });
    expect(slices[0].metadata.name).toMatch(/^s-[a-z0-9]{5}$/);
  });

  // reconciler.go skips a pod whose Node is not found ("skipping Pod for Service, Node not found"). PodPath does
  // not: a pod can only have an address on a node that exists (a kubelet gave it one), so a pod with a podIP on a
  // node PodPath lacks comes from a pasted dump without its Node objects (`kubectl get svc,endpointslices,pods -o
  // yaml`), whose cluster did list it as an endpoint. Dropping it would empty every Service of such a paste; the
  // parser warns `cluster/pod-node-not-found` instead.
  it('keeps a pod whose Node is not in the pasted text: the dump\'s cluster had that node', () => {
    const pasted = simPod({ name: 'pasted', podIP: '10.0.1.77', labels: { app: 'x' }, nodeName: 'ip-10-0-1-23.ec2.internal' });
    const ips = desiredEndpointSlices(svc({ name: 's', selector: { app: 'x' }, ports: [{ port: 80 }] }), [pasted], nodes)
      .flatMap((x) => x.endpoints.map((e) => e.addresses[0]));
    expect(ips).toEqual(['10.0.1.77']);
  });

  // trafficdist preferCloseHeuristic: every ready endpoint with a zone gets a hint for its own zone; the
  // topology-mode annotation takes precedence (reconciler.go hintsEnabled), and PodPath leaves hints out then.
  it('trafficDistribution PreferClose: same-zone hints on ready endpoints that have a zone', () => {
    const pods = [
      simPod({ name: 'a', podIP: '10.244.1.2', labels: { app: 'x' }, nodeName: 'worker-1' }),
      simPod({ name: 'b', podIP: '10.244.2.2', labels: { app: 'x' }, nodeName: 'worker-2' }),
      simPod({ name: 'c', podIP: '10.244.1.3', labels: { app: 'x' }, nodeName: 'worker-1', ready: false }),
    ];
    const base = svc({ name: 's', selector: { app: 'x' }, ports: [{ port: 80 }] });
    const hints = (s: typeof base) => desiredEndpointSlices(s, pods, nodes)[0].endpoints.map((e) => [e.addresses[0], e.hints?.forZones.map((z) => z.name) ?? null]);
    const close = { ...base, spec: { ...base.spec, trafficDistribution: 'PreferClose' } };
    expect(hints(close)).toEqual([['10.244.1.2', ['zone-a']], ['10.244.2.2', null], ['10.244.1.3', null]]);
    expect(hints(base)).toEqual([['10.244.1.2', null], ['10.244.2.2', null], ['10.244.1.3', null]]);
    const auto = { ...close, metadata: { ...close.metadata, annotations: { [ANNOTATION_TOPOLOGY_MODE]: 'Auto' } } };
    expect(hints(auto).every(([, h]) => h === null)).toBe(true);
  });

  it(`cuts slices at ${MAX_ENDPOINTS_PER_SLICE} endpoints`, () => {
    const pods = Array.from({ length: 250 }, (_, i) => simPod({ name: `p${String(i).padStart(3, '0')}`, podIP: `10.244.${1 + (i >> 8)}.${i & 255}` }));
    const slices = desiredEndpointSlices(svc({ name: 's', selector: { app: 'x' }, ports: [{ port: 80 }] }), pods, nodes);
    expect(slices.map((x) => x.endpoints.length)).toEqual([100, 100, 50]);
    expect(new Set(slices.map((x) => x.metadata.name)).size).toBe(3);
  });

  it('dual-stack Services get one slice family each', () => {
    const s = svc({ name: 's', selector: { app: 'x' }, ports: [{ port: 80 }] });
    const dual = { ...s, spec: { ...s.spec, ipFamilies: ['IPv4' as const, 'IPv6' as const] } };
    const p = simPod({ name: 'p', podIP: '10.244.1.2', podIPs: ['10.244.1.2', 'fd00:10:244:1::2'] });
    expect(desiredEndpointSlices(dual, [p], nodes).map((x) => [x.addressType, x.endpoints[0]?.addresses])).toEqual([
      ['IPv4', ['10.244.1.2']], ['IPv6', ['fd00:10:244:1::2']],
    ]);
  });
});
