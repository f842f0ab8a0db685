/**
 * ingress-nginx annotations that change where a request goes or what it is answered, which PodPath does not
 * simulate: with one of them its answer is the answer without it, so `check` says so (src/lint/ingresses.ts).
 * The simulated ones are rewrite-target and use-regex (src/ingress/nginxConf.ts), ssl-redirect and
 * force-ssl-redirect (src/ingress/tls.ts) and the canary family (src/ingress/canary.ts); annotations that only
 * tune buffers, timeouts or logs change no answer here and are left alone.
 * Effects, from https://kubernetes.github.io/ingress-nginx/user-guide/nginx-configuration/annotations/ and
 * rootfs/etc/nginx/template/nginx.tmpl: app-root answers `/` with 302 to the app root; permanent-/temporal-redirect
 * and from-to-www-redirect answer with a redirect; backend-protocol, upstream-vhost, service-upstream (the cluster
 * IP instead of the endpoints), default-backend and custom-http-errors change the upstream or its answer;
 * server-alias adds host names; *-source-range and auth-* answer 403/401; affinity and upstream-hash-by pin pods;
 * ssl-passthrough skips TLS termination; the snippets can do anything.
 */
import type { Ingress } from '../api/types';

const PREFIX = 'nginx.ingress.kubernetes.io/';

export const NOT_SIMULATED_NGINX_ANNOTATIONS: readonly string[] = [
  'app-root', 'permanent-redirect', 'temporal-redirect', 'from-to-www-redirect',
  'backend-protocol', 'upstream-vhost', 'service-upstream', 'default-backend', 'custom-http-errors', 'x-forwarded-prefix',
  'server-alias', 'whitelist-source-range', 'allowlist-source-range', 'denylist-source-range', 'auth-url', 'auth-type',
  'affinity', 'upstream-hash-by', 'ssl-passthrough', 'configuration-snippet', 'server-snippet',
].map((a) => `${PREFIX}${a}`);

/** The annotations of `ing` that ingress-nginx would act on and PodPath does not simulate. */
export function notSimulatedAnnotations(ing: Ingress): string[] {
  return NOT_SIMULATED_NGINX_ANNOTATIONS.filter((a) => ing.metadata.annotations[a] !== undefined);
}
