/**
 * ingress-nginx controller behaviours, YAML in → outcome out, each with its source:
 * - precedence across Ingresses of one host: store.go sortIngressSlice (oldest creationTimestamp first,
 *   equal → "namespace/name" descending), the first Ingress to configure a location keeps it;
 * - rewrite-target / use-regex: nginx.tmpl enforceRegexModifier + buildLocation (`~* "^<path>"`),
 *   buildProxyPass (`rewrite "(?i)<path>" <target> break;`), https://kubernetes.github.io/ingress-nginx/examples/rewrite/;
 * - a location ending in "/" and its 301 (nginx auto_redirect, https://nginx.org/en/docs/http/ngx_http_core_module.html#location,
 *   kubernetes/ingress-nginx#646).
 */
import { describe, expect, it } from 'vitest';
import { simulate } from '../engine';
import { renderMessage } from '../messages/index';
import { curl } from './curl';
import { MAX_CONTROLLER_HOPS } from './nginx';

const backends = (...names: string[]) => names.map((n) => `
apiVersion: v1
kind: Service
metadata: { name: ${n} }
spec: { selector: { app: ${n} }, ports: [{ port: 80 }] }
---
apiVersion: v1
kind: Pod
metadata: { name: ${n}-pod, labels: { app: ${n} } }
spec: { nodeName: worker-1, containers: [{ name: c, image: echo }] }`).join('\n---\n');

const ing = (name: string, host: string, paths: string, extra = '') => `
apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: ${name}
${extra}
spec:
  ingressClassName: nginx
  rules:
  - host: ${host}
    http:
      paths:
${paths}`;

const path = (p: string, svc: string, type = 'Prefix') =>
  `      - { path: "${p}", pathType: ${type}, backend: { service: { name: ${svc}, port: { number: 80 } } } }`;

const get = (yaml: string, url: string) => curl(simulate(yaml), { from: 'internet', url });

describe('ingress-nginx precedence across Ingresses sharing a host (sortIngressSlice)', () => {
  it('no timestamps (one file, one apply): namespace/name descending — zeta keeps /same over alpha', () => {
    const yaml = [backends('a', 'b'), ing('zeta', 'foo.example.com', path('/same', 'a')), ing('alpha', 'foo.example.com', path('/same', 'b'))].join('\n---\n');
    const t = get(yaml, 'http://foo.example.com/same');
    expect(t.outcome).toMatchObject({ ingress: 'default/zeta', pod: 'default/a-pod' });
    const note = t.steps.find((s) => s.message === 'ingress.note.location-taken');
    expect(note?.params).toMatchObject({ ingress: 'default/zeta', others: 'default/alpha', byKey: 'ingress.note.location-taken.name' });
    // The admission webhook's refusal (controller.go checkOverlap) names the host and the path.
    expect(note?.params).toMatchObject({ server: 'foo.example.com', path: '/same' });
  });

  it('the document order does not matter', () => {
    const yaml = [backends('a', 'b'), ing('alpha', 'foo.example.com', path('/same', 'b')), ing('zeta', 'foo.example.com', path('/same', 'a'))].join('\n---\n');
    expect(get(yaml, 'http://foo.example.com/same').outcome.ingress).toBe('default/zeta');
  });

  it('the oldest creationTimestamp wins over the name order', () => {
    const ts = (t: string) => `  creationTimestamp: "${t}"`;
    const yaml = [backends('a', 'b'),
      ing('zeta', 'foo.example.com', path('/same', 'a'), ts('2024-05-02T10:00:00Z')),
      ing('alpha', 'foo.example.com', path('/same', 'b'), ts('2024-05-01T10:00:00Z'))].join('\n---\n');
    const t = get(yaml, 'http://foo.example.com/same');
    expect(t.outcome).toMatchObject({ ingress: 'default/alpha', pod: 'default/b-pod' });
    expect(t.steps.find((s) => s.message === 'ingress.note.location-taken')?.params.byKey).toBe('ingress.note.location-taken.older');
  });

  it('the first Ingress to name the host owns its root location (its defaultBackend answers /)', () => {
    const withDefault = (name: string, svc: string) => `${ing(name, 'd.example.com', path('/x', svc, 'Exact'))}
  defaultBackend: { service: { name: ${svc}, port: { number: 80 } } }`;
    const yaml = [backends('a', 'b'), withDefault('alpha', 'b'), withDefault('zeta', 'a')].join('\n---\n');
    expect(get(yaml, 'http://d.example.com/other').outcome).toMatchObject({ ingress: 'default/zeta', pod: 'default/a-pod' });
  });
});

describe('ingress-nginx rewrite-target and use-regex', () => {
  // https://kubernetes.github.io/ingress-nginx/examples/rewrite/ — "Rewrite Target"
  const docs = [backends('http-svc'), ing('rewrite', 'rewrite.bar.com', path('/something(/|$)(.*)', 'http-svc', 'ImplementationSpecific'), `  annotations:
    nginx.ingress.kubernetes.io/use-regex: "true"
    nginx.ingress.kubernetes.io/rewrite-target: /$2`)].join('\n---\n');

  it.each([
    ['/something', '/'],
    ['/something/', '/'],
    ['/something/new', '/new'],
    ['/something/new?x=1', '/new?x=1'],
  ])('the docs example: %s reaches the pod as %s', (requested, seen) => {
    const t = get(docs, `http://rewrite.bar.com${requested}`);
    expect(t.outcome).toMatchObject({ outcome: 'delivered', pod: 'default/http-svc-pod' });
    expect(t.outcome.body).toContain(`Path=${seen} `);
    const rw = t.steps.find((s) => s.message === 'ingress.nginx.rewrite');
    expect(rw?.params).toMatchObject({ pattern: '/something(/|$)(.*)', target: '/$2', before: requested, after: seen });
  });

  it('the trace says why the paths became regular expressions', () => {
    const t = get(docs, 'http://rewrite.bar.com/something/new');
    const note = t.steps.find((s) => s.message === 'ingress.note.regex-mode');
    expect(note && renderMessage(note.message, note.params)).toContain('~* "^<path>"');
  });

  const rw = [backends('a'), ing('rw', 'rw.example.com', path('/app', 'a'), `  annotations:
    nginx.ingress.kubernetes.io/rewrite-target: /`)].join('\n---\n');

  it('rewrite-target makes Prefix /app a case-insensitive regex prefix: /application and /APP/x match', () => {
    for (const p of ['/app', '/application', '/APP/x']) {
      const t = get(rw, `http://rw.example.com${p}`);
      expect(t.outcome, p).toMatchObject({ outcome: 'delivered', pod: 'default/a-pod' });
      expect(t.outcome.body, p).toContain('Path=/ ');  // the whole URI is replaced: no capture group, no rest
    }
  });

  it('regex mode covers every Ingress of the host: another Ingress\'s Exact path becomes a prefix regex', () => {
    const yaml = [rw, backends('b'), ing('plain', 'rw.example.com', path('/exact', 'b', 'Exact'))].join('\n---\n');
    const t = get(yaml, 'http://rw.example.com/exact/more');
    expect(t.outcome).toMatchObject({ ingress: 'default/plain', pod: 'default/b-pod' });
    expect(t.outcome.body).toContain('Path=/exact/more ');  // no rewrite-target on that Ingress
  });

  it('without the annotations Prefix keeps element semantics: /application is not /app', () => {
    const plain = rw.replace('nginx.ingress.kubernetes.io/rewrite-target: /', 'example.com/unrelated: "x"');
    expect(get(plain, 'http://rw.example.com/application').outcome).toMatchObject({ httpStatus: 404, reason: 'no-rule-matched' });
  });
});

describe('ingress-nginx: a path ending in "/" requested without it (nginx auto_redirect)', () => {
  const yaml = [backends('a'), ing('slash', 'foo.example.com', path('/slash/', 'a'))].join('\n---\n');

  it('Prefix /slash/ answers /slash with 301 and Location /slash/', () => {
    const t = get(yaml, 'http://foo.example.com/slash?q=1');
    expect(t.outcome).toMatchObject({ outcome: 'delivered', httpStatus: 301, reason: 'trailing-slash-redirect', headers: { Location: 'http://foo.example.com/slash/?q=1' } });
    expect(t.steps.some((s) => s.message === 'ingress.match.trailing-slash-redirect')).toBe(true);
  });

  it('/slash/ and below are proxied', () => {
    expect(get(yaml, 'http://foo.example.com/slash/').outcome).toMatchObject({ httpStatus: 200, pod: 'default/a-pod' });
    expect(get(yaml, 'http://foo.example.com/slash/x').outcome).toMatchObject({ httpStatus: 200, pod: 'default/a-pod' });
  });

  it('Prefix /slash (no trailing slash) gets an exact location for /slash: no redirect', () => {
    const noSlash = yaml.replace('"/slash/"', '"/slash"');
    expect(get(noSlash, 'http://foo.example.com/slash').outcome).toMatchObject({ httpStatus: 200, pod: 'default/a-pod' });
  });
});

describe('ingress-nginx: an Ingress whose backend is the controller\'s own Service', () => {
  // nginx proxies to its own pod, which matches the same rule again: it loops until it runs out of worker
  // connections; the upstream connect then fails with 500 (ngx_http_upstream_connect) and every hop passes it back.
  const text = `
apiVersion: networking.k8s.io/v1
kind: Ingress
metadata: { name: self, namespace: ingress-nginx }
spec:
  ingressClassName: nginx
  rules:
  - host: loop.example.com
    http: { paths: [{ path: /, pathType: Prefix, backend: { service: { name: ingress-nginx-controller, port: { number: 80 } } } }] }
`;

  it('answers 500 and stops the trace where the request comes back to the same controller pod', () => {
    const r = curl(simulate(text), { from: 'internet', url: 'http://loop.example.com/a' });
    expect([r.outcome.httpStatus, r.outcome.reason]).toEqual([500, 'proxy-loop']);
    const served = r.steps.filter((s) => s.message === 'ingress.class.nginx');
    expect(served).toHaveLength(2);
    expect(served[0].params.pod).toBe(served[1].params.pod);
    const last = r.steps.find((s) => s.message === 'ingress.nginx.proxy-loop')!;
    expect(last.params).toMatchObject({ pod: served[0].params.pod, host: 'loop.example.com', path: '/a' });
    expect(renderMessage(last.message, last.params)).toMatch(/^The request is back at ingress-nginx\/ingress-nginx-controller-\w+-\w+ with the same host loop\.example\.com and path \/a/);
  });

  it('a rewrite that lengthens the path on every hop never repeats exactly: the trace stops after MAX_CONTROLLER_HOPS passes', () => {
    const growing = text.replace('metadata: { name: self, namespace: ingress-nginx }',
      'metadata:\n  name: self\n  namespace: ingress-nginx\n  annotations: { nginx.ingress.kubernetes.io/use-regex: "true", nginx.ingress.kubernetes.io/rewrite-target: /x/$1 }')
      .replace('path: /, pathType: Prefix', 'path: /(.*), pathType: ImplementationSpecific');
    const r = curl(simulate(growing), { from: 'internet', url: 'http://loop.example.com/a' });
    expect([r.outcome.httpStatus, r.outcome.reason]).toEqual([500, 'proxy-loop']);
    expect(r.steps.filter((s) => s.message === 'ingress.class.nginx')).toHaveLength(MAX_CONTROLLER_HOPS + 1);
    const last = r.steps.find((s) => s.message === 'ingress.nginx.proxy-loop-hops')!;
    expect(last.params).toMatchObject({ hops: MAX_CONTROLLER_HOPS, path: `${'/x'.repeat(MAX_CONTROLLER_HOPS)}/a` });
  });
});

describe('a backend port that is the Service\'s targetPort (controller.go serviceEndpoints compares port, targetPort and name)', () => {
  const svc = `
apiVersion: v1
kind: Service
metadata: { name: web }
spec: { selector: { app: web }, ports: [{ port: 80, targetPort: 8080 }] }
---
apiVersion: v1
kind: Pod
metadata: { name: web-pod, labels: { app: web } }
spec: { nodeName: worker-1, containers: [{ name: c, image: echo, ports: [{ containerPort: 8080 }] }] }`;
  it('ingress-nginx still reaches the pods on that port, and says why', () => {
    const t = get([svc, ing('tp', 'foo.example.com', path('/', 'web').replace('number: 80', 'number: 8080'))].join('\n---\n'), 'http://foo.example.com/');
    expect(t.outcome).toMatchObject({ httpStatus: 200, pod: 'default/web-pod', backend: 'default/web:80' });
    expect(t.steps.find((s) => s.message === 'ingress.nginx.backend-port-by-target-port')?.params).toMatchObject({ port: '8080', servicePort: 80 });
  });
});
