/**
 * Why a request ended the way it did. `RequestOutcome.reason` carries the slug (a stable JSON contract
 * field); steps that show it also carry `reasonKey`, the message key `request.reason.<slug>` whose template
 * the app and the CLI render in place of the slug (src/messages/render.ts expandParams). A proxy's upstream
 * failure is `upstream-<connection slug>`: it renders as `request.reason.upstream` with the connection's own
 * reason nested (`upstreamReasonKey`).
 */

/** Why a connection did not get through (Connection.reason). */
export const CONNECT_REASONS = [
  'internal-lb-from-internet', 'cluster-network-not-routable', 'external-ip-not-routed', 'no-such-address', 'not-routable',
  'l7-port-not-served', 'node-port-closed', 'service-port-not-defined', 'pod-port-closed', 'host-port-closed',
  'endpoint-unreachable', 'no-endpoints', 'no-local-endpoints-external', 'no-local-endpoints-internal',
  'lb-port-not-listened', 'no-healthy-nodes', 'network-unreachable', 'lb-source-range',
] as const;
export type ConnectReason = (typeof CONNECT_REASONS)[number];

/** Every other outcome reason (HTTP-level answers, L7 proxies, curl itself). */
export const OTHER_REASONS = [
  'unknown-source', 'bad-url',
  'dns-nxdomain', 'dns-servfail', 'dns-noerror', 'dns-refused', 'dns-notimp', 'dns-formerr',
  'tls-to-plain-http', 'plain-http-to-tls', 'apiserver-forbidden', 'tls-self-signed', 'tls-unknown-issuer', 'tls-name-mismatch',
  'ssl-redirect', 'no-rule-matched', 'external-name-disabled', 'external-name-unresolved', 'external-name-unsupported',
  'backend-service-not-found', 'backend-port-not-found', 'backend-no-service-backend', 'backend-looks-like-dns-name',
  'backend-no-endpoints', 'backend-not-nodeport', 'l7-no-https-frontend', 'unsupported-upstream',
  'trailing-slash-redirect', 'rewrite-redirect', 'proxy-loop', 'healthcheck-no-local-endpoints',
] as const;

export type RequestReason = ConnectReason | (typeof OTHER_REASONS)[number] | `upstream-${ConnectReason}`;

export const REQUEST_REASONS: readonly string[] = [...CONNECT_REASONS, ...OTHER_REASONS];

const UPSTREAM = 'upstream-';

/**
 * Params that show `reason` in a step: the slug itself (`reason`, what the English CLI showed before and a
 * fallback for an unknown slug) and the key(s) that render it.
 */
export function reasonParams(reason: string | undefined): Record<string, string> {
  if (!reason) return { reason: '' };
  if (reason.startsWith(UPSTREAM)) {
    const inner = reason.slice(UPSTREAM.length);
    return { reason, upstreamReasonKey: `request.reason.${inner}`, reasonKey: 'request.reason.upstream' };
  }
  return { reason, reasonKey: `request.reason.${reason}` };
}
