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
 *
 * ingress-gce (cloud L7) makes one URL map per Ingress: host rules → path matchers, and the URL map's
 * default service is `spec.defaultBackend` (else kube-system/default-http-backend, a 404). Requests for a
 * host no rule names still reach the Ingress's defaultBackend — unlike ingress-nginx.
 */
import type { Ingress, IngressBackend, PathType } from '../api/types';
import { matchHost, type HostMatch } from './host';
import { bestPath, pathMatches, type PathFlavor } from './pathMatch';

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
  via: 'path' | 'ingress-default-backend' | 'controller-default-backend';
  /** The server (nginx) / host rule (gce) that took the request; '' for the catch-all. */
  server: string;
  entry?: IngressPathEntry;
  /** Every path considered, for the trace's "why not" list. */
  considered: PathVerdict[];
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

function verdicts(entries: readonly IngressPathEntry[], host: string, path: string, flavor: PathFlavor): PathVerdict[] {
  return entries.map((e) => ({
    ingress: key(e.ingress), host: e.host, path: e.path, pathType: e.pathType,
    hostMatch: matchHost(e.host, host), pathMatch: pathMatches(e.pathType, e.path, path, flavor),
  }));
}

/** ingress-nginx: merged servers across every Ingress of the class. */
export function matchNginx(ingresses: readonly Ingress[], host: string, path: string): RouteMatch {
  const entries = pathEntries(ingresses);
  const considered = verdicts(entries, host, path, 'ingress-nginx');
  const hosts = [...new Set(entries.map((e) => e.host).filter((h) => h !== ''))];
  // nginx server_name: exact, then the longest matching wildcard, then the catch-all "_".
  const server = hosts.find((h) => matchHost(h, host) === 'exact')
    ?? hosts.filter((h) => matchHost(h, host) === 'wildcard').sort((a, b) => b.length - a.length)[0]
    ?? '';
  const inServer = entries.filter((e) => e.host === server);
  const i = bestPath(inServer, path, 'ingress-nginx');
  if (i >= 0) {
    const entry = inServer[i];
    return { ingress: entry.ingress, backend: entry.backend, via: 'path', server, entry, considered };
  }
  // Root location of the server: the defaultBackend of the (first) Ingress that created it.
  const owner = server === ''
    ? ingresses.find((ing) => ing.spec.rules.length === 0 && ing.spec.defaultBackend)
    : ingresses.find((ing) => ing.spec.rules.some((r) => (r.host ?? '').toLowerCase() === server));
  if (owner?.spec.defaultBackend) {
    return { ingress: owner, backend: owner.spec.defaultBackend, via: 'ingress-default-backend', server, considered };
  }
  return { ingress: null, backend: null, via: 'controller-default-backend', server, considered };
}

/** ingress-gce: one URL map for one Ingress. */
export function matchGce(ing: Ingress, host: string, path: string): RouteMatch {
  const entries = pathEntries([ing]);
  const considered = verdicts(entries, host, path, 'gce');
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
