/**
 * Messages in a chosen language. The engine emits message keys with params; English templates live in each
 * module's catalog (registered through ./index), Korean ones in ./ko. This renders a key in a language with
 * fallback (Korean → English → the key itself), and hands whole catalogs to the app (i18next resources) and to
 * the CLI (a future --lang).
 *
 * Params that are themselves message keys follow the conventions of expandParams (./render.ts): a param
 * `<name>Key` whose value is a known key is rendered, in the same language and with the same params, into the
 * param `<name>` (a manifest diagnostic's `hintKey` → `hint`, a request outcome's `reasonKey` → `reason`,
 * a Corefile diagnostic's `expectedKey` → `expected` …), and a list param `<name>Items` + `<name>Count` with
 * per-item fields `<name>.<i>.<field>` is rendered item by item into `<name>` (the rules an Ingress match
 * considered). Korean also rewrites a few params that still carry English prose (see ./ko/params.ts).
 *
 * Feeding i18next: catalogFor(lang) is a flat `key → template` map with `{param}` placeholders, and keys contain
 * '.', '/' and ':'. Use `keySeparator: false`, `nsSeparator: false`, `fallbackLng: 'en'`,
 * `interpolation: { prefix: '{', suffix: '}', escapeValue: false }`, and pass `localizeParams(lang, key, params)`
 * as the options of `t(key, …)`. Note that i18next's interpolation would also treat the literal "{ … }" of
 * corefile/no-server-block as a placeholder; renderMessageIn has no such problem.
 */
import { englishCatalog, expandParams, renderTemplate, type Catalog, type Params } from './index';
import { koCatalogs, koParamValues } from './ko/index';

export type Lang = 'en' | 'ko';
export const LANGS: readonly Lang[] = ['en', 'ko'];

export function isLang(value: unknown): value is Lang {
  return value === 'en' || value === 'ko';
}

const koCatalog: Catalog = Object.freeze(Object.assign({}, ...Object.values(koCatalogs)) as Catalog);

/**
 * Every template of one language, merged across modules (key → template). English is read from the registry
 * at call time, so catalogs registered later are included. Korean holds only Korean templates: a missing key
 * is left to the caller's fallback (i18next's fallbackLng, or renderMessageIn).
 */
export function catalogFor(lang: Lang): Catalog {
  return lang === 'ko' ? koCatalog : englishCatalog();
}

const own = (c: Catalog, key: string): string | undefined => (Object.hasOwn(c, key) ? c[key] : undefined);

/** The template for `key` in `lang`, falling back to English; undefined for an unknown key. */
function templateIn(lang: Lang, key: string, english: Catalog): string | undefined {
  return (lang === 'ko' ? own(koCatalog, key) : undefined) ?? own(english, key);
}

/**
 * Params ready for `key` in `lang`: `<name>Key` and `<name>Items` params rendered into `<name>`, and (Korean)
 * known English prose values translated. Returns `params` itself when nothing changes; never mutates it.
 */
export function localizeParams(lang: Lang, key: string, params: Params = {}): Params {
  return localize(lang, key, params, englishCatalog());
}

function localize(lang: Lang, key: string, params: Params, english: Catalog): Params {
  let out: Record<string, string | number | boolean> | undefined;
  if (lang === 'ko') {
    for (const rule of koParamValues) {
      const value = params[rule.param];
      if (typeof value !== 'string' || !rule.keys.includes(key)) continue;
      const hit = rule.values.find(([m]) => (typeof m === 'string' ? m === value : m.test(value)));
      if (hit) {
        out ??= { ...params };
        out[rule.param] = typeof hit[0] === 'string' ? hit[1] : value.replace(hit[0], hit[1]);
      }
    }
  }
  const base = out ?? params;
  const expanded = expandParams(base, (k) => templateIn(lang, k, english));
  return expanded === base ? base : expanded;
}

/**
 * Render `key` in `lang`: the language's template, else English, else the key with its params
 * (`key (a=1 b=2)`, as renderMessage does), so nothing is ever lost.
 */
export function renderMessageIn(lang: Lang, key: string, params: Params = {}): string {
  const english = englishCatalog();
  const p = localize(lang, key, params, english);
  const t = templateIn(lang, key, english);
  if (t !== undefined) return renderTemplate(t, p);
  const shown = Object.entries(p).map(([k, v]) => `${k}=${v}`).join(' ');
  return shown ? `${key} (${shown})` : key;
}
