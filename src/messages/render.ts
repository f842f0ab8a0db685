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
