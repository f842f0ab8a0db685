import { useApp } from '../store/index';
import { narrateStep, stepKindKey } from './narrate';
import { useLang, useT } from '../i18n/index';

/** What the current step does, in words; announced to screen readers as it changes. */
export function Narration() {
  const step = useApp((s) => s.player.currentStep);
  const t = useT();
  useLang();
  const hasTrace = useApp((s) => s.player.trace !== null);
  return (
    <div className="narration" data-testid="player.narration" aria-live="polite" aria-atomic="true">
      {step ? (
        <>
          <span className={`step-kind kind-${step.kind.split('.')[0]}`}>{t(stepKindKey(step.kind))}</span>
          <p>{narrateStep(step)}</p>
        </>
      ) : (
        <p className="muted">
          {hasTrace ? t('player.noSteps') : t('player.intro')}
        </p>
      )}
    </div>
  );
}
