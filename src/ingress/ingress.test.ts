import { describe, expect, it } from 'vitest';
import type { HTTPIngressPath, PathType } from '../api/types';
import { clusterState, controller, ingress, ingressClass, secret, service } from '../request/testing';
import { crossNamespaceReference, resolveBackend } from './backend';
import { effectiveIngressClassName } from '../cluster/ingressClass';
import { claimingControllers } from './class';
import { matchHost } from './host';
import { bestPath, pathMatches } from './pathMatch';
import { matchGce, matchNginx } from './rules';
import { boolAnnotation, certificateForSNI, parseGoBool, tlsForHost } from './tls';

// https://kubernetes.io/docs/concepts/services-networking/ingress/#examples — every row.
describe('Ingress path examples table', () => {
  type Row = { kind: string; paths: [string, PathType][]; requests: string[]; matches: boolean; winner?: [string, PathType] };
  const rows: Row[] = [
    { kind: 'Prefix', paths: [['/', 'Prefix']], requests: ['/', '/foo', '/aaa/bbb/ccc'], matches: true },
    { kind: 'Exact', paths: [['/foo', 'Exact']], requests: ['/foo'], matches: true },
    { kind: 'Exact', paths: [['/foo', 'Exact']], requests: ['/bar'], matches: false },
    { kind: 'Exact', paths: [['/foo', 'Exact']], requests: ['/foo/'], matches: false },
    { kind: 'Exact', paths: [['/foo/', 'Exact']], requests: ['/foo'], matches: false },
    { kind: 'Prefix', paths: [['/foo', 'Prefix']], requests: ['/foo', '/foo/'], matches: true },
    { kind: 'Prefix', paths: [['/foo/', 'Prefix']], requests: ['/foo', '/foo/'], matches: true },
    { kind: 'Prefix', paths: [['/aaa/bb', 'Prefix']], requests: ['/aaa/bbb'], matches: false },
    { kind: 'Prefix', paths: [['/aaa/bbb', 'Prefix']], requests: ['/aaa/bbb'], matches: true },
    { kind: 'Prefix (ignores trailing slash)', paths: [['/aaa/bbb/', 'Prefix']], requests: ['/aaa/bbb'], matches: true },
    { kind: 'Prefix (matches trailing slash)', paths: [['/aaa/bbb', 'Prefix']], requests: ['/aaa/bbb/'], matches: true },
    { kind: 'Prefix (matches subpath)', paths: [['/aaa/bbb', 'Prefix']], requests: ['/aaa/bbb/ccc'], matches: true },
    { kind: 'Prefix (not a string prefix)', paths: [['/aaa/bbb', 'Prefix']], requests: ['/aaa/bbbxyz'], matches: false },
    { kind: 'Prefix (/aaa wins)', paths: [['/', 'Prefix'], ['/aaa', 'Prefix']], requests: ['/aaa/ccc'], matches: true, winner: ['/aaa', 'Prefix'] },
    { kind: 'Prefix (/aaa/bbb wins)', paths: [['/', 'Prefix'], ['/aaa', 'Prefix'], ['/aaa/bbb', 'Prefix']], requests: ['/aaa/bbb'], matches: true, winner: ['/aaa/bbb', 'Prefix'] },
    { kind: 'Prefix (/ wins)', paths: [['/', 'Prefix'], ['/aaa', 'Prefix'], ['/aaa/bbb', 'Prefix']], requests: ['/ccc'], matches: true, winner: ['/', 'Prefix'] },
    { kind: 'Prefix (default backend)', paths: [['/aaa', 'Prefix']], requests: ['/ccc'], matches: false },
    { kind: 'Mixed (prefers Exact)', paths: [['/foo', 'Prefix'], ['/foo', 'Exact']], requests: ['/foo'], matches: true, winner: ['/foo', 'Exact'] },
  ];
  for (const r of rows) {
    for (const req of r.requests) {
      it(`${r.kind}: ${r.paths.map((p) => p[0]).join(', ')} vs ${req} → ${r.matches ? 'yes' : 'no'}`, () => {
        const cands = r.paths.map(([path, pathType]) => ({ path, pathType }));
        const i = bestPath(cands, req);
        expect(i >= 0).toBe(r.matches);
        if (r.winner) expect([cands[i].path, cands[i].pathType]).toEqual(r.winner);
      });
    }
  }
});

describe('ImplementationSpecific per controller', () => {
  it.each([
    // ingress-nginx reads ImplementationSpecific as Prefix (store.go toIngress → SetDefaultNGINXPathType).
    ['ingress-nginx', '/foo', '/foobar', false],
    ['ingress-nginx', '/foo', '/foo/x', true],
    ['ingress-nginx', '/foo', '/foo', true],
    ['gce', '/foo', '/foo/x', false],               // a URL-map path without /* is exact
    ['gce', '/foo/*', '/foo/x', true],
    ['gce', '/*', '/anything', true],
    ['spec', '/foo', '/foobar', false],
  ] as const)('%s: %s vs %s → %s', (flavor, path, req, want) => {
    expect(pathMatches('ImplementationSpecific', path, req, flavor)).toBe(want);
  });
});

describe('ingress-nginx picks a location as nginx does: exact first, then the longest prefix location', () => {
  // location.go normalizePrefixPath: Prefix /foo → `location = /foo` + `location /foo/`; ImplementationSpecific is
  // read as Prefix first (SetDefaultNGINXPathType), so it is the same location; nginx: an exact location first,
  // then the longest prefix (ngx_http_core_module).
  const both = [{ path: '/foo', pathType: 'ImplementationSpecific' as const }, { path: '/foo', pathType: 'Prefix' as const }];
  it.each([
    ['/foo', 0],
    ['/foo/', 0],
    ['/foo/x', 0],
    ['/foox', -1],   // not a string prefix
  ] as const)('ImplementationSpecific /foo written first, Prefix /foo second — one location, the first keeps it: %s → %s', (req, want) => {
    expect(bestPath(both, req, 'ingress-nginx')).toBe(want);
  });
  it('the same location from two paths: the first in the controller\'s order keeps it', () => {
    const same = [{ path: '/foo/', pathType: 'ImplementationSpecific' as const }, { path: '/foo', pathType: 'Prefix' as const }];
    expect(bestPath(same, '/foo/x', 'ingress-nginx')).toBe(0);
    expect(bestPath(same, '/foo', 'ingress-nginx')).toBe(1); // only the Prefix has `location = /foo`
  });
  it('Exact beats the exact location of a Prefix of the same path, and the longest prefix wins otherwise', () => {
    const c = [{ path: '/foo', pathType: 'Prefix' as const }, { path: '/foo', pathType: 'Exact' as const }, { path: '/', pathType: 'Prefix' as const }];
    expect(c[bestPath(c, '/foo', 'ingress-nginx')].pathType).toBe('Exact');
    expect(bestPath(c, '/foo/bar', 'ingress-nginx')).toBe(0);
    expect(bestPath(c, '/other', 'ingress-nginx')).toBe(2);
  });
});

describe('host wildcards (docs table)', () => {
  it.each([
    ['*.foo.com', 'bar.foo.com', 'wildcard'],
    ['*.foo.com', 'baz.bar.foo.com', null],
    ['*.foo.com', 'foo.com', null],
    ['foo.bar.com', 'FOO.bar.com:8080', 'exact'],
    [undefined, 'anything', 'any'],
  ] as const)('%s vs %s', (rule, header, want) => expect(matchHost(rule, header)).toBe(want));
});

const p = (path: string, name: string, pathType: PathType = 'Prefix'): HTTPIngressPath =>
  ({ path, pathType, backend: { service: { name, port: { number: 8888 } } } });

describe('seed 001 sample-ingress: nginx (merged servers) vs gce (URL map)', () => {
  const ing = ingress('default', 'sample-ingress', {
    defaultBackend: { service: { name: 'sample-ingress-default', port: { number: 8888 } } },
    rules: [
      { host: 'sample.example.com', http: { paths: [p('/path1', 'sample-ingress-svc-1')] } },
      { host: 'sample.example.com', http: { paths: [p('/path2', 'sample-ingress-svc-2')] } },
    ],
  });
  it.each([
    ['sample.example.com', '/path1/', 'sample-ingress-svc-1', 'sample-ingress-svc-1'],
    ['sample.example.com', '/path2/', 'sample-ingress-svc-2', 'sample-ingress-svc-2'],
    ['sample.example.com', '/', 'sample-ingress-default', 'sample-ingress-default'],
    ['sample.example.com', '/path10', 'sample-ingress-default', 'sample-ingress-default'],
    // Unknown host: ingress-nginx has no server for it → its own 404; the GCE URL map's default service answers.
    ['other.example.com', '/path1', null, 'sample-ingress-default'],
  ])('%s%s → nginx %s, gce %s', (host, path, nginx, gce) => {
    expect(matchNginx([ing], host, path).backend?.service?.name ?? null).toBe(nginx);
    expect(matchGce(ing, host, path).backend?.service?.name ?? null).toBe(gce);
  });

  it('ingress-nginx merges rules for one host across Ingresses; longest path wins', () => {
    const a = ingress('default', 'a', { rules: [{ host: 'x.com', http: { paths: [p('/', 'root')] } }] });
    const b = ingress('default', 'b', { rules: [{ host: 'x.com', http: { paths: [p('/api', 'api')] } }] });
    const m = matchNginx([a, b], 'x.com', '/api/v1');
    expect(m.backend?.service?.name).toBe('api');
    expect(m.ingress?.metadata.name).toBe('b');
  });
  it('ImplementationSpecific is Prefix to ingress-nginx (SetDefaultNGINXPathType): /foo does not take /foobar, and is one location with a Prefix /foo', () => {
    const a = ingress('default', 'a', { rules: [{ host: 'x.com', http: { paths: [p('/foo', 'impl', 'ImplementationSpecific')] } }] });
    expect(matchNginx([a], 'x.com', '/foobar').via).toBe('controller-default-backend');
    expect(matchNginx([a], 'x.com', '/foo/bar').backend?.service?.name).toBe('impl');
    const b = ingress('default', 'b', { rules: [{ host: 'x.com', http: { paths: [p('/foo', 'prefix')] } }] });
    const m = matchNginx([a, b], 'x.com', '/foo/bar'); // same second: name descending, b first
    expect(m.backend?.service?.name).toBe('prefix');
    expect(m.shadowed?.map((e) => e.ingress.metadata.name)).toEqual(['a']);
  });
  it('host-less rules live in the catch-all server; an exact host does not fall back to them', () => {
    const a = ingress('default', 'a', { rules: [{ http: { paths: [p('/', 'any')] } }, { host: 'x.com', http: { paths: [p('/x', 'x')] } }] });
    expect(matchNginx([a], 'y.com', '/').backend?.service?.name).toBe('any');
    expect(matchNginx([a], 'x.com', '/').via).toBe('controller-default-backend');
  });
});

describe('which controller claims an Ingress', () => {
  const nginx = controller({ className: 'nginx', controller: 'k8s.io/ingress-nginx', style: 'in-cluster' });
  const nginxWatch = controller({ className: 'nginx', controller: 'k8s.io/ingress-nginx', style: 'in-cluster', watchIngressWithoutClass: true });
  const gce = controller({ className: 'gce', controller: 'k8s.io/ingress-gce', style: 'cloud-l7' });
  const cases = [
    { name: 'ingressClassName nginx', ing: ingress('default', 'i', { ingressClassName: 'nginx' }), ctrls: [nginx, gce], want: ['nginx:ingressClassName'] },
    { name: 'annotation nginx (seed 000/001)', ing: ingress('default', 'i', {}, { 'kubernetes.io/ingress.class': 'nginx' }), ctrls: [nginx, gce], want: ['nginx:annotation'] },
    { name: 'annotation wins over ingressClassName', ing: ingress('default', 'i', { ingressClassName: 'gce' }, { 'kubernetes.io/ingress.class': 'nginx' }), ctrls: [nginx, gce], want: ['nginx:annotation'] },
    { name: 'class-less: gce takes it, nginx ignores it', ing: ingress('default', 'i', {}), ctrls: [nginx, gce], want: ['gce:gce-classless'] },
    { name: 'class-less with watch-ingress-without-class: both (conflict)', ing: ingress('default', 'i', {}), ctrls: [nginxWatch, gce], want: ['nginx:watch-without-class', 'gce:gce-classless'] },
    { name: 'class-less, nginx only: nobody', ing: ingress('default', 'i', {}), ctrls: [nginx], want: [] },
    { name: 'unknown class: nobody', ing: ingress('default', 'i', { ingressClassName: 'traefik' }), ctrls: [nginx], want: [] },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const state = clusterState({ controllers: c.ctrls, ingresses: [c.ing] });
      expect(claimingControllers(state, c.ing).map((x) => `${x.controller.spec.className}:${x.via}`)).toEqual(c.want);
    });
  }
  it('an IngressClass object decides by its spec.controller, not by its name (store.go keeps only its own controller\'s classes)', () => {
    const ing = ingress('default', 'i', { ingressClassName: 'nginx' });
    const other = clusterState({ controllers: [nginx], ingresses: [ing], ingressClasses: [ingressClass('nginx', 'example.com/not-nginx')] });
    expect(claimingControllers(other, ing)).toEqual([]);
    const own = clusterState({ controllers: [nginx], ingresses: [ing], ingressClasses: [ingressClass('nginx', 'k8s.io/ingress-nginx')] });
    expect(claimingControllers(own, ing).map((x) => x.via)).toEqual(['ingressClassName']);
    // The annotation is compared with --ingress-class only.
    const ann = ingress('default', 'j', {}, { 'kubernetes.io/ingress.class': 'nginx' });
    expect(claimingControllers({ ...other, ingresses: [ann] }, ann).map((x) => x.via)).toEqual(['annotation']);
  });
  it('class-less with a default IngressClass object', () => {
    const ing = ingress('default', 'i', {});
    const state = clusterState({ controllers: [nginx], ingresses: [ing], ingressClasses: [ingressClass('nginx', 'k8s.io/ingress-nginx', true)] });
    expect(claimingControllers(state, ing).map((x) => x.via)).toEqual(['default-class']);
  });
  // DefaultIngressClass admission (getDefaultClass, Kubernetes 1.25+, kubernetes#110974): the newest default wins,
  // at equal timestamps the first name; it no longer refuses the Ingress.
  const other = controller({ className: 'other', controller: 'example.com/other', style: 'in-cluster' });
  const cls = (name: string, controller: string, created?: string) => {
    const c = ingressClass(name, controller, true);
    return created ? { ...c, metadata: { ...c.metadata, creationTimestamp: created } } : c;
  };
  it.each([
    ['same apply (no timestamps): the first name', [cls('other', 'example.com/other'), cls('nginx', 'k8s.io/ingress-nginx')], 'nginx'],
    ['the newer one', [cls('nginx', 'k8s.io/ingress-nginx', '2024-01-01T00:00:00Z'), cls('other', 'example.com/other', '2024-06-01T00:00:00Z')], 'other'],
    ['equal seconds: the first name', [cls('other', 'example.com/other', '2024-01-01T00:00:00Z'), cls('nginx', 'k8s.io/ingress-nginx', '2024-01-01T00:00:00Z')], 'nginx'],
  ] as const)('several default IngressClasses, %s', (_n, classes, want) => {
    const ing = ingress('default', 'i', {});
    const state = clusterState({ controllers: [nginx, other], ingresses: [ing], ingressClasses: [...classes] });
    expect(claimingControllers(state, ing).map((x) => `${x.controller.spec.className}:${x.via}`)).toEqual([`${want}:default-class`]);
    expect(effectiveIngressClassName(ing, classes)).toBe(want);
  });
});

describe('annotations and TLS', () => {
  it.each([
    ['false', false, 'annotation'],
    ['False', false, 'annotation'],
    ['0', false, 'annotation'],
    ['true', true, 'annotation'],
    ['“false”', true, 'invalid'],  // seed 003's typographic quotes: not a Go bool → default (true)
    ['no', true, 'invalid'],
  ])('ssl-redirect: %s → %s (%s)', (raw, value, from) => {
    const ing = ingress('default', 'i', {}, { 'nginx.ingress.kubernetes.io/ssl-redirect': raw });
    expect(boolAnnotation(ing, 'nginx.ingress.kubernetes.io/ssl-redirect', true)).toMatchObject({ value, from });
  });
  it('parseGoBool rejects yes/on', () => expect([parseGoBool('yes'), parseGoBool('on')]).toEqual([null, null]));
  it('tls host and secret', () => {
    const ing = ingress('default', 'i', { tls: [{ hosts: ['*.example.com'], secretName: 'tls-sample' }] });
    const state = clusterState({ ingresses: [ing], secrets: [secret('default', 'tls-sample')] });
    expect(tlsForHost(state, [ing], 'sample.example.com')).toMatchObject({ secretExists: true });
    expect(tlsForHost(state, [ing], 'example.org')).toBeNull();
  });
});

// ingress-nginx createServers / extractTLSSecretName (internal/ingress/controller/controller.go) and
// certificate.lua: a server per rule host, its certificate from the first Ingress with a rule for it and a TLS section.
describe('the certificate ingress-nginx presents for a handshake\'s server name (SNI)', () => {
  const rule = (host: string) => ({ host, http: { paths: [] } });
  const state = (...ingresses: ReturnType<typeof ingress>[]) => clusterState({ ingresses, secrets: [secret('default', 'web-tls'), secret('default', 'other-tls'), secret('default', 'wild-tls')] });
  const pick = (ings: ReturnType<typeof ingress>[], sni: string) => {
    const c = certificateForSNI(state(...ings), ings, sni);
    return c && { ingress: c.ingress.metadata.name, secret: c.secretName ?? null, usable: c.secretExists };
  };
  const withTls = ingress('default', 'a', { rules: [rule('web.example.com')], tls: [{ hosts: ['web.example.com'], secretName: 'web-tls'}] });
  it.each([
    ['the Ingress with the rule and the TLS entry for the host', [withTls], 'web.example.com', { ingress: 'a', secret: 'web-tls', usable: true }],
    ['the server name is compared without case, and a final dot does not count', [withTls], 'WEB.example.com.', { ingress: 'a', secret: 'web-tls', usable: true }],
    ['a TLS entry in an Ingress with no rule for the host gives it no certificate', [
      ingress('default', 'rules', { rules: [rule('web.example.com')] }),
      ingress('default', 'tls', { tls: [{ hosts: ['web.example.com'], secretName: 'web-tls' }] }),
    ], 'web.example.com', null],
    ['the first Ingress with a rule and a TLS section decides, even when its TLS does not list the host: the default certificate', [
      ingress('default', 'first', { rules: [rule('web.example.com')], tls: [{ hosts: ['other.example.com'], secretName: 'other-tls' }] }),
      ingress('default', 'second', { rules: [rule('web.example.com')], tls: [{ hosts: ['web.example.com'], secretName: 'web-tls' }] }),
    ], 'web.example.com', { ingress: 'first', secret: null, usable: false }],
    ['an Ingress with the rule but no TLS section is passed over', [
      ingress('default', 'plain', { rules: [rule('web.example.com')] }),
      ingress('default', 'secure', { rules: [rule('web.example.com')], tls: [{ hosts: ['web.example.com'], secretName: 'web-tls' }] }),
    ], 'web.example.com', { ingress: 'secure', secret: 'web-tls', usable: true }],
    ['a Secret missing from the Ingress\'s namespace is not usable', [
      ingress('shop', 'a', { rules: [rule('web.example.com')], tls: [{ hosts: ['web.example.com'], secretName: 'web-tls' }] }),
    ], 'web.example.com', { ingress: 'a', secret: 'web-tls', usable: false }],
    ['a TLS entry for *.example.com covers the rule host web.example.com (its certificate\'s names, taken to be its hosts)', [
      ingress('default', 'a', { rules: [rule('web.example.com')], tls: [{ hosts: ['*.example.com'], secretName: 'wild-tls' }] }),
    ], 'web.example.com', { ingress: 'a', secret: 'wild-tls', usable: true }],
    ['a name with no server of its own takes the wildcard server\'s certificate (one label)', [
      ingress('default', 'wild', { rules: [rule('*.example.com')], tls: [{ hosts: ['*.example.com'], secretName: 'wild-tls' }] }),
    ], 'shop.example.com', { ingress: 'wild', secret: 'wild-tls', usable: true }],
    ['but not for two labels', [
      ingress('default', 'wild', { rules: [rule('*.example.com')], tls: [{ hosts: ['*.example.com'], secretName: 'wild-tls' }] }),
    ], 'a.shop.example.com', null],
  ])('%s', (_name, ings, sni, want) => {
    expect(pick(ings, sni)).toEqual(want);
  });
});

describe('backends', () => {
  const web = service({ name: 'web', selector: { app: 'web' }, ports: [{ name: 'http', port: 80 }] });
  const bridge = service({ name: 'bridge', type: 'ExternalName', externalName: 'lily-svc.lily-ns' });
  const state = clusterState({ services: [web, bridge] });
  it.each([
    [{ name: 'web', port: { number: 80 } }, 'service'],
    [{ name: 'web', port: { name: 'http' } }, 'service'],
    [{ name: 'web', port: { number: 8080 } }, 'error:port-not-found'],
    [{ name: 'nope', port: { number: 80 } }, 'error:service-not-found'],
    [{ name: 'servceC.namespaceB.svc.cluster.local', port: { number: 80 } }, 'error:looks-like-dns-name'],
    [{ name: 'bridge', port: { number: 80 } }, 'external-name'],
  ])('%j → %s', (ref, want) => {
    const r = resolveBackend(state, 'default', { service: ref });
    expect(r.kind === 'error' ? `error:${r.reason}` : r.kind).toBe(want);
  });
  // ingress-nginx serviceEndpoints (controller.go): the first Service port whose port, targetPort or name equals
  // the backend port (as a string); the spec and ingress-gce: port number or name only.
  const app = service({ name: 'app', selector: { app: 'app' }, ports: [{ name: 'http', port: 80, targetPort: 8080 }, { name: 'admin', port: 9000, targetPort: 'admin-port' }] });
  const appState = clusterState({ services: [app] });
  it.each([
    [{ number: 80 }, 'spec', 'http'],
    [{ number: 8080 }, 'spec', 'error:port-not-found'],
    [{ number: 8080 }, 'ingress-nginx', 'http by targetPort'],
    [{ name: 'admin-port' }, 'spec', 'error:port-not-found'],
    [{ name: 'admin-port' }, 'ingress-nginx', 'admin by targetPort'],
    [{ name: 'admin' }, 'ingress-nginx', 'admin'],
    [{ number: 9001 }, 'ingress-nginx', 'error:port-not-found'],
  ] as const)('port %j, %s → %s', (port, flavor, want) => {
    const r = resolveBackend(appState, 'default', { service: { name: 'app', port } }, flavor);
    expect(r.kind === 'service' ? `${r.port.name}${r.byTargetPort ? ' by targetPort' : ''}` : r.kind === 'error' ? `error:${r.reason}` : r.kind).toBe(want);
  });
  it('ExternalName without ports uses the Ingress port', () => {
    expect(resolveBackend(state, 'default', { service: { name: 'bridge', port: { number: 80 } } })).toMatchObject({ externalName: 'lily-svc.lily-ns', port: 80 });
  });
  it('recognises another namespace written as a DNS name', () => {
    expect(crossNamespaceReference('servceC.namespaceB.svc.cluster.local')).toEqual({ service: 'servceC', namespace: 'namespaceB' });
    expect(crossNamespaceReference('web')).toBeNull();
  });
});
