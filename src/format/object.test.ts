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
