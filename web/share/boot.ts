/**
 * Opens a share link when the page loads with one (and when the fragment changes while open). Afterwards the
 * fragment is cleared — a reload then shows the person's autosaved text — except in presentation mode, where
 * web/present/urlSync keeps the current step in the address for the teacher.
 */
import { getAppStore } from '../store/index';
import { setLanguage } from '../i18n/index';
import { storage } from '../i18n/lang';
import { lessonStore } from '../lessons/lessonStore';
import { presentStore } from '../present/presentStore';
import { openShareFragment, type OpenDeps } from './open';
import { disposableTexts } from './replace';
import { shareStore } from './shareStore';

const SIMULATION_WAIT_MS = 10_000;

function simulated(): Promise<void> {
  const store = getAppStore();
  const caught = () => {
    const s = store.getState();
    return s.simulatedRevision >= s.textRevision;
  };
  if (caught()) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(done, SIMULATION_WAIT_MS);
    const unsub = store.subscribe(() => caught() && done());
    function done() {
      clearTimeout(timer);
      unsub();
      resolve();
    }
  });
}

export function openDeps(): OpenDeps {
  const app = () => getAppStore().getState();
  return {
    getText: () => app().text,
    setText: (t) => app().setText(t),
    storage: storage(),
    disposable: disposableTexts,
    setLanguage: (lang) => setLanguage(lang, { remember: false }),
    openLesson: (id) => lessonStore.getState().openLesson(id),
    setPresent: (on) => presentStore.getState().setPresent(on),
    simulated,
    run: async (source, command) => {
      if (source) app().setConsoleSource(source);
      await app().runLine(command);
    },
    seek: (step) => app().seek(step),
    now: () => Date.now(),
  };
}

/** Is a link being opened right now (the present-mode URL sync waits for it). */
export let opening = false;

export async function openFromLocation(): Promise<void> {
  const hash = location.hash;
  if (!hash || hash === '#') return;
  opening = true;
  try {
    const outcome = await openShareFragment(hash, openDeps());
    const ui = shareStore.getState();
    if (outcome.kind === 'error') ui.setNotice({ kind: 'error', error: outcome.error });
    if (outcome.kind === 'opened') {
      ui.refreshPrevious();
      ui.setNotice({ kind: 'opened', kept: outcome.kept !== null });
    }
    if (outcome.kind !== 'none' && !presentStore.getState().present) {
      history.replaceState(history.state, '', location.pathname + location.search);
    }
  } finally {
    opening = false;
  }
}

let started = false;
export function startShareLinks(): void {
  if (started) return;
  started = true;
  void openFromLocation();
  addEventListener('hashchange', () => void openFromLocation());
}
