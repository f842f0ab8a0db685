/**
 * kube-proxy's per-Service health check server (pkg/proxy/healthcheck/service_health.go). For every Service that
 * needs one — type LoadBalancer with externalTrafficPolicy Local (NeedsHealthCheck, pkg/api/v1/service/util.go) —
 * kube-proxy on every node listens on the Service's healthCheckNodePort (on the node's addresses, like a nodePort;
 * the KUBE-NODEPORTS filter rule ACCEPTs it) and answers any HTTP request with the number of this node's ready
 * endpoints of the Service, counted once per IP over all its ports (LocalReadyEndpoints): 200 when there is one,
 * 503 when there is none (terminating endpoints do not count), as JSON, with the weight in
 * X-Load-Balancing-Endpoint-Weight. Load balancers probe it to pick the nodes that receive traffic.
 * PodPath's kube-proxy is always healthy (serviceProxyHealthy: true).
 */
import type { ClusterState, SimNode, SimService } from '../cluster/state';
import { endpointsForServicePort } from '../proxy/endpoints';
import type { Connection } from './connect';
import { epStr, step, type Ctx } from './context';
import type { HttpRequest, Via } from './http';
import type { RequestOutcome } from './types';

export const HEALTH_CHECK_SERVER = 'kube-proxy';

/** The Service whose health check kube-proxy serves on this port, if any. */
export function healthCheckServiceOn(state: ClusterState, port: number): SimService | undefined {
  return state.services.find((s) => {
    const spec = s.service.spec;
    return spec.type === 'LoadBalancer' && spec.externalTrafficPolicy === 'Local' && spec.healthCheckNodePort === port;
  });
}

/** LocalReadyEndpoints for one Service on one node: distinct IPs of ready endpoints, all ports together. */
export function localReadyEndpointCount(state: ClusterState, svc: SimService, nodeName: string): number {
  const ips = new Set<string>();
  for (const p of svc.service.spec.ports) {
    for (const e of endpointsForServicePort(state, svc, p)) if (e.ready && e.nodeName === nodeName) ips.add(e.ip);
  }
  return ips.size;
}

/** The body hcHandler.ServeHTTP writes (dedented, tabs, no trailing newline). */
export function healthCheckBody(svc: SimService, count: number): string {
  return [
    '{',
    '\t"service": {',
    `\t\t"namespace": ${JSON.stringify(svc.namespace)},`,
    `\t\t"name": ${JSON.stringify(svc.name)}`,
    '\t},',
    `\t"localEndpoints": ${count},`,
    '\t"serviceProxyHealthy": true',
    '}',
  ].join('\n');
}

export function answerHealthCheck(
  ctx: Ctx, conn: Extract<Connection, { ok: true }>, server: { node: SimNode; service: SimService; port: number }, req: HttpRequest, via: Via,
): RequestOutcome {
  const at = conn.at;
  const base = { backend: via.backend ?? null, ingress: via.ingress ?? null, pod: null, endpoint: epStr(conn.packet.dst), clientIPSeen: conn.packet.src.ip };
  const service = `${server.service.namespace}/${server.service.name}`;
  if (req.scheme === 'https') {
    step(ctx, 'drop', 'request.http.tls-to-plain-http', { server: HEALTH_CHECK_SERVER, port: server.port }, { actor: at, packet: conn.packet });
    return { outcome: 'http-error', httpStatus: null, ...base, reason: 'tls-to-plain-http' };
  }
  const count = localReadyEndpointCount(ctx.state, server.service, server.node.name);
  const status = count > 0 ? 200 : 503;
  step(ctx, 'http.request', 'request.healthcheck.received', { node: server.node.name, port: server.port, service, count }, { actor: at, packet: conn.packet });
  step(ctx, 'http.response', 'request.http.response', { status, server: HEALTH_CHECK_SERVER }, { actor: at });
  return {
    outcome: status === 200 ? 'delivered' : 'http-error', httpStatus: status, ...base,
    ...(status === 200 ? {} : { reason: 'healthcheck-no-local-endpoints' as const }),
    body: healthCheckBody(server.service, count),
    headers: { 'Content-Type': 'application/json', 'X-Content-Type-Options': 'nosniff', 'X-Load-Balancing-Endpoint-Weight': String(count) },
  };
}
