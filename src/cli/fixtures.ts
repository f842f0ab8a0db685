/**
 * Manifests for the CLI tests, taken from the examples of /work/shared/seeds/001 (a headless Service with a
 * StatefulSet, an ExternalName Service, an Ingress with a default backend) plus a client pod.
 */
import { SEED001_EXTERNALNAME_SERVICE, SEED001_HEADLESS_SERVICE, SEED001_STATEFULSET } from '../dns/fixtures/seed001';

export const HEADLESS = `${SEED001_HEADLESS_SERVICE}---
${SEED001_STATEFULSET}---
${SEED001_EXTERNALNAME_SERVICE}---
apiVersion: v1
kind: Pod
metadata:
  name: client
spec:
  containers:
    - name: tools
      image: amsy810/tools:v2.0
`;

export const INGRESS = `apiVersion: v1
kind: Service
metadata:
  name: sample-ingress-svc-1
spec:
  type: NodePort
  ports:
    - name: "http-port"
      protocol: "TCP"
      port: 8888
      targetPort: 80
  selector:
    ingress-app: sample1
---
apiVersion: v1
kind: Pod
metadata:
  name: sample-ingress-apps-1
  labels:
    ingress-app: sample1
spec:
  containers:
    - name: nginx-container
      image: amsy810/echo-nginx:v2.0
      ports:
        - containerPort: 80
---
apiVersion: v1
kind: Service
metadata:
  name: sample-ingress-default
spec:
  type: NodePort
  ports:
    - name: "http-port"
      protocol: "TCP"
      port: 8888
      targetPort: 80
  selector:
    ingress-app: default
---
apiVersion: v1
kind: Pod
metadata:
  name: sample-ingress-default
  labels:
    ingress-app: default
spec:
  containers:
    - name: nginx-container
      image: amsy810/echo-nginx:v2.0
      ports:
        - containerPort: 80
---
apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: sample-ingress-by-nginx
  annotations:
    kubernetes.io/ingress.class: nginx
    nginx.ingress.kubernetes.io/ssl-redirect: "false"
spec:
  defaultBackend:
    service:
      name: sample-ingress-default
      port:
        number: 8888
  rules:
  - host: sample.example.com
    http:
      paths:
      - pathType: Prefix
        path: /path1
        backend:
          service:
            name: sample-ingress-svc-1
            port:
              number: 8888
  tls:
  - hosts:
    - sample.example.com
    secretName: tls-sample
`;

/** Mistakes `check` must point at: a misspelt type, a port out of range, no containers, broken YAML. */
export const BROKEN = `apiVersion: v1
kind: Service
metadata:
  name: web
spec:
  type: NodePrt
  ports:
  - port: 99999
    targetPort: http
---
apiVersion: v1
kind: Pod
metadata:
  name: p
  labels: {app: x}
spec:
  containers: []
---
kind: Foo
: bad
  - x
`;

export const COREFILE_TTL10 = `.:53 {
    errors
    kubernetes cluster.local in-addr.arpa ip6.arpa {
       pods insecure
       fallthrough in-addr.arpa ip6.arpa
       ttl 10
    }
    forward . /etc/resolv.conf
    cache 30
}
`;

export const COREFILE_BAD = `.:53 {
 kubernetes cluster.local {
  ttl abc
 }
}
`;
