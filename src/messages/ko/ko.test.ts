/**
 * The Korean catalogs against the live English ones: same keys per module, same placeholders, actually Korean,
 * and a few renderings checked word for word. The English catalogs are found by file pattern, so a module that
 * adds src/<module>/messages.ts (or a key to one) fails here until it is translated.
 */
import { describe, expect, it } from 'vitest';
import { simulate } from '../../engine';
import { resolve } from '../../dns/dig';
import { curl } from '../../request/curl';
import type { Diagnostic } from '../../manifest/diagnostics';
import type { TraceStep } from '../../trace/types';
import { catalogFor, localizeParams, renderMessageIn } from '../i18n';
import { englishCatalog, renderMessage, type Catalog } from '../index';
import { koCatalogs } from './index';

const isCatalog = (v: unknown): v is Catalog =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && Object.keys(v).length > 0 && Object.values(v).every((t) => typeof t === 'string');

/** module name → its English catalog, from every src/<module>/messages.ts and src/<module>/<part>/messages.ts (named <part>). */
const english: Record<string, Catalog> = {};
for (const [path, mod] of Object.entries(import.meta.glob(['../../*/messages.ts', '../../*/*/messages.ts'], { eager: true }))) {
  const name = /([^/]+)\/messages\.ts$/.exec(path)?.[1] ?? path;
  const catalogs = Object.values(mod as Record<string, unknown>).filter(isCatalog);
  if (catalogs.length !== 1) throw new Error(`${path}: expected exactly one exported catalog, found ${catalogs.length}`);
  english[name] = catalogs[0];
}
const koFiles = Object.keys(import.meta.glob('./*.ts'))
  .map((p) => p.replace(/^\.\//, '').replace(/\.ts$/, ''))
  .filter((n) => !['index', 'params'].includes(n) && !n.endsWith('.test'));

const placeholders = (t: string) => [...t.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort().filter((p, i, a) => a[i - 1] !== p);
const HANGUL = /[\uAC00-\uD7A3]/;

/**
 * Korean templates allowed to contain no Hangul: key → why. Only for a template that is nothing but code,
 * identifiers or program output a Korean reader sees verbatim anyway, or an empty part of a message.
 */
const NO_HANGUL_OK: Readonly<Record<string, string>> = {
  'object/invalid-field-type.hint.none': 'an empty hint: most wrong types need no advice beyond the message',
};

/**
 * Korean templates whose placeholders may differ from the English ones: key → why. Only where the English
 * rendering is a stable contract that shows a code, and the Korean shows the same fact in words; the message's
 * params carry both.
 */
const PLACEHOLDERS_DIFFER_OK: Readonly<Record<string, string>> = {
  'lessons.observed.curl.reason':
    'English keeps the reason slug of GoalResult.actual ({reasonCode}); Korean says the reason ({reason}, from reasonKey)',
};

const both = Object.keys(english).sort().flatMap((m) => Object.keys(english[m]).map((key) => ({ module: m, key })));

describe('Korean catalogs cover the English ones', () => {
  it('have one Korean catalog per English module, and one English module per Korean file', () => {
    expect(Object.keys(koCatalogs).sort()).toEqual(Object.keys(english).sort());
    expect(koFiles.sort()).toEqual(Object.keys(english).sort());
  });

  it.each(Object.keys(english).sort())('%s: every English key has a Korean template, and no Korean key is extra', (m) => {
    const ko = koCatalogs[m] ?? {};
    expect(Object.keys(english[m]).filter((k) => !(k in ko)), 'untranslated keys').toEqual([]);
    expect(Object.keys(ko).filter((k) => !(k in english[m])), 'Korean keys without an English key').toEqual([]);
  });

  it('the registry serves every module catalog (so the CLI falls back to English for each)', () => {
    const registered = englishCatalog();
    for (const { key } of both) expect(Object.hasOwn(registered, key), key).toBe(true);
  });

  it('keeps exactly the placeholders of the English template', () => {
    for (const key of Object.keys(PLACEHOLDERS_DIFFER_OK)) expect(both.some((b) => b.key === key), `stale allow-list entry ${key}`).toBe(true);
    const bad = both.filter(({ key }) => !(key in PLACEHOLDERS_DIFFER_OK)).flatMap(({ module: m, key }) => {
      const en = placeholders(english[m][key]);
      const ko = placeholders(koCatalogs[m]?.[key] ?? '');
      return en.join() === ko.join() ? [] : [`${key}: en {${en.join(', ')}} ko {${ko.join(', ')}}`];
    });
    expect(bad).toEqual([]);
  });

  it('is Korean (contains Hangul) unless allow-listed as code-only', () => {
    const english = both.filter(({ module: m, key }) => !HANGUL.test(koCatalogs[m]?.[key] ?? '') && !(key in NO_HANGUL_OK));
    expect(english.map((x) => x.key)).toEqual([]);
    for (const key of Object.keys(NO_HANGUL_OK)) expect(both.some((b) => b.key === key), `stale allow-list entry ${key}`).toBe(true);
  });

  it('puts no batchim-dependent particle (은/는, 이/가, 을/를, 와/과, 로/으로) right after a placeholder', () => {
    // "{pod}가" is wrong for half the names; write "파드 {pod}:" or "{dst} 주소는", or an invariant particle (의, 에, 이다).
    const PARTICLE = /\}["'`]?(?:은|는|을|를|와|과|으로|로|가|이)(?![가-힣])/;
    const bad = both.filter(({ module: m, key }) => PARTICLE.test(koCatalogs[m]?.[key] ?? '')).map((x) => x.key);
    expect(bad).toEqual([]);
  });
});

describe('renderMessageIn', () => {
  it('renders Korean, falls back to English, then to the key', () => {
    expect(renderMessageIn('ko', 'dns.k8s.namespaceMissing', { namespace: 'shop' })).toBe('shop 네임스페이스가 없다: NXDOMAIN');
    expect(renderMessageIn('en', 'dns.k8s.namespaceMissing', { namespace: 'shop' })).toBe('Namespace shop does not exist: NXDOMAIN');
    expect(renderMessageIn('ko', 'no/such-key', { a: 1 })).toBe(renderMessage('no/such-key', { a: 1 }));
    expect(renderMessageIn('ko', 'no/such-key')).toBe('no/such-key');
    expect(renderMessageIn('ko', 'constructor')).toBe('constructor');
  });

  it('English rendering is exactly the engine\'s', () => {
    for (const { module: m, key } of both) {
      const params = Object.fromEntries(placeholders(english[m][key]).map((p) => [p, `<${p}>`]));
      expect(renderMessageIn('en', key, params)).toBe(renderMessage(key, params));
    }
  });

  it('catalogFor gives whole merged catalogs', () => {
    expect(Object.keys(catalogFor('ko')).sort()).toEqual(both.map((b) => b.key).sort());
    expect(catalogFor('en')['proxy.select']).toBe(english.request['proxy.select']);
  });

  it('renders a DNS step', () => {
    expect(renderMessageIn('ko', 'dns.candidate.search', {
      name: 'web', qname: 'web.default.svc.cluster.local.', dots: 0, ndots: 5, position: 1, count: 3, domain: 'default.svc.cluster.local',
    })).toBe('검색 도메인 3개 중 1번째(default.svc.cluster.local): web.default.svc.cluster.local. 이름으로 시도한다');
    expect(renderMessageIn('ko', 'dns.k8s.clusterIP', { qname: 'web.default.svc.cluster.local.', qtype: 'A', namespace: 'default', service: 'web', type: 'ClusterIP', ips: '10.96.0.20' }))
      .toBe('default/web 서비스(ClusterIP)의 클러스터 IP는 10.96.0.20이다');
  });

  it('renders routing steps, with enumerated values in Korean', () => {
    expect(renderMessageIn('ko', 'proxy.dnat.clusterIP', { before: '10.96.0.20:80', after: '10.244.1.10:8080', service: 'default/web' }))
      .toBe('DNAT 10.96.0.20:80 → 10.244.1.10:8080 (default/web의 클러스터 IP).');
    expect(renderMessageIn('ko', 'proxy.select', {
      node: 'worker-1', via: 'clusterIP', servicePort: 'default/web:http', chain: 'cluster', candidates: '10.244.1.10:8080,10.244.2.10:8080', chosen: '10.244.2.10:8080', by: 'random', byKey: 'proxy.by.random',
    })).toBe('노드 worker-1의 kube-proxy(clusterIP, default/web:http, cluster 체인): 10.244.1.10:8080,10.244.2.10:8080 중 10.244.2.10:8080 엔드포인트를 고른다(무작위).');
    expect(renderMessageIn('ko', 'request.drop.cluster-network-not-routable', {
      dst: '10.96.0.20:80', kind: 'clusterIP', network: 'internet', kindKey: 'request.address-kind.clusterIP', networkKey: 'request.network.internet',
    }))
      .toBe('10.96.0.20:80 주소는 클러스터 IP 주소라서 클러스터 안에서만 닿는다. 인터넷 쪽에서는 경로가 없어 연결이 타임아웃된다.');
  });

  it('leaves params it does not know alone (an unknown key too), and never mutates them', () => {
    const params = Object.freeze({
      dst: '10.0.0.1:80', kind: 'somethingNew', network: 'internet', kindKey: 'request.address-kind.somethingNew', networkKey: 'request.network.internet',
    });
    expect(localizeParams('ko', 'request.drop.cluster-network-not-routable', params)).toEqual({ ...params, network: '인터넷' });
    expect(params.network).toBe('internet');
    const untouched = { node: 'n' };
    expect(localizeParams('ko', 'lb.select', untouched)).toBe(untouched);
    expect(localizeParams('en', 'request.drop.not-routable', { network: 'lan' })).toEqual({ network: 'lan' });
  });
});

const find = (ds: readonly Diagnostic[], code: string) => {
  const d = ds.find((x) => x.code === code);
  if (!d) throw new Error(`no ${code} in ${ds.map((x) => x.code).join(', ')}`);
  return d;
};

describe('engine output in Korean', () => {
  it('a validation diagnostic', () => {
    const sim = simulate('apiVersion: v1\nkind: Service\nmetadata: { name: web }\nspec: { selector: { app: web }, ports: [{ port: 0 }] }');
    const d = find(sim.diagnostics, 'service/port-invalid');
    expect(renderMessageIn('ko', d.code, d.params)).toBe('spec.ports[0].port: 잘못된 값(Invalid value): 0: 1 이상 65535 이하여야 한다.');
  });

  it('a validation diagnostic whose hint is a key renders the hint in Korean too', () => {
    const sim = simulate('apiVersion: networking.k8s.io/v1\nkind: Ingress\nmetadata: { name: i }\nspec: { ingressClassName: nginx, defaultBackend: { service: { name: Web, port: { number: 80 } } } }');
    const d = find(sim.diagnostics, 'ingress/backend-name-invalid');
    expect(d.params.hintKey).toBe('ingress/backend-name-invalid.label');
    const ko = renderMessageIn('ko', d.code, d.params);
    expect(ko).toMatch(/^spec\.defaultBackend\.service\.name: 잘못된 값\(Invalid value\): "Web": .+\. 서비스 이름은 소문자 DNS-1035 레이블이다\. 혹시 "web"인가\?$/);
    expect(renderMessageIn('en', d.code, d.params)).toBe(d.message);
  });

  it('a lint diagnostic, with its English reason phrase translated', () => {
    const sim = simulate('apiVersion: networking.k8s.io/v1\nkind: Ingress\nmetadata: { name: i }\nspec: { defaultBackend: { service: { name: s, port: { number: 80 } } } }');
    const d = find(sim.diagnostics, 'ingress/no-controller');
    expect(renderMessageIn('ko', d.code, d.params)).toBe(
      '인그레스 default/i: 처리하는 인그레스 컨트롤러가 없다(클래스가 지정되지 않았고 기본 인그레스클래스도 없으며, ingress-nginx는 --watch-ingress-without-class 옵션 없이는 클래스 없는 인그레스를 무시한다). ADDRESS를 받지 못하고 어떤 요청도 처리되지 않는다.',
    );
    const shape = find(simulate('apiVersion: v1\nkind: Service\nmetadata: { name: s }\nspec: { clusterIP: None, externalName: x.example.com }').diagnostics, 'service/externalname-ignored');
    expect(renderMessageIn('ko', shape.code, shape.params)).toContain('DNS 별칭이 아니라 셀렉터도 엔드포인트도 없는 헤드리스 서비스(이름이 아무 주소로도 해석되지 않는다)이다.');
  });

  it('every step of a DNS lookup and of requests renders in Korean with every placeholder filled', () => {
    const sim = simulate(`apiVersion: v1
kind: Service
metadata: { name: web }
spec: { type: NodePort, selector: { app: web }, ports: [{ name: http, port: 80, targetPort: 8080, nodePort: 30080 }] }
---
apiVersion: v1
kind: Pod
metadata: { name: web-1, labels: { app: web } }
spec: { containers: [{ name: c, image: echo, ports: [{ containerPort: 8080 }] }] }
---
apiVersion: v1
kind: Pod
metadata: { name: client }
spec: { containers: [{ name: c, image: busybox }] }`);
    const steps: TraceStep[] = [
      ...resolve(sim, { name: 'web', from: 'default/client' }).steps,
      ...resolve(sim, { name: 'nothing.example', from: 'default/client' }).steps,
      ...curl(sim, { from: 'default/client', url: 'http://web' }).steps,
      ...curl(sim, { from: 'default/client', url: 'http://web:81' }).steps,
      ...curl(sim, { from: 'internet', url: 'http://10.96.0.1' }).steps,
    ];
    expect(steps.length).toBeGreaterThan(10);
    for (const s of steps) {
      const text = renderMessageIn('ko', s.message, s.params);
      expect(text, s.message).not.toMatch(/\{\w+\}/);
      expect(text, s.message).toMatch(HANGUL);
    }
    const search = steps.find((s) => s.message === 'dns.candidate.search');
    expect(search && renderMessageIn('ko', search.message, search.params))
      .toBe('검색 도메인 3개 중 1번째(default.svc.cluster.local): web.default.svc.cluster.local. 이름으로 시도한다');
  });
});

describe('renderMessage with keys that are Object.prototype names', () => {
  it.each(['toString', 'constructor', '__proto__', 'hasOwnProperty'])('%s renders as the bare key, not a crash', (key) => {
    expect(renderMessage(key)).toBe(key);
  });
});
