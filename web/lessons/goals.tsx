import type { Goal } from '../../src/lessons/types';
import type { UiKey } from '../i18n/index';

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
