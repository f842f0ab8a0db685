/**
 * Path matching, per pathType and per controller.
 *
 * - Exact: the URL path equals `path`, case-sensitive.
 * - Prefix: element-wise prefix over the path split by '/', ignoring a trailing slash: /aaa/bbb matches
 *   /aaa/bbb, /aaa/bbb/ and /aaa/bbb/ccc but not /aaa/bbbxyz (the examples table at
 *   https://kubernetes.io/docs/concepts/services-networking/ingress/#examples).
 * - ImplementationSpecific: up to the IngressClass.
 *   ingress-nginx turns it into Prefix as it reads every Ingress (store.go toIngress → internal/k8s
 *   SetDefaultNGINXPathType: "default path type is Prefix to not break existing definitions"), so outside
 *   regex mode /foo is the element-wise prefix below — it does not match /foobar — and it is the same pathType as
 *   a Prefix /foo when locations of one path are merged (`nginxPathType`).
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

/** The pathType ingress-nginx works with: ImplementationSpecific is read as Prefix (SetDefaultNGINXPathType). */
export function nginxPathType(pathType: PathType): PathType {
  return pathType === 'ImplementationSpecific' ? 'Prefix' : pathType;
}

export function pathMatches(pathType: PathType, path: string | undefined, requestPath: string, flavor: PathFlavor = 'spec'): boolean {
  const p = path ?? '/';
  const req = requestPath.split('?')[0] || '/';
  switch (flavor === 'ingress-nginx' ? nginxPathType(pathType) : pathType) {
    case 'Exact':
      return req === p;
    case 'Prefix':
      if (flavor === 'ingress-nginx') return req === p || req.startsWith(p.endsWith('/') ? p : `${p}/`);
      return prefixMatch(p, req);
    case 'ImplementationSpecific':
      if (flavor === 'gce') {
        if (p.endsWith('/*')) return req.startsWith(p.slice(0, -1));
        return req === p;
      }
      return prefixMatch(p, req);
    default: {
      const never: never = pathType as never;
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
 * `/foo` is `location = /foo`; Prefix `/foo` — and ImplementationSpecific `/foo`, which the controller reads as
 * Prefix — is `location = /foo` plus `location /foo/` (location.go normalizePrefixPath); a path ending in `/` is
 * `location /foo/` plus `location = /foo/`. nginx takes an exact location first, then the longest prefix location
 * (ngx_http_core_module "location"). At equal locations the first in the controller's order keeps it (the first
 * Ingress to configure a path).
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
    const type = nginxPathType(c.pathType);
    const prefixWithSlash = type === 'Prefix' && !p.endsWith('/');
    if (type === 'Exact' || (prefixWithSlash && req === p)) {
      if (exact < 0 || (type === 'Exact' && cands[exact].pathType !== 'Exact')) exact = i;
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
