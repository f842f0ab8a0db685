import { describe, expect, it } from 'vitest';
import { createManifestParser } from './parse';
import { simulate } from '../engine';

const svc = (spec: string, name = 'web') => `apiVersion: v1\nkind: Service\nmetadata:\n  name: ${name}\nspec:\n${spec}`;
const ing = (spec: string, apiVersion = 'networking.k8s.io/v1') => `apiVersion: ${apiVersion}\nkind: Ingress\nmetadata:\n  name: web\nspec:\n${spec}`;
const back = (name = 'web', port = 'number: 80') => `        backend:\n          service:\n            name: ${name}\n            port: {${port}}\n`;
const rule = (path: string, extra = '', backend = back()) =>
  `  rules:\n  - host: shop.example.com\n    http:\n      paths:\n      - path: ${path}\n${extra}${backend}`;

/** Every case: the text, the code the API server's error maps to, and where the squiggle starts. */
const cases: { name: string; text: string; code: string; at: string; message?: string }[] = [
  // metadata
  { name: 'Service name not a DNS-1035 label (digit first)', text: svc('  ports: [{port: 80}]\n', '1web'), code: 'object/name-invalid', at: '4:9', message: 'a DNS-1035 label' },
  { name: 'Service name too long', text: svc('  ports: [{port: 80}]\n', `a${'b'.repeat(63)}`), code: 'object/name-invalid', at: '4:9', message: 'must be no more than 63 characters' },
  { name: 'Pod name with uppercase', text: 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: MyPod\nspec: {containers: [{name: c}]}\n', code: 'object/name-invalid', at: '4:9', message: 'use something like "mypod"' },
  { name: 'missing name', text: 'apiVersion: v1\nkind: Pod\nmetadata: {}\nspec: {containers: [{name: c}]}\n', code: 'object/name-required', at: '3:1' },
  { name: 'namespace not a DNS-1123 label', text: 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\n  namespace: team.a\nspec: {containers: [{name: c}]}\n', code: 'object/namespace-invalid', at: '5:14' },
  { name: 'label value too long', text: `apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\n  labels:\n    app: ${'x'.repeat(64)}\nspec: {containers: [{name: c}]}\n`, code: 'object/label-value-invalid', at: '6:10' },
  { name: 'unquoted boolean annotation value', text: 'apiVersion: v1\nkind: Service\nmetadata:\n  name: web\n  annotations:\n    a.example.com/enabled: true\nspec: {ports: [{port: 80}]}\n', code: 'object/invalid-field-type', at: '6:28' },
  { name: 'string where an integer is expected', text: svc('  ports:\n  - port: "80"\n'), code: 'object/invalid-field-type', at: '7:11' },
  // Service
  { name: 'port 0', text: svc('  ports:\n  - port: 0\n'), code: 'service/port-invalid', at: '7:11' },
  { name: 'port 70000', text: svc('  ports:\n  - port: 70000\n'), code: 'service/port-invalid', at: '7:11' },
  { name: 'targetPort name not an IANA_SVC_NAME', text: svc('  ports:\n  - port: 80\n    targetPort: http_port\n'), code: 'service/target-port-invalid', at: '8:17', message: 'must contain only alpha-numeric characters' },
  { name: 'targetPort name too long', text: svc('  ports:\n  - port: 80\n    targetPort: a-very-long-port-name\n'), code: 'service/target-port-invalid', at: '8:17', message: 'no more than 15 characters' },
  { name: 'targetPort out of range', text: svc('  ports:\n  - port: 80\n    targetPort: 65536\n'), code: 'service/target-port-invalid', at: '8:17' },
  { name: 'two ports, one unnamed', text: svc('  ports:\n  - port: 80\n    name: http\n  - port: 443\n'), code: 'service/port-name-required', at: '9:5' },
  { name: 'duplicate port names', text: svc('  ports:\n  - {name: http, port: 80}\n  - {name: http, port: 81}\n'), code: 'service/port-name-duplicate', at: '8:12' },
  { name: 'port name not a DNS label', text: svc('  ports:\n  - {name: HTTP, port: 80}\n'), code: 'service/port-name-invalid', at: '7:12' },
  { name: 'same port/protocol twice', text: svc('  ports:\n  - {name: a, port: 80}\n  - {name: b, port: 80}\n'), code: 'service/port-duplicate', at: '8:5' },
  { name: 'no ports on a ClusterIP Service', text: svc('  selector: {app: web}\n'), code: 'service/ports-required', at: '5:1' },
  { name: 'unknown protocol', text: svc('  ports:\n  - {port: 80, protocol: HTTP}\n'), code: 'service/protocol-unsupported', at: '7:26' },
  { name: 'unknown type', text: svc('  type: Ingress\n  ports: [{port: 80}]\n'), code: 'service/type-unsupported', at: '6:9' },
  { name: 'nodePort on a ClusterIP Service', text: svc('  ports:\n  - port: 80\n    nodePort: 30080\n'), code: 'service/node-port-not-allowed', at: '8:15' },
  { name: 'nodePort outside 30000-32767', text: svc('  type: NodePort\n  ports:\n  - port: 80\n    nodePort: 8080\n'), code: 'service/node-port-out-of-range', at: '9:15', message: 'The range of valid ports is 30000-32767' },
  // field.Duplicate(portPath.Child("nodePort"), port.NodePort): the value is the bare number (ValidateService).
  { name: 'one nodePort on two ports of a Service', text: svc('  type: NodePort\n  ports:\n  - {name: a, port: 80, nodePort: 30080}\n  - {name: b, port: 81, nodePort: 30080}\n'), code: 'service/node-port-duplicate', at: '9:35', message: 'spec.ports[1].nodePort: Duplicate value: 30080.' },
  { name: 'nodePort used by two Services', text: `${svc('  type: NodePort\n  ports:\n  - port: 80\n    nodePort: 30080\n')}---\n${svc('  type: NodePort\n  ports:\n  - port: 80\n    nodePort: 30080\n', 'api')}`, code: 'service/node-port-allocated', at: '19:15', message: 'already allocated (to Service/default/web)' },
  { name: 'clusterIP not an IP', text: svc('  clusterIP: 10.96.0.300\n  ports: [{port: 80}]\n'), code: 'service/cluster-ip-invalid', at: '6:14' },
  { name: 'clusterIP outside the Service range', text: svc('  clusterIP: 10.0.0.5\n  ports: [{port: 80}]\n'), code: 'service/cluster-ip-out-of-range', at: '6:14', message: 'The range of valid IPs is 10.96.0.0/12' },
  { name: 'clusterIP used by two Services', text: `${svc('  clusterIP: 10.96.1.1\n  ports: [{port: 80}]\n')}---\n${svc('  clusterIP: 10.96.1.1\n  ports: [{port: 80}]\n', 'api')}`, code: 'service/cluster-ip-allocated', at: '14:14' },
  { name: 'clusterIP of kube-dns taken by another Service', text: svc('  clusterIP: 10.96.0.10\n  ports: [{port: 80}]\n'), code: 'service/cluster-ip-allocated', at: '6:14', message: 'Service/kube-system/kube-dns' },
  { name: 'headless NodePort', text: svc('  type: NodePort\n  clusterIP: None\n  ports: [{port: 80}]\n'), code: 'service/headless-not-allowed', at: '7:14', message: "may not be set to 'None' for NodePort services" },
  { name: 'headless LoadBalancer', text: svc('  type: LoadBalancer\n  clusterIP: None\n  ports: [{port: 80}]\n'), code: 'service/headless-not-allowed', at: '7:14' },
  { name: 'ExternalName without externalName', text: svc('  type: ExternalName\n'), code: 'service/externalname-required', at: '5:1' },
  { name: 'ExternalName with an invalid name', text: svc('  type: ExternalName\n  externalName: my_db.example.com\n'), code: 'service/externalname-invalid', at: '7:17' },
  { name: 'ExternalName with a clusterIP', text: svc('  type: ExternalName\n  externalName: db.example.com\n  clusterIP: None\n'), code: 'service/externalname-cluster-ip', at: '8:14' },
  { name: 'ClientIP timeout above a day', text: svc('  sessionAffinity: ClientIP\n  sessionAffinityConfig: {clientIP: {timeoutSeconds: 90000}}\n  ports: [{port: 80}]\n'), code: 'service/session-affinity-timeout-invalid', at: '7:54' },
  // Ingress
  { name: 'v1 path without pathType', text: ing(rule('/')), code: 'ingress/path-type-required', at: '10:9' },
  { name: 'Prefix path not absolute', text: ing(rule('api', '        pathType: Prefix\n')), code: 'ingress/path-not-absolute', at: '10:15' },
  { name: 'Exact path with //', text: ing(rule('/a//b', '        pathType: Exact\n')), code: 'ingress/path-invalid-sequence', at: '10:15' },
  { name: 'unknown pathType', text: ing(rule('/', '        pathType: Regex\n')), code: 'ingress/path-type-unsupported', at: '11:19' },
  { name: 'backend with a DNS name', text: ing(rule('/', '        pathType: Prefix\n', back('web.other.svc.cluster.local'))), code: 'ingress/backend-name-invalid', at: '14:19', message: 'cross-namespace references are not possible this way' },
  { name: 'backend without a port', text: ing(rule('/', '        pathType: Prefix\n', '        backend:\n          service: {name: web}\n')), code: 'ingress/backend-port-required', at: '13:11' },
  { name: 'backend port name and number', text: ing(rule('/', '        pathType: Prefix\n', back('web', 'number: 80, name: http'))), code: 'ingress/backend-port-both', at: '15:13' },
  { name: 'backend with neither service nor resource', text: ing(rule('/', '        pathType: Prefix\n', '        backend: {}\n')), code: 'ingress/backend-required', at: '12:9' },
  { name: 'neither rules nor defaultBackend', text: ing('  ingressClassName: nginx\n'), code: 'ingress/rules-or-default-backend-required', at: '5:1' },
  { name: 'host is an IP', text: ing('  rules:\n  - host: 203.0.113.7\n    http: {paths: [{path: /, pathType: Prefix, backend: {service: {name: web, port: {number: 80}}}}]}\n'), code: 'ingress/host-ip', at: '7:11' },
  { name: 'wildcard not leading', text: ing('  rules:\n  - host: shop.*.example.com\n    http: {paths: [{path: /, pathType: Prefix, backend: {service: {name: web, port: {number: 80}}}}]}\n'), code: 'ingress/host-invalid', at: '7:11', message: "a wildcard DNS-1123 subdomain must start with '*.'" },
  { name: 'http rule without paths', text: ing('  rules:\n  - host: a.example.com\n    http: {paths: []}\n'), code: 'ingress/paths-required', at: '8:12' },
  { name: 'ingress.class annotation disagrees with ingressClassName', text: 'apiVersion: networking.k8s.io/v1\nkind: Ingress\nmetadata:\n  name: web\n  annotations: {kubernetes.io/ingress.class: traefik}\nspec:\n  ingressClassName: nginx\n  defaultBackend: {service: {name: web, port: {number: 80}}}\n', code: 'ingress/class-annotation-mismatch', at: '5:46' },
  { name: 'v1beta1 backend with a DNS name points at serviceName', text: ing('  backend:\n    serviceName: a.b\n    servicePort: 80\n', 'networking.k8s.io/v1beta1'), code: 'ingress/backend-name-invalid', at: '7:18' },
  // pkg/apis/core/validation ValidateService, validateServiceExternalTrafficPolicy: fields of some types only.
  { name: 'externalTrafficPolicy on a ClusterIP Service (not externally accessible)', text: svc('  selector: {app: a}\n  externalTrafficPolicy: Local\n  ports: [{port: 80}]\n'), code: 'service/external-traffic-policy-not-allowed', at: '7:26', message: 'may only be set for externally-accessible services' },
  { name: 'loadBalancerSourceRanges on a ClusterIP Service', text: svc('  selector: {app: a}\n  loadBalancerSourceRanges: [10.0.0.0/8]\n  ports: [{port: 80}]\n'), code: 'service/load-balancer-only', at: '7:3', message: "may only be used when `type` is 'LoadBalancer'" },
  { name: 'allocateLoadBalancerNodePorts on a NodePort Service', text: svc('  type: NodePort\n  selector: {app: a}\n  allocateLoadBalancerNodePorts: false\n  ports: [{port: 80}]\n'), code: 'service/load-balancer-only', at: '8:34' },
  { name: 'healthCheckNodePort on a LoadBalancer with the Cluster policy', text: svc('  type: LoadBalancer\n  selector: {app: a}\n  healthCheckNodePort: 31000\n  ports: [{port: 80}]\n'), code: 'service/health-check-node-port-not-allowed', at: '8:24' },
  // workloads, pods, endpoints
  { name: 'Deployment without selector', text: 'apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: d}\nspec:\n  template:\n    metadata: {labels: {app: d}}\n    spec: {containers: [{name: c}]}\n', code: 'workload/selector-required', at: '4:1' },
  { name: 'selector does not match template labels', text: 'apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: d}\nspec:\n  selector: {matchLabels: {app: d}}\n  template:\n    metadata:\n      labels: {app: e}\n    spec: {containers: [{name: c}]}\n', code: 'workload/selector-mismatch', at: '8:7' },
  { name: 'Pod without containers', text: 'apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec: {}\n', code: 'pod/containers-required', at: '4:1' },
  { name: 'dnsPolicy None without a dnsConfig', message: 'spec.dnsConfig: Required value: must provide `dnsConfig`', text: 'apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  dnsPolicy: None\n  containers: [{name: c}]\n', code: 'pod/dns-config-required', at: '5:14' },
  // validatePodDNSConfig: dnsConfig required with dnsPolicy None, a nameserver in it, and glibc's limits.
  { name: 'dnsPolicy None with a dnsConfig without nameservers', text: 'apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers: [{name: c}]\n  dnsPolicy: None\n  dnsConfig:\n    searches: [a.example]\n', code: 'pod/dns-nameserver-required', at: '7:3', message: 'spec.dnsConfig.nameservers: Required value' },
  // IsDNS1123SubdomainWithUnderscore on each search path, trailing dot trimmed (KEP-4427, GA in 1.34).
  { name: 'a search path with capitals', text: 'apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers: [{name: c}]\n  dnsConfig:\n    searches: [ok.example., Bad_Domain.example]\n', code: 'pod/dns-search-invalid', at: '7:29' },
  { name: 'a search path with an empty label', text: 'apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers: [{name: c}]\n  dnsConfig:\n    searches: [a..example]\n', code: 'pod/dns-search-invalid', at: '7:16' },
  { name: 'more than 3 nameservers', text: 'apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers: [{name: c}]\n  dnsConfig:\n    nameservers: [10.0.0.1, 10.0.0.2, 10.0.0.3, 10.0.0.4]\n', code: 'pod/dns-too-many-nameservers', at: '7:5', message: 'must not have more than 3 nameservers' },
  { name: 'more than 32 search paths', text: 'apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers: [{name: c}]\n  dnsConfig:\n    searches: [s0.example, s1.example, s2.example, s3.example, s4.example, s5.example, s6.example, s7.example, s8.example, s9.example, s10.example, s11.example, s12.example, s13.example, s14.example, s15.example, s16.example, s17.example, s18.example, s19.example, s20.example, s21.example, s22.example, s23.example, s24.example, s25.example, s26.example, s27.example, s28.example, s29.example, s30.example, s31.example, s32.example]\n', code: 'pod/dns-too-many-searches', at: '7:5', message: 'must not have more than 32 search paths' },
  { name: 'a search list over 2048 characters', text: 'apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers: [{name: c}]\n  dnsConfig:\n    searches: [aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa0.example, aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa1.example, aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa2.example, aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa3.example, aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa4.example, aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa5.example, aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa6.example, aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa7.example, aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa8.example, aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa9.example, aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa10.example, aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa11.example, aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa12.example, aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa13.example, aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa14.example, aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa15.example, aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa16.example, aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa17.example, aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa18.example, aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa19.example, aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa20.example, aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa21.example, aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa22.example, aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa23.example, aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa24.example, aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa25.example, aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa26.example, aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa27.example, aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa28.example, aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa29.example, aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa30.example]\n', code: 'pod/dns-search-list-too-long', at: '7:5' },
  { name: 'a dnsConfig option without a name', text: 'apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers: [{name: c}]\n  dnsConfig:\n    options: [{value: "2"}]\n', code: 'pod/dns-option-name-required', at: '7:15' },
  { name: 'Endpoints with a loopback address', text: 'apiVersion: v1\nkind: Endpoints\nmetadata: {name: e}\nsubsets:\n- addresses:\n  - ip: 127.0.0.1\n  ports: [{port: 80}]\n', code: 'endpoints/address-invalid', at: '6:9' },
  { name: 'EndpointSlice address of the wrong family', text: 'apiVersion: discovery.k8s.io/v1\nkind: EndpointSlice\nmetadata: {name: e}\naddressType: IPv6\nendpoints:\n- addresses:\n  - 10.0.0.1\n', code: 'endpointslice/address-invalid', at: '7:5' },
  // objects
  { name: 'same kind/namespace/name twice', text: 'apiVersion: v1\nkind: Namespace\nmetadata: {name: a}\n---\napiVersion: v1\nkind: Namespace\nmetadata:\n  name: a\n', code: 'object/duplicate', at: '8:9' },
  { name: 'known kind in the wrong apiVersion', text: 'apiVersion: apps/v1\nkind: Service\nmetadata: {name: web}\n', code: 'object/unknown-api-version', at: '1:13' },
];

describe('API-server validation: code and position of each error', () => {
  it.each(cases)('$name', ({ text, code, at, message }) => {
    const r = createManifestParser().parse(text);
    const d = r.diagnostics.find((x) => x.code === code);
    expect(d, JSON.stringify(r.diagnostics.map((x) => x.code))).toBeDefined();
    expect(d!.severity).toBe('error');
    expect(`${d!.range?.start.line}:${d!.range?.start.column}`).toBe(at);
    if (message) expect(d!.message).toContain(message);
    // What the API server refuses is never created — except a duplicate, which updates the first (kubectl apply).
    if (d!.object) expect(r.rejected.has(d!.object)).toBe(code !== 'object/duplicate');
  });
});

describe('things the API server accepts', () => {
  it.each([
    ['ExternalName that looks like an IP (treated as a name, not rejected)', svc('  type: ExternalName\n  externalName: 192.0.2.10\n')],
    ['ExternalName with a trailing dot', svc('  type: ExternalName\n  externalName: db.example.com.\n')],
    ['headless Service without ports', svc('  clusterIP: None\n  selector: {app: a}\n')],
    ['wildcard host rule', ing('  rules:\n  - host: "*.example.com"\n    http: {paths: [{path: /, pathType: Prefix, backend: {service: {name: web, port: {number: 80}}}}]}\n')],
    ['ImplementationSpecific with an empty path', ing('  rules:\n  - http: {paths: [{pathType: ImplementationSpecific, backend: {service: {name: web, port: {name: http}}}}]}\n')],
    ['a TCP and a UDP port of one Service sharing a nodePort', svc('  type: NodePort\n  ports:\n  - {name: dns, port: 53, protocol: UDP, nodePort: 30053}\n  - {name: dns-tcp, port: 53, protocol: TCP, nodePort: 30053}\n')],
    // validateContainerPorts checks port names per container (its set of names is made for each one).
    ['two containers each naming a port http', 'apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers:\n  - {name: a, image: x, ports: [{name: http, containerPort: 80}]}\n  - {name: b, image: x, ports: [{name: http, containerPort: 8080}]}\n'],
    ['externalTrafficPolicy on a ClusterIP Service with externalIPs (externally accessible)', svc('  selector: {app: a}\n  externalIPs: [192.0.2.7]\n  externalTrafficPolicy: Local\n  ports: [{port: 80}]\n')],
    ['externalTrafficPolicy Local and healthCheckNodePort on a LoadBalancer', svc('  type: LoadBalancer\n  selector: {app: a}\n  externalTrafficPolicy: Local\n  healthCheckNodePort: 31000\n  ports: [{port: 80}]\n')],
  ])('%s', (_n, text) => {
    expect(createManifestParser().parse(text).diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });
});

describe('unknown kinds and CRDs', () => {
  it('keeps them, reports them as info, never as errors', () => {
    const r = createManifestParser().parse('apiVersion: v1\nkind: ConfigMap\nmetadata: {name: cfg, namespace: x}\ndata: {a: b}\n---\napiVersion: cert-manager.io/v1\nkind: Issuer\nmetadata: {name: Bad_Name}\n');
    expect(r.unknown.map((u) => [u.kind, u.apiVersion, u.metadata.name, u.metadata.namespace, u.source?.doc])).toEqual([
      ['ConfigMap', 'v1', 'cfg', 'x', 0], ['Issuer', 'cert-manager.io/v1', 'Bad_Name', '', 1],
    ]);
    expect(r.diagnostics.map((d) => [d.severity, d.code, d.object, `${d.range?.start.line}:${d.range?.start.column}`])).toEqual([
      ['info', 'object/not-simulated', 'ConfigMap/x/cfg', '2:7'],
      ['info', 'object/not-simulated', 'Issuer/Bad_Name', '7:7'],
    ]);
    expect(r.unknown[0].raw).toMatchObject({ data: { a: 'b' } });
  });
});

describe('duplicate container ports: the API server warns and creates the pod (pkg/api/pod/warnings.go)', () => {
  const podWith = (containers: string) => `apiVersion: v1
kind: Pod
metadata:
  name: p
spec:
${containers}`;
  /** A one-replica Deployment `d` whose template's spec is `spec` (indented six spaces). */
  const deploymentWith = (spec: string) =>
    `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: d\nspec:\n  replicas: 1\n  selector:\n    matchLabels: { app: d }\n  template:\n    metadata:\n      labels: { app: d }\n    spec:\n${spec}`;
  const warnings = (text: string) => simulate(text).diagnostics.filter((d) => d.code.startsWith('pod/port-')).map((d) => `${d.code} ${d.message}`);
  it.each([
    {
      name: 'the same port in two containers (the classic two-nginx pod): duplicate',
      text: podWith('  containers:\n  - name: a\n    image: nginx\n    ports:\n    - containerPort: 80\n  - name: b\n    image: nginx\n    ports:\n    - containerPort: 80\n'),
      want: ['pod/port-duplicate-definition spec.containers[1].ports[0]: duplicate port definition with spec.containers[0].ports[0]'],
    },
    {
      name: 'twice in one container, protocol defaulted to TCP on one: duplicate',
      text: podWith('  containers:\n  - name: a\n    ports:\n    - containerPort: 53\n    - containerPort: 53\n      protocol: TCP\n'),
      want: ['pod/port-duplicate-definition spec.containers[0].ports[1]: duplicate port definition with spec.containers[0].ports[0]'],
    },
    {
      name: 'an object the API server rejects gets no warnings (they are computed after validation): a port that is not an object',
      text: podWith('  containers:\n  - name: a\n    ports:\n    - 80\n    - containerPort: 80\n    - containerPort: 80\n'),
      want: [],
    },
    {
      name: 'the same port with another protocol: no warning',
      text: podWith('  containers:\n  - name: a\n    ports:\n    - containerPort: 53\n    - containerPort: 53\n      protocol: UDP\n'),
      want: [],
    },
    {
      name: 'one with a hostPort, one without: overlapping',
      text: podWith('  containers:\n  - name: a\n    ports:\n    - containerPort: 80\n      hostPort: 8080\n    - containerPort: 80\n'),
      want: ['pod/port-overlapping-definition spec.containers[0].ports[1]: overlapping port definition with spec.containers[0].ports[0]'],
    },
    {
      name: 'the same hostPort, a hostIP on one only: dangerously ambiguous',
      text: podWith('  containers:\n  - name: a\n    ports:\n    - containerPort: 80\n      hostPort: 8080\n      hostIP: 10.0.0.1\n    - containerPort: 80\n      hostPort: 8080\n'),
      want: ['pod/port-ambiguous-definition spec.containers[0].ports[1]: dangerously ambiguous port definition with spec.containers[0].ports[0]'],
    },
  ])('$name', ({ text, want }) => {
    expect(warnings(text)).toEqual(want);
  });

  it('the same hostPort, protocol and hostIP twice is an error, and the pod is not created (validation.go checkHostPortConflicts)', () => {
    const text = podWith('  containers:\n  - name: a\n    ports:\n    - containerPort: 80\n      hostPort: 8080\n  - name: b\n    ports:\n    - containerPort: 80\n      hostPort: 8080\n');
    const sim = simulate(text);
    expect(sim.diagnostics.filter((d) => d.code.startsWith('pod/')).map((d) => [d.severity, d.code, d.message])).toEqual([
      ['error', 'pod/host-port-duplicate', 'spec.containers[1].ports[0].hostPort: Duplicate value: "TCP//8080".'],
    ]);
    expect(sim.rejected).toEqual(['Pod/default/p']);
    // Another hostIP on the second port: no conflict on the node, but an ambiguous pair (a hostIP on one side only) is not that.
    const apart = podWith('  containers:\n  - name: a\n    ports:\n    - containerPort: 80\n      hostPort: 8080\n      hostIP: 10.0.0.1\n    - containerPort: 80\n      hostPort: 8080\n      hostIP: 10.0.0.2\n');
    expect(warnings(apart)).toEqual([]);
    expect(simulate(apart).rejected).toEqual([]);
  });

  it('a hostNetwork pod listing a containerPort twice: the defaulted hostPorts collide, so it is rejected; a template keeps the hostPort as written', () => {
    const pod = podWith('  hostNetwork: true\n  containers:\n  - name: a\n    ports:\n    - containerPort: 80\n    - containerPort: 80\n');
    expect(simulate(pod).diagnostics.filter((d) => d.severity === 'error').map((d) => d.message)).toEqual([
      'spec.containers[0].ports[1].hostPort: Duplicate value: "TCP//80".',
    ]);
    // The same ports in a Deployment's template (Kubernetes 1.28+ does not default a template's hostPort): accepted, one
    // port with a hostPort and one without overlap.
    const deployment = deploymentWith('      hostNetwork: true\n      containers:\n      - name: a\n        ports:\n        - containerPort: 80\n        - containerPort: 80\n          hostPort: 80\n');
    const sim = simulate(deployment);
    expect(sim.rejected).toEqual([]);
    expect(sim.diagnostics.filter((d) => d.code.startsWith('pod/')).map((d) => d.message)).toEqual([
      'spec.template.spec.containers[0].ports[1]: overlapping port definition with spec.template.spec.containers[0].ports[0]',
    ]);
  });

  it('in a Deployment, the path is the template\'s, and the pod is still created', () => {
    const text = deploymentWith('      containers:\n      - name: a\n        ports:\n        - containerPort: 80\n      - name: b\n        ports:\n        - containerPort: 80\n');
    const sim = simulate(text);
    expect(sim.diagnostics.filter((d) => d.code === 'pod/port-duplicate-definition').map((d) => [d.severity, d.message])).toEqual([
      ['warning', 'spec.template.spec.containers[1].ports[0]: duplicate port definition with spec.template.spec.containers[0].ports[0]'],
    ]);
    expect(sim.cluster.pods.filter((p) => p.namespace === 'default')).toHaveLength(1);
  });
});

describe('validatePodDNSConfig: search paths the relaxed rule accepts (KEP-4427, GA in Kubernetes 1.34)', () => {
  it.each(['.', 'svc.cluster.local.', '_sip._tcp.example.com', 'corp_net.example', '1-2.example'])('%s', (search) => {
    const r = createManifestParser().parse(`apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers: [{name: c}]\n  dnsConfig:\n    searches: ["${search}"]\n`);
    expect(r.diagnostics.map((d) => d.code)).toEqual([]);
  });
});
