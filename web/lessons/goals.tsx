import { Fragment } from 'react';
import type { Observed } from '../../src/lessons/observed';
import type { Goal } from '../../src/lessons/types';
import type { Lang, UiKey } from '../i18n/index';
import { observedRuns } from './observed';

type T = (key: UiKey, options?: Record<string, unknown>) => string;

const expectation = (e: object): string =>
  Object.entries(e).map(([k, v]) => `${k}=${Array.isArray(v) ? v.join(',') : String(v)}`).join(' ');

/** One goal in words (the technical parts as code): what the checker will ask the engine. */
export function GoalText({ goal, t }: { goal: Goal; t: T }) {
  switch (goal.kind) {
    case 'curl':
      return (
        <>
          {t('lessons.goal.curl', { from: goal.from })} <code>curl {goal.url}</code>
          {goal.repeat && goal.repeat > 1 ? ` ×${goal.repeat}` : ''} → <code>{expectation(goal.expect)}</code>
        </>
      );
    case 'dig':
      return (
        <>
          {t('lessons.goal.dig')} <code>dig {goal.name} {goal.type ?? 'A'}</code> → <code>{expectation(goal.expect)}</code>
        </>
      );
    case 'resolve':
      return (
        <>
          {t('lessons.goal.resolve', { from: goal.from })} <code>{goal.name}</code> → <code>{expectation(goal.expect)}</code>
        </>
      );
    case 'diagnostic-absent':
      return <>{t('lessons.goal.diagnostic')} <code>{goal.code}</code></>;
    default: {
      const never: never = goal;
      return never;
    }
  }
}

/** What the check observed for a goal, in `lang`: prose in words, the engine's data (names, codes) as code. */
export function ObservedText({ observed, lang }: { observed: Observed; lang: Lang }) {
  return <>{observedRuns(observed, lang).map((r, i) => (r.data ? <code key={i}>{r.text}</code> : <Fragment key={i}>{r.text}</Fragment>))}</>;
}
