/**
 * In presentation mode the address keeps the current view (text, command, step): stepping through a trace
 * updates the link, so a teacher can copy a sequence of links, one per step, before class. Leaving the mode
 * clears it again (the person's work lives in autosave, not in the address).
 */
import { getAppStore } from '../store/index';
import { currentShareUrl } from '../share/current';
import { presentStore } from './presentStore';

const DEBOUNCE_MS = 120;

export function startPresentUrlSync(isOpening: () => boolean): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let generation = 0;
  const write = () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      if (isOpening()) return write();
      const gen = ++generation;
      if (!presentStore.getState().present) {
        if (location.hash) history.replaceState(history.state, '', location.pathname + location.search);
        return;
      }
      void currentShareUrl({ present: true }).then((url) => {
        if (gen === generation && presentStore.getState().present) history.replaceState(history.state, '', url);
      });
    }, DEBOUNCE_MS);
  };
  const unsubPresent = presentStore.subscribe((s, prev) => s.present !== prev.present && write());
  const unsubApp = getAppStore().subscribe((s, prev) => {
    if (!presentStore.getState().present) return;
    if (s.player.index !== prev.player.index || s.player.trace !== prev.player.trace) write();
  });
  return () => {
    clearTimeout(timer);
    unsubPresent();
    unsubApp();
  };
}
