import { describe, expect, it } from 'vitest';
import type { EndpointSlice, Endpoints, IngressClass, Pod, Secret, Service, StatefulSet } from '../api/types';
import { createManifestParser } from './parse';

const one = <T>(text: string): T => {
  const r = createManifestParser().parse(text);
  expect(r.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  return r.objects[0] as T;
};

describe('API-server defaults (pkg/apis/core/v1/defaults.go and friends)', () => {
  it('Service: type, protocol, targetPort, affinity, traffic policies, namespace, uid', () => {
    const s = one<Service>('apiVersion: v1\nkind: Service\nmetadata: {name: web}\nspec:\n  selector: {app: web}\n  ports: [{port: 80}]\n');
    expect(s.metadata.namespace).toBe('default');
    expect(s.metadata.uid).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-8[0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(s.metadata.uid).toBe(one<Service>('apiVersion: v1\nkind: Service\nmetadata: {name: web}\nspec: {ports: [{port: 80}]}\n').metadata.uid);
    expect(s.spec).toEqual({
      type: 'ClusterIP', selector: { app: 'web' }, clusterIPs: [], ipFamilies: [],
      ports: [{ name: '', protocol: 'TCP', port: 80, targetPort: 80 }],
      externalIPs: [], sessionAffinity: 'None', sessionAffinityTimeoutSeconds: 10800,
      externalTrafficPolicy: 'Cluster', internalTrafficPolicy: 'Cluster', publishNotReadyAddresses: false,
      loadBalancerSourceRanges: [], allocateLoadBalancerNodePorts: true,
    });
  });

  it.each([
    ['selector absent → null (selector-less)', 'ports: [{port: 80}]', { selector: null }],
    ['selector {} kept as {}', 'selector: {}\n  ports: [{port: 80}]', { selector: {} }],
    ['targetPort 0 → port', 'ports: [{port: 80, targetPort: 0}]', { ports: [{ name: '', protocol: 'TCP', port: 80, targetPort: 80 }] }],
    ['named targetPort kept', 'ports: [{port: 80, targetPort: http}]', { ports: [{ name: '', protocol: 'TCP', port: 80, targetPort: 'http' }] }],
    ['ClientIP affinity timeout', 'sessionAffinity: ClientIP\n  ports: [{port: 80}]', { sessionAffinity: 'ClientIP', sessionAffinityTimeoutSeconds: 10800 }],
    ['NodePort: externalTrafficPolicy Cluster', 'type: NodePort\n  ports: [{port: 80}]', { type: 'NodePort', externalTrafficPolicy: 'Cluster' }],
    ['LoadBalancer: allocateLoadBalancerNodePorts true', 'type: LoadBalancer\n  ports: [{port: 80}]', { allocateLoadBalancerNodePorts: true }],
    ['clusterIP → clusterIPs and ipFamilies', 'clusterIP: 10.96.5.5\n  ports: [{port: 80}]', { clusterIP: '10.96.5.5', clusterIPs: ['10.96.5.5'], ipFamilies: ['IPv4'] }],
    ['headless', 'clusterIP: None\n  selector: {app: a}', { clusterIP: 'None', clusterIPs: ['None'], ports: [] }],
    ['externalName kept on a ClusterIP Service', 'externalName: db.example.com\n  ports: [{port: 80}]', { type: 'ClusterIP', externalName: 'db.example.com' }],
  ])('Service: %s', (_n, spec, expected) => {
    const s = one<Service>(`apiVersion: v1\nkind: Service\nmetadata: {name: web}\nspec:\n  ${spec}\n`);
    expect(s.spec).toMatchObject(expected);
  });

  it('Pod: dnsPolicy ClusterFirst, container port protocol TCP, hostNetwork hostPort = containerPort', () => {
    const p = one<Pod>('apiVersion: v1\nkind: Pod\nmetadata: {name: p, namespace: shop}\nspec:\n  containers:\n  - name: c\n    ports: [{containerPort: 8080}]\n');
    expect(p.metadata.namespace).toBe('shop');
    expect(p.spec).toEqual({
      setHostnameAsFQDN: false, hostNetwork: false, dnsPolicy: 'ClusterFirst', nodeSelector: {},
      containers: [{ name: 'c', ports: [{ containerPort: 8080, protocol: 'TCP' }] }],
    });
    expect(p.status).toEqual({ podIPs: [], conditions: [] });
    const h = one<Pod>('apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  hostNetwork: true\n  containers:\n  - name: c\n    ports: [{containerPort: 53, protocol: UDP}]\n');
    expect(h.spec.containers[0].ports).toEqual([{ containerPort: 53, protocol: 'UDP', hostPort: 53 }]);
  });

  it('StatefulSet: replicas 1, podManagementPolicy OrderedReady', () => {
    const s = one<StatefulSet>('apiVersion: apps/v1\nkind: StatefulSet\nmetadata: {name: db}\nspec:\n  serviceName: db\n  selector: {matchLabels: {app: db}}\n  template:\n    metadata: {labels: {app: db}}\n    spec: {containers: [{name: c}]}\n');
    expect(s.spec).toMatchObject({ replicas: 1, podManagementPolicy: 'OrderedReady', serviceName: 'db', selector: { matchLabels: { app: 'db' }, matchExpressions: [] } });
    expect(s.spec.template.spec.dnsPolicy).toBe('ClusterFirst');
  });

  it('Endpoints: port protocol TCP', () => {
    const e = one<Endpoints>('apiVersion: v1\nkind: Endpoints\nmetadata: {name: ext}\nsubsets:\n- addresses: [{ip: 192.168.1.1}]\n  ports: [{port: 80}]\n');
    expect(e.subsets).toEqual([{ addresses: [{ ip: '192.168.1.1' }], notReadyAddresses: [], ports: [{ name: '', port: 80, protocol: 'TCP' }] }]);
  });

  it('EndpointSlice: nil conditions read as ready, serving, not terminating; port protocol TCP and name ""', () => {
    const e = one<EndpointSlice>('apiVersion: discovery.k8s.io/v1\nkind: EndpointSlice\nmetadata: {name: s}\naddressType: IPv4\nendpoints:\n- addresses: [10.244.1.2]\n- addresses: [10.244.1.3]\n  conditions: {ready: false}\nports: [{port: 8080}]\n');
    expect(e.endpoints.map((x) => x.conditions)).toEqual([
      { ready: true, serving: true, terminating: false },
      { ready: false, serving: true, terminating: false },
    ]);
    expect(e.ports).toEqual([{ name: '', port: 8080, protocol: 'TCP' }]);
  });

  it('IngressClass: isDefault from the is-default-class annotation; Secret keeps only key names', () => {
    const c = one<IngressClass>('apiVersion: networking.k8s.io/v1\nkind: IngressClass\nmetadata:\n  name: nginx\n  annotations: {ingressclass.kubernetes.io/is-default-class: "true"}\nspec: {controller: k8s.io/ingress-nginx}\n');
    expect(c.isDefault).toBe(true);
    expect(c.metadata.namespace).toBe('');
    const s = one<Secret>('apiVersion: v1\nkind: Secret\nmetadata: {name: tls}\ndata: {tls.crt: QUJD, tls.key: REVG}\nstringData: {extra: x}\n');
    expect(s).toMatchObject({ type: 'Opaque', dataKeys: ['tls.crt', 'tls.key', 'extra'] });
    expect(JSON.stringify(s)).not.toContain('QUJD');
  });

  it('metadata: terminating, ownerReferences, metadata.uid kept', () => {
    const p = one<Pod>('apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\n  uid: abc\n  deletionTimestamp: "2024-01-01T00:00:00Z"\n  ownerReferences: [{apiVersion: apps/v1, kind: ReplicaSet, name: rs, controller: true}]\nspec: {containers: [{name: c}]}\n');
    expect(p.metadata).toMatchObject({ uid: 'abc', terminating: true, ownerReferences: [{ apiVersion: 'apps/v1', kind: 'ReplicaSet', name: 'rs', controller: true }] });
  });
});
