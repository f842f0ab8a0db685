/**
 * All English catalogs merged: one import for the CLI and the app's fallback.
 * Each module owns its catalog file (manifest/messages.ts, dns/messages.ts, …); add it here.
 */
import { renderTemplate, type Catalog, type Params } from './render';

const catalogs: Catalog[] = [];

/** Register a module's catalog (called by the catalog modules imported below). */
export function englishCatalog(): Catalog {
  return Object.assign({}, ...catalogs) as Catalog;
}

export function registerCatalog(catalog: Catalog): void {
  catalogs.push(catalog);
}

/** Render a message key in English; an unknown key renders as the key itself with its params. */
export function renderMessage(key: string, params: Params = {}): string {
  for (const c of catalogs) {
    const t = c[key];
    if (t !== undefined) return renderTemplate(t, params);
  }
  const p = Object.entries(params).map(([k, v]) => `${k}=${v}`).join(' ');
  return p ? `${key} (${p})` : key;
}
