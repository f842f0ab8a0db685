/**
 * The seed posts' routing scenarios, YAML in → outcome out, through the whole pipeline (parse, reconcile,
 * DNS, kube-proxy, ingress). Each case says what the post claims and what the simulation answers.
 */
import { describe, expect, it } from 'vitest';
import { simulate, type Simulation } from '../engine';
import { curl, curlRepeat } from './curl';
import { SEED001_BACKENDS, SEED001_GKE_INGRESS, SEED001_GKE_WORLD, SEED001_NGINX_INGRESS, SEED001_SERVICE_TYPES } from './fixtures/seed001';
import { SEED003 } from './fixtures/seed003';
import { SEED000_AS_WRITTEN, SEED000_FIXED, SEED000_NAIVE, SEED004 } from './fixtures/seed000_004';
import type { CurlRequest } from './types';

const ingressIP = (sim: Simulation, key: string) => sim.cluster.ingressAddresses[key]?.[0]?.ip ?? 'none';
const nodeIPs = (sim: Simulation) => sim.cluster.nodes.map((n) => n.internalIP);
/** Where MASQUERADE can put the source: a node's InternalIP, or its pod-network gateway (first address of its
 *  pod CIDR) when the endpoint is a pod on that same node (src/request/kubeproxy.ts masqueradeAddress). */
const gateway = (cidr: string) => cidr.replace(/\.0\/\d+$/, '.1');
const masqIPs = (sim: Simulation) => [...nodeIPs(sim), ...sim.cluster.nodes.map((n) => gateway(n.podCIDR))];
/** The address a pod sees after node `nodeIP` masqueraded traffic to it. */
const masqueradedBy = (sim: Simulation, nodeIP: string, podKey: string | null): string => {
  const node = sim.cluster.nodes.find((n) => n.internalIP === nodeIP);
  const pod = sim.cluster.pods.find((p) => `${p.namespace}/${p.name}` === podKey);
  return node && pod && pod.nodeName === node.name ? gateway(node.podCIDR) : nodeIP;
};
const codes = (sim: Simulation) => sim.diagnostics.map((d) => d.code);
const kinds = (t: ReturnType<typeof curl>) => t.steps.map((s) => s.kind);
const H = { Host: 'sample.example.com' };

describe('seed 001: GKE Ingress (cloud L7 → nodePort → pod)', () => {
  const sim = simulate(`${SEED001_GKE_WORLD}---${SEED001_BACKENDS}---${SEED001_GKE_INGRESS}`);
  const ip = ingressIP(sim, 'default/sample-ingress');
  const cases: [string, CurlRequest, string][] = [
    // The post prints From=sample-ingress-default for /path1/, which contradicts its own manifest:
    // /path1 (Prefix) matches /path1/, so sample-ingress-svc-1 → sample-ingress-apps-1 answers.
    ['/path1/ → apps-1 (the post\'s printed output says default: it does not match the manifest)', { from: 'internet', url: `http://${ip}/path1/`, headers: H }, 'default/sample-ingress-apps-1'],
    ['/path2/ → apps-2', { from: 'internet', url: `http://${ip}/path2/`, headers: H }, 'default/sample-ingress-apps-2'],
    ['/ → defaultBackend', { from: 'internet', url: `http://${ip}/`, headers: H }, 'default/sample-ingress-default'],
    ['HTTPS /path1/ (TLS at the L7 LB)', { from: 'internet', url: `https://${ip}/path1/`, headers: H }, 'default/sample-ingress-apps-1'],
    ['unknown host → the URL map default (defaultBackend)', { from: 'internet', url: `http://${ip}/path1`, headers: { Host: 'other.example.com' } }, 'default/sample-ingress-default'],
  ];
  for (const [name, req, pod] of cases) {
    it(name, () => {
      const t = curl(sim, req);
      expect(t.outcome).toMatchObject({ outcome: 'delivered', httpStatus: 200, pod, ingress: 'default/sample-ingress' });
      // externalTrafficPolicy Cluster on the NodePort: the pod sees a node's address; XFF = "client, LB".
      expect(masqIPs(sim)).toContain(t.outcome.clientIPSeen);
      expect(t.outcome.body).toContain(`XFF=198.51.100.7, ${ip}`);
      expect(kinds(t)).toEqual(expect.arrayContaining(['ingress.class', 'ingress.match', 'lb.select', 'proxy.select', 'net.dnat', 'net.snat']));
      expect(t.steps.some((s) => s.touches.includes('l7/default/sample-ingress'))).toBe(true);
    });
  }
  it('HTTPS without -k: the Secret\'s certificate is not read; a step says what a real curl checks (with -k, none)', () => {
    const msgs = (insecure: boolean) => curl(sim, { from: 'internet', url: `https://${ip}/path1/`, headers: H, insecure }).steps.map((s) => s.message);
    expect(msgs(false)).toContain('ingress.tls.certificate-not-checked');
    expect(msgs(true)).not.toContain('ingress.tls.certificate-not-checked');
    // The LB's plain-HTTP hop to the node carries no SNI (that belongs to the client's handshake).
    const byName = curl(sim, { from: 'internet', url: 'https://sample.example.com/path1/', resolve: [`sample.example.com:443:${ip}`] });
    const plain = byName.steps.filter((s) => s.packet?.http?.scheme === 'http');
    expect(plain.length).toBeGreaterThan(0);
    expect(plain.every((s) => s.packet?.http?.sni === undefined)).toBe(true);
  });
  it('the L7 load balancer presents the certificate for the handshake\'s name (SNI); with none, the first listed (GKE ingress-multi-ssl)', () => {
    const two = simulate(`${SEED001_GKE_WORLD}---${SEED001_BACKENDS}---${SEED001_GKE_INGRESS.replace(
      '  - hosts: [sample.example.com]\n    secretName: tls-sample', '  - hosts: [other.example.com]\n    secretName: tls-other\n  - hosts: [sample.example.com]\n    secretName: tls-sample')}`);
    const lb = ingressIP(two, 'default/sample-ingress');
    const secretOf = (req: CurlRequest) => curl(two, req).steps.find((s) => s.message === 'ingress.tls.terminated')?.params.secret;
    expect(secretOf({ from: 'internet', url: 'https://sample.example.com/path1/', resolve: [`sample.example.com:443:${lb}`], insecure: true })).toBe('tls-sample');
    expect(secretOf({ from: 'internet', url: `https://${lb}/path1/`, headers: H, insecure: true })).toBe('tls-other');
  });
  it('ingress-nginx ignores the class-less sample-ingress; ingress-gce takes it', () => {
    expect(codes(sim)).not.toContain('ingress/no-controller');
    expect(ip).not.toBe('none');
  });
});

describe('seed 001: nginx Ingress (L4 LB → controller pod → pod IP)', () => {
  const sim = simulate(`${SEED001_BACKENDS}---${SEED001_NGINX_INGRESS}`);
  const ip = ingressIP(sim, 'default/sample-ingress-by-nginx');
  const ctlPods = sim.cluster.ingressControllers.flatMap((c) => c.podKeys);
  const ctlIPs = sim.cluster.pods.filter((p) => ctlPods.includes(`${p.namespace}/${p.name}`)).map((p) => p.podIP);
  it.each([
    ['/path1/', 'default/sample-ingress-apps-1', 'default/sample-ingress-svc-1:8888'],
    ['/path2/', 'default/sample-ingress-apps-2', 'default/sample-ingress-svc-2:8888'],
    ['/', 'default/sample-ingress-default', 'default/sample-ingress-default:8888'],
  ])('%s → %s', (path, pod, backend) => {
    const t = curl(sim, { from: 'internet', url: `http://${ip}${path}`, headers: H });
    expect(t.outcome).toMatchObject({ outcome: 'delivered', pod, backend, ingress: 'default/sample-ingress-by-nginx' });
    // nginx connects from its own pod straight to the pod IP: the pod sees the controller pod.
    expect(ctlIPs).toContain(t.outcome.clientIPSeen);
    // XFF is what nginx saw: the node that masqueraded the LB traffic (ETP Cluster on the controller Service).
    expect(masqIPs(sim).some((n) => t.outcome.body?.endsWith(`XFF=${n}`))).toBe(true);
    expect(kinds(t)).toEqual(expect.arrayContaining(['lb.select', 'ingress.class', 'ingress.match']));
    expect(t.steps.filter((s) => s.kind === 'proxy.select').length).toBe(2); // kube-proxy for the controller, nginx upstream pick
  });
  it('unknown host: ingress-nginx answers 404 (unlike the GCE URL map)', () => {
    const t = curl(sim, { from: 'internet', url: `http://${ip}/path1`, headers: { Host: 'other.example.com' } });
    expect(t.outcome).toMatchObject({ outcome: 'http-error', httpStatus: 404, backend: 'default' });
  });
  it('a name resolves to the Ingress ADDRESS from outside', () => {
    expect(curl(sim, { from: 'internet', url: 'http://sample.example.com/path2' }).outcome).toMatchObject({ pod: 'default/sample-ingress-apps-2', connectedTo: `${ip}:80` });
  });
});

describe('seed 001 §6.12: every Service type reached as the table says', () => {
  const sim = simulate(SEED001_SERVICE_TYPES);
  const lbIP = sim.cluster.services.find((s) => s.name === 'sample-lb')?.loadBalancerIngress[0]?.ip;
  const sts = /^default\/sample-statefulset-headless-\d$/;
  it('ClusterIP: from a pod, DNAT to a pod, source kept', () => {
    const t = curl(sim, { from: 'default/sample-pod', url: 'http://sample-clusterip:8080' });
    expect(t.outcome).toMatchObject({ outcome: 'delivered', backend: 'default/sample-clusterip:8080' });
    expect(t.outcome.pod).toMatch(sts);
    expect(t.outcome.clientIPSeen).toBe(sim.cluster.pods.find((p) => p.name === 'sample-pod')?.podIP);
  });
  it('ClusterIP: not reachable from the LAN', () => {
    const vip = sim.cluster.services.find((s) => s.name === 'sample-clusterip')?.clusterIPs[0];
    expect(curl(sim, { from: 'lan', url: `http://${vip}:8080` }).outcome).toMatchObject({ outcome: 'timeout', reason: 'cluster-network-not-routable' });
  });
  it('ExternalIP: a specific node\'s IP', () => {
    expect(curl(sim, { from: 'lan', url: 'http://192.168.0.11:8080' }).outcome).toMatchObject({ outcome: 'delivered', backend: 'default/sample-externalip:8080' });
  });
  it.each(['192.168.0.10', '192.168.0.11', '192.168.0.12'])('NodePort: every node (%s)', (node) => {
    const o = curl(sim, { from: 'lan', url: `http://${node}:30080` }).outcome;
    expect(o).toMatchObject({ outcome: 'delivered', backend: 'default/sample-nodeport:8080', clientIPSeen: masqueradedBy(sim, node, o.pod) });
  });
  it('LoadBalancer: the LB address from the internet', () => {
    const t = curl(sim, { from: 'internet', url: `http://${lbIP}:8080` });
    expect(t.outcome).toMatchObject({ outcome: 'delivered', backend: 'default/sample-lb:8080' });
    expect(kinds(t)).toContain('lb.select');
  });
  it('Headless: DNS round robin of pod IPs, the client connects straight to the first', () => {
    const t = curl(sim, { from: 'default/sample-pod', url: 'http://sample-headless' });
    expect(t.outcome).toMatchObject({ outcome: 'delivered', backend: null });
    expect(kinds(t)).not.toContain('proxy.select');
    expect(t.steps.some((s) => s.message === 'request.dns.round-robin')).toBe(true);
  });
  it('Headless + StatefulSet: pod name discovery', () => {
    expect(curl(sim, { from: 'default/sample-pod', url: 'http://sample-statefulset-headless-0.sample-headless' }).outcome.pod).toBe('default/sample-statefulset-headless-0');
  });
  it('ExternalName: a CNAME, the client connects to the outside host on its own URL port', () => {
    const t = curl(sim, { from: 'default/sample-pod', url: 'http://sample-externalname' });
    expect(t.outcome).toMatchObject({ outcome: 'delivered', endpoint: '203.0.113.80:80', pod: null });
    expect(t.outcome.body).toContain('From=external.example.com');
    expect(kinds(t)).not.toContain('proxy.select');
  });
  it('None-Selector: hand-written Endpoints to the members', () => {
    const seen = new Set(curlRepeat(sim, { from: 'default/sample-pod', url: 'http://sample-none-selector:8080' }, 12).map((t) => t.outcome.endpoint));
    expect([...seen].sort()).toEqual(['192.168.1.1:80', '192.168.1.2:80']);
  });
});

describe('seed 003: cross-namespace bridge behind an Azure internal load balancer', () => {
  const sim = simulate(SEED003);
  it('lily.example.com → lily-svc-bridge → lily-svc in lily-ns (the bridge hop goes through the cluster IP)', () => {
    const t = curl(sim, { from: 'lan', url: 'http://lily.example.com/' });
    expect(t.outcome).toMatchObject({ outcome: 'delivered', backend: 'hyein-ns/lily-svc-bridge:80', ingress: 'hyein-ns/hyein-ingress' });
    expect(t.outcome.pod).toMatch(/^lily-ns\/lily-deploy-/);
    expect(t.steps.some((s) => s.message === 'ingress.note.external-name-backend')).toBe(true);
    expect(t.steps.some((s) => s.message === 'proxy.dnat.clusterIP')).toBe(true);
  });
  it('hyein.example.com → first-svc: as written, targetPort 80 meets pods that declare only 5000 → 502 (and lint says why)', () => {
    const t = curl(sim, { from: 'lan', url: 'http://hyein.example.com/' });
    expect(t.outcome).toMatchObject({ outcome: 'http-error', httpStatus: 502, backend: 'hyein-ns/first-svc:80', reason: 'upstream-pod-port-closed' });
    expect(codes(sim)).toContain('service/target-port-not-exposed');
  });
  it('hyein.example.com → first-deploy pods once targetPort: 5000', () => {
    const fixed = simulate(SEED003.replace('    - protocol: TCP\n      port: 80\n  type: LoadBalancer', '    - protocol: TCP\n      port: 80\n      targetPort: 5000\n  type: LoadBalancer'));
    const t = curl(fixed, { from: 'lan', url: 'http://hyein.example.com/' });
    expect(t.outcome).toMatchObject({ outcome: 'delivered', backend: 'hyein-ns/first-svc:80' });
    expect(t.outcome.pod).toMatch(/^hyein-ns\/first-deploy-/);
  });
  it('the internal LB is reachable from the LAN, not from the internet', () => {
    expect(curl(sim, { from: 'internet', url: 'http://lily.example.com/' }).outcome).toMatchObject({ outcome: 'timeout', reason: 'internal-lb-from-internet' });
  });
  it('ssl-redirect: “false” (typographic quotes) is invalid → default true; harmless here: no tls section', () => {
    expect(codes(sim)).toContain('ingress/invalid-bool-annotation');
    expect(curl(sim, { from: 'lan', url: 'http://lily.example.com/' }).outcome.httpStatus).toBe(200);
  });
});

describe('seed 000: Ingress in namespace-a, Service in namespace-b', () => {
  // networking/v1 (and extensions/v1beta1) validation: a backend service name must be a DNS-1035 label
  // (pkg/apis/networking/validation ValidateIngressBackend → ValidateServiceName), so `kubectl apply` refuses
  // the whole Ingress. It never exists: the controller has no rule for the host and answers with its own 404.
  it('a DNS name as backend: the API server rejects the Ingress, so the controller answers 404', () => {
    const sim = simulate(SEED000_NAIVE);
    expect(sim.rejected).toContain('Ingress/namespace-a/ingressc');
    const err = sim.diagnostics.find((d) => d.code === 'ingress/backend-name-invalid');
    expect(err).toMatchObject({ severity: 'error', object: 'Ingress/namespace-a/ingressc' });
    expect(err?.message).toContain('cross-namespace references are not possible');
    expect(err?.range?.start.line).toBe(SEED000_NAIVE.split('\n').findIndex((l) => l.includes('serviceName: servicec.')) + 1);
    const lbIP = sim.cluster.ingressControllers[0].address[0]?.ip;
    expect(curl(sim, { from: 'lan', url: `http://${lbIP}/`, headers: { Host: 'subdomain.host.com' } }).outcome)
      .toMatchObject({ outcome: 'http-error', httpStatus: 404, backend: 'default', reason: 'no-rule-matched' });
  });
  it('the post\'s "headless" bridge as written (clusterIP: None + externalName, no type) is a headless Service without ports: 503', () => {
    const sim = simulate(SEED000_AS_WRITTEN);
    expect(curl(sim, { from: 'lan', url: 'http://subdomain.host.com/' }).outcome).toMatchObject({ httpStatus: 503, reason: 'backend-port-not-found' });
    expect(codes(sim)).toContain('service/externalname-ignored');
  });
  it('with type: ExternalName the bridge works', () => {
    const sim = simulate(SEED000_FIXED);
    expect(curl(sim, { from: 'lan', url: 'http://subdomain.host.com/' }).outcome).toMatchObject({ outcome: 'delivered', pod: 'namespace-b/app-c' });
    expect(codes(sim)).toContain('ingress/externalname-backend');
  });
});

describe('seed 004: a selector-less Service with manual Endpoints outside the cluster', () => {
  const sim = simulate(SEED004);
  it('spreads over 11.11.11.11 (a world host: answers) and 22.22.22.22 (nothing there: timeout)', () => {
    const outs = curlRepeat(sim, { from: 'default/kubia', url: 'http://external-service' }, 16).map((t) => t.outcome);
    const ok = outs.filter((o) => o.outcome === 'delivered');
    const lost = outs.filter((o) => o.outcome === 'timeout');
    expect(ok.length).toBeGreaterThan(0);
    expect(lost.length).toBeGreaterThan(0);
    expect(new Set(ok.map((o) => o.endpoint))).toEqual(new Set(['11.11.11.11:80']));
    expect(new Set(lost.map((o) => o.reason))).toEqual(new Set(['endpoint-unreachable']));
  });
  it('ExternalName: a CNAME to someapi.somecompany.com, no proxying', () => {
    const t = curl(sim, { from: 'default/kubia', url: 'http://external-service-externalname' });
    expect(t.outcome).toMatchObject({ outcome: 'delivered', endpoint: '203.0.113.90:80' });
  });
});
