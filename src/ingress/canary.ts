/**
 * ingress-nginx canary Ingresses (https://kubernetes.github.io/ingress-nginx/user-guide/nginx-configuration/annotations/#canary).
 *
 * An Ingress with `nginx.ingress.kubernetes.io/canary: "true"` makes no server and no location of its own
 * (createServers skips it). Its backend becomes an alternative backend of the primary location with the same
 * host, path and pathType (mergeAlternativeBackends; ImplementationSpecific is Prefix there, as the controller
 * reads every Ingress — src/ingress/pathMatch.ts nginxPathType; a canary with no such location, or with the
 * primary's own backend, is dropped). Only the first alternative counts ("TODO: support traffic shaping for n > 1").
 * Per request, balancer.lua route_to_alternative_balancer decides: the `canary-by-header` header (its
 * `canary-by-header-value`, else its `canary-by-header-pattern`, else `always` / `never`), then the `canary-by-cookie` cookie (`always` / `never`), then
 * `math.random(weightTotal) <= weight`. A primary backend with no endpoints has no balancer, so get_balancer
 * returns nothing before the alternative is ever consulted: 503, whatever the canary's weight (ingress-nginx
 * issues #9635, #13086).
 */
import type { Ingress } from '../api/types';
import { nginxPathType } from './pathMatch';
import { parseGoBool } from './tls';

const A = 'nginx.ingress.kubernetes.io/';

/** Whether ingress-nginx reads the Ingress as a canary (a Go boolean; anything else is not one). */
export function isCanary(ing: Ingress): boolean {
  const v = ing.metadata.annotations[`${A}canary`];
  return v !== undefined && parseGoBool(v) === true;
}

export interface CanaryPolicy {
  header?: string;
  headerValue?: string;
  headerPattern?: string;
  cookie?: string;
  weight: number;
  weightTotal: number;
}

/** GetIntAnnotation (strconv.Atoi, no blanks allowed): a whole number, else the default. */
function int(ing: Ingress, name: string, dflt: number): number {
  const v = ing.metadata.annotations[`${A}${name}`];
  return v !== undefined && /^[+-]?\d+$/.test(v) ? Number(v) : dflt;
}

export function canaryPolicy(ing: Ingress): CanaryPolicy {
  const a = ing.metadata.annotations;
  const p: CanaryPolicy = { weight: int(ing, 'canary-weight', 0), weightTotal: int(ing, 'canary-weight-total', 100) };
  if (a[`${A}canary-by-header`]) p.header = a[`${A}canary-by-header`];
  if (a[`${A}canary-by-header-value`]) p.headerValue = a[`${A}canary-by-header-value`];
  if (a[`${A}canary-by-header-pattern`]) p.headerPattern = a[`${A}canary-by-header-pattern`];
  if (a[`${A}canary-by-cookie`]) p.cookie = a[`${A}canary-by-cookie`];
  return p;
}

type Backend = NonNullable<Ingress['spec']['rules'][number]['http']>['paths'][number]['backend'];

/** ingress-nginx's upstream of a Service backend: namespace, Service and port as written (upstreamName). */
export function upstreamOf(namespace: string, backend: Backend): string | undefined {
  const s = backend.service;
  return s ? `${namespace}/${s.name}:${s.port?.number ?? s.port?.name ?? ''}` : undefined;
}

export interface Canary {
  ingress: Ingress;
  backend: Backend;
}

/**
 * The alternative (canary) of each primary upstream, as mergeAlternativeBackends makes them: for each canary
 * rule, the primary location of the same server host, path and pathType (the one that won it, the first in
 * the controller's order); its upstream takes the canary's as an alternative, unless it is the same upstream.
 * The alternative belongs to the upstream, not the location (mergeAlternativeBackend appends to the backend's
 * AlternativeBackends): every location that proxies to that upstream consults it. Only the first counts.
 * `primaries` and `canaries` in the controller's order.
 */
export function canaryAlternatives(primaries: readonly Ingress[], canaries: readonly Ingress[]): Map<string, Canary> {
  const out = new Map<string, Canary>();
  if (canaries.length === 0) return out;
  const location = new Map<string, string>();
  for (const ing of primaries) {
    for (const rule of ing.spec.rules) {
      for (const p of rule.http?.paths ?? []) {
        const k = `${(rule.host ?? '').toLowerCase()} ${p.path ?? '/'} ${nginxPathType(p.pathType)}`;
        const up = upstreamOf(ing.metadata.namespace, p.backend);
        if (up && !location.has(k)) location.set(k, up);
      }
    }
  }
  for (const ing of canaries) {
    for (const rule of ing.spec.rules) {
      for (const p of rule.http?.paths ?? []) {
        const alt = upstreamOf(ing.metadata.namespace, p.backend);
        const primary = location.get(`${(rule.host ?? '').toLowerCase()} ${p.path ?? '/'} ${nginxPathType(p.pathType)}`);
        if (!alt || !primary || alt === primary || out.has(primary)) continue;
        out.set(primary, { ingress: ing, backend: p.backend });
      }
    }
  }
  return out;
}

export type CanaryDecision =
  | { to: 'canary' | 'primary'; by: 'header'; header: string; value: string }
  | { to: 'canary' | 'primary'; by: 'cookie'; cookie: string; value: string }
  | { to: 'canary' | 'primary'; by: 'weight'; weight: number; total: number; roll: number };

/**
 * route_to_alternative_balancer for one request: `headers` as sent (any case), `roll(n)` a draw from 1 to n
 * (math.random(n)).
 */
export function canaryDecision(p: CanaryPolicy, headers: Readonly<Record<string, string>>, roll: (n: number) => number): CanaryDecision {
  const get = (name: string) => Object.entries(headers).find(([k]) => k.toLowerCase() === name.toLowerCase())?.[1];
  if (p.header) {
    const value = get(p.header);
    if (value !== undefined) {
      if (p.headerValue) {
        if (value === p.headerValue) return { to: 'canary', by: 'header', header: p.header, value };
      } else if (p.headerPattern) {
        // ngx.re.match: an unanchored search; a pattern that does not compile sends the request to the primary
        // (JavaScript's RegExp stands in for PCRE here).
        let re: RegExp | undefined;
        try { re = new RegExp(p.headerPattern); } catch { re = undefined; }
        if (!re) return { to: 'primary', by: 'header', header: p.header, value };
        if (re.test(value)) return { to: 'canary', by: 'header', header: p.header, value };
      } else if (value === 'always' || value === 'never') {
        return { to: value === 'always' ? 'canary' : 'primary', by: 'header', header: p.header, value };
      }
    }
  }
  if (p.cookie) {
    const value = cookieValue(get('Cookie'), p.cookie);
    if (value === 'always' || value === 'never') return { to: value === 'always' ? 'canary' : 'primary', by: 'cookie', cookie: p.cookie, value };
  }
  // (A weight total under 100 is taken as 100, as balancer.lua does.)
  const total = p.weightTotal > 100 ? p.weightTotal : 100;
  const r = roll(total);
  return { to: r <= p.weight ? 'canary' : 'primary', by: 'weight', weight: p.weight, total, roll: r };
}

/** nginx's $cookie_NAME: the value of the first cookie of that name in the Cookie header. */
function cookieValue(header: string | undefined, name: string): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
  }
  return undefined;
}
