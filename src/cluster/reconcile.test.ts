import { describe, expect, it } from 'vitest';
import type { KubeObject } from '../api/types';
import { reconcile } from './reconcile';
import type { ClusterState } from './state';
import { deployment, endpoints, ingress, ingressClass, node, pod, service, statefulSet, world } from './testing';

const run = (objects: KubeObject[], w = world()) => reconcile({ objects, unknown: [], world: w });
const svcOf = (s: ClusterState, key: string) => s.services.find((x) => `${x.namespace}/${x.name}` === key);
const slicesOf = (s: ClusterState, ns: string, name: string) =>
  s.endpointSlices.filter((e) => e.metadata.namespace === ns && e.metadata.labels['kubernetes.io/service-name'] === name);
const problems = (s: ClusterState) => s.diagnostics.filter((d) => d.severity !== 'info');

describe('system objects', () => {
  const s = run([]);

  it.each([
    ['default/kubernetes', ['10.96.0.1'], [['https', 443, 6443, 'TCP']]],
    ['kube-system/kube-dns', ['10.96.0.10'], [['dns', 53, 53, 'UDP'], ['dns-tcp', 53, 53, 'TCP'], ['metrics', 9153, 9153, 'TCP']]],
  ])('%s', (key, ips, ports) => {
    const svc = svcOf(s, key)!;
    expect(svc.clusterIPs).toEqual(ips);
    expect(svc.service.spec.ports.map((p) => [p.name, p.port, p.targetPort, p.protocol])).toEqual(ports);
    expect(svc.service.createdBy).toBeTruthy();
  });

  it('the kubernetes Service points at the control plane on 6443 through a hand-made slice', () => {
    const [slice] = slicesOf(s, 'default', 'kubernetes');
    expect(slice.metadata.name).toBe('kubernetes');
    expect(slice.endpoints.map((e) => e.addresses[0])).toEqual(['192.168.0.10']);
    expect(slice.ports).toEqual([{ name: 'https', port: 6443, protocol: 'TCP' }]);
    expect(svcOf(s, 'default/kubernetes')!.endpointsFrom).toBe('manual');
  });

  it('two CoreDNS pods behind kube-dns, and the namespaces every cluster has', () => {
    const dns = s.pods.filter((p) => p.namespace === 'kube-system' && p.labels['k8s-app'] === 'kube-dns');
    expect(dns).toHaveLength(2);
    expect(dns.every((p) => /^coredns-[4-9bcdf]+-[a-z0-9]{5}$/.test(p.name))).toBe(true);
    expect(slicesOf(s, 'kube-system', 'kube-dns')[0].endpoints.map((e) => e.addresses[0]).sort()).toEqual(dns.map((p) => p.podIP).sort());
    expect(s.namespaces).toEqual(['default', 'ingress-nginx', 'kube-node-lease', 'kube-public', 'kube-system']);
    expect(problems(s)).toEqual([]);
  });

  it('the nginx controller: Deployment, LoadBalancer Service with a public address, IngressClass', () => {
    const [ctl] = s.ingressControllers;
    expect(ctl.serviceKey).toBe('ingress-nginx/ingress-nginx-controller');
    expect(ctl.podKeys).toHaveLength(1);
    expect(ctl.address[0].ip).toMatch(/^203\.0\.113\./);
    expect(s.ingressClasses.map((c) => [c.metadata.name, c.spec.controller])).toEqual([['nginx', 'k8s.io/ingress-nginx']]);
  });

  it('objects the text defines are not added again', () => {
    const own = service({ name: 'kube-dns', namespace: 'kube-system', clusterIP: '10.96.0.10', selector: { 'k8s-app': 'kube-dns' }, ports: [{ name: 'dns', port: 53, protocol: 'UDP' }] });
    const t = run([own]);
    expect(t.services.filter((x) => x.name === 'kube-dns')).toHaveLength(1);
    expect(svcOf(t, 'kube-system/kube-dns')!.service.createdBy).toBeUndefined();
  });

  it('systemObjects: false gives a bare cluster', () => {
    const t = run([], world((w) => { w.cluster.systemObjects = false; }));
    expect(t.services).toEqual([]);
    expect(t.pods).toEqual([]);
  });
});

describe('seed 001: headless StatefulSet, hostname/subdomain pod, selector-less Service', () => {
  const kind = world((w) => {
    w.nodes = [
      { name: 'kind-clusetr-control-plane', internalIP: '172.18.0.5', controlPlane: true, podCIDR: '10.244.0.0/24' },
      { name: 'kind-clusetr-worker', internalIP: '172.18.0.2', podCIDR: '10.244.2.0/24' },
      { name: 'kind-clusetr-worker2', internalIP: '172.18.0.3', podCIDR: '10.244.3.0/24' },
      { name: 'kind-clusetr-worker3', internalIP: '172.18.0.4', podCIDR: '10.244.1.0/24' },
    ];
  });
  const stsPod = (i: number, nodeName: string, podIP: string) => pod({
    name: `sample-statefulset-headless-${i}`, labels: { app: 'sample-app' }, nodeName, podIP,
    ownerReferences: [{ apiVersion: 'apps/v1', kind: 'StatefulSet', name: 'sample-statefulset-headless', controller: true }],
  });
  const s = run([
    service({ name: 'sample-headless', clusterIP: 'None', selector: { app: 'sample-app' }, ports: [{ name: 'http-port', port: 80 }] }),
    statefulSet({ name: 'sample-statefulset-headless', serviceName: 'sample-headless', replicas: 3, template: { labels: { app: 'sample-app' } } }),
    stsPod(0, 'kind-clusetr-worker3', '10.244.1.3'),
    stsPod(1, 'kind-clusetr-worker2', '10.244.3.4'),
    stsPod(2, 'kind-clusetr-worker', '10.244.2.4'),
    pod({ name: 'sample-subdomain', labels: { app: 'sample-app' }, hostname: 'sample-hostname', subdomain: 'sample-subdomain', nodeName: 'kind-clusetr-worker3', podIP: '10.244.1.5' }),
    service({ name: 'sample-subdomain', clusterIP: 'None', selector: { app: 'sample-app' } }),
    service({ name: 'sample-none-selector', ports: [{ port: 8080, targetPort: 80 }] }),
    endpoints({ name: 'sample-none-selector', subsets: [{ addresses: [{ ip: '192.168.1.1' }, { ip: '192.168.1.2' }], ports: [{ port: 80 }] }] }),
  ], kind);

  it.each([
    ['sample-statefulset-headless-0', '10.244.1.3', 'kind-clusetr-worker3', '172.18.0.4'],
    ['sample-statefulset-headless-1', '10.244.3.4', 'kind-clusetr-worker2', '172.18.0.3'],
    ['sample-statefulset-headless-2', '10.244.2.4', 'kind-clusetr-worker', '172.18.0.2'],
    ['sample-subdomain', '10.244.1.5', 'kind-clusetr-worker3', '172.18.0.4'],
  ])('%s runs at %s on %s', (name, ip, nodeName, hostIP) => {
    const p = s.pods.find((x) => x.namespace === 'default' && x.name === name)!;
    expect([p.podIP, p.nodeName, p.hostIP, p.ready]).toEqual([ip, nodeName, hostIP, true]);
  });

  it('no new StatefulSet pods are created next to the pinned ones', () => {
    expect(s.pods.filter((p) => p.namespace === 'default').map((p) => p.name)).toEqual([
      'sample-statefulset-headless-0', 'sample-statefulset-headless-1', 'sample-statefulset-headless-2', 'sample-subdomain',
    ]);
  });

  it.each([
    ['sample-headless', [['10.244.1.3', 'sample-statefulset-headless-0'], ['10.244.1.5', undefined], ['10.244.2.4', 'sample-statefulset-headless-2'], ['10.244.3.4', 'sample-statefulset-headless-1']]],
    ['sample-subdomain', [['10.244.1.3', undefined], ['10.244.1.5', 'sample-hostname'], ['10.244.2.4', undefined], ['10.244.3.4', undefined]]],
  ])('%s endpoints carry a hostname only for pods whose subdomain names it', (name, want) => {
    const eps = slicesOf(s, 'default', name).flatMap((x) => x.endpoints).map((e) => [e.addresses[0], e.hostname]);
    expect(eps.sort((a, b) => String(a[0]).localeCompare(String(b[0])))).toEqual(want);
    expect(svcOf(s, `default/${name}`)!.headless).toBe(true);
  });

  it('the selector-less Service gets a ClusterIP and its Endpoints mirrored into a slice', () => {
    const svc = svcOf(s, 'default/sample-none-selector')!;
    expect(svc.endpointsFrom).toBe('manual');
    expect(svc.clusterIPs[0]).toMatch(/^10\.(9[6-9]|10\d|11[01])\./);
    const [slice] = slicesOf(s, 'default', 'sample-none-selector');
    expect(slice.metadata.labels['endpointslice.kubernetes.io/managed-by']).toBe('endpointslicemirroring-controller.k8s.io');
    expect(slice.endpoints.map((e) => e.addresses[0])).toEqual(['192.168.1.1', '192.168.1.2']);
    expect(slice.ports).toEqual([{ name: '', port: 80, protocol: 'TCP' }]);
  });

  it('the Endpoints view lists the headless Service addresses with hostnames', () => {
    const ep = s.endpoints.find((e) => e.metadata.name === 'sample-headless')!;
    expect(ep.subsets[0].addresses.map((a) => `${a.ip}/${a.hostname ?? ''}`)).toEqual([
      '10.244.1.3/sample-statefulset-headless-0', '10.244.1.5/', '10.244.2.4/sample-statefulset-headless-2', '10.244.3.4/sample-statefulset-headless-1',
    ]);
    expect(problems(s)).toEqual([]);
  });
});

describe('ingress addresses', () => {
  it('seed 003: an internal-LB annotation on the nginx Service gives every nginx Ingress a private address (azure)', () => {
    const w = world((x) => {
      x.cluster.loadBalancer = { provider: 'azure', publicPool: '20.41.0.10/28', internalPool: '10.10.144.90/29' };
      x.cluster.ingressControllers = [{ ...x.cluster.ingressControllers[0], serviceAnnotations: { 'service.beta.kubernetes.io/azure-load-balancer-internal': 'true' } }];
    });
    const s = run([
      service({ name: 'first-svc', namespace: 'hyein-ns', type: 'LoadBalancer', selector: { app: 'hyein' }, ports: [{ port: 80 }],
        annotations: { 'service.beta.kubernetes.io/azure-load-balancer-internal': 'true' } }),
      ingress({ name: 'hyein-ingress', namespace: 'hyein-ns', ingressClassName: 'nginx' }),
      ingress({ name: 'other', namespace: 'hyein-ns', annotations: { 'kubernetes.io/ingress.class': 'nginx' } }),
      ingress({ name: 'unclaimed', namespace: 'hyein-ns' }),
    ], w);
    const ctl = svcOf(s, 'ingress-nginx/ingress-nginx-controller')!;
    expect(ctl.internalLoadBalancer).toBe(true);
    expect(ctl.loadBalancerIngress[0].ip).toMatch(/^10\.10\.144\.(9\d)$/);
    expect(s.ingressAddresses['hyein-ns/hyein-ingress']).toEqual(ctl.loadBalancerIngress);
    expect(s.ingressAddresses['hyein-ns/other']).toEqual(ctl.loadBalancerIngress);
    expect(s.ingressAddresses['hyein-ns/unclaimed']).toEqual([]);
    const first = svcOf(s, 'hyein-ns/first-svc')!;
    expect(first.internalLoadBalancer).toBe(true);
    expect(first.loadBalancerIngress[0].ip).not.toBe(ctl.loadBalancerIngress[0].ip);
  });

  it('cloud-l7 (GKE): each Ingress gets its own address; a written status is kept', () => {
    const w = world((x) => {
      x.cluster.loadBalancer = { provider: 'gke', publicPool: '34.120.0.10/28', internalPool: '10.128.0.200/29' };
      x.cluster.ingressControllers = [{ className: 'gce', controller: 'k8s.io/ingress-gce', style: 'cloud-l7' }];
    });
    const s = run([
      ingress({ name: 'a' }), ingress({ name: 'b', annotations: { 'kubernetes.io/ingress.class': 'gce' } }),
      ingress({ name: 'dump', lbIngress: [{ ip: '34.120.0.99' }] }),
    ], w);
    const a = s.ingressAddresses['default/a'][0].ip;
    const b = s.ingressAddresses['default/b'][0].ip;
    expect(a).toMatch(/^34\.120\.0\./);
    expect(b).toMatch(/^34\.120\.0\./);
    expect(a).not.toBe(b);
    expect(s.ingressAddresses['default/dump']).toEqual([{ ip: '34.120.0.99' }]);
    expect(s.ingresses.find((i) => i.metadata.name === 'a')!.status.loadBalancer.ingress).toEqual([{ ip: a }]);
  });

  it('the default IngressClass claims Ingresses without a class', () => {
    const s = run([ingressClass({ name: 'nginx', controller: 'k8s.io/ingress-nginx', isDefault: true }), ingress({ name: 'x' })]);
    expect(s.ingressAddresses['default/x']).toEqual(s.ingressControllers[0].address);
    expect(s.ingressClasses).toHaveLength(1);
  });

  it('provider none: the controller Service stays pending and so do its Ingresses', () => {
    const s = run([ingress({ name: 'x', ingressClassName: 'nginx' })], world((w) => { w.cluster.loadBalancer.provider = 'none'; }));
    expect(s.ingressAddresses['default/x']).toEqual([]);
    expect(s.diagnostics.map((d) => d.code)).toContain('cluster/lb-pending-no-provider');
  });
});

describe('diagnostics', () => {
  it.each([
    ['nodeName naming no node', pod({ name: 'p', nodeName: 'ghost' }), 'cluster/pod-node-not-found', 'warning', ['spec', 'nodeName']],
    ['pod IP outside its node CIDR (a dump may do that)', pod({ name: 'p', nodeName: 'worker-1', podIP: '10.244.7.7' }), 'cluster/pod-ip-outside-node-cidr', 'info', ['status', 'podIP']],
    ['no feasible node', pod({ name: 'p', nodeSelector: { gpu: 'yes' } }), 'cluster/pod-unschedulable', 'warning', undefined],
  ])('%s', (_name, p, code, severity, field) => {
    const withSource = { ...p, source: { doc: 3, path: [], range: { start: { line: 1, column: 1 }, end: { line: 2, column: 1 } } } };
    const d = run([withSource]).diagnostics.find((x) => x.code === code)!;
    expect(d).toMatchObject({ severity, object: 'Pod/default/p', source: { doc: 3, path: [] } });
    expect(d.field).toEqual(field);
    expect(d.message).not.toContain('{');
  });

  it('duplicate pod IPs', () => {
    const s = run([pod({ name: 'a', nodeName: 'worker-1', podIP: '10.244.1.9' }), pod({ name: 'b', nodeName: 'worker-1', podIP: '10.244.1.9' })]);
    expect(s.diagnostics.filter((d) => d.code === 'cluster/pod-ip-duplicate').map((d) => d.params)).toEqual([{ pod: 'default/b', other: 'default/a', ip: '10.244.1.9' }]);
  });
});

describe('determinism', () => {
  const base = (): KubeObject[] => [
    deployment({ name: 'web', replicas: 3, template: { labels: { app: 'web' }, ports: [{ name: 'http', containerPort: 8080 }] } }),
    service({ name: 'web', type: 'NodePort', selector: { app: 'web' }, ports: [{ name: 'http', port: 80, targetPort: 'http' }] }),
    service({ name: 'api', type: 'LoadBalancer', selector: { app: 'api' }, ports: [{ port: 443 }] }),
    pod({ name: 'api-1', labels: { app: 'api' } }),
  ];

  it('the same input twice gives deep-equal states', () => {
    expect(run(base())).toEqual(run(base()));
  });

  it('a created pod comes out with its status fields in the order a copy of the created status gives (podIPs, conditions, phase, podIP, hostIP)', () => {
    const s = run(base());
    const created = s.pods.find((p) => p.name.startsWith('web-'))!;
    expect(created.pod.metadata.ownerReferences).toEqual([expect.objectContaining({ kind: 'ReplicaSet', controller: true })]);
    expect(Object.keys(created.pod.status)).toEqual(['podIPs', 'conditions', 'phase', 'podIP', 'hostIP']);
    expect(created.pod.status).toMatchObject({ phase: 'Running', podIP: created.podIP, podIPs: [created.podIP], hostIP: created.hostIP });
    // Pods of one ReplicaSet share its ownerReferences list (immutable data, one list per workload).
    const siblings = s.pods.filter((p) => p.name.startsWith('web-'));
    expect(siblings).toHaveLength(3);
    expect(new Set(siblings.map((p) => p.pod.metadata.ownerReferences)).size).toBe(1);
  });

  it('adding unrelated objects does not move existing IPs, ports or names', () => {
    const before = run(base());
    const after = run([...base(), service({ name: 'zzz', type: 'LoadBalancer', selector: { app: 'z' }, ports: [{ port: 1 }] }), service({ name: 'aaa', ports: [{ port: 2 }] }), pod({ name: 'other' })]);
    for (const s of before.services) {
      const t = svcOf(after, `${s.namespace}/${s.name}`)!;
      expect([t.clusterIPs, t.service.spec.ports, t.loadBalancerIngress]).toEqual([s.clusterIPs, s.service.spec.ports, s.loadBalancerIngress]);
    }
    for (const p of before.pods) {
      expect(after.pods.find((q) => q.namespace === p.namespace && q.name === p.name)!.podIP).toBe(p.podIP);
    }
    expect(slicesOf(after, 'default', 'web').map((x) => x.metadata.name)).toEqual(slicesOf(before, 'default', 'web').map((x) => x.metadata.name));
  });

  it('a Node dump replaces the World nodes', () => {
    const s = run([node({ name: 'n1', internalIP: '10.0.0.1', labels: { 'topology.kubernetes.io/zone': 'z1', 'node-role.kubernetes.io/control-plane': '' } }),
      node({ name: 'n2', internalIP: '10.0.0.2', podCIDR: '10.244.0.0/24' })]);
    expect(s.nodes.map((n) => [n.name, n.podCIDR, n.controlPlane, n.zone, n.from])).toEqual([
      ['n1', '10.244.1.0/24', true, 'z1', 'manifest'], ['n2', '10.244.0.0/24', false, undefined, 'manifest'],
    ]);
  });
});
