/**
 * Which language the UI speaks. The browser decides (navigator.language ko* → Korean) until the person picks
 * one in the header; that choice is remembered in localStorage and, only then, written into share links.
 */
export type Lang = 'en' | 'ko';
export const LANGS: readonly Lang[] = ['en', 'ko'];
export const LANG_KEY = 'podpath.lang.v1';

export function isLang(v: unknown): v is Lang {
  return v === 'en' || v === 'ko';
}

/** navigator.language(s) → 'ko' for any Korean locale, else 'en'. */
export function detectLanguage(languages: readonly string[] | undefined): Lang {
  const first = (languages ?? []).find((l) => typeof l === 'string' && l.length > 0);
  return first && /^ko\b/i.test(first) ? 'ko' : 'en';
}

type Getter = Pick<Storage, 'getItem'> | null;
type Setter = Pick<Storage, 'setItem' | 'removeItem'> | null;

/** The language the person chose earlier, or null when they never chose. */
export function loadChosenLanguage(storage: Getter): Lang | null {
  try {
    const v = storage?.getItem(LANG_KEY);
    return isLang(v) ? v : null;
  } catch {
    return null;
  }
}

export function saveChosenLanguage(storage: Setter, lang: Lang | null): void {
  try {
    if (lang) storage?.setItem(LANG_KEY, lang);
    else storage?.removeItem(LANG_KEY);
  } catch {
    // Private mode or a full quota: the choice holds for this visit only.
  }
}

export function browserLanguages(): readonly string[] {
  if (typeof navigator === 'undefined') return [];
  return navigator.languages?.length ? navigator.languages : [navigator.language];
}

export function storage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}
