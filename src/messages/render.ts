/**
 * Messages are keys with parameters. The engine never bakes English into a trace step or a diagnostic's
 * identity; each module owns a catalog (code → English template with {param} placeholders) and this
 * renders it for the CLI and as the app's fallback. The app translates the same keys (web/i18n).
 */
export type Params = Readonly<Record<string, string | number | boolean>>;
export type Catalog = Readonly<Record<string, string>>;

/** Replace {name} placeholders; unknown placeholders are left visible so a missing param is noticed. */
export function renderTemplate(template: string, params: Params): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in params ? String(params[key]) : whole));
}

/** The separator between the items of a list param (see expandParams). */
export const LIST_SEPARATOR = '; ';

/**
 * Params that are themselves message keys, rendered into the param they stand for (in whatever language
 * `templateOf` serves):
 * - `<name>Key: 'some.key'` → `<name>` = that key's template rendered with the (expanded) params. A template
 *   may use another expanded param (`request.reason.upstream` uses `{upstreamReason}` from
 *   `upstreamReasonKey`): expansion runs twice, so one level of nesting works.
 * - a list: `<name>Items: 'item.key'` and `<name>Count: n`, with each item's own params flattened as
 *   `<name>.<i>.<field>` (i from 0) → `<name>` = the n items, item i being `item.key` rendered with its
 *   fields (an item's own `<field>Key` expanded first), joined by LIST_SEPARATOR; '-' when n is 0.
 * A key that `templateOf` does not know leaves its param alone. Returns `params` itself when nothing
 * changes; never mutates it.
 */
export function expandParams(params: Params, templateOf: (key: string) => string | undefined): Params {
  let out: Record<string, string | number | boolean> | undefined;
  const set = (name: string, value: string) => {
    if (out === undefined) {
      if (params[name] === value) return;
      out = { ...params };
    }
    out[name] = value;
  };
  for (let pass = 0; pass < 2; pass++) {
    for (const [name, value] of Object.entries(params)) {
      if (typeof value !== 'string') continue;
      const keyParam = /^(\w+)Key$/.exec(name);
      if (keyParam) {
        const t = templateOf(value);
        if (t !== undefined) set(keyParam[1], renderTemplate(t, out ?? params));
        continue;
      }
      const list = /^(\w+)Items$/.exec(name);
      if (list) {
        const t = templateOf(value);
        if (t !== undefined) set(list[1], renderList(params, list[1], t, templateOf));
      }
    }
    if (out === undefined) break;
  }
  return out ?? params;
}

function renderList(params: Params, name: string, template: string, templateOf: (key: string) => string | undefined): string {
  const count = Number(params[`${name}Count`] ?? 0);
  if (!Number.isInteger(count) || count <= 0) return '-';
  const items: string[] = [];
  for (let i = 0; i < count; i++) {
    const prefix = `${name}.${i}.`;
    const fields: Record<string, string | number | boolean> = {};
    for (const [k, v] of Object.entries(params)) if (k.startsWith(prefix)) fields[k.slice(prefix.length)] = v;
    items.push(renderTemplate(template, expandParams(fields, templateOf)));
  }
  return items.join(LIST_SEPARATOR);
}
