/**
 * The learner's text survives reloads and crashes: it is written to localStorage shortly after every
 * edit and again when the page is hidden. Storage may be unavailable (private mode, quota): then the
 * app still works, it just does not remember.
 */
export const TEXT_KEY = 'podpath.text.v1';

export function loadSavedText(storage: Pick<Storage, 'getItem'> | null): string | null {
  try {
    return storage?.getItem(TEXT_KEY) ?? null;
  } catch {
    return null;
  }
}

export function saveText(storage: Pick<Storage, 'setItem'> | null, text: string): boolean {
  try {
    storage?.setItem(TEXT_KEY, text);
    return true;
  } catch {
    return false;
  }
}

export function browserStorage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}
