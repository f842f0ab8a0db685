/**
 * Request traces carry keys and data, never English prose in params: the considered-rules list of an
 * ingress match, outcome reasons, XFF-less requests, enumerated code values. And kube-apiserver answers
 * on the control-plane nodes' :6443.
 */
import { describe, expect, it } from 'vitest';
import { simulate } from '../engine';
import { englishCatalog, renderMessage } from '../messages/index';
import { localizeParams, renderMessageIn } from '../messages/i18n';
import { koCatalogs } from '../messages/ko/index';
import type { TraceStep } from '../trace/types';
import { apiRequestInfo, forbiddenStatus } from './apiserver';
import { apiserverCertificateNames, certificateNames } from './certificate';
import { curl } from './curl';
import { REQUEST_REASONS, reasonParams } from './reasons';

const HANGUL = /[\uAC00-\uD7A3]/;
const find = (steps: readonly TraceStep[], message: string): TraceStep => {
  const s = steps.find((x) => x.message === message);
  if (!s) throw new Error(`no ${message} in ${steps.map((x) => x.message).join(', ')}`);
  return s;
};

const CLIENT = `
apiVersion: v1
kind: Pod
metadata: { name: client }
spec:
  nodeName: worker-2
  containers: [{ name: c, image: busybox }]`;

const WEB = `
apiVersion: v1
kind: Service
metadata: { name: web }
spec:
  selector: { app: web }
  ports: [{ name: http, port: 80, targetPort: 8080 }]
---
apiVersion: v1
kind: Pod
metadata: { name: web-1, labels: { app: web } }
spec:
  nodeName: worker-1
  containers: [{ name: c, image: echo, ports: [{ containerPort: 8080 }] }]
---${CLIENT}`;

const INGRESS = `${WEB}
---
apiVersion: networking.k8s.io/v1
kind: Ingress
metadata: { name: web }
spec:
  ingressClassName: nginx
  rules:
  - host: web.example.com
    http:
      paths:
      - { path: /api, pathType: Prefix, backend: { service: { name: web, port: { number: 80 } } } }
      - { path: /, pathType: Exact, backend: { service: { name: web, port: { number: 80 } } } }
  - host: "*.example.com"
    http: { paths: [{ path: /, pathType: Prefix, backend: { service: { name: web, port: { number: 80 } } } }] }`;

/** English prose the engine used to put in params. */
const PROSE = /\b(host (exact|wildcard|any|no)|path (yes|no))\b/;

describe('ingress.match: the considered rules are a list of keys, not English', () => {
  const t = curl(simulate(INGRESS), { from: 'lan', url: 'http://web.example.com/api/x' });
  const match = find(t.steps, 'ingress.match.path');

  it('carries structured items, no English prose', () => {
    expect(match.params).toMatchObject({
      consideredItems: 'ingress.considered', consideredCount: 3,
      'considered.0.ingress': 'default/web', 'considered.0.host': 'web.example.com', 'considered.0.path': '/api', 'considered.0.pathType': 'Prefix',
      'considered.0.hostMatchKey': 'ingress.considered.host.exact', 'considered.0.pathMatchKey': 'ingress.considered.path.yes',
      'considered.1.pathMatchKey': 'ingress.considered.path.no',
      'considered.2.host': '*.example.com', 'considered.2.hostMatchKey': 'ingress.considered.host.wildcard',
    });
    expect(match.params).not.toHaveProperty('considered');
    for (const v of Object.values(match.params)) expect(String(v)).not.toMatch(PROSE);
  });

  it('renders in English (CLI) and Korean (app) with every rule', () => {
    expect(renderMessage(match.message, match.params)).toBe(
      'web.example.com/api/x: server web.example.com, rule /api (Prefix) of default/web → Service web. Considered: '
      + 'default/web web.example.com/api (Prefix): host matches exactly, path matches; '
      + 'default/web web.example.com/ (Exact): host matches exactly, path does not match; '
      + 'default/web *.example.com/ (Prefix): host matches the wildcard, path matches.',
    );
    const ko = renderMessageIn('ko', match.message, match.params);
    expect(ko).toContain('검토한 규칙: default/web의 web.example.com/api (Prefix): 호스트 정확히 일치, 경로 일치; ');
    expect(ko).toContain('default/web의 *.example.com/ (Prefix): 호스트가 와일드카드에 일치, 경로 일치.');
    expect(localizeParams('ko', match.message, match.params).considered).toMatch(HANGUL);
  });

  it('an empty list renders as "-"', () => {
    expect(renderMessage('ingress.match.controller-default-backend', {
      host: 'h', path: '/', server: '_', consideredItems: 'ingress.considered', consideredCount: 0,
    })).toBe('h/: nothing matched (server _); the controller\'s default backend answers 404. Considered: -.');
  });
});

describe('outcome reasons: the slug stays, a key renders it', () => {
  it('every reason slug has a request.reason.* entry in English and Korean', () => {
    const en = englishCatalog();
    const ko = koCatalogs.request;
    for (const slug of [...REQUEST_REASONS, 'upstream-pod-port-closed']) {
      const p = reasonParams(slug);
      for (const key of [p.reasonKey, p.upstreamReasonKey].filter(Boolean)) {
        expect(Object.hasOwn(en, key), key).toBe(true);
        expect(Object.hasOwn(ko, key), key).toBe(true);
      }
    }
  });

  it('the outcome step keeps `reason` (the JSON slug) and adds reasonKey', () => {
    const t = curl(simulate(WEB.replace('targetPort: 8080', 'targetPort: 9090')), { from: 'default/client', url: 'http://web' });
    expect(t.outcome.reason).toBe('pod-port-closed');
    const done = find(t.steps, 'request.outcome.refused');
    expect(done.params).toMatchObject({ reason: 'pod-port-closed', reasonKey: 'request.reason.pod-port-closed' });
    expect(renderMessage(done.message, done.params)).toBe('curl: (7) Connection refused (nothing listens on that port in the pod).');
    expect(renderMessageIn('ko', done.message, done.params)).toBe('curl: (7) Connection refused (파드의 그 포트에서 수신하는 것이 없다) — 연결이 거부되었다.');
  });

  it('a proxy\'s upstream failure nests the connection\'s reason', () => {
    const t = curl(simulate(INGRESS.replace('targetPort: 8080', 'targetPort: 9090')), { from: 'lan', url: 'http://web.example.com/api' });
    expect(t.outcome).toMatchObject({ httpStatus: 502, reason: 'upstream-pod-port-closed' });
    const failed = find(t.steps, 'request.http.upstream-failed');
    expect(renderMessageIn('ko', failed.message, failed.params)).toBe('프록시가 업스트림에 닿지 못했다(파드의 그 포트에서 수신하는 것이 없다): 502.');
    const done = find(t.steps, 'request.outcome.http-error');
    expect(renderMessage(done.message, done.params)).toBe(
      'Done: HTTP error 502 (the proxy could not reach its upstream: nothing listens on that port in the pod).',
    );
    expect(renderMessageIn('ko', done.message, done.params)).toBe('완료: HTTP 오류 502 (프록시가 업스트림에 닿지 못했다: 파드의 그 포트에서 수신하는 것이 없다).');
  });

  it('every outcome reason of a batch of requests renders in Korean (no slug left)', () => {
    const sim = simulate(INGRESS);
    const urls = ['http://web', 'http://web:81', 'http://nothing.example', 'http://10.96.0.1', 'https://web:80', 'http://web.example.com/', 'http://other.test/'];
    for (const from of ['default/client', 'lan', 'internet']) {
      for (const url of urls) {
        const t = curl(sim, { from, url });
        const last = t.steps[t.steps.length - 1];
        if (!t.outcome.reason) continue;
        const ko = renderMessageIn('ko', last.message, last.params);
        expect(ko, `${from} ${url}`).not.toContain(`(${t.outcome.reason})`);
        expect(ko).toMatch(HANGUL);
      }
    }
  });
});

describe('enumerated code values become keys', () => {
  it('request.drop: network and address kind render as words', () => {
    const t = curl(simulate(WEB), { from: 'internet', url: 'http://10.96.0.1' });
    const drop = find(t.steps, 'request.drop.cluster-network-not-routable');
    expect(drop.params).toMatchObject({ network: 'internet', kind: 'clusterIP', networkKey: 'request.network.internet', kindKey: 'request.address-kind.clusterIP' });
    expect(renderMessage(drop.message, drop.params)).toBe('10.96.0.1:80 is a cluster IP address: only reachable inside the cluster. From the internet there is no route; the connection times out.');
    expect(renderMessageIn('ko', drop.message, drop.params)).toContain('클러스터 IP 주소라서');
  });

  it('proxy.select: how the endpoint was chosen', () => {
    const t = curl(simulate(WEB), { from: 'default/client', url: 'http://web' });
    const sel = find(t.steps, 'proxy.select');
    expect(sel.params).toMatchObject({ by: 'random', byKey: 'proxy.by.random' });
    expect(renderMessageIn('ko', sel.message, sel.params)).toMatch(/\(무작위\)\.$/);
  });
});

describe('no empty X-Forwarded-For, no empty containerPorts list', () => {
  it('a direct request has its own key; a proxied one shows the header', () => {
    const direct = find(curl(simulate(WEB), { from: 'default/client', url: 'http://web' }).steps, 'request.http.received-direct');
    expect(renderMessage(direct.message, direct.params)).not.toContain('X-Forwarded-For: )');
    expect(renderMessageIn('ko', direct.message, direct.params)).not.toContain('X-Forwarded-For: )');
    const proxied = find(curl(simulate(INGRESS), { from: 'lan', url: 'http://web.example.com/api' }).steps, 'request.http.received');
    expect(proxied.params.xff).not.toBe('');
    expect(renderMessage(proxied.message, proxied.params)).toMatch(/X-Forwarded-For: \d+\.\d+\.\d+\.\d+\)\.$/);
  });

  it('a pod that declares no containerPorts: its own key', () => {
    const sim = simulate(WEB.replace(', ports: [{ containerPort: 8080 }]', ''));
    const t = curl(sim, { from: 'default/client', url: `http://${sim.cluster.pods.find((p) => p.name === 'web-1')?.podIP}:9999` });
    const refused = find(t.steps, 'request.refused.pod-port-undeclared');
    expect(renderMessage(refused.message, refused.params)).not.toContain('containerPorts: )');
    expect(t.outcome.reason).toBe('pod-port-closed');
  });
});

describe('kube-apiserver on the control-plane nodes', () => {
  const sim = simulate(CLIENT);

  it('curl -k https://kubernetes.default.svc.cluster.local/ from a pod: 403 Forbidden, as the real apiserver answers system:anonymous', () => {
    const t = curl(sim, { from: 'default/client', url: 'https://kubernetes.default.svc.cluster.local/', insecure: true });
    expect(t.outcome).toMatchObject({
      outcome: 'http-error', httpStatus: 403, reason: 'apiserver-forbidden', backend: 'default/kubernetes:443', endpoint: '192.168.0.10:6443',
      headers: { 'Content-Type': 'application/json' },
    });
    expect(JSON.parse(t.outcome.body ?? '')).toEqual({
      kind: 'Status', apiVersion: 'v1', metadata: {}, status: 'Failure',
      message: 'forbidden: User "system:anonymous" cannot get path "/"', reason: 'Forbidden', details: {}, code: 403,
    });
    expect(t.outcome.body).toContain('  "message": "forbidden: User \\"system:anonymous\\" cannot get path \\"/\\"",');
    expect(t.steps.map((s) => s.message)).toEqual(expect.arrayContaining(['request.apiserver.received', 'request.apiserver.forbidden-path']));
    for (const s of t.steps) expect(renderMessageIn('ko', s.message, s.params), s.message).not.toMatch(/\{\w+\}/);
  });

  it('plain http to :443 → 6443: Go\'s 400 "Client sent an HTTP request to an HTTPS server."', () => {
    const t = curl(sim, { from: 'default/client', url: 'http://kubernetes.default.svc.cluster.local:443/' });
    expect(t.outcome).toMatchObject({ outcome: 'http-error', httpStatus: 400, reason: 'plain-http-to-tls', body: 'Client sent an HTTP request to an HTTPS server.\n' });
    expect(t.outcome.reason).not.toBe('node-port-closed');
  });

  it('the node address itself, from the LAN; a worker does not listen on 6443', () => {
    expect(curl(sim, { from: 'lan', url: 'https://192.168.0.10:6443/healthz', insecure: true }).outcome).toMatchObject({ outcome: 'delivered', httpStatus: 200, body: 'ok' });
    expect(curl(sim, { from: 'lan', url: 'https://192.168.0.11:6443/' }).outcome).toMatchObject({ outcome: 'refused', reason: 'node-port-closed' });
  });

  it('--cacert with the cluster CA: curl trusts the certificate for the names kubeadm issued it for (pkiutil.GetAPIServerAltNames)', () => {
    for (const url of ['https://kubernetes.default.svc.cluster.local/', 'https://kubernetes.default/', 'https://kubernetes/', 'https://10.96.0.1/', 'https://KUBERNETES.default.svc.cluster.local./']) {
      const t = curl(sim, { from: 'default/client', url, trustClusterCA: true });
      expect(t.outcome, url).toMatchObject({ outcome: 'http-error', httpStatus: 403, reason: 'apiserver-forbidden' });
      expect(t.steps.map((s) => s.message), url).toContain('request.tls.cluster-ca-trusted');
    }
    expect(curl(sim, { from: 'lan', url: 'https://192.168.0.10:6443/healthz', trustClusterCA: true }).outcome).toMatchObject({ outcome: 'delivered', body: 'ok' });
    // Another name for the same address: curl 7.88.1 checks the URL's host, "SSL: no alternative certificate subject name matches …".
    const t = curl(sim, { from: 'default/client', url: 'https://api.example.com/', resolve: ['api.example.com:443:10.96.0.1'], trustClusterCA: true });
    expect(t.outcome).toMatchObject({ outcome: 'tls-failure', reason: 'tls-name-mismatch' });
    expect(t.steps.find((s) => s.message === 'request.tls.tls-name-mismatch')?.params).toMatchObject({
      problem: "SSL: no alternative certificate subject name matches target host name 'api.example.com'",
      names: expect.stringContaining('kubernetes.default.svc.cluster.local'),
    });
    for (const s of t.steps) expect(renderMessageIn('ko', s.message, s.params), s.message).not.toMatch(/\{\w+\}/);
  });

  it('curl compares an address in the URL with the certificate\'s addresses as addresses, not as text', () => {
    const names = apiserverCertificateNames('cp-1', 'fd00::10', 'cluster.local', 'fd00:96::1');
    expect(['fd00:0:0::10', 'FD00::10', 'fd00:96:0::1', 'cp-1', 'CP-1.'].map((h) => certificateNames(names, h))).toEqual([true, true, true, true, true]);
    expect(['fd00::11', '::ffff:10.0.0.1', 'fd00'].map((h) => certificateNames(names, h))).toEqual([false, false, false]);
  });

  it('without -k, curl refuses the serving certificate (signed by the cluster CA) and sends nothing: exit 60', () => {
    // curl 7.88.1 against a server whose certificate a private CA signed: "SSL certificate problem: unable to get local issuer certificate".
    const t = curl(sim, { from: 'default/client', url: 'https://kubernetes.default.svc.cluster.local/healthz' });
    expect(t.outcome).toMatchObject({ outcome: 'tls-failure', httpStatus: null, reason: 'tls-unknown-issuer', endpoint: '192.168.0.10:6443', pod: null });
    expect(t.steps.map((s) => s.message)).not.toContain('request.apiserver.received');
    const refused = t.steps.find((s) => s.message === 'request.tls.tls-unknown-issuer');
    expect(refused?.params).toMatchObject({ server: 'kube-apiserver', problem: 'SSL certificate problem: unable to get local issuer certificate' });
    for (const s of t.steps) expect(renderMessageIn('ko', s.message, s.params), s.message).not.toMatch(/\{\w+\}/);
  });

  it('resource paths get the resource form of the message (requestinfo.go verbs)', () => {
    expect(forbiddenStatus(apiRequestInfo('GET', '/api/v1/namespaces/default/pods')).message)
      .toBe('pods is forbidden: User "system:anonymous" cannot list resource "pods" in API group "" in the namespace "default"');
    expect(forbiddenStatus(apiRequestInfo('GET', '/apis/apps/v1/namespaces/shop/deployments/web'))).toMatchObject({
      message: 'deployments.apps "web" is forbidden: User "system:anonymous" cannot get resource "deployments" in API group "apps" in the namespace "shop"',
      details: { name: 'web', group: 'apps', kind: 'deployments' },
    });
    expect(forbiddenStatus(apiRequestInfo('GET', '/api/v1/nodes?watch=true')).message)
      .toBe('nodes is forbidden: User "system:anonymous" cannot watch resource "nodes" in API group "" at the cluster scope');
    expect(forbiddenStatus(apiRequestInfo('POST', '/api')).message).toBe('forbidden: User "system:anonymous" cannot post path "/api"');
    expect(forbiddenStatus(apiRequestInfo('GET', '/apis/apps/v1')).message).toBe('forbidden: User "system:anonymous" cannot get path "/apis/apps/v1"');
  });
});

describe('ingress.note.invalid-bool-annotation: whether the host has TLS is a key', () => {
  it('renders yes/no, not true/false', () => {
    const t = curl(simulate(INGRESS.replace('metadata: { name: web }\nspec:\n  ingressClassName', 'metadata: { name: web, annotations: { nginx.ingress.kubernetes.io/ssl-redirect: “false” } }\nspec:\n  ingressClassName')),
      { from: 'lan', url: 'http://web.example.com/api' });
    const note = find(t.steps, 'ingress.note.invalid-bool-annotation');
    expect(note.params).toMatchObject({ tls: false, tlsKey: 'ingress.note.tls.no' });
    expect(renderMessage(note.message, note.params)).toMatch(/\(TLS for this host: no\)\.$/);
    expect(renderMessageIn('ko', note.message, note.params)).toMatch(/\(이 호스트의 TLS: 없음\)\.$/);
  });
});
