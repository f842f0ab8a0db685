/**
 * The parts of ingress-nginx's generated nginx.conf that change which location takes a request and what URI
 * the upstream sees (rootfs/etc/nginx/template/nginx.tmpl, internal/ingress/controller/template/template.go,
 * internal/ingress/controller/controller.go, internal/ingress/controller/location.go):
 *
 * - Regex mode. `enforceRegexModifier` is true for a server (one host) as soon as ANY of its locations, from
 *   ANY Ingress, has `nginx.ingress.kubernetes.io/use-regex: "true"` or a `rewrite-target`. Then `buildLocation`
 *   writes every location of that host as `location ~* "^<path>"`: a case-insensitive regular expression
 *   anchored at the start only — so Exact and Prefix lose their meaning (`/application` matches `/app`,
 *   `/APP/x` too). Regex locations are tried in the order of the file, and the controller sorts a server's
 *   locations by path (descending) and then, stably, by path length (descending): the longest path that
 *   matches wins; for one path, the first Ingress that configured it
 *   (https://kubernetes.github.io/ingress-nginx/user-guide/ingress-path-matching/).
 * - Prefix normalisation (location.go updateServerLocations, skipped in regex mode and for rewritten
 *   locations): Prefix `/foo` becomes `location /foo/` plus `location = /foo`; so does ImplementationSpecific,
 *   which the controller reads as Prefix (src/ingress/pathMatch.ts nginxPathType).
 * - Trailing-slash redirect. A location whose name ends in `/` and whose handler is proxy_pass gets nginx's
 *   auto_redirect (ngx_http_proxy_module sets it, ngx_http_core_find_static_location applies it to prefix and
 *   `=` locations alike): a request for exactly the name without the slash gets `301 Moved Permanently` to
 *   the name with it, unless a location has exactly that name (https://nginx.org/en/docs/http/ngx_http_core_module.html#location;
 *   kubernetes/ingress-nginx#646). So Prefix `/slash/` answers `/slash` with a 301 to `/slash/` — while the
 *   Ingress spec's table says Prefix `/foo/` matches `/foo` (src/ingress/pathMatch.ts keeps that for the
 *   generic matcher). Regex locations have no auto_redirect.
 * - Rewrite. With `rewrite-target` (and a target other than the path itself), `buildProxyPass` adds
 *   `rewrite "(?i)<path>" <target> break;` to the location: when the regex matches anywhere in the URI, the
 *   WHOLE URI is replaced by the target with `$1`…`$9` taken from the regex's groups, and the original query
 *   string is appended unless the target has its own (ngx_http_rewrite_module). So `/something(/|$)(.*)` with
 *   `/$2` sends `/something/new` as `/new` (https://kubernetes.github.io/ingress-nginx/examples/rewrite/),
 *   and `/app` with `/` sends `/app/x` as `/`.
 */
import type { Ingress } from '../api/types';
import type { IngressPathEntry } from './rules';
import { nginxPathType } from './pathMatch';
import { parseGoBool } from './tls';

export const ANNOTATION_REWRITE_TARGET = 'nginx.ingress.kubernetes.io/rewrite-target';
export const ANNOTATION_USE_REGEX = 'nginx.ingress.kubernetes.io/use-regex';

/** The annotation parser drops empty strings (parser.go: "invalid annotation content"). */
export function rewriteTarget(ing: Ingress): string | undefined {
  const t = ing.metadata.annotations[ANNOTATION_REWRITE_TARGET]?.trim();
  return t ? t : undefined;
}

export function usesRegex(ing: Ingress): boolean {
  const raw = ing.metadata.annotations[ANNOTATION_USE_REGEX];
  return raw !== undefined && parseGoBool(raw.trim()) === true;
}

/** Why a server is in regex mode: the first of its locations (in configuration order) that asks for it. */
export interface RegexMode {
  ingress: Ingress;
  annotation: string;
  value: string;
}

export function regexModeOf(entries: readonly IngressPathEntry[]): RegexMode | null {
  for (const e of entries) {
    const target = rewriteTarget(e.ingress);
    if (target !== undefined) return { ingress: e.ingress, annotation: ANNOTATION_REWRITE_TARGET, value: target };
    if (usesRegex(e.ingress)) return { ingress: e.ingress, annotation: ANNOTATION_USE_REGEX, value: e.ingress.metadata.annotations[ANNOTATION_USE_REGEX] };
  }
  return null;
}

/** `location ~* "^<path>"`, as JavaScript; null when the path is not a valid regular expression. */
export function locationRegex(path: string): RegExp | null {
  try {
    return new RegExp(`^${path}`, 'i');
  } catch {
    return null;
  }
}

const uriOf = (requestPath: string): string => requestPath.split('?')[0] || '/';

/**
 * Regex mode: the location that takes the request — the first match in ingress-nginx's location order
 * (path descending, then length descending, stable). Returns an index into `entries`, or -1.
 */
export function regexLocation(entries: readonly IngressPathEntry[], requestPath: string): number {
  const order = entries.map((e, i) => ({ e, i }));
  order.sort((a, b) => (a.e.path === b.e.path ? 0 : a.e.path > b.e.path ? -1 : 1));
  order.sort((a, b) => b.e.path.length - a.e.path.length);
  const uri = uriOf(requestPath);
  return order.find((o) => locationRegex(o.e.path)?.test(uri) ?? false)?.i ?? -1;
}

/** The names of the static locations ingress-nginx writes for a server (outside regex mode). */
function locationNames(entries: readonly IngressPathEntry[]): Set<string> {
  const names = new Set<string>(['/']);
  for (const e of entries) {
    names.add(e.path);
    if (nginxPathType(e.pathType) === 'Prefix' && e.path !== '/' && !e.path.endsWith('/')) names.add(`${e.path}/`);
  }
  return names;
}

/**
 * nginx's auto_redirect outside regex mode: the entry whose prefix location is `<uri>/` when no location is
 * named `<uri>` itself; undefined when there is none.
 */
export function trailingSlashRedirect(entries: readonly IngressPathEntry[], requestPath: string): IngressPathEntry | undefined {
  const uri = uriOf(requestPath);
  if (uri.endsWith('/') || locationNames(entries).has(uri)) return undefined;
  return entries.find((e) => e.path === `${uri}/`);
}

export interface Rewrite {
  /** The regex of `rewrite "(?i)<pattern>" <target> break;` (the location's path). */
  pattern: string;
  target: string;
  before: string;
  after: string;
  /** The target is an absolute URL: nginx answers 302 with it instead of proxying. */
  redirect: boolean;
}

/** The rewrite a location applies to the request URI (undefined: none, or the regex does not match). */
export function rewriteFor(entry: IngressPathEntry, requestPath: string): Rewrite | undefined {
  const target = rewriteTarget(entry.ingress);
  if (target === undefined || target === entry.path) return undefined;
  const [uri, ...rest] = requestPath.split('?');
  const args = rest.join('?');
  let re: RegExp;
  try {
    re = new RegExp(entry.path, 'i');
  } catch {
    return undefined;
  }
  const m = re.exec(uri || '/');
  if (!m) return undefined;
  let after = target.replace(/\$(\d)/g, (_all, d: string) => m[Number(d)] ?? '');
  if (after.endsWith('?')) after = after.slice(0, -1);
  else if (args && !after.includes('?')) after = `${after}?${args}`;
  return { pattern: entry.path, target, before: requestPath, after, redirect: /^https?:\/\//i.test(after) };
}
