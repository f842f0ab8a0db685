/** Service and Ingress behaviours that the seeds do not cover, YAML in → outcome out. */
import { describe, expect, it } from 'vitest';
import { simulate } from '../engine';
import { curl } from './curl';

const app = (extra = '', svc = '') => `
apiVersion: v1
kind: Service
metadata: { name: web }
spec:
  type: LoadBalancer
  selector: { app: web }
  ports: [{ name: http, port: 80, targetPort: 8080, nodePort: 30080 }]
${svc}
---
apiVersion: v1
kind: Pod
metadata: { name: web-1, labels: { app: web } }
spec:
  nodeName: worker-1
  containers: [{ name: c, image: echo, ports: [{ containerPort: 8080 }] }]
---
apiVersion: v1
kind: Pod
metadata: { name: client }
spec:
  nodeName: worker-2
  containers: [{ name: c, image: busybox }]
${extra}`;

/** A pod of the web Service being deleted (terminating), on worker-2. */
const TERMINATING_ON_WORKER_2 = `---
apiVersion: v1
kind: Pod
metadata: { name: web-old, labels: { app: web }, deletionTimestamp: "2024-01-01T00:00:00Z" }
spec:
  nodeName: worker-2
  containers: [{ name: c, image: echo, ports: [{ containerPort: 8080 }] }]`;

describe('kube-proxy behaviours end to end', () => {
  it('externalTrafficPolicy Local: node without a local endpoint drops; with one, client IP is kept', () => {
    const sim = simulate(app('', '  externalTrafficPolicy: Local'));
    expect(curl(sim, { from: 'lan', url: 'http://192.168.0.12:30080' }).outcome).toMatchObject({ outcome: 'dropped', reason: 'no-local-endpoints-external' });
    expect(curl(sim, { from: 'lan', url: 'http://192.168.0.11:30080' }).outcome).toMatchObject({ outcome: 'delivered', clientIPSeen: '192.168.0.50' });
  });
  it('externalTrafficPolicy Local: the LB only sends to healthy nodes, client IP kept', () => {
    const sim = simulate(app('', '  externalTrafficPolicy: Local'));
    const lb = sim.cluster.services.find((s) => s.name === 'web')?.loadBalancerIngress[0]?.ip;
    for (let i = 0; i < 5; i++) {
      expect(curl(sim, { from: 'internet', url: `http://${lb}`, requestIndex: i }).outcome).toMatchObject({ outcome: 'delivered', clientIPSeen: '198.51.100.7' });
    }
  });
  it('externalTrafficPolicy Local: a node with only a terminating endpoint fails the health check (kube-proxy LocalReadyEndpoints)', () => {
    const sim = simulate(app(TERMINATING_ON_WORKER_2, '  externalTrafficPolicy: Local'));
    const lb = sim.cluster.services.find((s) => s.name === 'web')?.loadBalancerIngress[0]?.ip;
    const pods = new Set<string | undefined>();
    for (let i = 0; i < 8; i++) {
      const t = curl(sim, { from: 'internet', url: `http://${lb}`, requestIndex: i });
      pods.add(t.outcome.pod ?? undefined);
      expect(t.steps.find((s) => s.message === 'lb.note.health-check')?.params).toMatchObject({ healthy: 'worker-1' });
    }
    expect([...pods]).toEqual(['default/web-1']);
  });
  // pkg/proxy/endpointschangetracker.go LocalReadyEndpoints counts per Service (NamespacedName), not per port.
  it('externalTrafficPolicy Local: the health check is per Service, so a node with endpoints of another port only still gets traffic and drops it', () => {
    const other = `---
apiVersion: v1
kind: Pod
metadata: { name: admin-1, labels: { app: web } }
spec:
  nodeName: worker-2
  containers: [{ name: c, image: echo, ports: [{ name: admin, containerPort: 9000 }] }]`;
    const yaml = app(other, '  externalTrafficPolicy: Local').replace('targetPort: 8080', 'targetPort: http-alt')
      .replace('containerPort: 8080 }', 'containerPort: 8080, name: http-alt }')
      .replace('nodePort: 30080 }]', 'nodePort: 30080 }, { name: admin, port: 9000, targetPort: admin, nodePort: 30090 }]');
    const sim = simulate(yaml);
    const lb = sim.cluster.services.find((s) => s.name === 'web')?.loadBalancerIngress[0]?.ip;
    const outcomes = new Set<string>();
    for (let i = 0; i < 8; i++) {
      const t = curl(sim, { from: 'internet', url: `http://${lb}`, requestIndex: i });
      expect(t.steps.find((s) => s.message === 'lb.note.health-check')?.params).toMatchObject({ healthy: 'worker-1,worker-2' });
      outcomes.add(`${t.outcome.outcome}/${t.outcome.reason ?? t.outcome.pod}`);
    }
    expect([...outcomes].sort()).toEqual(['delivered/default/web-1', 'dropped/no-local-endpoints-external']);
  });
  // pkg/proxy/healthcheck/service_health.go hcHandler.ServeHTTP: 200 with local endpoints, else 503; JSON body.
  it('healthCheckNodePort: kube-proxy on every node answers the load balancer\'s probe', () => {
    const sim = simulate(app(TERMINATING_ON_WORKER_2, '  externalTrafficPolicy: Local\n  healthCheckNodePort: 32000'));
    const probe = (node: string, scheme = 'http') => curl(sim, { from: 'lan', url: `${scheme}://${node}:32000/healthz` }).outcome;
    expect(probe('192.168.0.11')).toMatchObject({ outcome: 'delivered', httpStatus: 200, headers: { 'X-Load-Balancing-Endpoint-Weight': '1' } });
    expect(probe('192.168.0.11').body).toBe('{\n\t"service": {\n\t\t"namespace": "default",\n\t\t"name": "web"\n\t},\n\t"localEndpoints": 1,\n\t"serviceProxyHealthy": true\n}');
    // worker-2 only has a terminating endpoint; the control plane none
    for (const n of ['192.168.0.12', '192.168.0.10']) {
      expect(probe(n)).toMatchObject({ outcome: 'http-error', httpStatus: 503, reason: 'healthcheck-no-local-endpoints' });
      expect(probe(n).body).toContain('"localEndpoints": 0,');
    }
    expect(probe('192.168.0.11', 'https')).toMatchObject({ outcome: 'http-error', reason: 'tls-to-plain-http' });
    // Only LoadBalancer + ETP Local Services have one: with ETP Cluster nothing listens there.
    expect(curl(simulate(app()), { from: 'lan', url: 'http://192.168.0.11:32000/' }).outcome).toMatchObject({ outcome: 'refused' });
  });
  it('externalTrafficPolicy Local: a pod reaching the nodePort of an endpoint-less node is short-circuited', () => {
    const sim = simulate(app('', '  externalTrafficPolicy: Local'));
    const t = curl(sim, { from: 'default/client', url: 'http://192.168.0.12:30080' });
    expect(t.outcome.outcome).toBe('delivered');
    expect(t.steps.some((s) => s.message === 'proxy.note.short-circuit')).toBe(true);
  });
  // pkg/proxy/serviceport.go: only load-balancer IPs in VIP mode are programmed on the nodes (KEP-1860).
  it('a pod reaching a LoadBalancer IP: handled on its own node in VIP mode, sent out to the load balancer in Proxy mode', () => {
    const status = (mode: string) => `status: { loadBalancer: { ingress: [{ ip: 203.0.113.99${mode} }] } }`;
    const kinds = (mode: string) => curl(simulate(app('', status(mode))), { from: 'default/client', url: 'http://203.0.113.99' }).steps.map((x) => x.kind);
    const vip = kinds(', ipMode: VIP');
    expect(vip).not.toContain('lb.select');
    expect(vip.indexOf('proxy.select')).toBeLessThan(vip.indexOf('net.dnat'));
    expect(kinds('')).toEqual(vip); // no ipMode: the API server sets VIP
    const proxy = kinds(', ipMode: Proxy');
    expect(proxy).toContain('lb.select');
    expect(proxy.indexOf('lb.select')).toBeLessThan(proxy.indexOf('proxy.select'));
  });
  // loadBalancerSourceRanges: kube-proxy's KUBE-FW chain on VIP-mode LB IPs (pkg/proxy/iptables/proxier.go), the
  // provider's firewall in front of the load balancer (GetLoadBalancerSourceRanges); never the nodePort.
  describe('loadBalancerSourceRanges', () => {
    const lbIP = 'status: { loadBalancer: { ingress: [{ ip: 203.0.113.99 }] } }';
    const ranges = (r: string) => `  loadBalancerSourceRanges: [${r}]\n${lbIP}`;
    const cases: { name: string; svc: string; from: string; url: string; want: Record<string, unknown> }[] = [
      { name: 'an internet client outside the ranges: the LB firewall drops it', svc: ranges('10.0.0.0/8'), from: 'internet', url: 'http://203.0.113.99', want: { outcome: 'timeout', reason: 'lb-source-range' } },
      { name: 'an internet client inside the ranges gets through', svc: ranges('198.51.100.0/24'), from: 'internet', url: 'http://203.0.113.99', want: { outcome: 'delivered' } },
      { name: 'no ranges: every client gets through', svc: lbIP, from: 'internet', url: 'http://203.0.113.99', want: { outcome: 'delivered' } },
      { name: 'a pod inside the ranges: KUBE-FW passes it', svc: ranges('10.244.0.0/16'), from: 'default/client', url: 'http://203.0.113.99', want: { outcome: 'delivered' } },
      { name: 'a pod outside the ranges: KUBE-PROXY-FIREWALL drops it', svc: ranges('198.51.100.0/24'), from: 'default/client', url: 'http://203.0.113.99', want: { outcome: 'dropped', reason: 'lb-source-range' } },
      { name: 'a node outside the ranges: dropped too', svc: ranges('10.244.0.0/16'), from: 'node/worker-2', url: 'http://203.0.113.99', want: { outcome: 'dropped', reason: 'lb-source-range' } },
      { name: '0.0.0.0/0 allows any source', svc: ranges('0.0.0.0/0'), from: 'default/client', url: 'http://203.0.113.99', want: { outcome: 'delivered' } },
      { name: 'the nodePort is not subject to the ranges', svc: ranges('10.0.0.0/8'), from: 'lan', url: 'http://192.168.0.11:30080', want: { outcome: 'delivered' } },
    ];
    for (const c of cases) {
      it(c.name, () => {
        expect(curl(simulate(app('', c.svc)), { from: c.from, url: c.url }).outcome).toMatchObject(c.want);
      });
    }
    it('the annotation is read by the cloud provider, not by kube-proxy', () => {
      const yaml = app('', lbIP).replace('metadata: { name: web }', "metadata: { name: web, annotations: { service.beta.kubernetes.io/load-balancer-source-ranges: '10.0.0.0/8' } }");
      const sim = simulate(yaml);
      expect(curl(sim, { from: 'internet', url: 'http://203.0.113.99' }).outcome).toMatchObject({ outcome: 'timeout', reason: 'lb-source-range' });
      expect(curl(sim, { from: 'node/worker-2', url: 'http://203.0.113.99' }).outcome).toMatchObject({ outcome: 'delivered' });
    });
  });
  // A Proxy-mode LB IP is not programmed on the nodes: the pod's packet leaves the cluster, masqueraded to its node
  // like any outgoing traffic, so the load balancer and the endpoint see the node's address, never the pod's.
  it('a pod reaching a Proxy-mode load balancer leaves masqueraded to its node', () => {
    const status = 'status: { loadBalancer: { ingress: [{ ip: 203.0.113.99, ipMode: Proxy }] } }';
    for (const etp of ['', '  externalTrafficPolicy: Local']) {
      const t = curl(simulate(app('', `${etp}\n${status}`)), { from: 'default/client', url: 'http://203.0.113.99' });
      expect(t.outcome).toMatchObject({ outcome: 'delivered' });
      expect(t.steps.find((x) => x.message === 'lb.dnat')?.packet?.src.ip).toBe('192.168.0.12');
      if (etp) expect(t.outcome.clientIPSeen).toBe('192.168.0.12');
    }
  });
  // k8s.io/cloud-provider service controller nodeIncludedPredicate: only the exclude-from-external-load-balancers
  // label keeps a node out; kubeadm puts it on its control-plane nodes, a Node written without it is a backend.
  it('the load balancer pool: the exclude label decides, not the control-plane role', () => {
    const candidates = (yaml: string) => curl(simulate(yaml), { from: 'internet', url: 'http://203.0.113.99' })
      .steps.find((x) => x.message === 'lb.select')?.params.candidates;
    const lbIP = 'status: { loadBalancer: { ingress: [{ ip: 203.0.113.99 }] } }';
    expect(candidates(app('', lbIP))).toBe('worker-1,worker-2');
    const nodes = (cpLabels: string) => `---
apiVersion: v1
kind: Node
metadata: { name: control-plane, labels: { node-role.kubernetes.io/control-plane: "", ${cpLabels} } }
status: { addresses: [{ type: InternalIP, address: 192.168.0.10 }] }
---
apiVersion: v1
kind: Node
metadata: { name: worker-1 }
status: { addresses: [{ type: InternalIP, address: 192.168.0.11 }] }
---
apiVersion: v1
kind: Node
metadata: { name: worker-2 }
status: { addresses: [{ type: InternalIP, address: 192.168.0.12 }] }`;
    expect(candidates(app(nodes('kubernetes.io/os: linux'), lbIP))).toBe('control-plane,worker-1,worker-2');
    expect(candidates(app(nodes('node.kubernetes.io/exclude-from-external-load-balancers: ""'), lbIP))).toBe('worker-1,worker-2');
  });
  it('trafficDistribution PreferClose: a pod only reaches endpoints of its own zone', () => {
    const zones = `---
apiVersion: podpath.dev/v1alpha1
kind: World
spec:
  nodes:
    - { name: control-plane, internalIP: 192.168.0.10, controlPlane: true, zone: za }
    - { name: worker-1, internalIP: 192.168.0.11, zone: za }
    - { name: worker-2, internalIP: 192.168.0.12, zone: zb }
---
apiVersion: v1
kind: Pod
metadata: { name: web-2, labels: { app: web } }
spec:
  nodeName: worker-2
  containers: [{ name: c, image: echo, ports: [{ containerPort: 8080 }] }]`;
    const pods = (svc: string) => {
      const sim = simulate(app(zones, svc));
      return new Set(Array.from({ length: 8 }, (_, i) => curl(sim, { from: 'default/client', url: 'http://web', requestIndex: i }).outcome.pod));
    };
    expect(pods('  trafficDistribution: PreferClose')).toEqual(new Set(['default/web-2']));
    expect(pods('')).toEqual(new Set(['default/web-1', 'default/web-2']));
  });
  it('internalTrafficPolicy Local: a pod on a node without endpoints is dropped', () => {
    const sim = simulate(app('', '  internalTrafficPolicy: Local'));
    expect(curl(sim, { from: 'default/client', url: 'http://web' }).outcome).toMatchObject({ outcome: 'dropped', reason: 'no-local-endpoints-internal' });
  });
  it('no endpoints: REJECT → connection refused', () => {
    const sim = simulate(app().replace('app: web }\n  ports', 'app: nothing }\n  ports'));
    expect(curl(sim, { from: 'default/client', url: 'http://web' }).outcome).toMatchObject({ outcome: 'refused', reason: 'no-endpoints' });
  });
  it('a port nothing listens on: refused by the pod', () => {
    const sim = simulate(app().replace('targetPort: 8080', 'targetPort: 9090'));
    expect(curl(sim, { from: 'default/client', url: 'http://web' }).outcome).toMatchObject({ outcome: 'refused', reason: 'pod-port-closed' });
  });
  it('targetPort by name', () => {
    const sim = simulate(app().replace('targetPort: 8080', 'targetPort: web').replace('containerPort: 8080 }', 'containerPort: 8080, name: web }'));
    expect(curl(sim, { from: 'default/client', url: 'http://web' }).outcome).toMatchObject({ outcome: 'delivered', endpoint: expect.stringMatching(/:8080$/) });
  });
  it('a Service port that does not exist: timeout', () => {
    const sim = simulate(app());
    expect(curl(sim, { from: 'default/client', url: 'http://web:81' }).outcome).toMatchObject({ outcome: 'timeout', reason: 'service-port-not-defined' });
  });
  it('sessionAffinity ClientIP pins the endpoint', () => {
    const sim = simulate(app(`---
apiVersion: v1
kind: Pod
metadata: { name: web-2, labels: { app: web } }
spec:
  nodeName: worker-2
  containers: [{ name: c, image: echo, ports: [{ containerPort: 8080 }] }]`, '  sessionAffinity: ClientIP'));
    const pods = new Set(Array.from({ length: 10 }, (_, i) => curl(sim, { from: 'default/client', url: 'http://web', requestIndex: i }).outcome.pod));
    expect(pods.size).toBe(1);
  });
  it('--resolve and a Host header', () => {
    const sim = simulate(app());
    const t = curl(sim, { from: 'lan', url: 'http://shop.example:30080/x', resolve: ['shop.example:30080:192.168.0.11'], headers: { Host: 'other' } });
    expect(t.outcome).toMatchObject({ outcome: 'delivered', connectedTo: '192.168.0.11:30080' });
    expect(t.outcome.body).toContain('Host=other  Path=/x');
  });
});

describe('ingress-nginx TLS redirect', () => {
  const ing = (ann: string) => `${app().replace('type: LoadBalancer', 'type: ClusterIP').replace(', nodePort: 30080', '')}
---
apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: web
  annotations: { ${ann} }
spec:
  ingressClassName: nginx
  tls: [{ hosts: [web.example.com], secretName: web-tls }]
  rules:
  - host: web.example.com
    http: { paths: [{ path: /, pathType: Prefix, backend: { service: { name: web, port: { number: 80 } } } }] }`;
  it('TLS host + default ssl-redirect: 308 to https', () => {
    const t = curl(simulate(ing('')), { from: 'lan', url: 'http://web.example.com/a' });
    expect(t.outcome).toMatchObject({ httpStatus: 308, headers: { Location: 'https://web.example.com/a' } });
  });
  it('ssl-redirect "false": served over http', () => {
    const t = curl(simulate(ing('nginx.ingress.kubernetes.io/ssl-redirect: "false"')), { from: 'lan', url: 'http://web.example.com/a' });
    expect(t.outcome).toMatchObject({ outcome: 'delivered', pod: 'default/web-1' });
  });
  it('ssl-redirect “false” (typographic quotes): invalid → still 308', () => {
    const t = curl(simulate(ing('nginx.ingress.kubernetes.io/ssl-redirect: “false”')), { from: 'lan', url: 'http://web.example.com/a' });
    expect(t.outcome.httpStatus).toBe(308);
  });
  it('a path no rule matches on a TLS host: plain HTTP is still redirected (the root location carries ssl-redirect)', () => {
    // ingress-nginx createServers gives the host's root location `/` the annotations of the Ingress that made the
    // server; lua_ingress.lua redirect_to_https runs in every location. Only over HTTPS does the 404 come.
    const only = (ann: string) => ing(ann).replace('path: /, pathType: Prefix', 'path: /app, pathType: Prefix');
    expect(curl(simulate(only('')), { from: 'lan', url: 'http://web.example.com/other' }).outcome)
      .toMatchObject({ httpStatus: 308, headers: { Location: 'https://web.example.com/other' }, ingress: 'default/web' });
    expect(curl(simulate(only('')), { from: 'lan', url: 'https://web.example.com/other', insecure: true }).outcome).toMatchObject({ httpStatus: 404 });
    expect(curl(simulate(only('nginx.ingress.kubernetes.io/ssl-redirect: "false"')), { from: 'lan', url: 'http://web.example.com/other' }).outcome).toMatchObject({ httpStatus: 404 });
    // A host no Ingress names has no such root location: the catch-all server answers 404 over plain HTTP.
    const sim = simulate(only(''));
    const ip = sim.cluster.ingressAddresses['default/web'][0].ip!;
    expect(curl(sim, { from: 'lan', url: `http://${ip}/`, headers: { Host: 'other.example.com' } }).outcome).toMatchObject({ httpStatus: 404 });
  });
  it('curl -k: https is terminated at the controller (fake certificate without the Secret)', () => {
    const t = curl(simulate(ing('')), { from: 'lan', url: 'https://web.example.com/a', insecure: true });
    expect(t.outcome).toMatchObject({ outcome: 'delivered', pod: 'default/web-1' });
    expect(t.steps.some((s) => s.message === 'ingress.tls.fake-certificate')).toBe(true);
  });
  it('without -k, curl refuses the fake certificate (self-signed) and sends nothing: exit 60, as curl 7.88.1 does', () => {
    const t = curl(simulate(ing('')), { from: 'lan', url: 'https://web.example.com/a' });
    expect(t.outcome).toMatchObject({ outcome: 'tls-failure', httpStatus: null, reason: 'tls-self-signed', pod: null, backend: null });
    expect(t.steps.map((s) => s.message)).toEqual(expect.arrayContaining(['ingress.tls.fake-certificate', 'request.tls.tls-self-signed', 'request.outcome.tls-failure']));
    expect(t.steps.map((s) => s.message)).not.toContain('request.http.response');
  });
  it('with the Secret, the certificate is not read: the request goes on, and a note says what a real curl would check', () => {
    const secret = '\n---\napiVersion: v1\nkind: Secret\nmetadata: {name: web-tls}\ntype: kubernetes.io/tls\ndata: {tls.crt: "", tls.key: ""}';
    const t = curl(simulate(ing('') + secret), { from: 'lan', url: 'https://web.example.com/a' });
    expect(t.outcome).toMatchObject({ outcome: 'delivered', pod: 'default/web-1' });
    expect(t.steps.map((s) => s.message)).toEqual(expect.arrayContaining(['ingress.tls.terminated', 'ingress.tls.certificate-not-checked']));
    const k = curl(simulate(ing('') + secret), { from: 'lan', url: 'https://web.example.com/a', insecure: true });
    expect(k.steps.map((s) => s.message)).not.toContain('ingress.tls.certificate-not-checked');
  });
  it('a Secret with no key pair (tls.crt and tls.key) is not usable: ingress-nginx presents the fake certificate', () => {
    // ingress-nginx getPemCertificate: "secret … contains no keypair or CA certificate"; the Secret's type plays no part.
    const opaque = '\n---\napiVersion: v1\nkind: Secret\nmetadata: {name: web-tls}\ntype: Opaque\ndata: {password: ""}';
    const t = curl(simulate(ing('') + opaque), { from: 'lan', url: 'https://web.example.com/a' });
    expect(t.outcome).toMatchObject({ outcome: 'tls-failure', reason: 'tls-self-signed' });
    expect(t.steps.map((s) => s.message)).toContain('ingress.tls.fake-certificate');
    const pair = '\n---\napiVersion: v1\nkind: Secret\nmetadata: {name: web-tls}\ntype: Opaque\nstringData: {tls.crt: x, tls.key: y}';
    expect(curl(simulate(ing('') + pair), { from: 'lan', url: 'https://web.example.com/a' }).outcome).toMatchObject({ outcome: 'delivered' });
  });
  // ingress-nginx gives a server a certificate from the first Ingress with a rule for its host and a TLS section
  // (createServers), and redirects plain HTTP only on a server with a certificate (nginx.tmpl, $server.SSLCert).
  // "First" in the controller's order: no timestamps here, so names descending (z-first before a-second).
  const nginxIngress = (name: string, spec: string) => `apiVersion: networking.k8s.io/v1\nkind: Ingress\nmetadata: { name: ${name} }\nspec:\n  ingressClassName: nginx\n${spec}`;
  const two = (first: string, second: string) => `${app().replace('type: LoadBalancer', 'type: ClusterIP').replace(', nodePort: 30080', '')}
---
${nginxIngress('z-first', first)}
---
${nginxIngress('a-second', second)}
---
apiVersion: v1
kind: Secret
metadata: {name: web-tls}
type: kubernetes.io/tls
data: {tls.crt: "", tls.key: ""}`;
  const rules = '  rules:\n  - host: web.example.com\n    http: { paths: [{ path: /, pathType: Prefix, backend: { service: { name: web, port: { number: 80 } } } }] }';
  it('a TLS entry in an Ingress with no rule for the host: no certificate for that server, so no redirect, and the fake certificate over HTTPS', () => {
    const sim = simulate(two(rules, '  tls: [{ hosts: [web.example.com], secretName: web-tls }]\n  defaultBackend: { service: { name: web, port: { number: 80 } } }'));
    expect(curl(sim, { from: 'lan', url: 'http://web.example.com/a' }).outcome).toMatchObject({ outcome: 'delivered', httpStatus: 200 });
    expect(curl(sim, { from: 'lan', url: 'https://web.example.com/a' }).outcome).toMatchObject({ outcome: 'tls-failure', reason: 'tls-self-signed' });
  });
  it('the first Ingress with a rule and a TLS section that does not list the host: the default certificate, and the redirect', () => {
    const sim = simulate(two(`${rules}\n  tls: [{ hosts: [other.example.com], secretName: web-tls }]`, `${rules.replace('path: /,', 'path: /b,')}\n  tls: [{ hosts: [web.example.com], secretName: web-tls }]`));
    expect(curl(sim, { from: 'lan', url: 'http://web.example.com/a' }).outcome).toMatchObject({ httpStatus: 308 });
    const t = curl(sim, { from: 'lan', url: 'https://web.example.com/a' });
    expect(t.outcome).toMatchObject({ outcome: 'tls-failure', reason: 'tls-self-signed' });
    expect(t.steps.find((s) => s.message === 'ingress.tls.fake-certificate')?.params).toMatchObject({ ingress: 'default/z-first', secret: '-' });
  });
  // ssl-redirect needs a certificate configured for the request's Host (lua_ingress.lua redirect_to_https →
  // certificate.lua configured_for_current_request: get_pem_cert_uid(ngx.var.host), the name then its `*.`), not the
  // certificate of the server that answers: the catch-all `_` ignores TLS sections and no Host is looked up as `_`.
  it('rules without a host and a TLS section: plain HTTP to the catch-all server is not redirected', () => {
    const sim = simulate(two('  rules:\n  - http: { paths: [{ path: /, pathType: Prefix, backend: { service: { name: web, port: { number: 80 } } } }] }\n  tls: [{ secretName: web-tls }]', ''));
    const ip = sim.cluster.ingressAddresses['default/z-first'][0].ip!;
    expect(curl(sim, { from: 'lan', url: `http://${ip}/a` }).outcome).toMatchObject({ outcome: 'delivered', httpStatus: 200 });
    expect(curl(sim, { from: 'lan', url: `http://${ip}/a`, headers: { Host: 'any.example.com' } }).outcome).toMatchObject({ outcome: 'delivered', httpStatus: 200 });
  });
  it('a host whose own server has no certificate is redirected when its *. server has one', () => {
    const wild = `  rules:\n  - host: "*.example.com"\n    http: { paths: [{ path: /, pathType: Prefix, backend: { service: { name: web, port: { number: 80 } } } }] }\n  tls: [{ hosts: ["*.example.com"], secretName: web-tls }]`;
    const sim = simulate(two(rules, wild));
    expect(curl(sim, { from: 'lan', url: 'http://web.example.com/a' }).outcome).toMatchObject({ httpStatus: 308, headers: { Location: 'https://web.example.com/a' } });
    // The handshake looks the name up the same way: the wildcard server's certificate.
    expect(curl(sim, { from: 'lan', url: 'https://web.example.com/a' }).outcome).toMatchObject({ outcome: 'delivered', httpStatus: 200 });
  });
  it('the certificate follows the handshake\'s server name (SNI, the URL\'s host), not the Host header', () => {
    const secret = '\n---\napiVersion: v1\nkind: Secret\nmetadata: {name: web-tls}\ntype: kubernetes.io/tls\ndata: {tls.crt: "", tls.key: ""}';
    const sim = simulate(ing('') + secret);
    const ip = sim.cluster.ingressAddresses['default/web'][0].ip!;
    // An IP address in the URL: no SNI, so the default (fake) certificate, whatever the Host header says.
    const byIP = curl(sim, { from: 'lan', url: `https://${ip}/a`, headers: { Host: 'web.example.com' } });
    expect(byIP.outcome).toMatchObject({ outcome: 'tls-failure', reason: 'tls-self-signed' });
    expect(byIP.steps.map((s) => s.message)).toContain('ingress.tls.no-sni');
    // The advice fits the cause: a Secret exists and cannot help without SNI; the URL has to name the host.
    expect(byIP.steps.map((s) => s.message)).toContain('request.tls.tls-self-signed.no-sni');
    expect(byIP.steps.map((s) => s.message)).not.toContain('request.tls.tls-self-signed');
    expect(curl(sim, { from: 'lan', url: `https://${ip}/a`, headers: { Host: 'web.example.com' }, insecure: true }).outcome).toMatchObject({ outcome: 'delivered', pod: 'default/web-1' });
    // The name in the URL (here by --resolve): SNI web.example.com, the Secret's certificate.
    const byName = curl(sim, { from: 'lan', url: 'https://web.example.com/a', resolve: [`web.example.com:443:${ip}`] });
    expect(byName.outcome).toMatchObject({ outcome: 'delivered' });
    expect(byName.steps.find((s) => s.message === 'ingress.tls.terminated')?.params).toMatchObject({ host: 'web.example.com', secret: 'web-tls' });
    // SNI belongs to the client's TLS handshake; the controller's plain-HTTP hop to the pod has none.
    const toPod = byName.steps.filter((s) => s.packet?.http?.scheme === 'http');
    expect(toPod.length).toBeGreaterThan(0);
    expect(toPod.every((s) => s.packet?.http?.sni === undefined)).toBe(true);
  });
});

// ingress-nginx canaries (src/ingress/canary.ts): the canary lends the primary location an alternative backend.
describe('ingress-nginx canary Ingresses', () => {
  const deploy = (name: string, replicas = 1) => `
apiVersion: apps/v1
kind: Deployment
metadata: { name: ${name} }
spec:
  replicas: ${replicas}
  selector: { matchLabels: { app: ${name} } }
  template:
    metadata: { labels: { app: ${name} } }
    spec: { containers: [{ name: c, image: echo, ports: [{ containerPort: 80 }] }] }
---
apiVersion: v1
kind: Service
metadata: { name: ${name} }
spec: { selector: { app: ${name} }, ports: [{ port: 80 }] }
---`;
  const ing = (name: string, service: string, ann: string, path = '/') => `
apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: ${name}
  annotations: { ${ann} }
spec:
  ingressClassName: nginx
  rules:
  - host: web.example.com
    http: { paths: [{ path: ${path}, pathType: Prefix, backend: { service: { name: ${service}, port: { number: 80 } } } }] }`;
  // "web-canary" sorts before "prod" in the controller's order (names descending): routed as a primary, it took every request.
  const scenario = (ann: string, opts: { prodReplicas?: number; canaryPath?: string } = {}) => simulate(
    `${deploy('prod', opts.prodReplicas ?? 1)}${deploy('canary')}${ing('prod', 'prod', '')}\n---${ing('web-canary', 'canary', `nginx.ingress.kubernetes.io/canary: "true", ${ann}`, opts.canaryPath)}`);
  const spread = (sim: ReturnType<typeof simulate>, headers: Record<string, string> = {}, n = 200) => {
    let canary = 0;
    for (let i = 0; i < n; i++) if (curl(sim, { from: 'lan', url: 'http://web.example.com/', headers, requestIndex: i }).outcome.backend === 'default/canary:80') canary++;
    return canary;
  };
  it('canary-weight 20: about a fifth of the requests go to the canary, the rest to the primary', () => {
    const n = spread(scenario('nginx.ingress.kubernetes.io/canary-weight: "20"'));
    expect(n).toBeGreaterThan(20);
    expect(n).toBeLessThan(60);
    const t = curl(scenario('nginx.ingress.kubernetes.io/canary-weight: "20"'), { from: 'lan', url: 'http://web.example.com/' });
    expect(t.steps.find((s) => s.message === 'ingress.nginx.canary.by-weight')?.params).toMatchObject({ canary: 'default/web-canary', primary: 'default/prod', weight: 20, total: 100 });
  });
  it('no weight: the canary takes nothing (it makes no location of its own)', () => {
    expect(spread(scenario('nginx.ingress.kubernetes.io/canary-by-header: X-Canary'), {}, 50)).toBe(0);
  });
  it('canary-by-header: always and never decide before the weight', () => {
    const sim = scenario('nginx.ingress.kubernetes.io/canary-by-header: X-Canary, nginx.ingress.kubernetes.io/canary-weight: "100"');
    expect(spread(sim, { 'X-Canary': 'always' }, 20)).toBe(20);
    expect(spread(sim, { 'X-Canary': 'never' }, 20)).toBe(0);
  });
  it('the canary belongs to the primary\'s upstream, so another path to the same Service consults it too (mergeAlternativeBackend)', () => {
    const twoPaths = ing('prod', 'prod', '').replace('paths: [{ path: /, pathType: Prefix', 'paths: [{ path: /b, pathType: Prefix, backend: { service: { name: prod, port: { number: 80 } } } }, { path: /, pathType: Prefix');
    const sim = simulate(`${deploy('prod')}${deploy('canary')}${twoPaths}\n---${ing('web-canary', 'canary', 'nginx.ingress.kubernetes.io/canary: "true", nginx.ingress.kubernetes.io/canary-weight: "100"')}`);
    expect(curl(sim, { from: 'lan', url: 'http://web.example.com/b/x' }).outcome).toMatchObject({ backend: 'default/canary:80' });
  });
  it('a canary for another path lends nothing: every request goes to the primary', () => {
    expect(spread(scenario('nginx.ingress.kubernetes.io/canary-weight: "100"', { canaryPath: '/beta' }), {}, 20)).toBe(0);
  });
  it('a primary with no ready endpoints: 503, even at canary-weight 100 (get_balancer returns before the canary is asked)', () => {
    const t = curl(scenario('nginx.ingress.kubernetes.io/canary-weight: "100"', { prodReplicas: 0 }), { from: 'lan', url: 'http://web.example.com/' });
    expect(t.outcome).toMatchObject({ outcome: 'http-error', httpStatus: 503, backend: 'default/prod:80', reason: 'backend-no-endpoints' });
    expect(t.steps.map((s) => s.message)).toContain('ingress.nginx.canary.primary-empty');
    expect(t.steps.map((s) => s.message)).toContain('ingress.nginx.no-endpoints');
  });
});
