/**
 * GoalResult.observed: the English `actual` line is its English rendering and reads as it always has, every key
 * it uses has an English and a Korean template, and in Korean only the engine's data stays in Latin letters.
 */
import { describe, expect, it } from 'vitest';
import { renderMessageIn } from '../messages/i18n';
import { englishCatalog, renderMessage } from '../messages/index';
import { koCatalogs } from '../messages/ko/index';
import { checkLesson, type GoalResult } from './check';
import { lessonById, lessons } from './index';
import { lessonsCatalog } from './messages';

function results(id: string, which: 'starter' | 'solution'): GoalResult[] {
  const lesson = lessonById(id);
  if (!lesson) throw new Error(`no lesson ${id}`);
  return checkLesson(lesson, which === 'starter' ? lesson.scenario : lesson.challenge.solution).results;
}

const all = lessons.flatMap((l) => [...results(l.id, 'starter'), ...results(l.id, 'solution')]);

/** The message keys an observation uses: its own and those of its `<name>Key` params. */
const keysOf = (r: GoalResult): string[] =>
  [r.observed.key, ...Object.entries(r.observed.params).filter(([p]) => p.endsWith('Key')).map(([, v]) => String(v))];

describe('actual stays the English line it was', () => {
  it.each([
    ['clusterip', 'starter', ['request 1/2: refused (no-endpoints) [outcome, httpStatus, podPrefix differ]', '1× service/selector-matches-no-pods on Service/default/web']],
    ['clusterip', 'solution', [expect.stringMatching(/^2× delivered 200 from default\/web-\S+ via default\/web:80 client seen as 10\.244\.\d+\.\d+$/), 'no service/selector-matches-no-pods']],
    ['loadbalancer', 'starter', ['no address yet for {lb:default/web}']],
    ['dns-hierarchy', 'starter', ['NXDOMAIN: no address after 2 queries', 'NOERROR: 192.168.0.30 after 1 query', 'NOERROR: 203.0.113.80 after 1 query']],
    ['service-kinds-tour', 'starter', ['NXDOMAIN, no answer', 'NXDOMAIN: no address after 4 queries']],
    ['externalname', 'starter', ['NOERROR: api.old-pay.example.', 'delivered 200 from 203.0.113.70:80 client seen as 192.168.0.12 [endpoint differ]']],
    ['endpoints-outside', 'starter', ['request 1/6: timeout (endpoint-unreachable) [outcome, endpoint differ]']],
    ['externalname-bridge-type', 'starter', [
      '1× service/externalname-ignored on Service/namespace-a/headless-to-service-c',
      'NXDOMAIN, no answer',
      'http-error 503 (backend-port-not-found) [outcome, httpStatus, podNamespace, podPrefix differ]',
    ]],
  ] as const)('%s (%s)', (id, which, expected) => {
    expect(results(id, which).map((r) => r.actual)).toEqual(expected);
  });

  it('a proxy\'s upstream failure keeps its slug', () => {
    expect(results('azure-internal-lb', 'starter')[0].actual)
      .toBe('request 1/3: http-error 502 via hyein-ns/first-svc:80 (upstream-pod-port-closed) [outcome, httpStatus, podNamespace, podPrefix differ]');
  });

  it('is observed rendered in English, for every goal of every lesson', () => {
    for (const r of all) expect(renderMessage(r.observed.key, r.observed.params)).toBe(r.actual);
  });
});

describe('observed', () => {
  it('uses only keys with an English and a Korean template', () => {
    const english = englishCatalog();
    const used = [...new Set(all.flatMap(keysOf))].sort();
    expect(used.filter((k) => !Object.hasOwn(english, k))).toEqual([]);
    const ko = Object.assign({}, ...Object.values(koCatalogs)) as Record<string, string>;
    expect(used.filter((k) => !Object.hasOwn(ko, k))).toEqual([]);
    // The catalog's own keys are all in the lessons catalogs, whether or not today's lessons reach them.
    expect(Object.keys(koCatalogs.lessons).sort()).toEqual(Object.keys(lessonsCatalog).sort());
  });

  it('renders every goal of every lesson in Korean with no placeholder left', () => {
    for (const r of all) expect(renderMessageIn('ko', r.observed.key, r.observed.params), r.actual).not.toMatch(/\{\w+\}/);
  });
});

/**
 * The Korean line minus the engine's data (every string param, verbatim) holds no English word: only Hangul,
 * punctuation, digits and the few terms the Korean catalogs keep in Latin letters.
 */
function englishLeft(r: GoalResult): string[] {
  let text = renderMessageIn('ko', r.observed.key, r.observed.params);
  const data = Object.entries(r.observed.params).filter(([p, v]) => typeof v === 'string' && !p.endsWith('Key')).map(([, v]) => String(v));
  for (const d of data.filter(Boolean).sort((a, b) => b.length - a.length)) text = text.replaceAll(d, ' ');
  const KEPT = new Set(['HTTP', 'kube-proxy', 'NXDOMAIN']);
  return (text.match(/[A-Za-z][\w-]*/g) ?? []).filter((w) => !KEPT.has(w));
}

describe('in Korean, only names and codes stay in Latin letters', () => {
  it.each([
    ['a refused request and its reason (clusterip)', 'clusterip', 0, '요청 1/2: 결과 refused (이유: 서비스에 엔드포인트가 없어 kube-proxy가 거부한다) [기대와 다른 항목: outcome, httpStatus, podPrefix]'],
    ['a remaining diagnostic (clusterip)', 'clusterip', 1, 'service/selector-matches-no-pods 진단 1건 (Service/default/web)'],
    ['a failed lookup (dns-hierarchy)', 'dns-hierarchy', 0, '쿼리를 2번 보낸 결과 NXDOMAIN: 주소 없음'],
    ['a proxy\'s upstream failure (azure-internal-lb)', 'azure-internal-lb', 0,
      '요청 1/3: 결과 http-error, HTTP 상태 502, 경유한 백엔드 hyein-ns/first-svc:80 (이유: 프록시가 업스트림에 닿지 못했다: 파드의 그 포트에서 수신하는 것이 없다) [기대와 다른 항목: outcome, httpStatus, podNamespace, podPrefix]'],
  ] as const)('%s', (_what, id, goal, korean) => {
    const r = results(id, 'starter')[goal];
    expect(renderMessageIn('ko', r.observed.key, r.observed.params)).toBe(korean);
    expect(englishLeft(r)).toEqual([]);
  });

  it('holds for every goal of every lesson', () => {
    const bad = all.map((r) => [r.actual, englishLeft(r)] as const).filter(([, left]) => left.length > 0);
    expect(bad).toEqual([]);
  });
});
