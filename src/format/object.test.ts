/** `-o yaml|json` shapes: real Kubernetes fields only (no metadata.terminating, no engine bookkeeping). */
import { describe, expect, it } from 'vitest';
import { simulate } from '../engine';
import { kubernetesShape } from './object';

const sim = simulate(`
apiVersion: v1
kind: Service
metadata: { name: web }
spec: { selector: { app: web }, sessionAffinity: ClientIP, ports: [{ port: 80 }] }
---
apiVersion: v1
kind: Pod
metadata: { name: web-1, labels: { app: web }, deletionTimestamp: "2024-05-01T10:00:00Z" }
spec: { containers: [{ name: c, image: echo }] }
---
apiVersion: networking.k8s.io/v1
kind: IngressClass
metadata: { name: nginx, annotations: { ingressclass.kubernetes.io/is-default-class: "true" } }
spec: { controller: k8s.io/ingress-nginx }`);

describe('kubernetesShape: what kubectl get -o yaml would print', () => {
  it('drops metadata.terminating and the engine\'s bookkeeping; omits empty maps', () => {
    const pod = sim.cluster.pods.find((p) => p.name === 'web-1')?.pod;
    if (!pod) throw new Error('no pod');
    expect(pod.metadata.terminating).toBe(true);
    const out = kubernetesShape(pod) as { metadata: Record<string, unknown> };
    expect(out.metadata).not.toHaveProperty('terminating');
    expect(out.metadata).not.toHaveProperty('annotations');
    expect(out.metadata).toMatchObject({ name: 'web-1', namespace: 'default', labels: { app: 'web' } });
    expect(out).not.toHaveProperty('source');
    expect(JSON.stringify(out)).not.toContain('terminating');
  });

  it('maps sessionAffinityTimeoutSeconds back to sessionAffinityConfig', () => {
    const svc = sim.cluster.services.find((s) => s.name === 'web')?.service;
    if (!svc) throw new Error('no service');
    const spec = (kubernetesShape(svc) as { spec: Record<string, unknown> }).spec;
    expect(spec).not.toHaveProperty('sessionAffinityTimeoutSeconds');
    expect(spec.sessionAffinityConfig).toEqual({ clientIP: { timeoutSeconds: 10800 } });
  });

  // SetDefaults_Service (pkg/apis/core/v1/defaults.go) sets these only for the types that use them.
  it('prints the traffic-policy fields only on the Service types the API server defaults them for', () => {
    const s = simulate(`
apiVersion: v1
kind: Service
metadata: { name: cip }
spec: { ports: [{ port: 80 }] }
---
apiVersion: v1
kind: Service
metadata: { name: cip-ext }
spec: { externalIPs: [192.168.0.99], ports: [{ port: 80 }] }
---
apiVersion: v1
kind: Service
metadata: { name: np }
spec: { type: NodePort, ports: [{ port: 80 }] }
---
apiVersion: v1
kind: Service
metadata: { name: lb }
spec: { type: LoadBalancer, externalTrafficPolicy: Local, ports: [{ port: 80 }] }
---
apiVersion: v1
kind: Service
metadata: { name: ext }
spec: { type: ExternalName, externalName: example.com }`);
    const spec = (name: string) => {
      const svc = s.cluster.services.find((x) => x.name === name)?.service;
      if (!svc) throw new Error(name);
      return (kubernetesShape(svc) as { spec: Record<string, unknown> }).spec;
    };
    const fields = (name: string) => ['externalTrafficPolicy', 'internalTrafficPolicy', 'allocateLoadBalancerNodePorts'].filter((k) => k in spec(name));
    expect(fields('cip')).toEqual(['internalTrafficPolicy']);
    expect(fields('cip-ext')).toEqual(['externalTrafficPolicy', 'internalTrafficPolicy']);
    expect(fields('np')).toEqual(['externalTrafficPolicy', 'internalTrafficPolicy']);
    expect(fields('lb')).toEqual(['externalTrafficPolicy', 'internalTrafficPolicy', 'allocateLoadBalancerNodePorts']);
    expect(spec('lb').externalTrafficPolicy).toBe('Local');
    expect(fields('ext')).toEqual([]);
  });

  it('an IngressClass keeps its annotation, not the engine\'s isDefault flag; cluster-scoped has no namespace', () => {
    const c = sim.cluster.ingressClasses.find((k) => k.metadata.name === 'nginx');
    if (!c) throw new Error('no class');
    const out = kubernetesShape(c) as { metadata: Record<string, unknown> };
    expect(out).not.toHaveProperty('isDefault');
    expect(out.metadata).not.toHaveProperty('namespace');
    expect(out.metadata.annotations).toEqual({ 'ingressclass.kubernetes.io/is-default-class': 'true' });
  });
});

describe('kubernetesShape with partial metadata', () => {
  it('prints a Namespace row that has only a name (podpath get ns NAME -o yaml)', () => {
    expect(kubernetesShape({ apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'a' } } as never)).toEqual({ apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'a' } });
  });
});

describe('kubernetesShape omits what the API server omits (omitempty lists and maps)', () => {
  const s = simulate(`
apiVersion: networking.k8s.io/v1
kind: Ingress
metadata: { name: no-class }
spec:
  rules: [{ host: a.example.com, http: { paths: [{ path: /, pathType: Prefix, backend: { service: { name: web, port: { number: 80 } } } }] } }]
---
apiVersion: v1
kind: Service
metadata: { name: web }
spec: { selector: { app: none }, ports: [{ port: 80 }] }`);

  it('an Ingress without an address has status.loadBalancer: {} (a struct, kept) and no ingress list, no tls', () => {
    const ing = s.cluster.ingresses.find((i) => i.metadata.name === 'no-class');
    if (!ing) throw new Error('no ingress');
    const out = kubernetesShape({ ...ing, status: { loadBalancer: { ingress: [] } } }) as { spec: Record<string, unknown>; status: unknown };
    expect(out.status).toEqual({ loadBalancer: {} });
    expect(out.spec).not.toHaveProperty('tls');
    expect(out.spec.rules).toHaveLength(1);
  });

  it('a Service drops empty externalIPs and an empty selector map, keeps its ports', () => {
    const svc = s.cluster.services.find((x) => x.name === 'web')?.service;
    if (!svc) throw new Error('no service');
    const spec = (kubernetesShape({ ...svc, spec: { ...svc.spec, externalIPs: [], selector: {} } }) as { spec: Record<string, unknown> }).spec;
    expect(spec).not.toHaveProperty('externalIPs');
    expect(spec).not.toHaveProperty('selector');
    expect(spec.ports).toEqual([expect.objectContaining({ port: 80 })]);
  });

  it('an EndpointSlice without endpoints shows endpoints: null (that list has no omitempty)', () => {
    const slice = s.cluster.endpointSlices.find((e) => e.metadata.labels?.['kubernetes.io/service-name'] === 'web');
    if (!slice) throw new Error('no slice');
    const out = kubernetesShape(slice);
    expect(out).toHaveProperty('endpoints', null);
  });

  it('a false omitempty bool is left out (hostNetwork, publishNotReadyAddresses), a true one printed', () => {
    const svc = s.cluster.services.find((x) => x.name === 'web')?.service;
    if (!svc) throw new Error('no service');
    const spec = (o: unknown) => (o as { spec: Record<string, unknown> }).spec;
    expect(spec(kubernetesShape({ ...svc, spec: { ...svc.spec, publishNotReadyAddresses: false } }))).not.toHaveProperty('publishNotReadyAddresses');
    expect(spec(kubernetesShape({ ...svc, spec: { ...svc.spec, publishNotReadyAddresses: true } }))).toHaveProperty('publishNotReadyAddresses', true);
    const pod = s.cluster.pods[0].pod;
    expect(spec(kubernetesShape({ ...pod, spec: { ...pod.spec, hostNetwork: false } }))).not.toHaveProperty('hostNetwork');
    expect(spec(kubernetesShape({ ...pod, spec: { ...pod.spec, hostNetwork: true } }))).toHaveProperty('hostNetwork', true);
  });

  it('a Node is unschedulable only when cordoned; the control plane carries its kubeadm taint instead', async () => {
    const { KINDS, toKubeObject } = await import('./kubectl-objects');
    const nodes = KINDS.find((k) => k.resource === 'nodes')!;
    const rows = nodes.rows(s);
    const cp = toKubeObject(nodes, rows.find((r) => r.name === 'control-plane')!) as { spec: Record<string, unknown> };
    expect(cp.spec).not.toHaveProperty('unschedulable');
    expect(cp.spec.taints).toEqual([{ key: 'node-role.kubernetes.io/control-plane', effect: 'NoSchedule' }]);
  });
});

// core/v1 EndpointPort `Name string json:"name,omitempty"`; discovery/v1 EndpointPort.Name is a *string the
// EndpointSlice controller sets, so a slice's unnamed port keeps `name: ""`.
describe('unnamed ports', () => {
  const ready = simulate(`
apiVersion: v1
kind: Service
metadata: { name: web }
spec: { selector: { app: web }, ports: [{ port: 80 }] }
---
apiVersion: v1
kind: Pod
metadata: { name: web-1, labels: { app: web } }
spec: { containers: [{ name: c, image: echo }] }`);
  it.each([
    ['Endpoints', (s: typeof sim) => s.cluster.endpoints.find((e) => e.metadata.name === 'web'), (o: Record<string, never>) => (o.subsets as { ports: object[] }[])[0].ports[0], { port: 80, protocol: 'TCP' }],
    ['Service', (s: typeof sim) => s.cluster.services.find((x) => x.name === 'web')?.service, (o: Record<string, never>) => ((o.spec as { ports: object[] }).ports)[0], { port: 80, protocol: 'TCP', targetPort: 80 }],
    ['EndpointSlice', (s: typeof sim) => s.cluster.endpointSlices.find((e) => e.metadata.name.startsWith('web-')), (o: Record<string, never>) => (o.ports as object[])[0], { name: '', port: 80, protocol: 'TCP' }],
  ])('%s', (_kind, find, port, want) => {
    const o = kubernetesShape(find(ready) as never) as Record<string, never>;
    expect(port(o)).toEqual(want);
  });
});

describe('a dump pod with status.reason', () => {
  it('keeps it (-o yaml) and shows it as STATUS (printPod)', async () => {
    const { podRow, podsTable } = await import('./kubectl');
    const s = simulate('apiVersion: v1\nkind: Pod\nmetadata: { name: ev }\nspec: { nodeName: worker-1, containers: [{ name: c, image: i }] }\nstatus: { phase: Failed, reason: Evicted }');
    const p = s.cluster.pods.find((x) => x.name === 'ev')!;
    expect(p.pod.status.reason).toBe('Evicted');
    expect(podsTable([podRow(p)]).rows[0][2]).toBe('Evicted');
  });
});
