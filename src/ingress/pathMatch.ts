/**
 * Path matching, per pathType and per controller.
 *
 * - Exact: the URL path equals `path`, case-sensitive.
 * - Prefix: element-wise prefix over the path split by '/', ignoring a trailing slash: /aaa/bbb matches
 *   /aaa/bbb, /aaa/bbb/ and /aaa/bbb/ccc but not /aaa/bbbxyz (the examples table at
 *   https://kubernetes.io/docs/concepts/services-networking/ingress/#examples).
 * - ImplementationSpecific: up to the IngressClass.
 *   ingress-nginx (without `use-regex`) writes it as a plain nginx `location /path` — a string prefix, so
 *   /foo also matches /foobar (https://kubernetes.github.io/ingress-nginx/user-guide/ingress-path-matching/).
 *   ingress-gce passes it to the URL map as a path rule: `/foo/*` is a prefix, anything else is exact.
 * - Prefix in ingress-nginx (outside regex mode): the controller writes `location = /foo` and `location /foo/`
 *   (location.go normalizePrefixPath), which is the spec's element-wise prefix — except for a path written
 *   with a trailing slash: `/foo/` has no location for `/foo`, and nginx answers that with a 301 redirect to
 *   `/foo/` (src/ingress/nginxConf.ts trailingSlashRedirect). So the 'ingress-nginx' flavor says `/foo/`
 *   does not match `/foo`, where the spec's table says it does.
 *
 * Precedence (same page, "Multiple matches"): the longest matching path wins; at equal length Exact beats
 * Prefix.
 */
import type { PathType } from '../api/types';

export type PathFlavor = 'spec' | 'ingress-nginx' | 'gce';

function elements(p: string): string[] {
  return p.split('/').filter((e) => e !== '');
}

/** Prefix semantics of the Ingress spec. */
export function prefixMatch(path: string, requestPath: string): boolean {
  const want = elements(path);
  const got = elements(requestPath);
  if (want.length > got.length) return false;
  return want.every((e, i) => got[i] === e);
}

export function pathMatches(pathType: PathType, path: string | undefined, requestPath: string, flavor: PathFlavor = 'spec'): boolean {
  const p = path ?? '/';
  const req = requestPath.split('?')[0] || '/';
  switch (pathType) {
    case 'Exact':
      return req === p;
    case 'Prefix':
      if (flavor === 'ingress-nginx') return req === p || req.startsWith(p.endsWith('/') ? p : `${p}/`);
      return prefixMatch(p, req);
    case 'ImplementationSpecific':
      if (flavor === 'ingress-nginx') return req.startsWith(p);
      if (flavor === 'gce') {
        if (p.endsWith('/*')) return req.startsWith(p.slice(0, -1));
        return req === p;
      }
      return prefixMatch(p, req);
    default: {
      const never: never = pathType;
      return never;
    }
  }
}

export interface PathCandidate {
  path: string;
  pathType: PathType;
}

/**
 * The winning candidate among those that match: longest path first, Exact over Prefix at equal length,
 * then the earliest written. Returns its index, or -1.
 */
export function bestPath(cands: readonly PathCandidate[], requestPath: string, flavor: PathFlavor = 'spec'): number {
  if (flavor === 'ingress-nginx') return nginxLocation(cands, requestPath);
  let best = -1;
  for (let i = 0; i < cands.length; i++) {
    const c = cands[i];
    if (!pathMatches(c.pathType, c.path, requestPath, flavor)) continue;
    if (best < 0) { best = i; continue; }
    const b = cands[best];
    const len = (x: PathCandidate) => (x.path ?? '/').length;
    if (len(c) > len(b) || (len(c) === len(b) && c.pathType === 'Exact' && b.pathType !== 'Exact')) best = i;
  }
  return best;
}

/**
 * ingress-nginx (outside regex mode): the location nginx picks among the ones the controller wrote. Exact
 * `/foo` is `location = /foo`; Prefix `/foo` is `location = /foo` plus `location /foo/` (location.go
 * normalizePrefixPath); ImplementationSpecific `/foo` is `location /foo`. nginx takes an exact location first,
 * then the longest prefix location (ngx_http_core_module "location"). So next to ImplementationSpecific
 * `/foo`, a Prefix `/foo` takes `/foo` and `/foo/x` (its `/foo/` is longer) and leaves only `/foox` to it —
 * where comparing the written paths would call it a tie. At equal locations the first in the controller's
 * order keeps it (the first Ingress to configure a path).
 */
function nginxLocation(cands: readonly PathCandidate[], requestPath: string): number {
  const req = requestPath.split('?')[0] || '/';
  let exact = -1;
  let best = -1;
  let bestLength = -1;
  for (let i = 0; i < cands.length; i++) {
    const c = cands[i];
    if (!pathMatches(c.pathType, c.path, requestPath, 'ingress-nginx')) continue;
    const p = c.path ?? '/';
    const prefixWithSlash = c.pathType === 'Prefix' && !p.endsWith('/');
    if (c.pathType === 'Exact' || (prefixWithSlash && req === p)) {
      if (exact < 0 || (c.pathType === 'Exact' && cands[exact].pathType !== 'Exact')) exact = i;
      continue;
    }
    const location = prefixWithSlash ? `${p}/` : p;
    if (location.length > bestLength) {
      best = i;
      bestLength = location.length;
    }
  }
  return exact >= 0 ? exact : best;
}
