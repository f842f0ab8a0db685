/** The check panel's "observed" line: the engine's data as code, the words around it in the UI's language. */
import { beforeAll, describe, expect, it } from 'vitest';
import { checkLesson } from '../../src/lessons/check';
import { lessonById } from '../../src/lessons/index';
import { loadKoreanMessages } from '../i18n/engineMessages';
import { observedRuns, type ObservedRun } from './observed';

function starterResults(id: string) {
  const lesson = lessonById(id);
  if (!lesson) throw new Error(`no lesson ${id}`);
  return checkLesson(lesson, lesson.scenario).results;
}

const [refused, diagnostic] = starterResults('clusterip');
const upstream = starterResults('azure-internal-lb')[0];
const lookup = starterResults('dns-hierarchy')[0];

const joined = (runs: ObservedRun[]) => runs.map((r) => r.text).join('');
const data = (runs: ObservedRun[]) => runs.filter((r) => r.data).map((r) => r.text);
const prose = (runs: ObservedRun[]) => runs.filter((r) => !r.data).map((r) => r.text).join(' ');

describe('observedRuns in English', () => {
  it('reads as GoalResult.actual, with the data marked', () => {
    for (const r of [refused, diagnostic, upstream, lookup]) expect(joined(observedRuns(r.observed, 'en'))).toBe(r.actual);
    expect(observedRuns(refused.observed, 'en')).toEqual([
      { text: 'request 1/2: ', data: false },
      { text: 'refused', data: true },
      { text: ' (', data: false },
      { text: 'no-endpoints', data: true },
      { text: ') [', data: false },
      { text: 'outcome, httpStatus, podPrefix', data: true },
      { text: ' differ]', data: false },
    ]);
  });

  it('is English while Korean has not loaded', () => {
    expect(joined(observedRuns(lookup.observed, 'ko'))).toBe(lookup.actual);
  });
});

describe('observedRuns in Korean', () => {
  beforeAll(async () => {
    await loadKoreanMessages();
  });

  it('keeps names and codes verbatim as data, and says the rest in Korean', () => {
    const runs = observedRuns(refused.observed, 'ko');
    expect(data(runs)).toEqual(['refused', 'outcome, httpStatus, podPrefix']);
    expect(prose(runs)).toContain('서비스에 엔드포인트가 없어 kube-proxy가 거부한다');
    expect(data(observedRuns(diagnostic.observed, 'ko'))).toEqual(['service/selector-matches-no-pods', 'Service/default/web']);
    expect(joined(observedRuns(lookup.observed, 'ko'))).toBe('쿼리를 2번 보낸 결과 NXDOMAIN: 주소 없음');
    expect(data(observedRuns(lookup.observed, 'ko'))).toEqual(['NXDOMAIN']);
  });

  it('leaves no English word outside the data', () => {
    for (const r of [refused, diagnostic, upstream, lookup]) {
      const words = prose(observedRuns(r.observed, 'ko')).match(/[A-Za-z][\w-]*/g) ?? [];
      expect(words.filter((w) => !['HTTP', 'kube-proxy'].includes(w)), r.actual).toEqual([]);
    }
  });
});
