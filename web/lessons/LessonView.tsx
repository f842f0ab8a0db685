import { useEffect, useState } from 'react';
import { getAppStore, useApp } from '../store/index';
import type { Lesson } from '../../src/lessons/types';
import { useLang, useT } from '../i18n/index';
import { checkChallenge, loadSolution, resetStarter, runStep } from './actions';
import { FocusSpotlight } from './FocusSpotlight';
import { GoalText, ObservedText } from './goals';
import { useLessons, lessonStore } from './lessonStore';
import { RichText } from './RichText';

/** The graph's overview fit after a new layout takes ~30 ms to start and 300 ms to run. */
const FOCUS_AFTER_FIT_MS = 400;

/** One lesson: its steps (each points at the graph and can run its command), then the challenge. */
export function LessonView({ lesson }: { lesson: Lesson }) {
  const t = useT();
  const lang = useLang();
  const step = Math.min(useLessons((s) => s.step), lesson.steps.length - 1);
  const check = useLessons((s) => s.check);
  const solved = useLessons((s) => Boolean(s.progress.solved[lesson.id]));
  const [hint, setHint] = useState(false);
  const [busy, setBusy] = useState(false);
  const current = lesson.steps[step];
  // Showing a step: its focus goes to the graph (which frames it), and an older trace makes way for it.
  const showStep = (i: number) => {
    lessonStore.getState().setStep(i);
    getAppStore().getState().loadTrace(null);
  };
  const focusKey = (current?.focus ?? []).join(' ');
  // A new graph (the starter just loaded) is first framed as an overview; then the focus is framed again.
  const graphVersion = useApp((s) => s.simulation?.graphVersion);
  useEffect(() => {
    const ids = focusKey ? focusKey.split(' ') : [];
    lessonStore.getState().setFocus(ids);
    const again = setTimeout(() => lessonStore.getState().setFocus([...ids]), FOCUS_AFTER_FIT_MS);
    return () => clearTimeout(again);
  }, [focusKey, graphVersion]);
  useEffect(() => () => lessonStore.getState().setFocus([]), []);
  return (
    <article className="lesson-view" data-testid="lessons.view" data-lesson={lesson.id}>
      <FocusSpotlight ids={current?.focus ?? []} />
      <button type="button" className="link-button lesson-back" data-testid="lessons.back" onClick={() => lessonStore.getState().openLesson(null)}>
        ← {t('lessons.all')}
      </button>
      <h3 className="lesson-title">{lesson.title[lang]} {solved && <span className="lesson-solved-mark" title={t('lessons.solved')}>✓</span>}</h3>
      <p className="lesson-summary"><RichText text={lesson.summary[lang]} /></p>

      <h4>{t('lessons.steps')}</h4>
      <ol className="lesson-steps">
        {lesson.steps.map((s, i) => (
          <li key={i} className={i === step ? 'lesson-step current' : 'lesson-step'} aria-current={i === step ? 'step' : undefined} data-testid={`lessons.step.${i}`}>
            <button type="button" className="lesson-step-text" onClick={() => showStep(i)}>
              <RichText text={s.text[lang]} />
            </button>
            {s.command && (
              <button type="button" className="chip lesson-run" data-testid={`lessons.run.${i}`}
                onClick={() => { lessonStore.getState().setStep(i); void runStep(s); }}>
                ▶ {t('lessons.run')} <code>{s.command}</code>
              </button>
            )}
          </li>
        ))}
      </ol>
      <div className="lesson-step-nav">
        <button type="button" disabled={step <= 0} onClick={() => showStep(step - 1)} data-testid="lessons.prev">{t('lessons.prevStep')}</button>
        <span className="muted">{t('lessons.stepOf', { n: step + 1, total: lesson.steps.length })}</span>
        <button type="button" disabled={step >= lesson.steps.length - 1} onClick={() => showStep(step + 1)} data-testid="lessons.next">{t('lessons.nextStep')}</button>
      </div>

      <section className="lesson-challenge" aria-labelledby="challenge-title" data-testid="lessons.challenge">
        <h4 id="challenge-title">{t('lessons.challenge')}</h4>
        <p><RichText text={lesson.challenge.task[lang]} /></p>
        <ul className="lesson-goals">
          {lesson.challenge.goals.map((g, i) => {
            const r = check?.result.results[i];
            return (
              <li key={i} className={r ? (r.met ? 'goal met' : 'goal unmet') : 'goal'} data-testid={`lessons.goal.${i}`} data-met={r ? String(r.met) : undefined}>
                <span className="goal-mark" aria-hidden="true">{r ? (r.met ? '✓' : '✗') : '○'}</span>
                <span>
                  <GoalText goal={g} t={t} />
                  {r && <span className="sr-only"> — {r.met ? t('lessons.goalMet') : t('lessons.goalUnmet')}</span>}
                  {r && !r.met && (
                    <span className="goal-actual" data-testid="lessons.observed">{t('lessons.observed')} <ObservedText observed={r.observed} lang={lang} /></span>
                  )}
                </span>
              </li>
            );
          })}
        </ul>
        <div className="lesson-actions">
          <button type="button" className="primary" data-testid="lessons.check" disabled={busy}
            onClick={() => { setBusy(true); void checkChallenge(lesson).finally(() => setBusy(false)); }}>
            {t('lessons.check')}
          </button>
          <button type="button" data-testid="lessons.hint" aria-expanded={hint} onClick={() => setHint(!hint)}>{t('lessons.hint')}</button>
          <button type="button" data-testid="lessons.solution" onClick={() => { if (confirm(t('lessons.confirmSolution'))) loadSolution(lesson); }}>
            {t('lessons.showSolution')}
          </button>
          <button type="button" data-testid="lessons.reset" onClick={() => { if (confirm(t('lessons.confirmReset'))) resetStarter(lesson); }}>
            {t('lessons.reset')}
          </button>
        </div>
        {hint && <p className="lesson-hint" data-testid="lessons.hint-text"><RichText text={lesson.challenge.hint[lang]} /></p>}
        <div role="status" aria-live="polite">
          {check && (check.result.met
            ? <p className="lesson-result ok" data-testid="lessons.result" data-met="true">✓ {t('lessons.success')}</p>
            : <p className="lesson-result fail" data-testid="lessons.result" data-met="false">{t('lessons.notYet', { met: check.result.results.filter((r) => r.met).length, total: check.result.results.length })}</p>)}
        </div>
      </section>
      {lesson.pitfalls && lesson.pitfalls.length > 0 && (
        <section className="lesson-pitfalls">
          <h4>{t('lessons.pitfalls')}</h4>
          <ul>{lesson.pitfalls.map((p, i) => <li key={i}><RichText text={p[lang]} /></li>)}</ul>
        </section>
      )}
    </article>
  );
}
