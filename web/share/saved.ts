/**
 * The person's own work is never lost to a link. Opening a share link (or a .yaml file) replaces the editor's
 * text, and the shell autosaves the editor's text; so before replacing, the text is copied to a "previous work"
 * slot, and the app offers to restore it. Text that itself came from a link (unchanged since) is not worth
 * keeping there: it would push the person's real work out of the slot.
 */
export const PREVIOUS_KEY = 'podpath.previous.v1';
export const FROM_LINK_KEY = 'podpath.textFromLink.v1';

export interface SavedWork {
  text: string;
  /** ms since epoch. */
  savedAt: number;
  /** Why it was put aside: a share link or an opened file. */
  reason: 'link' | 'file' | 'lesson';
}

type Store = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> | null;

/** A short, stable fingerprint (FNV-1a, 32 bits) — enough to tell "the text is still the link's". */
export function fingerprint(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return `${text.length}:${(h >>> 0).toString(36)}`;
}

function get(store: Store, key: string): string | null {
  try {
    return store?.getItem(key) ?? null;
  } catch {
    return null;
  }
}

function set(store: Store, key: string, value: string | null): boolean {
  try {
    if (value === null) store?.removeItem(key);
    else store?.setItem(key, value);
    return true;
  } catch {
    return false;
  }
}

export function loadPrevious(store: Store): SavedWork | null {
  const raw = get(store, PREVIOUS_KEY);
  if (!raw) return null;
  try {
    const v = JSON.parse(raw) as Partial<SavedWork>;
    return typeof v.text === 'string' && typeof v.savedAt === 'number' ? { text: v.text, savedAt: v.savedAt, reason: v.reason ?? 'link' } : null;
  } catch {
    return null;
  }
}

export function clearPrevious(store: Store): void {
  set(store, PREVIOUS_KEY, null);
}

export interface ReplaceDecision {
  /** The text put aside, or null when there was nothing worth keeping. */
  kept: SavedWork | null;
}

/**
 * About to replace `current` with `incoming`: keep `current` in the slot unless it is empty, identical to the
 * incoming text, one of the app's own texts (the sample, a lesson starter), or text that came from a link and
 * was not edited since. Returns what was kept (null: the slot was left alone, whatever it held).
 */
export function putAside(store: Store, current: string, incoming: string, reason: SavedWork['reason'], disposable: readonly string[], now: number): ReplaceDecision {
  const fromLink = get(store, FROM_LINK_KEY);
  const worthless = current.trim() === '' || current === incoming || disposable.includes(current) || fromLink === fingerprint(current);
  if (worthless) return { kept: null };
  const kept: SavedWork = { text: current, savedAt: now, reason };
  return { kept: set(store, PREVIOUS_KEY, JSON.stringify(kept)) ? kept : null };
}

/** Remember that the editor now holds a link's text (so it is not mistaken for the person's work later). */
export function markFromLink(store: Store, text: string | null): void {
  set(store, FROM_LINK_KEY, text === null ? null : fingerprint(text));
}
