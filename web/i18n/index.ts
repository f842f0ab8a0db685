/**
 * The UI's languages. UI strings go through i18next (catalog/en.ts, catalog/ko.ts, flat keys); engine messages
 * (trace narration, diagnostics) go through the engine's own catalogs with `msg()` — renderMessageIn handles
 * their params (`hintKey`, Korean param rewrites) and literal braces, which i18next's interpolation would not.
 */
import i18next, { type i18n as I18n } from 'i18next';
import { initReactI18next, useTranslation } from 'react-i18next';
import { renderMessage } from '../../src/messages/registry';
import { en } from './catalog/en';
import { ko } from './catalog/ko';
import { browserLanguages, detectLanguage, isLang, loadChosenLanguage, saveChosenLanguage, storage, type Lang } from './lang';

export type { Lang } from './lang';
export { isLang } from './lang';
export type UiKey = keyof typeof en;

let chosen: Lang | null = loadChosenLanguage(storage());

type EngineI18n = typeof import('../../src/messages/i18n');
let engineI18n: EngineI18n | null = null;
let engineLoading: Promise<EngineI18n> | null = null;

/** Load the engine's Korean catalogs (once). */
export function loadEngineMessages(): Promise<EngineI18n> {
  engineLoading ??= import('../../src/messages/i18n').then((m) => (engineI18n = m));
  return engineLoading;
}

export const i18n: I18n = i18next.createInstance();
void i18n.use(initReactI18next).init({
  resources: { en: { ui: en }, ko: { ui: ko } },
  lng: chosen ?? detectLanguage(browserLanguages()),
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
if (currentLang() === 'ko') {
  // Re-announce the language once the engine's Korean arrives, so narration re-renders in Korean.
  void loadEngineMessages().then(() => i18n.emit('languageChanged', 'ko'));
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
  if (lang === 'ko' && !engineI18n) {
    void loadEngineMessages().then(() => setLanguage(lang, { remember: false }));
    return;
  }
  if (currentLang() !== lang) void i18n.changeLanguage(lang);
  syncDocumentLang();
}

/** Render an engine message key in the current (or given) language. */
export function msg(key: string, params: Readonly<Record<string, string | number | boolean>> = {}, lang: Lang = currentLang()): string {
  if (lang === 'ko' && engineI18n) return engineI18n.renderMessageIn('ko', key, params);
  return renderMessage(key, params);
}

/** The current language, re-rendering on change. */
export function useLang(): Lang {
  const { i18n: inst } = useTranslation();
  const l = inst.resolvedLanguage ?? inst.language;
  return isLang(l) ? l : 'en';
}

/** `t` for UI keys, typed to the English catalog's keys. */
export function useT(): (key: UiKey, options?: Record<string, unknown>) => string {
  const { t } = useTranslation();
  return t as unknown as (key: UiKey, options?: Record<string, unknown>) => string;
}

/** `t` outside React (confirm dialogs, file names). */
export function tr(key: UiKey, options?: Record<string, unknown>): string {
  return i18n.t(key, options) as string;
}
