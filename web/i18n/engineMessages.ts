/**
 * The engine's message catalogs (trace narration, diagnostics in Korean), loaded on demand: the first paint
 * in English needs none of them — the engine's diagnostics arrive already rendered in English, and narration
 * only exists once a command ran (web/boot.ts waits for the English catalogs with the first command's answer).
 * Korean (with English as its fallback) loads when the language is Korean. Kept free of i18next so the boot
 * chunk can use it.
 */
import { renderMessage } from '../../src/messages/registry';
import type { Lang } from './lang';

type EngineKo = typeof import('../../src/messages/i18n');
type Params = Readonly<Record<string, string | number | boolean>>;

let english: Promise<void> | null = null;
let korean: Promise<EngineKo> | null = null;
let ko: EngineKo | null = null;

/** Register the engine's English catalogs (once). */
export function loadEnglishMessages(): Promise<void> {
  english ??= import('../../src/messages/index').then(() => undefined);
  return english;
}

/** Load the engine's Korean catalogs, with the English ones (once). */
export function loadKoreanMessages(): Promise<EngineKo> {
  korean ??= import('../../src/messages/i18n').then((m) => (ko = m));
  return korean;
}

/** Render an engine message key in `lang` (English until Korean has loaded). */
export function renderEngineMessage(key: string, params: Params, lang: Lang): string {
  if (lang === 'ko' && ko) return ko.renderMessageIn('ko', key, params);
  return renderMessage(key, params);
}
