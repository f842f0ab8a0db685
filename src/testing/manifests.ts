/**
 * The document templates of the generated scenarios (src/testing/scenarios.ts): manifests as people write
 * them, block style, two-space indent. Pure string building.
 */

export const WORLD = `apiVersion: podpath.dev/v1alpha1
kind: World
metadata:
  name: bench
spec:
  cluster:
    loadBalancer:
      # RFC 2544's benchmarking range: room for every LoadBalancer Service of a 10,000-object scenario.
      publicPool: 198.18.0.0/16
  nodes:
    - name: control-plane
      internalIP: 192.168.0.10
      controlPlane: true
    - name: worker-1
      internalIP: 192.168.0.11
    - name: worker-2
      internalIP: 192.168.0.12
    - name: worker-3
      internalIP: 192.168.0.13
`;

export const APPS = ['web', 'api', 'cart', 'search', 'auth', 'db', 'cache', 'queue', 'mail', 'pay', 'report', 'media'];
export const TIERS = ['frontend', 'backend', 'data'];

export function labels(indent: string, l: Record<string, string>): string {
  return Object.entries(l).map(([k, v]) => `${indent}${k}: ${v}\n`).join('');
}

export function deployment(ns: string, name: string, app: string, replicas: number, port: number, tier: string): string {
  return `apiVersion: apps/v1
kind: Deployment
metadata:
  name: ${name}
  namespace: ${ns}
  labels:
${labels('    ', { app, tier })}spec:
  replicas: ${replicas}
  selector:
    matchLabels:
      app: ${app}
  template:
    metadata:
      labels:
${labels('        ', { app, tier })}    spec:
      containers:
        - name: ${app}
          image: registry.example.com/${app}:1.${replicas}.0
          ports:
            - name: http
              containerPort: ${port}
`;
}

export function statefulSet(ns: string, name: string, app: string, replicas: number, port: number): string {
  return `apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: ${name}
  namespace: ${ns}
spec:
  serviceName: ${name}
  replicas: ${replicas}
  selector:
    matchLabels:
      app: ${app}
  template:
    metadata:
      labels:
        app: ${app}
    spec:
      containers:
        - name: ${app}
          image: registry.example.com/${app}:2.0
          ports:
            - name: peer
              containerPort: ${port}
`;
}

export type SvcType = 'ClusterIP' | 'NodePort' | 'LoadBalancer' | 'headless';

export function service(ns: string, name: string, app: string | null, type: SvcType, port: number, targetPort: number | string): string {
  const typeLine = type === 'headless' ? '  clusterIP: None\n' : type === 'ClusterIP' ? '' : `  type: ${type}\n`;
  const selector = app ? `  selector:\n    app: ${app}\n` : '';
  return `apiVersion: v1
kind: Service
metadata:
  name: ${name}
  namespace: ${ns}
spec:
${typeLine}${selector}  ports:
    - name: http
      port: ${port}
      targetPort: ${typeof targetPort === 'number' ? targetPort : targetPort}
      protocol: TCP
`;
}

export function externalName(ns: string, name: string, target: string): string {
  return `apiVersion: v1
kind: Service
metadata:
  name: ${name}
  namespace: ${ns}
spec:
  type: ExternalName
  externalName: ${target}
`;
}

export function endpoints(ns: string, name: string, ips: string[], port: number): string {
  return `apiVersion: v1
kind: Endpoints
metadata:
  name: ${name}
  namespace: ${ns}
subsets:
  - addresses:
${ips.map((ip) => `      - ip: ${ip}\n`).join('')}    ports:
      - name: http
        port: ${port}
        protocol: TCP
`;
}

export function pod(ns: string, name: string, app: string, port: number, hostname?: string, subdomain?: string): string {
  const host = hostname ? `  hostname: ${hostname}\n  subdomain: ${subdomain}\n` : '';
  return `apiVersion: v1
kind: Pod
metadata:
  name: ${name}
  namespace: ${ns}
  labels:
    app: ${app}
spec:
${host}  containers:
    - name: main
      image: registry.example.com/tools:1.0
      ports:
        - containerPort: ${port}
`;
}

export function ingress(ns: string, name: string, host: string, svc: string, port: number, tls: boolean, cls: string | null): string {
  const clsLine = cls ? `  ingressClassName: ${cls}\n` : '';
  const tlsBlock = tls ? `  tls:\n    - hosts:\n        - ${host}\n      secretName: ${name}-tls\n` : '';
  return `apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: ${name}
  namespace: ${ns}
  annotations:
    nginx.ingress.kubernetes.io/ssl-redirect: "false"
spec:
${clsLine}${tlsBlock}  rules:
    - host: ${host}
      http:
        paths:
          - path: /
            pathType: Prefix
            backend:
              service:
                name: ${svc}
                port:
                  number: ${port}
          - path: /api
            pathType: Prefix
            backend:
              service:
                name: ${svc}
                port:
                  number: ${port}
`;
}

export function tlsSecret(ns: string, name: string): string {
  return `apiVersion: v1
kind: Secret
metadata:
  name: ${name}
  namespace: ${ns}
type: kubernetes.io/tls
data:
  tls.crt: LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0tCg==
  tls.key: LS0tLS1CRUdJTiBQUklWQVRFIEtFWS0tLS0tCg==
`;
}

export function namespace(name: string): string {
  return `apiVersion: v1
kind: Namespace
metadata:
  name: ${name}
  labels:
    team: ${name.split('-')[0]}
`;
}
