/**
 * Does a scenario meet a lesson's goals? Each goal is asked of the engine (curl, dig, resolve, the
 * diagnostics) exactly as the console would ask it, and answered with what was observed, so the app can show
 * "expected … got …" next to every goal (in the learner's language: see ./observed.ts). Pure: same text in,
 * same results out.
 */
import { simulate, type Simulation } from '../engine';
import { dig, resolve } from '../dns/index';
import { curl } from '../request/index';
import type { RequestOutcome } from '../request/index';
import {
  curlObserved, diagnosticObserved, digObserved, observedText, resolveObserved, unresolvedObserved, type Observed,
} from './observed';
import { expandPlaceholdersDetailed } from './placeholders';
import type { CurlExpect, Goal, Lesson } from './types';

export interface GoalResult {
  goal: Goal;
  met: boolean;
  /** What the engine observed, in one line of English ("delivered 200 from default/web-… via default/web:80"):
   *  `observed` rendered in English. A stable contract for scripts and tests. */
  actual: string;
  /** The same observation as a message key with params, for the app to render in the learner's language. */
  observed: Observed;
}

export interface CheckResult {
  met: boolean;
  results: GoalResult[];
}

const sameSet = (a: readonly string[], b: readonly string[]): boolean =>
  a.length === b.length && [...a].sort().every((x, i) => x === [...b].sort()[i]);

/** Which expected fields the outcome misses (empty: it matches). */
export function curlMismatches(o: RequestOutcome, e: CurlExpect): string[] {
  const bad: string[] = [];
  const podNs = o.pod ? o.pod.slice(0, o.pod.indexOf('/')) : null;
  const podName = o.pod ? o.pod.slice(o.pod.indexOf('/') + 1) : null;
  if (e.outcome !== undefined && o.outcome !== e.outcome) bad.push('outcome');
  if (e.httpStatus !== undefined && o.httpStatus !== e.httpStatus) bad.push('httpStatus');
  if (e.podNamespace !== undefined && podNs !== e.podNamespace) bad.push('podNamespace');
  if (e.podPrefix !== undefined && !(podName ?? '').startsWith(e.podPrefix)) bad.push('podPrefix');
  if (e.backend !== undefined && o.backend !== e.backend) bad.push('backend');
  if (e.clientIPSeen !== undefined && o.clientIPSeen !== e.clientIPSeen) bad.push('clientIPSeen');
  if (e.endpoint !== undefined && o.endpoint !== e.endpoint) bad.push('endpoint');
  return bad;
}

const result = (goal: Goal, met: boolean, observed: Observed): GoalResult => ({ goal, met, actual: observedText(observed), observed });

const unresolvedResult = (goal: Goal, unresolved: readonly string[]): GoalResult => result(goal, false, unresolvedObserved(unresolved));

export function checkGoal(sim: Simulation, goal: Goal): GoalResult {
  switch (goal.kind) {
    case 'curl': {
      const url = expandPlaceholdersDetailed(sim, goal.url);
      const headers: Record<string, string> = {};
      const missing = [...url.unresolved];
      for (const [k, v] of Object.entries(goal.headers ?? {})) {
        const x = expandPlaceholdersDetailed(sim, v);
        headers[k] = x.text;
        missing.push(...x.unresolved);
      }
      if (missing.length) return unresolvedResult(goal, missing);
      const n = Math.max(1, goal.repeat ?? 1);
      const outcomes: RequestOutcome[] = [];
      for (let i = 0; i < n; i++) {
        const o = curl(sim, { from: goal.from, url: url.text, headers, requestIndex: i }).outcome;
        const bad = curlMismatches(o, goal.expect);
        outcomes.push(o);
        if (bad.length) {
          const attempt = n > 1 ? { index: i + 1, total: n } : undefined;
          return result(goal, false, curlObserved(o, { attempt, differ: bad }));
        }
      }
      return result(goal, true, curlObserved(outcomes[0], { repeated: n > 1 ? n : undefined }));
    }
    case 'dig': {
      const name = expandPlaceholdersDetailed(sim, goal.name);
      if (name.unresolved.length) return unresolvedResult(goal, name.unresolved);
      const o = dig(sim, { name: name.text, type: goal.type, from: goal.from, search: goal.search }).outcome;
      // Every record of the answer section, as dig prints it (a CNAME chain counts too).
      const data = o.answers.map((a) => a.data);
      const e = goal.expect;
      const met = o.rcode === e.rcode
        && (e.answerCount === undefined || data.length === e.answerCount)
        && (e.answerData === undefined || sameSet(data, e.answerData));
      return result(goal, met, digObserved(o.error ?? o.rcode, data));
    }
    case 'resolve': {
      const name = expandPlaceholdersDetailed(sim, goal.name);
      if (name.unresolved.length) return unresolvedResult(goal, name.unresolved);
      const o = resolve(sim, { name: name.text, from: goal.from, type: goal.type }).outcome;
      const e = goal.expect;
      const q = o.queries.length;
      const met = (e.rcode === undefined || o.rcode === e.rcode)
        && (e.addresses === undefined || sameSet(o.addresses, e.addresses))
        && (e.minQueries === undefined || q >= e.minQueries)
        && (e.maxQueries === undefined || q <= e.maxQueries);
      return result(goal, met, resolveObserved(o.error ?? o.rcode, o.addresses, q));
    }
    case 'diagnostic-absent': {
      const found = sim.diagnostics.filter((d) => d.code === goal.code);
      return result(goal, found.length === 0, diagnosticObserved(goal.code, found.length, found[0]?.object));
    }
    default: {
      const never: never = goal;
      return never;
    }
  }
}

export function checkGoals(sim: Simulation, goals: readonly Goal[]): CheckResult {
  const results = goals.map((g) => checkGoal(sim, g));
  return { met: results.every((r) => r.met), results };
}

/** Simulate `text` (the learner's manifests) and check the lesson's challenge against it. */
export function checkLesson(lesson: Lesson, text: string): CheckResult {
  return checkGoals(simulate(text), lesson.challenge.goals);
}
