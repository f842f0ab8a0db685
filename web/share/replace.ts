/**
 * Replacing the editor's text from outside the editor (a link, a file, a lesson's starter or solution) always
 * goes through here: the text being replaced is put aside first, and can be brought back (restore swaps, so a
 * restore can itself be undone).
 */
import { DEFAULT_SCENARIO } from '../samples/default';
import { getAppStore } from '../store/index';
import { storage } from '../i18n/lang';
import { lessonsIfLoaded } from '../lessons/catalog';
import { clearPrevious, loadPrevious, markFromLink, putAside, type SavedWork } from './saved';
import { shareStore } from './shareStore';

/** Texts the app itself ships: replacing one of them loses nothing. */
export function disposableTexts(): string[] {
  const mod = lessonsIfLoaded();
  const lessonTexts = mod ? mod.lessons.flatMap((l) => [l.scenario, l.challenge.solution]) : [];
  return [DEFAULT_SCENARIO, ...lessonTexts];
}

/** Put the current text aside (when worth keeping) and show `text` instead. Returns what was kept. */
export function replaceText(text: string, reason: SavedWork['reason']): SavedWork | null {
  const app = getAppStore().getState();
  const { kept } = putAside(storage(), app.text, text, reason, disposableTexts(), Date.now());
  if (reason !== 'link') markFromLink(storage(), null);
  app.setText(text);
  shareStore.getState().refreshPrevious();
  return kept;
}

/** Bring the put-aside text back; the text it replaces takes its place in the slot (unless disposable). */
export function restorePrevious(): boolean {
  const prev = loadPrevious(storage());
  if (!prev) return false;
  const app = getAppStore().getState();
  const current = app.text;
  clearPrevious(storage());
  // A swap: whatever the editor held goes into the slot, so the restore itself can be undone.
  markFromLink(storage(), null);
  putAside(storage(), current, prev.text, prev.reason, [], Date.now());
  app.setText(prev.text);
  shareStore.getState().refreshPrevious();
  shareStore.getState().setNotice({ kind: 'restored' });
  return true;
}
