/**
 * kube-apiserver, listening on 6443 on every control-plane node (kubeadm's static pod: --secure-port=6443,
 * --bind-address 0.0.0.0, host network). It is the endpoint of Service default/kubernetes (443 → 6443, see
 * src/cluster/system.ts), so `curl https://kubernetes.default.svc.cluster.local/` from a pod lands here after
 * kube-proxy's DNAT. It speaks only HTTPS.
 *
 * What it answers, as the real one does to a request without credentials:
 * - authentication: no client certificate, no bearer token → user `system:anonymous`, group
 *   `system:unauthenticated` (--anonymous-auth defaults to true;
 *   https://kubernetes.io/docs/reference/access-authn-authz/authentication/#anonymous-requests). PodPath does
 *   not model credentials: every request is anonymous.
 * - authorization: the default RBAC policy lets system:unauthenticated only `get` the non-resource URLs of
 *   ClusterRole system:public-info-viewer — /healthz, /livez, /readyz, /version, /version/
 *   (https://kubernetes.io/docs/reference/access-authn-authz/rbac/#discovery-roles). /healthz, /livez and
 *   /readyz answer 200 `ok`; /version answers 200 with the build's version JSON, which PodPath does not know,
 *   so its body is left empty.
 * - anything else: 403 with a Status object. The message is k8s.io/apiserver's
 *   pkg/endpoints/handlers/responsewriters/errors.go forbiddenMessage wrapped by apimachinery's
 *   errors.NewForbidden: `forbidden: User "system:anonymous" cannot get path "/"` for a non-resource path
 *   (verb = the lower-cased HTTP method), `pods is forbidden: User "system:anonymous" cannot list resource
 *   "pods" in API group "" in the namespace "default"` for a resource path (verb and resource from
 *   pkg/endpoints/request/requestinfo.go). Real answers to `curl -k https://10.96.0.1/` read exactly:
 *   {"kind": "Status", "apiVersion": "v1", "metadata": {}, "status": "Failure",
 *    "message": "forbidden: User \"system:anonymous\" cannot get path \"/\"", "reason": "Forbidden",
 *    "details": {}, "code": 403}
 *   pretty-printed (the apiserver indents JSON for curl's User-Agent), Content-Type application/json.
 * - plain HTTP to the TLS port: Go's net/http server sees a first record that looks like HTTP
 *   (tlsRecordHeaderLooksLikeHTTP in net/http/server.go) and writes
 *   `HTTP/1.0 400 Bad Request\r\n\r\nClient sent an HTTP request to an HTTPS server.\n` before closing.
 * TLS itself: the serving certificate is signed by the cluster CA, so a real curl needs
 * `--cacert /var/run/secrets/kubernetes.io/serviceaccount/ca.crt` (CurlRequest.trustClusterCA), and then a URL
 * naming one of the certificate's names, or -k: otherwise curl stops with exit 60 before it sends anything
 * (certificate.ts).
 */
import type { SimNode } from '../cluster/state';
import type { Connection } from './connect';
import { epStr, step, type Ctx } from './context';
import type { HttpRequest, Via } from './http';
import type { RequestOutcome } from './types';
import { apiserverCertificateNames, certificateNames, certificateRefused } from './certificate';

export const APISERVER_PORT = 6443;
export const APISERVER_NAME = 'kube-apiserver';
export const ANONYMOUS_USER = 'system:anonymous';
/** Non-resource URLs ClusterRole system:public-info-viewer grants `get` on (to system:unauthenticated too). */
export const PUBLIC_INFO_PATHS: readonly string[] = ['/healthz', '/livez', '/readyz', '/version', '/version/'];

/** Does kube-apiserver listen on this node and port? */
export function apiserverListens(node: SimNode, port: number): boolean {
  return node.controlPlane && port === APISERVER_PORT;
}

/** The parts of requestinfo.go's RequestInfo that the Forbidden message uses. */
export interface ApiRequestInfo {
  resourceRequest: boolean;
  verb: string;
  path: string;
  group: string;
  resource: string;
  subresource: string;
  namespace: string;
  name: string;
}

/** RequestInfoFactory.NewRequestInfo for the `api` / `apis` prefixes. */
export function apiRequestInfo(method: string, rawPath: string): ApiRequestInfo {
  const [pathOnly, query = ''] = rawPath.split('?', 2);
  const path = pathOnly || '/';
  const info: ApiRequestInfo = { resourceRequest: false, verb: method.toLowerCase(), path, group: '', resource: '', subresource: '', namespace: '', name: '' };
  let parts = path.split('/').filter((p) => p !== '');
  if (parts.length < 3 || (parts[0] !== 'api' && parts[0] !== 'apis')) return info;
  const prefix = parts[0];
  parts = parts.slice(1);
  let group = '';
  if (prefix === 'apis') {
    if (parts.length < 3) return info;
    group = parts[0];
    parts = parts.slice(1);
  }
  parts = parts.slice(1); // the version
  let verb: string;
  let special = false;
  if (parts[0] === 'watch' || parts[0] === 'proxy') {
    special = true;
    verb = parts[0];
    parts = parts.slice(1);
    if (parts.length === 0) return info; // "/watch" alone: requestinfo.go errors out; treat as non-resource
  } else {
    verb = ({ POST: 'create', GET: 'get', HEAD: 'get', PUT: 'update', PATCH: 'patch', DELETE: 'delete' } as Record<string, string>)[method.toUpperCase()] ?? '';
  }
  let namespace = '';
  if (parts[0] === 'namespaces') {
    if (parts.length > 1) {
      namespace = parts[1];
      if (parts.length > 2 && !['status', 'finalize'].includes(parts[2])) parts = parts.slice(2);
    }
  }
  const resource = parts[0] ?? '';
  const name = parts[1] ?? '';
  const subresource = parts.length >= 3 && verb !== 'proxy' ? parts[2] : '';
  if (!special && name === '' && verb === 'get') verb = /(^|&)watch=(true|1)(&|$)/.test(query) ? 'watch' : 'list';
  if (!special && name === '' && verb === 'delete') verb = 'deletecollection';
  return { resourceRequest: true, verb, path, group, resource, subresource, namespace, name };
}

/** The Status object kube-apiserver answers a forbidden request with. */
export function forbiddenStatus(info: ApiRequestInfo, user = ANONYMOUS_USER): Record<string, unknown> {
  let why: string;
  if (!info.resourceRequest) why = `User ${JSON.stringify(user)} cannot ${info.verb} path ${JSON.stringify(info.path)}`;
  else {
    const res = info.subresource ? `${info.resource}/${info.subresource}` : info.resource;
    why = `User ${JSON.stringify(user)} cannot ${info.verb} resource ${JSON.stringify(res)} in API group ${JSON.stringify(info.group)}`
      + (info.namespace ? ` in the namespace ${JSON.stringify(info.namespace)}` : ' at the cluster scope');
  }
  const qualified = info.resourceRequest && info.resource ? (info.group ? `${info.resource}.${info.group}` : info.resource) : '';
  const message = !qualified ? `forbidden: ${why}`
    : info.name ? `${qualified} ${JSON.stringify(info.name)} is forbidden: ${why}` : `${qualified} is forbidden: ${why}`;
  const details: Record<string, string> = {};
  if (info.name && qualified) details.name = info.name;
  if (info.group && qualified) details.group = info.group;
  if (qualified) details.kind = info.resource;
  return { kind: 'Status', apiVersion: 'v1', metadata: {}, status: 'Failure', message, reason: 'Forbidden', details, code: 403 };
}

export const PLAIN_HTTP_BODY = 'Client sent an HTTP request to an HTTPS server.\n';

export function answerApiserver(
  ctx: Ctx, conn: Extract<Connection, { ok: true }>, server: { node: SimNode; port: number }, req: HttpRequest, via: Via,
): RequestOutcome {
  const at = conn.at;
  const endpoint = epStr(conn.packet.dst);
  const clientIP = conn.packet.src.ip;
  const base = { backend: via.backend ?? null, ingress: via.ingress ?? null, pod: null, endpoint, clientIPSeen: clientIP };
  const where = { node: server.node.name, port: server.port };
  if (req.scheme !== 'https') {
    step(ctx, 'http.response', 'request.apiserver.plain-http', where, { actor: at, packet: conn.packet });
    return { outcome: 'http-error', httpStatus: 400, ...base, reason: 'plain-http-to-tls', body: PLAIN_HTTP_BODY };
  }
  // curl checks the serving certificate first: the cluster CA signed it, which curl trusts only with
  // --cacert (the service account's ca.crt in a pod), and then only for the names kubeadm issued it for.
  if (!ctx.insecure) {
    const params = { server: APISERVER_NAME, node: server.node.name, host: ctx.urlHost ?? '' };
    if (!ctx.trustClusterCA) return certificateRefused(ctx, conn, 'tls-unknown-issuer', at, params);
    const serviceIP = ctx.state.services.find((s) => s.namespace === 'default' && s.name === 'kubernetes')?.clusterIPs[0];
    const names = apiserverCertificateNames(server.node.name, server.node.internalIP, ctx.state.world.cluster.domain, serviceIP);
    if (!certificateNames(names, ctx.urlHost ?? '')) return certificateRefused(ctx, conn, 'tls-name-mismatch', at, { ...params, names: names.join(', ') });
    step(ctx, 'note', 'request.tls.cluster-ca-trusted', params, { actor: at });
  }
  const info = apiRequestInfo(req.method, req.path);
  step(ctx, 'http.request', 'request.apiserver.received', { ...where, method: req.method, path: info.path, user: ANONYMOUS_USER }, { actor: at, packet: conn.packet });
  if (!info.resourceRequest && info.verb === 'get' && PUBLIC_INFO_PATHS.includes(info.path)) {
    step(ctx, 'note', 'request.apiserver.public-info', { path: info.path }, { actor: at });
    step(ctx, 'http.response', 'request.http.response', { status: 200, server: APISERVER_NAME }, { actor: at });
    const body = info.path.startsWith('/version') ? undefined : 'ok';
    return { outcome: 'delivered', httpStatus: 200, ...base, ...(body ? { body } : {}), headers: { 'Content-Type': body ? 'text/plain; charset=utf-8' : 'application/json' } };
  }
  if (info.resourceRequest) {
    step(ctx, 'note', 'request.apiserver.forbidden-resource', {
      verb: info.verb, resource: info.subresource ? `${info.resource}/${info.subresource}` : info.resource, group: info.group,
      namespace: info.namespace || '-', user: ANONYMOUS_USER,
    }, { actor: at });
  } else {
    step(ctx, 'note', 'request.apiserver.forbidden-path', { verb: info.verb, path: info.path, user: ANONYMOUS_USER }, { actor: at });
  }
  step(ctx, 'http.response', 'request.http.response', { status: 403, server: APISERVER_NAME }, { actor: at });
  return {
    outcome: 'http-error', httpStatus: 403, ...base, reason: 'apiserver-forbidden',
    body: JSON.stringify(forbiddenStatus(info), null, 2), // no trailing newline, as the apiserver writes it
    headers: { 'Content-Type': 'application/json', 'X-Content-Type-Options': 'nosniff' },
  };
}
