import { LANGS } from './lang';
import { setLanguage, useLang, useT } from './index';

/** English | 한국어 in the header; the choice is remembered. Each name is written in its own language. */
export function LanguageSwitch() {
  const t = useT();
  const lang = useLang();
  return (
    <div className="lang-switch" role="group" aria-label={t('lang.label')}>
      {LANGS.map((l) => (
        <button key={l} type="button" lang={l} aria-pressed={lang === l} data-testid={`lang.${l}`} onClick={() => setLanguage(l)}>
          {t(l === 'en' ? 'lang.en' : 'lang.ko')}
        </button>
      ))}
    </div>
  );
}
