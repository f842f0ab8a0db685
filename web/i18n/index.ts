/**
 * The UI's languages. UI strings go through i18next (catalog/en.ts, catalog/ko.ts, flat keys); engine messages
 * (trace narration, diagnostics) go through the engine's own catalogs with `msg()` — renderMessageIn handles
 * their params (`hintKey`, Korean param rewrites) and literal braces, which i18next's interpolation would not.
 * Korean (UI and engine catalogs) and the engine's English catalogs are loaded on demand (./engineMessages).
 */
import i18next, { type i18n as I18n } from 'i18next';
import { useMemo } from 'react';
import { initReactI18next, useTranslation } from 'react-i18next';
import { en } from './catalog/en';
import { loadKoreanMessages, renderEngineMessage } from './engineMessages';
import { browserLanguages, detectLanguage, isLang, loadChosenLanguage, saveChosenLanguage, storage, type Lang } from './lang';

export type { Lang } from './lang';
export { isLang } from './lang';
export type UiKey = keyof typeof en;

let chosen: Lang | null = loadChosenLanguage(storage());
/** The language last asked for: a slow Korean chunk must not switch back after the person picked English. */
let wanted: Lang = chosen ?? detectLanguage(browserLanguages());

let koreanLoading: Promise<void> | null = null;
/** Korean, UI and engine catalogs, in their own chunks: English pages never download them. */
function loadKorean(): Promise<void> {
  koreanLoading ??= Promise.all([
    import('./catalog/ko').then((m) => void i18n.addResourceBundle('ko', 'ui', m.ko, true, true)),
    loadKoreanMessages(),
  ]).then(() => undefined);
  return koreanLoading;
}

export const i18n: I18n = i18next.createInstance();
void i18n.use(initReactI18next).init({
  // Korean is added (and switched to) once its chunk has arrived.
  resources: { en: { ui: en } },
  lng: 'en',
  fallbackLng: 'en',
  supportedLngs: ['en', 'ko'],
  ns: ['ui'],
  defaultNS: 'ui',
  keySeparator: false,
  nsSeparator: false,
  interpolation: { escapeValue: false },
  returnNull: false,
  initAsync: false,
});
syncDocumentLang();

/**
 * Resolves when the first language is ready to paint: at once for English; for a Korean browser once the
 * Korean chunks have loaded (started here, in parallel with the first simulation). web/render.tsx waits for it.
 */
export const i18nReady: Promise<void> = wanted === 'ko' ? applyLanguage('ko').catch(() => undefined) : Promise.resolve();

async function applyLanguage(lang: Lang): Promise<void> {
  if (lang === 'ko') await loadKorean();
  if (wanted !== lang) return;
  if (currentLang() !== lang) await i18n.changeLanguage(lang);
  syncDocumentLang();
}

function syncDocumentLang(): void {
  if (typeof document !== 'undefined') document.documentElement.lang = currentLang();
}

export function currentLang(): Lang {
  const l = i18n.resolvedLanguage ?? i18n.language;
  return isLang(l) ? l : 'en';
}

/** True when the person picked the language (then it is remembered and put into share links). */
export function languageChosen(): boolean {
  return chosen !== null;
}

/**
 * Switch the UI language. `remember` (the header control) stores the choice; a language that arrives in a share
 * link is applied for this visit only, so following a colleague's link does not change one's own setting.
 */
export function setLanguage(lang: Lang, { remember = true }: { remember?: boolean } = {}): void {
  if (remember) {
    chosen = lang;
    saveChosenLanguage(storage(), lang);
  }
  wanted = lang;
  void applyLanguage(lang);
}

/** Render an engine message key in the current (or given) language. */
export function msg(key: string, params: Readonly<Record<string, string | number | boolean>> = {}, lang: Lang = currentLang()): string {
  return renderEngineMessage(key, params, lang);
}

/** The current language, re-rendering on change. */
export function useLang(): Lang {
  const { i18n: inst } = useTranslation();
  const l = inst.resolvedLanguage ?? inst.language;
  return isLang(l) ? l : 'en';
}

export type UiT = (key: UiKey, options?: Record<string, unknown>) => string;

/**
 * Answers of one `t` (react-i18next gives a new one when the language changes), kept until a resource bundle is
 * added or removed (Korean arriving). i18next takes 10–60 µs per call, and a graph render asks hundreds of
 * cards for the same few strings.
 */
const remembered = new WeakMap<object, { generation: number; answers: Map<string, string> }>();
let resourceGeneration = 0;
i18n.store.on('added', () => resourceGeneration++);
i18n.store.on('removed', () => resourceGeneration++);
/** Bounds the memory a long session with many distinct parameters can take. */
const MAX_REMEMBERED = 5000;

/** `t`, with its answers remembered (same key and options, same answer: i18next's t is a pure lookup here). */
export function rememberingT(t: UiT): UiT {
  return (key, options) => {
    let id: string = key;
    if (options !== undefined) {
      // Only plain parameters are remembered (JSON would blur undefined, NaN, functions and objects).
      for (const v of Object.values(options)) {
        if (typeof v === 'number' ? !Number.isFinite(v) : typeof v !== 'string' && typeof v !== 'boolean') return t(key, options);
      }
      id = `${key}\u0000${JSON.stringify(options)}`;
    }
    let memo = remembered.get(t);
    if (!memo || memo.generation !== resourceGeneration || memo.answers.size > MAX_REMEMBERED) {
      memo = { generation: resourceGeneration, answers: new Map() };
      remembered.set(t, memo);
    }
    let answer = memo.answers.get(id);
    if (answer === undefined) {
      answer = t(key, options);
      memo.answers.set(id, answer);
    }
    return answer;
  };
}

/** `t` for UI keys, typed to the English catalog's keys. */
export function useT(): UiT {
  const { t } = useTranslation();
  return useMemo(() => rememberingT(t as unknown as UiT), [t]);
}

/** `t` outside React (confirm dialogs, file names). */
export function tr(key: UiKey, options?: Record<string, unknown>): string {
  return i18n.t(key, options) as string;
}
