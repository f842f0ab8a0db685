/**
 * YAML building blocks the lessons share. Each function returns one YAML document (no `---`), in the exact
 * layout the lessons have always used: a lesson's scenario text is what the learner sees in the editor and
 * what its share links encode, so a block must not change a byte of it (lessons.test.ts pins the texts).
 * Join documents with `docs()`; a lesson's own, one-off YAML stays in the lesson file.
 */

/** The documents, each followed by `---` (so a lesson can append its final, changing document). */
export function docs(...documents: string[]): string {
  return documents.map((d) => `${d}---\n`).join('');
}

/** A Namespace. */
export function namespace(name: string): string {
  return `apiVersion: v1
kind: Namespace
metadata:
  name: ${name}
`;
}

const ns = (namespace: string | undefined): string => (namespace ? `  namespace: ${namespace}\n` : '');

/**
 * A Deployment of nginx-like pods labelled `app: <name>`, each exposing `port` (named `portName` when given).
 * The default is the lessons' `web` Deployment: 2 replicas of nginx:1.27 on port 80.
 */
export function webDeployment({ name = 'web', replicas = 2, container = 'nginx', image = 'nginx:1.27', port = 80, portName }: {
  name?: string; replicas?: number; container?: string; image?: string; port?: number; portName?: string;
} = {}): string {
  const ports = portName
    ? `            - name: ${portName}\n              containerPort: ${port}\n`
    : `            - containerPort: ${port}\n`;
  return `apiVersion: apps/v1
kind: Deployment
metadata:
  name: ${name}
spec:
  replicas: ${replicas}
  selector:
    matchLabels:
      app: ${name}
  template:
    metadata:
      labels:
        app: ${name}
    spec:
      containers:
        - name: ${container}
          image: ${image}
          ports:
${ports}`;
}

/**
 * The Service in front of `webDeployment()`: `type`, selector `app: <app>`, one port. `externalTrafficPolicy`,
 * `externalIPs` and `nodePort` are written only when given.
 */
export function webService({ type, app = 'web', port = 80, nodePort, externalTrafficPolicy, externalIPs }: {
  type: string; app?: string; port?: number; nodePort?: number; externalTrafficPolicy?: string; externalIPs?: string[];
}): string {
  const policy = externalTrafficPolicy ? `  externalTrafficPolicy: ${externalTrafficPolicy}\n` : '';
  const ips = externalIPs ? `  externalIPs:\n${externalIPs.map((ip) => `    - ${ip}\n`).join('')}` : '';
  const node = nodePort === undefined ? '' : `      nodePort: ${nodePort}\n`;
  return `apiVersion: v1
kind: Service
metadata:
  name: web
spec:
  type: ${type}
${policy}  selector:
    app: ${app}
${ips}  ports:
    - port: ${port}
      targetPort: 80
${node}`;
}

/** A Service with no type (ClusterIP) selecting `app: <app>` on one port, e.g. `web` or `service-c`. */
export function plainService({ name, namespace: inNamespace, app, port = 80 }: {
  name: string; namespace?: string; app: string; port?: number;
}): string {
  return `apiVersion: v1
kind: Service
metadata:
  name: ${name}
${ns(inNamespace)}spec:
  selector:
    app: ${app}
  ports:
    - port: ${port}
`;
}

/** A single nginx:1.27 pod labelled `app: <app>` listening on port 80 (a Service backend without a Deployment). */
export function nginxPod({ name, namespace: inNamespace, app = name, container = 'nginx' }: {
  name: string; namespace?: string; app?: string; container?: string;
}): string {
  return `apiVersion: v1
kind: Pod
metadata:
  name: ${name}
${ns(inNamespace)}  labels:
    app: ${app}
spec:
  containers:
    - name: ${container}
      image: nginx:1.27
      ports:
        - containerPort: 80
`;
}

/**
 * A busybox:1.36 pod that sleeps forever: the shell the learner runs `curl`/`nslookup` from. `spec` holds
 * extra pod-spec lines (two-space indented, each ending in a newline) written before `containers:`.
 */
export function sleeperPod({ name = 'client', container = 'app', spec = '' }: {
  name?: string; container?: string; spec?: string;
} = {}): string {
  return `apiVersion: v1
kind: Pod
metadata:
  name: ${name}
spec:
${spec}  containers:
    - name: ${container}
      image: busybox:1.36
      command: ["sleep", "infinity"]
`;
}

/** An nginx-class Ingress with one host and one `/` Prefix path to `service:port`. */
export function hostIngress({ name, namespace: inNamespace, host, service, port = 80 }: {
  name: string; namespace?: string; host: string; service: string; port?: number;
}): string {
  return `apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: ${name}
${ns(inNamespace)}spec:
  ingressClassName: nginx
  rules:
    - host: ${host}
      http:
        paths:
          - path: /
            pathType: Prefix
            backend:
              service:
                name: ${service}
                port:
                  number: ${port}
`;
}
