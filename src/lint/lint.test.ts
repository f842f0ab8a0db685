import { describe, expect, it } from 'vitest';
import { simulate } from '../engine';

const codes = (yaml: string) => simulate(yaml).diagnostics.map((d) => d.code);

describe('teaching diagnostics', () => {
  it.each([
    ['selector matches no pods', `apiVersion: v1\nkind: Service\nmetadata: { name: s }\nspec: { selector: { app: x }, ports: [{ port: 80 }] }`, 'service/selector-matches-no-pods'],
    ['targetPort name unknown', `apiVersion: v1\nkind: Service\nmetadata: { name: s }\nspec: { selector: { app: x }, ports: [{ port: 80, targetPort: web }] }\n---\napiVersion: v1\nkind: Pod\nmetadata: { name: p, labels: { app: x } }\nspec: { containers: [{ name: c, image: i, ports: [{ containerPort: 80 }] }] }`, 'service/target-port-name-unknown'],
    ['ExternalName to an IP', `apiVersion: v1\nkind: Service\nmetadata: { name: s }\nspec: { type: ExternalName, externalName: 10.0.0.1 }`, 'service/externalname-ip'],
    ['StatefulSet serviceName not headless', `apiVersion: v1\nkind: Service\nmetadata: { name: s }\nspec: { selector: { app: x }, ports: [{ port: 80 }] }\n---\napiVersion: apps/v1\nkind: StatefulSet\nmetadata: { name: db }\nspec: { serviceName: s, replicas: 1, selector: { matchLabels: { app: x } }, template: { metadata: { labels: { app: x } }, spec: { containers: [{ name: c, image: i }] } } }`, 'statefulset/service-not-headless'],
    ['pod subdomain without headless Service', `apiVersion: v1\nkind: Pod\nmetadata: { name: p }\nspec: { hostname: h, subdomain: sub, containers: [{ name: c, image: i }] }`, 'pod/subdomain-no-headless-service'],
    ['Ingress nobody claims', `apiVersion: networking.k8s.io/v1\nkind: Ingress\nmetadata: { name: i }\nspec: { defaultBackend: { service: { name: s, port: { number: 80 } } } }`, 'ingress/no-controller'],
    ['Ingress backend missing', `apiVersion: networking.k8s.io/v1\nkind: Ingress\nmetadata: { name: i }\nspec: { ingressClassName: nginx, defaultBackend: { service: { name: nope, port: { number: 80 } } } }`, 'ingress/backend-service-missing'],
    // ingress-nginx also finds a backend port by its targetPort (controller.go serviceEndpoints).
    ['Ingress backend port is the targetPort', `apiVersion: v1\nkind: Service\nmetadata: { name: s }\nspec: { selector: { app: x }, ports: [{ port: 80, targetPort: 8080 }] }\n---\napiVersion: networking.k8s.io/v1\nkind: Ingress\nmetadata: { name: i }\nspec: { ingressClassName: nginx, defaultBackend: { service: { name: s, port: { number: 8080 } } } }`, 'ingress/backend-port-is-target-port'],
    // app-root answers `/` with a 302 (nginx.tmpl: `if ($uri = /) { return 302 …; }`), which PodPath does not do.
    ['ingress-nginx annotation not simulated', `apiVersion: networking.k8s.io/v1\nkind: Ingress\nmetadata: { name: i, annotations: { nginx.ingress.kubernetes.io/app-root: /app1 } }\nspec: { ingressClassName: nginx, defaultBackend: { service: { name: s, port: { number: 80 } } } }`, 'ingress/annotation-not-simulated'],
  ])('%s', (_name, yaml, code) => {
    expect(codes(yaml)).toContain(code);
  });
  it('diagnostics point at the field', () => {
    const d = simulate(`apiVersion: v1\nkind: Service\nmetadata: { name: s }\nspec: { clusterIP: None, externalName: x.example.com }`).diagnostics.find((x) => x.code === 'service/externalname-ignored');
    expect(d?.field).toEqual(['spec', 'externalName']);
    expect(d?.message).toContain('headless Service with no selector');
  });
});
