/**
 * ingress-nginx, the in-cluster proxy: the request has reached a controller pod (through its own
 * LoadBalancer/NodePort Service). nginx picks a server/location from every Ingress of its class
 * (src/ingress/rules.ts), terminates TLS, may redirect to HTTPS, then connects from the controller pod
 * straight to one endpoint of the backend Service (pod IP and target port from the EndpointSlices — no
 * cluster IP, no kube-proxy; https://kubernetes.github.io/ingress-nginx/user-guide/miscellaneous/#why-endpoints-and-not-services).
 * Headers to the upstream: Host kept; X-Forwarded-For set to the address nginx saw (the defaults
 * use-forwarded-headers=false and compute-full-forwarded-for=false replace, not append; the incoming value
 * goes to X-Original-Forwarded-For); X-Real-IP; X-Forwarded-Proto.
 */
import type { Ingress } from '../api/types';
import type { SimIngressController, SimPod } from '../cluster/state';
import { gid, type GraphId } from '../graph/ids';
import { resolveBackend } from '../ingress/backend';
import { ingressesFor } from '../ingress/class';
import { hostOnly } from '../ingress/host';
import { matchNginx, sortIngresses } from '../ingress/rules';
import { canaryAlternatives, canaryDecision, canaryPolicy, isCanary, upstreamOf, type Canary } from '../ingress/canary';
import { ANNOTATION_FORCE_SSL_REDIRECT, ANNOTATION_SSL_REDIRECT, boolAnnotation, certificateForHost, certificateForSNI } from '../ingress/tls';
import { certificateRefused } from './certificate';
import { endpointsForServicePort, endpointString } from '../proxy/endpoints';
import { seededIndex } from '../proxy/hash';
import type { Connection, Sender } from './connect';
import { step, type Ctx } from './context';
import { nginxAnswer, proxyAnswer, type HttpRequest, type Via } from './http';
import { backendViaExternalName, describeMatch, describeNginxLocation } from './l7common';
import type { RequestOutcome } from './types';
import { proxyTo } from './upstream';

const key = (i: Ingress) => `${i.metadata.namespace}/${i.metadata.name}`;

/** Passes through an ingress controller one trace may make (a proxy chain longer than this is a loop). */
export const MAX_CONTROLLER_HOPS = 16;

export function ingressNginx(ctx: Ctx, conn: Extract<Connection, { ok: true }>, c: SimIngressController, pod: SimPod, req: HttpRequest): RequestOutcome {
  const at = gid.pod(pod.namespace, pod.name);
  const ctl = gid.ingressController(c.spec.className);
  // The controller's precedence order (oldest first, then name-descending): first TLS entry and first location win.
  const all = sortIngresses(ingressesFor(ctx.state, c));
  // Canary Ingresses make no server and no location (createServers skips them): they only lend a primary
  // location an alternative backend (src/ingress/canary.ts).
  const canaries = all.filter(isCanary);
  const ingresses = canaries.length ? all.filter((i) => !isCanary(i)) : all;
  const host = hostOnly(req.host);
  const remote = conn.packet.src.ip;
  step(ctx, 'ingress.class', 'ingress.class.nginx', {
    controller: c.spec.className, pod: `${pod.namespace}/${pod.name}`, ingresses: all.map(key).join(',') || '-', remote,
  }, { actor: ctl, touches: [at, ...ingresses.map((i) => gid.ingress(i.metadata.namespace, i.metadata.name))] });
  // An Ingress whose backend is the controller's own Service sends the request back into the same pod, which
  // matches the same rule and proxies it again. Real nginx goes round until it runs out of connections: a hop
  // that cannot open its upstream connection answers 500 ("worker_connections are not enough while connecting
  // to upstream", ngx_http_upstream_connect); one whose incoming connection is refused makes the hop before it
  // answer 502 instead. Either way the client gets an error, never a pod's answer. The trace stops at the first
  // repeat (the same pod, host and path), or — when a rewrite changes the path on every hop, so that nothing
  // repeats exactly — after MAX_CONTROLLER_HOPS passes through a controller. It answers 500.
  const visit = `${pod.namespace}/${pod.name} ${req.scheme}://${host}${req.path}`;
  ctx.controllerVisits ??= new Set();
  const params = { pod: `${pod.namespace}/${pod.name}`, host, path: req.path, hops: ctx.controllerVisits.size };
  if (ctx.controllerVisits.has(visit) || ctx.controllerVisits.size >= MAX_CONTROLLER_HOPS) {
    step(ctx, 'http.response', ctx.controllerVisits.has(visit) ? 'ingress.nginx.proxy-loop' : 'ingress.nginx.proxy-loop-hops', params, { actor: ctl });
    return nginxAnswer(500, '500 Internal Server Error', {}, { reason: 'proxy-loop' });
  }
  ctx.controllerVisits.add(visit);

  const tlsPort = conn.packet.dst.port === 443 || conn.packet.dst.port === 8443;
  if (req.scheme === 'http' && tlsPort) {
    step(ctx, 'http.response', 'ingress.nginx.plain-http-to-https-port', { port: conn.packet.dst.port }, { actor: ctl });
    return nginxAnswer(400, '400 The plain HTTP request was sent to HTTPS port', {}, { reason: 'plain-http-to-tls' });
  }
  if (req.scheme === 'https' && !tlsPort) {
    step(ctx, 'drop', 'request.http.tls-to-plain-http', { server: c.spec.className, port: conn.packet.dst.port }, { actor: ctl });
    return { ...proxyAnswer(400, '', {}), httpStatus: null, body: undefined, reason: 'tls-to-plain-http' };
  }
  // A certificate configured for the Host header's name (the default one included): ssl-redirect applies.
  const tls = certificateForHost(ctx.state, ingresses, host);
  if (req.scheme === 'https') {
    // The certificate is chosen during the handshake, by the name the client sent (SNI), before any Host header
    // is read: without one (a URL with an IP address) ingress-nginx presents its default certificate, the fake
    // one (ingress-nginx certificate.lua; no --default-ssl-certificate in a default install).
    const cert = req.sni ? certificateForSNI(ctx.state, ingresses, req.sni) : null;
    const params = { host: req.sni ?? host, secret: cert?.secretName ?? '-', ingress: cert ? key(cert.ingress) : '-' };
    const message = !req.sni ? 'ingress.tls.no-sni' : cert?.secretExists ? 'ingress.tls.terminated' : 'ingress.tls.fake-certificate';
    step(ctx, 'ingress.tls', message, params, { actor: ctl });
    if (!ctx.insecure) {
      if (!cert?.secretExists) {
        // Without SNI no Secret can be chosen, so "add a Secret" is no fix: the URL has to name the host.
        return certificateRefused(ctx, conn, 'tls-self-signed', ctl, { ...params, server: 'ingress-nginx' },
          req.sni ? undefined : 'request.tls.tls-self-signed.no-sni');
      }
      step(ctx, 'note', 'ingress.tls.certificate-not-checked', params, { actor: ctl });
    }
  }
  const m = matchNginx(ingresses, host, req.path);
  describeMatch(ctx, ctl, m, host, req.path);
  describeNginxLocation(ctx, ctl, m, req.path);
  const via: Via = { ingress: m.ingress ? key(m.ingress) : null };
  if (m.via === 'trailing-slash-redirect' && m.redirectTo !== undefined) {
    // nginx's auto_redirect happens while the location is looked up, before any rewrite or ssl-redirect.
    const location = `${req.scheme}://${host}${m.redirectTo}`;
    step(ctx, 'http.response', 'ingress.nginx.trailing-slash-redirect', { path: req.path, location, rule: m.entry?.path ?? '', ingress: via.ingress ?? '-' }, { actor: ctl });
    return nginxAnswer(301, '301 Moved Permanently', via, { headers: { Location: location }, reason: 'trailing-slash-redirect' });
  }

  // The location that answers carries its Ingress's annotations; when no path matched, that is the host's root
  // location, with the annotations of the Ingress that created the server. Its ssl-redirect applies there too
  // (lua_ingress.lua redirect_to_https), so plain HTTP to an unknown path of a TLS host is redirected before
  // the default backend's 404.
  const annotated = m.ingress ?? m.rootOwner ?? null;
  if (annotated && req.scheme === 'http') {
    const ssl = boolAnnotation(annotated, ANNOTATION_SSL_REDIRECT, true);
    const force = boolAnnotation(annotated, ANNOTATION_FORCE_SSL_REDIRECT, false);
    if (ssl.from === 'invalid') {
      step(ctx, 'note', 'ingress.note.invalid-bool-annotation', { annotation: ANNOTATION_SSL_REDIRECT, value: ssl.raw ?? '', fallback: String(ssl.value), tls: tls !== null, tlsKey: `ingress.note.tls.${tls !== null ? 'yes' : 'no'}` }, { actor: ctl });
    }
    if ((tls && ssl.value) || force.value) {
      const location = `https://${host}${req.path}`;
      step(ctx, 'ingress.tls', 'ingress.tls.redirect', { location, ingress: key(annotated) }, { actor: ctl });
      return nginxAnswer(308, '308 Permanent Redirect', { ...via, ingress: key(annotated) }, { headers: { Location: location }, reason: 'ssl-redirect' });
    }
  }
  if (!m.backend || !m.ingress) {
    step(ctx, 'http.response', 'ingress.nginx.default-backend', { status: 404, host }, { actor: ctl });
    return nginxAnswer(404, '404 Not Found', { ingress: null, backend: 'default' }, { reason: 'no-rule-matched' });
  }
  let ns = m.ingress.metadata.namespace;
  let r = resolveBackend(ctx.state, ns, m.backend, 'ingress-nginx');
  if (r.kind === 'service' && r.byTargetPort) {
    const ref = m.backend.service;
    step(ctx, 'note', 'ingress.nginx.backend-port-by-target-port', {
      service: `${ns}/${r.service.name}`, port: ref?.port.name ?? String(ref?.port.number ?? ''), servicePort: r.port.port, targetPort: String(r.port.targetPort ?? r.port.port),
    }, { actor: ctl });
  }
  const upstream = m.via === 'path' ? upstreamOf(ns, m.backend) : undefined;
  const canary = upstream ? canaryAlternatives(ingresses, canaries).get(upstream) : undefined;
  const toCanary = canary && r.kind !== 'external-name' ? canaryChoice(ctx, ctl, req, r, canary, key(m.ingress), m.entry?.path ?? '/') : undefined;
  if (toCanary && canary) {
    ns = canary.ingress.metadata.namespace;
    r = toCanary;
  }
  const headers: Record<string, string> = {
    ...req.headers, 'X-Forwarded-For': remote, 'X-Real-IP': remote, 'X-Forwarded-Proto': req.scheme, 'X-Forwarded-Host': host,
  };
  if (req.headers['X-Forwarded-For']) headers['X-Original-Forwarded-For'] = req.headers['X-Forwarded-For'];
  // Plain HTTP to the upstream: no TLS handshake, so no server name (SNI) on that hop.
  let upReq: HttpRequest = { ...req, scheme: 'http', headers, sni: undefined };
  if (m.rewrite) {
    const rw = m.rewrite;
    step(ctx, 'note', rw.redirect ? 'ingress.nginx.rewrite-redirect' : 'ingress.nginx.rewrite', {
      pattern: rw.pattern, target: rw.target, before: rw.before, after: rw.after, ingress: via.ingress ?? '-',
    }, { actor: ctl });
    if (rw.redirect) return nginxAnswer(302, '302 Found', via, { headers: { Location: rw.after }, reason: 'rewrite-redirect' });
    upReq = { ...upReq, path: rw.after };
  }
  const proxy: Sender = { gid: at, ip: pod.podIP, kind: 'pod', nodeName: pod.nodeName, pod };
  step(ctx, 'note', 'ingress.nginx.xff', { xff: remote }, { actor: ctl });

  if (r.kind === 'error') {
    step(ctx, 'http.response', `ingress.backend.${r.reason}`, { name: r.name ?? m.backend.service?.name ?? '', namespace: ns, status: 503 }, { actor: ctl });
    return nginxAnswer(503, '503 Service Temporarily Unavailable', via, { reason: `backend-${r.reason}` });
  }
  if (r.kind === 'external-name') {
    via.backend = `${ns}/${r.service.name}:${r.port}`;
    if (c.spec.disableServiceExternalName) {
      step(ctx, 'http.response', 'ingress.nginx.external-name-disabled', { service: `${ns}/${r.service.name}` }, { actor: ctl });
      return nginxAnswer(503, '503 Service Temporarily Unavailable', via, { reason: 'external-name-disabled' });
    }
    return backendViaExternalName(ctx, proxy, r, upReq, via, 'nginx', (conn2, rq) => nestedController(ctx, conn2, rq));
  }
  via.backend = `${ns}/${r.service.name}:${r.port.port}`;
  const eps = endpointsForServicePort(ctx.state, r.service, r.port).filter((e) => e.ready);
  if (eps.length === 0) {
    step(ctx, 'http.response', 'ingress.nginx.no-endpoints', { service: via.backend, status: 503 }, { actor: ctl, to: gid.service(ns, r.service.name) });
    return nginxAnswer(503, '503 Service Temporarily Unavailable', via, { reason: 'backend-no-endpoints' });
  }
  const chosen = eps[seededIndex(eps.length, 'nginx', ctx.seed, ctx.requestIndex, via.backend)];
  step(ctx, 'proxy.select', 'ingress.nginx.upstream', {
    service: via.backend, endpoints: eps.map(endpointString).join(','), chosen: endpointString(chosen),
  }, { actor: ctl, touches: [gid.service(ns, r.service.name), gid.endpointSlice(ns, chosen.slice)] });
  return proxyTo(ctx, proxy, { ip: chosen.ip, port: chosen.port }, upReq, via, 'nginx', (conn2, rq) => nestedController(ctx, conn2, rq));
}

/**
 * The canary's backend when a request to a primary upstream with a canary goes there (src/ingress/canary.ts), else
 * undefined; a step says why. The canary counts only as its own upstream with endpoints (a balancer), not the
 * primary's (mergeAlternativeBackends).
 */
function canaryChoice(
  ctx: Ctx, ctl: GraphId, req: HttpRequest, r: ReturnType<typeof resolveBackend>, canary: Canary, primary: string, path: string,
): ReturnType<typeof resolveBackend> | undefined {
  const cr = resolveBackend(ctx.state, canary.ingress.metadata.namespace, canary.backend, 'ingress-nginx');
  const target = (x: typeof cr) => (x.kind === 'service' ? `${x.service.namespace}/${x.service.name}:${x.port.port}` : '');
  const ready = (x: typeof cr) => x.kind === 'service' && endpointsForServicePort(ctx.state, x.service, x.port).some((e) => e.ready);
  if (cr.kind !== 'service' || !ready(cr) || target(cr) === target(r)) return undefined;
  const params = { canary: key(canary.ingress), primary, path, canaryService: target(cr), primaryService: target(r) || '-' };
  const touches = [gid.ingress(canary.ingress.metadata.namespace, canary.ingress.metadata.name)];
  if (!ready(r)) {
    // balancer.lua get_balancer: the primary has no balancer (sync_backend drops a backend with no endpoints),
    // so it returns before route_to_alternative_balancer: 503 later, the canary never consulted.
    step(ctx, 'note', 'ingress.nginx.canary.primary-empty', params, { actor: ctl, touches });
    return undefined;
  }
  const d = canaryDecision(canaryPolicy(canary.ingress), req.headers, (n) => 1 + seededIndex(n, 'canary', ctx.seed, ctx.requestIndex, params.canary));
  const detail: Record<string, string | number> = d.by === 'weight' ? { weight: d.weight, total: d.total, roll: d.roll }
    : d.by === 'header' ? { header: d.header, value: d.value } : { cookie: d.cookie, value: d.value };
  step(ctx, 'note', `ingress.nginx.canary.by-${d.by}`, { ...params, ...detail, target: d.to === 'canary' ? params.canaryService : params.primaryService }, { actor: ctl, touches });
  return d.to === 'canary' ? cr : undefined;
}

/** A proxy whose upstream is another controller (rare: an Ingress pointing at a controller's Service). */
function nestedController(ctx: Ctx, conn: Extract<Connection, { ok: true }>, req: HttpRequest): RequestOutcome {
  if (conn.server.kind === 'controller') return ingressNginx(ctx, conn, conn.server.controller, conn.server.pod, req);
  return nginxAnswer(502, '502 Bad Gateway', {}, { reason: 'unsupported-upstream' });
}
