import { useEffect, useRef } from 'react';
import { useApp } from '../store/index';
import { narrateStep, stepKindKey } from './narrate';
import { useLang, useT } from '../i18n/index';

/** Every step of the trace; the current one is marked, any one can be jumped to. */
export function StepList() {
  const steps = useApp((s) => s.player.trace?.steps);
  const t = useT();
  useLang();
  const index = useApp((s) => s.player.index);
  const seek = useApp((s) => s.seek);
  const list = useRef<HTMLOListElement>(null);
  useEffect(() => {
    // Scroll only the list (scrollIntoView would also scroll the panel and hide its header).
    const ol = list.current;
    const el = ol?.children[index] as HTMLElement | undefined;
    if (!ol || !el) return;
    if (el.offsetTop < ol.scrollTop) ol.scrollTop = el.offsetTop;
    else if (el.offsetTop + el.offsetHeight > ol.scrollTop + ol.clientHeight) ol.scrollTop = el.offsetTop + el.offsetHeight - ol.clientHeight;
  }, [index, steps]);
  if (!steps || steps.length === 0) return null;
  return (
    <ol className="step-list" ref={list} data-testid="player.steps" aria-label={t('player.steps')}>
      {steps.map((step, i) => (
        <li key={i}>
          <button type="button" className={i === index ? 'step current' : 'step'} aria-current={i === index ? 'step' : undefined}
            data-testid={`player.step.${i}`} onClick={() => seek(i)}>
            <span className="step-no">{i + 1}</span>
            <span className="step-kind-label">{t(stepKindKey(step.kind))}</span>
            <span className="step-text">{narrateStep(step)}</span>
          </button>
        </li>
      ))}
    </ol>
  );
}
