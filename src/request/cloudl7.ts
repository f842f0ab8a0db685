/**
 * A cloud L7 load balancer made for one Ingress (GKE's ingress-gce; seed 001 "클러스터 외부 로드 밸런서를
 * 사용한 인그레스"). The Google Front End terminates HTTP(S), matches this Ingress's URL map
 * (src/ingress/rules.ts matchGce), and sends to the backend Service's nodePort on a node (instance groups),
 * where kube-proxy takes over — so backends must be NodePort or LoadBalancer Services. With container-native
 * load balancing (`cloud.google.com/neg: '{"ingress": true}'`; GKE adds it by itself on VPC-native clusters
 * from 1.17.6-gke.7) it sends straight to pod IPs (network endpoint groups) instead.
 * Headers: X-Forwarded-For gets "<client IP>, <load balancer IP>" appended
 * (https://cloud.google.com/load-balancing/docs/https#x-forwarded-for_header); connections come from the
 * GFE ranges 130.211.0.0/22 and 35.191.0.0/16.
 */
import type { SimIngressController } from '../cluster/state';
import type { Ingress } from '../api/types';
import { gid } from '../graph/ids';
import { resolveBackend, usesNEG } from '../ingress/backend';
import { hostOnly } from '../ingress/host';
import { matchGce } from '../ingress/rules';
import { tlsForHost } from '../ingress/tls';
import { endpointsForServicePort, endpointString } from '../proxy/endpoints';
import { seededIndex } from '../proxy/hash';
import type { Connection, Sender } from './connect';
import { step, type Ctx } from './context';
import { proxyAnswer, type HttpRequest, type Via } from './http';
import { describeMatch } from './l7common';
import { loadBalancerNodes } from './loadbalancer';
import type { RequestOutcome } from './types';
import { proxyTo } from './upstream';

/** A Google Front End source address (documented GFE range 130.211.0.0/22). */
export const GFE_SOURCE_IP = '130.211.0.10';

export function cloudL7(ctx: Ctx, conn: Extract<Connection, { ok: true }>, ing: Ingress, c: SimIngressController, req: HttpRequest): RequestOutcome {
  const ns = ing.metadata.namespace;
  const at = gid.cloudL7(ns, ing.metadata.name);
  const host = hostOnly(req.host);
  const lbIP = conn.packet.dst.ip;
  const ingKey = `${ns}/${ing.metadata.name}`;
  step(ctx, 'ingress.class', 'ingress.class.cloud-l7', { controller: c.spec.className, ingress: ingKey, address: lbIP }, { actor: at, touches: [gid.ingress(ns, ing.metadata.name)] });
  if (req.scheme === 'https' || conn.packet.dst.port === 443) {
    // The certificate follows the handshake's server name (SNI), not the Host header; with no name, or one no
    // certificate covers, the first one listed in the Ingress
    // (https://cloud.google.com/kubernetes-engine/docs/how-to/ingress-multi-ssl).
    const tls = (req.sni ? tlsForHost(ctx.state, [ing], req.sni) : null) ?? (ing.spec.tls[0] ? { ingress: ing, secretName: ing.spec.tls[0].secretName, secretExists: true } : null);
    if (!tls || ing.spec.tls.length === 0) {
      step(ctx, 'drop', 'ingress.gce.no-https', { ingress: ingKey }, { actor: at });
      return { outcome: 'timeout', httpStatus: null, backend: null, ingress: ingKey, pod: null, endpoint: null, clientIPSeen: null, reason: 'l7-no-https-frontend' };
    }
    const params = { host: req.sni ?? host, secret: tls.secretName ?? '-', ingress: ingKey };
    step(ctx, 'ingress.tls', 'ingress.tls.terminated', params, { actor: at });
    if (req.scheme === 'https' && !ctx.insecure) step(ctx, 'note', 'ingress.tls.certificate-not-checked', params, { actor: at });
  }
  const m = matchGce(ing, host, req.path);
  describeMatch(ctx, at, m, host, req.path);
  const via: Via = { ingress: m.ingress ? ingKey : null };
  if (!m.backend) {
    step(ctx, 'http.response', 'ingress.gce.default-backend', { status: 404 }, { actor: at });
    return proxyAnswer(404, 'default backend - 404', { ingress: null, backend: 'default' }, { reason: 'no-rule-matched' });
  }
  const xff = [req.headers['X-Forwarded-For'], conn.packet.src.ip, lbIP].filter(Boolean).join(', ');
  const upReq: HttpRequest = { ...req, scheme: 'http', sni: undefined, headers: { ...req.headers, 'X-Forwarded-For': xff, Via: '1.1 google', 'X-Forwarded-Proto': req.scheme } };
  step(ctx, 'note', 'ingress.gce.xff', { xff }, { actor: at });
  const gfe: Sender = { gid: at, ip: GFE_SOURCE_IP, kind: 'proxy' };
  const r = resolveBackend(ctx.state, ns, m.backend);
  if (r.kind === 'error') {
    step(ctx, 'http.response', `ingress.backend.${r.reason}`, { name: r.name ?? m.backend.service?.name ?? '', namespace: ns, status: 502 }, { actor: at });
    return proxyAnswer(502, '502 Bad Gateway', via, { reason: `backend-${r.reason}` });
  }
  if (r.kind === 'external-name') {
    via.backend = `${ns}/${r.service.name}:${r.port}`;
    step(ctx, 'http.response', 'ingress.gce.external-name-unsupported', { service: via.backend }, { actor: at });
    return proxyAnswer(502, '502 Bad Gateway', via, { reason: 'external-name-unsupported' });
  }
  via.backend = `${ns}/${r.service.name}:${r.port.port}`;
  const nested = (): RequestOutcome => proxyAnswer(502, '502 Bad Gateway', via, { reason: 'unsupported-upstream' });
  if (usesNEG(r.service)) {
    const eps = endpointsForServicePort(ctx.state, r.service, r.port).filter((e) => e.ready);
    if (eps.length === 0) return proxyAnswer(502, '502 Bad Gateway', via, { reason: 'backend-no-endpoints' });
    const chosen = eps[seededIndex(eps.length, 'neg', ctx.seed, ctx.requestIndex, via.backend)];
    step(ctx, 'proxy.select', 'ingress.gce.neg', { service: via.backend, endpoints: eps.map(endpointString).join(','), chosen: endpointString(chosen) }, { actor: at });
    return proxyTo(ctx, gfe, { ip: chosen.ip, port: chosen.port }, upReq, via, 'cloud', nested);
  }
  if (r.port.nodePort === undefined) {
    step(ctx, 'http.response', 'ingress.gce.needs-nodeport', { service: via.backend, type: r.service.service.spec.type }, { actor: at, to: gid.service(ns, r.service.name) });
    return proxyAnswer(502, '502 Bad Gateway', via, { reason: 'backend-not-nodeport' });
  }
  const pool = loadBalancerNodes(ctx.state);
  let healthy = pool;
  if (r.service.service.spec.externalTrafficPolicy === 'Local') {
    const eps = endpointsForServicePort(ctx.state, r.service, r.port).filter((e) => e.ready);
    healthy = pool.filter((n) => eps.some((e) => e.nodeName === n.name));
  }
  if (healthy.length === 0) return proxyAnswer(502, '502 Bad Gateway', via, { reason: 'no-healthy-nodes' });
  const node = healthy[seededIndex(healthy.length, 'gce', ctx.seed, ctx.requestIndex, via.backend)];
  step(ctx, 'lb.select', 'ingress.gce.instance-group', { node: node.name, nodePort: r.port.nodePort, service: via.backend }, { actor: at, to: gid.node(node.name) });
  return proxyTo(ctx, gfe, { ip: node.internalIP, port: r.port.nodePort }, upReq, via, 'cloud', nested);
}
