/**
 * One table over the catalog: every lesson's solution meets its goals and its starter does not, its steps
 * point at elements the starter's graph has and run commands the console can parse (and the engine can run),
 * and every text exists in English and Korean.
 */
import { describe, expect, it } from 'vitest';
import { simulate } from '../engine';
import { graphModel } from '../graph/model';
import { parseCommandLine } from '../console/parse';
import { runRequestSafely } from '../console/run';
import { engineTools } from '../console/engine-tools';
import { parseSourceId, type ConsoleSource } from '../console/types';
import { checkLesson } from './check';
import { expandPlaceholdersDetailed } from './placeholders';
import { lessonById, lessonScenarios, lessons } from './index';
import type { Lesson, Localized } from './types';

const HANGUL = /[\uac00-\ud7a3]/;

function texts(l: Lesson): [string, Localized][] {
  return [
    ['title', l.title],
    ['summary', l.summary],
    ['task', l.challenge.task],
    ['hint', l.challenge.hint],
    ...l.steps.map((s, i): [string, Localized] => [`step ${i + 1}`, s.text]),
    ...(l.pitfalls ?? []).map((p, i): [string, Localized] => [`pitfall ${i + 1}`, p]),
  ];
}

describe.each(lessons.map((l) => [l.title.en, l] as const))('%s', (_title, lesson) => {
  const starter = simulate(lesson.scenario);
  const graphIds = new Set(graphModel(starter.cluster, starter.diagnostics).nodes.map((n) => n.id));

  it('its solution meets every goal', () => {
    const r = checkLesson(lesson, lesson.challenge.solution);
    expect(r.results.filter((x) => !x.met).map((x) => `${x.goal.kind}: ${x.actual}`)).toEqual([]);
    expect(r.met).toBe(true);
  });

  it('its solution is a clean cluster (nothing rejected, no errors)', () => {
    const sim = simulate(lesson.challenge.solution);
    expect(sim.rejected).toEqual([]);
    expect(sim.diagnostics.filter((d) => d.severity === 'error').map((d) => d.code)).toEqual([]);
  });

  it('its starter leaves at least one goal unmet', () => {
    const r = checkLesson(lesson, lesson.scenario);
    expect(r.met).toBe(false);
    expect(r.results.some((x) => !x.met)).toBe(true);
  });

  it('has 3–6 steps whose focus ids and sources exist in the starter\'s graph', () => {
    expect(lesson.steps.length).toBeGreaterThanOrEqual(3);
    expect(lesson.steps.length).toBeLessThanOrEqual(6);
    const missing = lesson.steps.flatMap((s) => [...(s.focus ?? []), ...(s.source ? [s.source] : [])]).filter((id) => !graphIds.has(id));
    expect(missing).toEqual([]);
    expect(lesson.steps.some((s) => s.command)).toBe(true);
  });

  it('runs step commands that parse and that the engine answers', () => {
    for (const step of lesson.steps) {
      if (!step.command) continue;
      // kubectl runs against the API server; anything else runs somewhere, and the step must say where.
      if (!/^kubectl (get|describe) /.test(step.command)) expect(step.source, `${step.command} needs a source`).toBeDefined();
      const source: ConsoleSource | undefined = step.source ? parseSourceId(step.source) : { kind: 'client', name: 'lan' };
      expect(source, `source ${step.source}`).toBeDefined();
      const { text, unresolved } = expandPlaceholdersDetailed(starter, step.command);
      expect(unresolved, step.command).toEqual([]);
      const cmd = parseCommandLine(text, source as ConsoleSource);
      expect(cmd.kind, `${step.command}: ${cmd.kind === 'invalid' ? cmd.message : ''}`).not.toBe('invalid');
      if (cmd.kind === 'help' || cmd.kind === 'clear' || cmd.kind === 'empty' || cmd.kind === 'invalid') continue;
      const out = runRequestSafely(cmd, starter, engineTools);
      expect(out.exitCode, `${text}\n${out.output}`).not.toBe(70);
      expect(out.output, text).not.toMatch(/^Error from server \(NotFound\)/);
    }
  });

  it('says everything in English and in Korean', () => {
    for (const [where, t] of texts(lesson)) {
      expect(t.en.trim(), `${where} (en)`).not.toBe('');
      expect(t.ko.trim(), `${where} (ko)`).not.toBe('');
      expect(HANGUL.test(t.ko), `${where} (ko) is Korean`).toBe(true);
    }
  });

  it('has goals, tags and a stable id', () => {
    expect(lesson.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    expect(lesson.challenge.goals.length).toBeGreaterThan(0);
    expect(lesson.tags.length).toBeGreaterThan(0);
    expect(lessonById(lesson.id)).toBe(lesson);
  });
});

describe('the catalog', () => {
  it('has unique ids', () => {
    const ids = lessons.map((l) => l.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('grows a lesson from every seed document', () => {
    const seeds = new Set(lessons.map((l) => l.seed?.slice(0, 3)).filter(Boolean));
    expect([...seeds].sort()).toEqual(['000', '001', '002', '003', '004']);
  });

  it.each([
    'clusterip', 'nodeport', 'loadbalancer', 'externalIPs', 'headless', 'externalname', 'selectorless', 'ingress', 'ndots', 'externalTrafficPolicy',
  ])('teaches %s', (tag) => {
    expect(lessons.some((l) => l.tags.includes(tag))).toBe(true);
  });

  it('warns about the known pitfalls somewhere', () => {
    const all = lessons.flatMap((l) => (l.pitfalls ?? []).map((p) => p.en)).join('\n');
    for (const needle of ['CVE-2021-25740', '--disable-svc-external-name', 'March 2026', 'ReferenceGrant', 'v1.33', 'cache']) {
      expect(all).toContain(needle);
    }
  });

  it('lists its scenarios for the share-link bench', () => {
    expect(lessonScenarios()).toEqual(lessons.map((l) => ({ id: l.id, text: l.scenario })));
    expect(lessonById('no-such-lesson')).toBeUndefined();
  });
});
