import { useEffect } from 'react';
import { getAppStore, useApp } from '../store/index';

/** How long one step stays on screen at speed 1×. */
export const STEP_MS = 1200;

/** Advances the player while it is playing. */
export function usePlaybackClock(): void {
  const playing = useApp((s) => s.player.playing);
  const index = useApp((s) => s.player.index);
  const speed = useApp((s) => s.player.speed);
  useEffect(() => {
    if (!playing) return;
    const t = setTimeout(() => getAppStore().getState().stepForward(), STEP_MS / speed);
    return () => clearTimeout(t);
  }, [playing, index, speed]);
}

/** Elements where keys belong to the element itself (typing, editing, choosing). */
function ownsKeys(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target.closest('.monaco-editor, [data-keys="own"]')) return true;
  const tag = target.tagName;
  return tag === 'INPUT' || tag === 'TEXTAREA' || tag === 'SELECT';
}

/** Space, ←, →, Home, End drive the player — unless focus is in the editor, a field or a control that uses them. */
export function usePlayerKeyboard(): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey || ownsKeys(e.target)) return;
      const s = getAppStore().getState();
      if (!s.player.trace) return;
      const onButton = e.target instanceof HTMLElement && (e.target.tagName === 'BUTTON' || e.target.getAttribute('role') === 'separator');
      switch (e.key) {
        case ' ':
          if (onButton) return; // a focused button handles its own space
          s.togglePlay();
          break;
        case 'ArrowRight': s.stepForward(); break;
        case 'ArrowLeft': s.stepBack(); break;
        case 'Home': s.toStart(); break;
        case 'End': s.toEnd(); break;
        default: return;
      }
      e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
