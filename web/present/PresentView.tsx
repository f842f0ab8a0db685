import { useEffect } from 'react';
import type { TraceStep } from '../../src/index';
import { GraphPanel } from '../graph/GraphPanel';
import { ErrorBoundary } from '../layout/ErrorBoundary';
import { getAppStore, useApp } from '../store/index';
import { msg, useLang, useT, type UiKey } from '../i18n/index';
import { presentStore } from './presentStore';
import './present.css';

/** The step kind's short label, translated (`step.kind.<kind>`). */
export const stepKindKey = (kind: TraceStep['kind']): UiKey => `step.kind.${kind}` as UiKey;

/**
 * Presentation mode for a classroom projector: the graph and the narration fill the screen in large type, the
 * editor is hidden, and the keyboard drives the steps (→ / ← / space, as in the normal view; Esc leaves).
 */
export function PresentView() {
  const t = useT();
  useLang();
  const step = useApp((s) => s.player.currentStep);
  const index = useApp((s) => s.player.index);
  const count = useApp((s) => s.player.trace?.steps.length ?? 0);
  const title = useApp((s) => s.player.trace?.title);
  const playing = useApp((s) => s.player.playing);
  const { stepBack, stepForward, togglePlay } = getAppStore().getState();

  useEffect(() => {
    // Like slides: space (and Page Down / Up, what presenter remotes send) moves one step; Esc leaves.
    // Captured before the player's own keyboard hook, which would toggle playback on space.
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey || document.querySelector('dialog[open]')) return;
      const target = e.target as HTMLElement | null;
      if (target && (target.tagName === 'INPUT' || target.tagName === 'TEXTAREA' || target.tagName === 'SELECT')) return;
      const s = getAppStore().getState();
      if (e.key === 'Escape') presentStore.getState().setPresent(false);
      else if ((e.key === ' ' && target?.tagName !== 'BUTTON') || e.key === 'PageDown') s.stepForward();
      else if (e.key === 'PageUp') s.stepBack();
      else return;
      e.preventDefault();
    };
    addEventListener('keydown', onKey, { capture: true });
    return () => removeEventListener('keydown', onKey, { capture: true });
  }, []);

  return (
    <div className="present" data-testid="present.view">
      <header className="present-bar">
        <span className="present-brand" aria-hidden="true">◎ PodPath</span>
        {title ? <code className="present-title">{title}</code> : <span className="present-title muted">{t('present.noTrace')}</span>}
        <span className="present-count" data-testid="present.position">{count ? t('player.stepOf', { n: index + 1, total: count }) : ''}</span>
        <button type="button" data-testid="present.exit" onClick={() => presentStore.getState().setPresent(false)}>{t('present.exit')}</button>
      </header>
      <div className="present-graph">
        <ErrorBoundary what="the graph"><GraphPanel /></ErrorBoundary>
      </div>
      <footer className="present-narration" aria-live="polite" aria-atomic="true" data-testid="present.narration">
        <button type="button" className="present-nav" aria-label={t('player.prev')} disabled={index <= 0 || !count} onClick={stepBack}>←</button>
        <div className="present-text">
          {step ? (
            <>
              <span className="present-kind">{t(stepKindKey(step.kind))}</span>
              <p>{msg(step.message, step.params)}</p>
            </>
          ) : (
            <p className="muted">{t('present.hint')}</p>
          )}
        </div>
        <button type="button" className="present-nav" aria-label={playing ? t('player.pause') : t('player.play')} disabled={count < 2} onClick={togglePlay}>{playing ? '❚❚' : '▶'}</button>
        <button type="button" className="present-nav" aria-label={t('player.next')} disabled={!count || index >= count - 1} onClick={stepForward}>→</button>
      </footer>
    </div>
  );
}

/** The header's button into presentation mode. */
export function PresentButton() {
  const t = useT();
  return <button type="button" data-testid="header.present" onClick={() => presentStore.getState().setPresent(true)}>{t('header.present')}</button>;
}
