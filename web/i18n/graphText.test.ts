import { describe, expect, it } from 'vitest';
import { en } from './catalog/en';
import { ko } from './catalog/ko';
import { badgeLabel, detailLabel, kindLabel } from './graphText';
import { i18n } from './index';

/** A t() over one catalog, as i18next would do it for these keys (flat, {{param}}). */
const tIn = (cat: Record<string, string>) => (key: string, o: Record<string, unknown> = {}) =>
  (cat[key] ?? String(o.defaultValue ?? key)).replace(/\{\{(\w+)\}\}/g, (_m, p: string) => String(o[p]));

describe('graph card texts', () => {
  const t = tIn(ko) as Parameters<typeof kindLabel>[0];
  const has = (k: string) => k in ko;
  it.each([
    ['badge', 'selector-less', '셀렉터 없음'],
    ['badge', 'not ready', '준비 안 됨'],
    ['badge', 'class nginx', '클래스 nginx'],
    ['badge', 'eTP: Local', 'eTP: Local'],
    ['badge', 'TLS', 'TLS'],
    ['detail', 'pods 10.244.1.0/24', '파드 10.244.1.0/24'],
    ['detail', 'k8s.io/ingress-nginx', 'k8s.io/ingress-nginx'],
    ['detail', '1 endpoint', '엔드포인트 1개'],
    ['detail', '2/3 ready', '3개 중 2개 준비됨'],
  ])('%s %j → %j', (what, input, want) => {
    expect(what === 'badge' ? badgeLabel(t, has, input) : detailLabel(t, input)).toBe(want);
  });
  it('labels every kind in both languages', () => {
    for (const kind of ['client', 'dns', 'loadBalancer', 'node', 'ingressController', 'ingress', 'service', 'endpointSlice', 'pod', 'host', 'missing']) {
      expect(kindLabel(tIn(en) as typeof t, kind, 'x')).not.toBe('x');
      expect(kindLabel(t, kind, 'x')).toMatch(/[가-힣]|DNS/);
    }
  });
  it('says "1 endpoint" and "1 element" in English, with i18next choosing the plural form', () => {
    const t = i18n.t.bind(i18n) as unknown as Parameters<typeof kindLabel>[0];
    expect([detailLabel(t, '1 endpoint'), detailLabel(t, '3 endpoints')]).toEqual(['1 endpoint', '3 endpoints']);
    expect([i18n.t('graph.elements', { count: 1 }), i18n.t('graph.elements', { count: 20002 })]).toEqual(['1 element', '20002 elements']);
  });
});
