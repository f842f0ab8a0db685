/**
 * The routing table a controller builds from the Ingresses it serves, and the lookup of one request in it.
 *
 * ingress-nginx (in-cluster proxy) merges every Ingress it serves into nginx `server` blocks keyed by host
 * (internal/ingress/controller/controller.go createServers): rules from different Ingresses that share a
 * host become locations of one server; a rule without a host goes to the catch-all server `_`. The root
 * location `/` of a server created by an Ingress with `spec.defaultBackend` uses that backend; the
 * catch-all server uses an Ingress's defaultBackend only when that Ingress has no rules. Everything else
 * that matches nothing goes to the controller's own default backend (404).
 * Server choice follows nginx `server_name`: exact name, then a `*.` wildcard, then the catch-all.
 * Precedence between Ingresses (store.go sortIngressSlice): the controller walks them oldest
 * metadata.creationTimestamp first; equal timestamps (second precision) in descending "namespace/name" order.
 * The first Ingress to configure a location (same path, same pathType) keeps it, the first to name a host
 * creates its server (and so owns the root location `/` with its defaultBackend), and the first Ingress
 * without rules but with a defaultBackend takes the catch-all server. A scenario written in one file has no
 * timestamps — everything is created by one `kubectl apply`, within the same second — so there the order is
 * name-descending. An Ingress without a timestamp next to dumped ones counts as created now (newest).
 * Regex mode, rewrites and the trailing-slash redirect: src/ingress/nginxConf.ts.
 *
 * ingress-gce (cloud L7) makes one URL map per Ingress: host rules → path matchers, and the URL map's
 * default service is `spec.defaultBackend` (else kube-system/default-http-backend, a 404). Requests for a
 * host no rule names still reach the Ingress's defaultBackend — unlike ingress-nginx.
 */
import type { Ingress, IngressBackend, PathType } from '../api/types';
import { matchHost, type HostMatch } from './host';
import { locationRegex, regexLocation, regexModeOf, rewriteFor, trailingSlashRedirect, type RegexMode, type Rewrite } from './nginxConf';
import { bestPath, nginxPathType, pathMatches } from './pathMatch';

export interface IngressPathEntry {
  ingress: Ingress;
  host: string;
  path: string;
  pathType: PathType;
  backend: IngressBackend;
  ruleIndex: number;
  pathIndex: number;
}

export interface PathVerdict {
  ingress: string;
  host: string;
  path: string;
  pathType: PathType;
  hostMatch: HostMatch;
  pathMatch: boolean;
}

export interface RouteMatch {
  /** The Ingress whose backend was chosen (null: the controller's default backend). */
  ingress: Ingress | null;
  backend: IngressBackend | null;
  via: 'path' | 'ingress-default-backend' | 'controller-default-backend' | 'trailing-slash-redirect';
  /** The server (nginx) / host rule (gce) that took the request; '' for the catch-all. */
  server: string;
  entry?: IngressPathEntry;
  /** Every path considered, for the trace's "why not" list. */
  considered: PathVerdict[];
  /** ingress-nginx: the server is in regex mode (`~* "^<path>"` for every location), and why. */
  regex?: RegexMode;
  /** ingress-nginx: the location's `rewrite` of the URI, when it applies. */
  rewrite?: Rewrite;
  /** ingress-nginx: the same path and pathType configured by later Ingresses, which lost it to `entry`. */
  shadowed?: IngressPathEntry[];
  /** ingress-nginx: 301 to this URI (nginx auto_redirect; via 'trailing-slash-redirect'). */
  redirectTo?: string;
  /**
   * ingress-nginx, no path matched: the Ingress that created the host's server, whose annotations its root
   * location `/` carries (createServers: locationApplyAnnotations(loc, anns)) — ssl-redirect among them.
   */
  rootOwner?: Ingress;
}

export function pathEntries(ingresses: readonly Ingress[]): IngressPathEntry[] {
  const out: IngressPathEntry[] = [];
  for (const ing of ingresses) {
    ing.spec.rules.forEach((rule, ruleIndex) => {
      (rule.http?.paths ?? []).forEach((p, pathIndex) => {
        out.push({ ingress: ing, host: (rule.host ?? '').toLowerCase(), path: p.path ?? '/', pathType: p.pathType, backend: p.backend, ruleIndex, pathIndex });
      });
    });
  }
  return out;
}

const key = (i: Ingress) => `${i.metadata.namespace}/${i.metadata.name}`;

function verdicts(entries: readonly IngressPathEntry[], host: string, path: string, matches: (e: IngressPathEntry) => boolean): PathVerdict[] {
  return entries.map((e) => ({
    ingress: key(e.ingress), host: e.host, path: e.path, pathType: e.pathType,
    hostMatch: matchHost(e.host, host), pathMatch: matches(e),
  }));
}

/** metadata.creationTimestamp in ms; absent: created by this scenario's apply, i.e. now (after any dump). */
function createdAt(ing: Ingress): number {
  const t = ing.metadata.creationTimestamp ? Date.parse(ing.metadata.creationTimestamp) : NaN;
  // metav1.Time serialises whole seconds: compare at that precision.
  return Number.isNaN(t) ? Number.POSITIVE_INFINITY : Math.floor(t / 1000);
}

/** ingress-nginx's sortIngressSlice: oldest first; equal timestamps by "namespace/name" descending. */
export function sortIngresses(ingresses: readonly Ingress[]): Ingress[] {
  return [...ingresses].sort((a, b) => {
    const ta = createdAt(a);
    const tb = createdAt(b);
    if (ta === tb) {
      const ka = key(a);
      const kb = key(b);
      return ka === kb ? 0 : ka > kb ? -1 : 1;
    }
    return ta < tb ? -1 : 1;
  });
}

/**
 * ingress-nginx: merged servers across every Ingress of the class, in the controller's precedence order
 * (`sortIngresses`).
 */
export function matchNginx(unsorted: readonly Ingress[], host: string, path: string): RouteMatch {
  const ingresses = sortIngresses(unsorted);
  const entries = pathEntries(ingresses);
  const hosts = [...new Set(entries.map((e) => e.host).filter((h) => h !== ''))];
  // nginx server_name: exact, then the longest matching wildcard, then the catch-all "_".
  const server = hosts.find((h) => matchHost(h, host) === 'exact')
    ?? hosts.filter((h) => matchHost(h, host) === 'wildcard').sort((a, b) => b.length - a.length)[0]
    ?? '';
  const inServer = entries.filter((e) => e.host === server);
  const regex = regexModeOf(inServer) ?? undefined;
  const uri = path.split('?')[0] || '/';
  const matches = (e: IngressPathEntry): boolean => (regex && e.host === server
    ? locationRegex(e.path)?.test(uri) ?? false
    : pathMatches(e.pathType, e.path, path, 'ingress-nginx'));
  const considered = verdicts(entries, host, path, matches);
  const base = { server, considered, ...(regex ? { regex } : {}) };
  if (!regex) {
    const slash = trailingSlashRedirect(inServer, path);
    if (slash) {
      const query = path.includes('?') ? path.slice(path.indexOf('?')) : '';
      return { ...base, ingress: slash.ingress, backend: slash.backend, via: 'trailing-slash-redirect', entry: slash, redirectTo: `${uri}/${query}` };
    }
  }
  const i = regex ? regexLocation(inServer, path) : bestPath(inServer, path, 'ingress-nginx');
  if (i >= 0) {
    const entry = inServer[i];
    // One location: the same path and the same pathType as ingress-nginx reads it (ImplementationSpecific is Prefix).
    const shadowed = inServer.filter((e) => e !== entry && e.path === entry.path && nginxPathType(e.pathType) === nginxPathType(entry.pathType) && e.ingress !== entry.ingress);
    const rewrite = rewriteFor(entry, path);
    return {
      ...base, ingress: entry.ingress, backend: entry.backend, via: 'path', entry,
      ...(shadowed.length ? { shadowed } : {}), ...(rewrite ? { rewrite } : {}),
    };
  }
  // Root location of the server: the defaultBackend of the (first) Ingress that created it.
  const owner = server === ''
    ? ingresses.find((ing) => ing.spec.rules.length === 0 && ing.spec.defaultBackend)
    : ingresses.find((ing) => ing.spec.rules.some((r) => (r.host ?? '').toLowerCase() === server));
  if (owner?.spec.defaultBackend) {
    return { ...base, ingress: owner, backend: owner.spec.defaultBackend, via: 'ingress-default-backend' };
  }
  return { ...base, ingress: null, backend: null, via: 'controller-default-backend', ...(owner ? { rootOwner: owner } : {}) };
}

/** ingress-gce: one URL map for one Ingress. */
export function matchGce(ing: Ingress, host: string, path: string): RouteMatch {
  const entries = pathEntries([ing]);
  const considered = verdicts(entries, host, path, (e) => pathMatches(e.pathType, e.path, path, 'gce'));
  const hosts = [...new Set(entries.map((e) => e.host))];
  const server = hosts.find((h) => h !== '' && matchHost(h, host) === 'exact')
    ?? hosts.find((h) => h !== '' && matchHost(h, host) === 'wildcard')
    ?? (hosts.includes('') ? '' : undefined);
  if (server !== undefined) {
    const inHost = entries.filter((e) => e.host === server);
    const i = bestPath(inHost, path, 'gce');
    if (i >= 0) return { ingress: ing, backend: inHost[i].backend, via: 'path', server, entry: inHost[i], considered };
  }
  if (ing.spec.defaultBackend) return { ingress: ing, backend: ing.spec.defaultBackend, via: 'ingress-default-backend', server: server ?? '', considered };
  return { ingress: null, backend: null, via: 'controller-default-backend', server: server ?? '', considered };
}
