/**
 * The catalog registry: each module's catalog calls registerCatalog when imported. Kept free of imports so
 * that catalogs and src/messages/index.ts can import it in any order without a cycle.
 */
import { expandParams, renderTemplate, type Catalog, type Params } from './render';

const catalogs: Catalog[] = [];

export function registerCatalog(catalog: Catalog): void {
  catalogs.push(catalog);
}

/** All registered English templates merged (code → template). */
export function englishCatalog(): Catalog {
  return Object.assign({}, ...catalogs) as Catalog;
}

/** The English template of `key`, or undefined. */
export function englishTemplate(key: string): string | undefined {
  for (let i = catalogs.length - 1; i >= 0; i--) {
    // Own properties only: a key like 'toString' must not find Object.prototype's function.
    if (Object.hasOwn(catalogs[i], key)) return catalogs[i][key];
  }
  return undefined;
}

/**
 * Render a message key in English; an unknown key renders as the key itself with its params. Params that are
 * keys (`reasonKey`, `consideredItems` …) are rendered first, as expandParams describes.
 */
export function renderMessage(key: string, params: Params = {}): string {
  const t = englishTemplate(key);
  if (t !== undefined) return renderTemplate(t, expandParams(params, englishTemplate));
  const p = Object.entries(params).map(([k, v]) => `${k}=${v}`).join(' ');
  return p ? `${key} (${p})` : key;
}
