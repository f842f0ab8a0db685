/**
 * An L7 proxy (ingress-nginx, a cloud L7 LB) opening its own connection to the backend and relaying the
 * answer. Upstream failures become the proxy's own status codes: refused → 502 Bad Gateway,
 * no answer → 504 Gateway Timeout (nginx's proxy_connect_timeout), like ingress-nginx; cloud L7 LBs
 * answer 502 for both.
 */
import type { Packet } from '../trace/types';
import { answerApiserver } from './apiserver';
import { answerHealthCheck } from './healthcheck';
import { connect, type Sender } from './connect';
import { step, type Ctx } from './context';
import { answerPlain, proxyAnswer, type HttpRequest, type Via } from './http';
import { reasonParams } from './reasons';
import type { RequestOutcome } from './types';

export function proxyTo(
  ctx: Ctx, proxy: Sender, dst: { ip: string; port: number }, req: HttpRequest, via: Via, style: 'nginx' | 'cloud',
  nested: (conn: Extract<ReturnType<typeof connect>, { ok: true }>, req: HttpRequest) => RequestOutcome,
): RequestOutcome {
  const conn = connect(ctx, proxy, dst, req as Packet['http']);
  if (!conn.ok) {
    const status = style === 'cloud' ? 502 : conn.outcome === 'refused' ? 502 : 504;
    step(ctx, 'http.response', 'request.http.upstream-failed', { status, ...reasonParams(conn.reason) }, { actor: proxy.gid });
    return proxyAnswer(status, status === 502 ? '502 Bad Gateway' : '504 Gateway Time-out', via, {
      reason: `upstream-${conn.reason}`, ...(style === 'nginx' ? { page: 'nginx' as const } : {}),
    });
  }
  if (conn.server.kind === 'pod' || conn.server.kind === 'host') return answerPlain(ctx, conn, conn.server, req, via);
  if (conn.server.kind === 'apiserver') return answerApiserver(ctx, conn, conn.server, req, via);
  if (conn.server.kind === 'healthcheck') return answerHealthCheck(ctx, conn, conn.server, req, via);
  return nested(conn, req);
}
