/**
 * The graph model's short card texts (src/graph: kinds, badges, a node's pod range, an ingress controller's
 * class) in the UI language. The engine writes them as English labels, not message keys, so known ones are
 * looked up here (`graph.kind.*`, `graph.badge.*`) and the patterned ones (`pods <cidr>`, `class <name>`, on details and badges) are matched; anything else —
 * identifiers, field values like `eTP: Local` — is shown as written.
 * A better long-term shape: the graph model carrying keys + params, as trace steps do.
 */
import type { UiKey } from './index';

type T = (key: UiKey, options?: Record<string, unknown>) => string;
type Has = (key: string) => boolean;

const slug = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, '-');

export function kindLabel(t: T, kind: string, english: string): string {
  return t(`graph.kind.${kind}` as UiKey, { defaultValue: english });
}

export function badgeLabel(t: T, has: Has, badge: string): string {
  const key = `graph.badge.${slug(badge)}`;
  return has(key) ? t(key as UiKey) : detailLabel(t, badge);
}

const DETAILS: readonly [RegExp, UiKey, readonly string[]][] = [
  [/^pods (\S+)$/, 'graph.detail.pods', ['cidr']],
  [/^class (\S+)$/, 'graph.detail.class', ['name']],
  [/^(\d+) endpoints?$/, 'graph.detail.endpoints', ['count']],
  [/^(\d+)\/(\d+) ready$/, 'graph.detail.ready', ['ready', 'total']],
];

export function detailLabel(t: T, detail: string): string {
  for (const [re, key, params] of DETAILS) {
    const m = re.exec(detail);
    // `count` as a number: i18next chooses a plural form (`_one`) only for a numeric count.
    if (m) return t(key, Object.fromEntries(params.map((p, i) => [p, p === 'count' ? Number(m[i + 1]) : m[i + 1]])));
  }
  return detail;
}
