/**
 * `curl` in the simulated world: resolve the name (or use --resolve / an IP), open the connection hop by hop,
 * let whatever accepted it answer (an application pod, an ingress controller, a cloud L7 LB, a world host),
 * and report the outcome with every step. Nothing throws: bad input comes back as an outcome with a reason.
 */
import type { Simulation } from '../engine';
import { gid } from '../graph/ids';
import type { Trace } from '../trace/types';
import type { ServiceFrontend } from '../proxy/servicePort';
import { answerApiserver } from './apiserver';
import { cloudL7 } from './cloudl7';
import { connect, type Sender } from './connect';
import { sourceGid, step, type Ctx } from './context';
import { answerHealthCheck } from './healthcheck';
import { answerPlain, failure, type HttpRequest } from './http';
import { ingressNginx } from './nginx';
import { defaultResolver } from './resolve';
import { reasonParams } from './reasons';
import type { CurlRequest, NameResolver, RequestOutcome, RequestSource, ResolvedSource } from './types';
import { hostForHeader, ipPort, isIPv4, parseRequestUrl, resolveOverride } from './url';
import './messages';

export interface CurlOptions {
  /** Replace name resolution (tests; the app uses the DNS module). */
  resolver?: NameResolver;
}

const nothing = (outcome: RequestOutcome['outcome'], reason: string): RequestOutcome => ({
  outcome, httpStatus: null, backend: null, ingress: null, pod: null, endpoint: null, clientIPSeen: null, reason,
});

/** Text forms: 'ns/name' (pod), a client name, a node name, a LAN host name. */
export function parseRequestSource(sim: Simulation, from: RequestSource | string): RequestSource | null {
  if (typeof from !== 'string') return from;
  const s = from.replace(/^(pod|client|node|host)\//, (_m, k: string) => `${k}:`);
  const [kind, rest] = s.includes(':') ? (s.split(':', 2) as [string, string]) : ['', s];
  const st = sim.cluster;
  if (kind === 'pod' || (!kind && rest.includes('/'))) {
    const [ns, name] = rest.includes('/') ? rest.split('/', 2) : ['default', rest];
    return { kind: 'pod', namespace: ns, name };
  }
  if ((!kind || kind === 'client') && st.world.clients.some((c) => c.name === rest)) return { kind: 'client', name: rest };
  if ((!kind || kind === 'node') && st.nodes.some((n) => n.name === rest)) return { kind: 'node', name: rest };
  if ((!kind || kind === 'host') && st.world.lan.hosts.some((h) => h.name === rest)) return { kind: 'lanHost', name: rest };
  if (!kind && st.pods.some((p) => p.namespace === 'default' && p.name === rest)) return { kind: 'pod', namespace: 'default', name: rest };
  return null;
}

export function resolveSource(sim: Simulation, src: RequestSource, clientIP?: string): ResolvedSource | null {
  const st = sim.cluster;
  switch (src.kind) {
    case 'client': {
      const c = st.world.clients.find((x) => x.name === src.name);
      return c ? { kind: 'client', name: c.name, ip: clientIP ?? c.ip, network: c.network } : null;
    }
    case 'lanHost': {
      const h = st.world.lan.hosts.find((x) => x.name === src.name);
      return h ? { kind: 'lanHost', name: h.name, ip: clientIP ?? h.ip } : null;
    }
    case 'node': {
      const n = st.nodes.find((x) => x.name === src.name);
      return n ? { kind: 'node', name: n.name, ip: clientIP ?? n.internalIP } : null;
    }
    case 'pod': {
      const p = st.pods.find((x) => x.namespace === src.namespace && x.name === src.name);
      return p && p.podIP ? { kind: 'pod', namespace: p.namespace, name: p.name, ip: clientIP ?? p.podIP, nodeName: p.nodeName } : null;
    }
    default: {
      const never: never = src;
      return never;
    }
  }
}

function senderOf(src: ResolvedSource, sim: Simulation): Sender {
  switch (src.kind) {
    case 'client': return { gid: gid.client(src.name), ip: src.ip, kind: 'external', network: src.network };
    case 'lanHost': return { gid: gid.worldHost(src.name), ip: src.ip, kind: 'external', network: 'lan' };
    case 'node': return { gid: gid.node(src.name), ip: src.ip, kind: 'node', nodeName: src.name };
    case 'pod': {
      const pod = sim.cluster.pods.find((p) => p.namespace === src.namespace && p.name === src.name);
      return { gid: gid.pod(src.namespace, src.name), ip: src.ip, kind: 'pod', nodeName: src.nodeName, pod };
    }
    default: {
      const never: never = src;
      return never;
    }
  }
}

export function curl(sim: Simulation, request: CurlRequest, options: CurlOptions = {}): Trace<RequestOutcome> {
  const steps: Ctx['steps'] = [];
  const parsedSource = parseRequestSource(sim, request.from);
  const source = parsedSource ? resolveSource(sim, parsedSource, request.clientIP) : null;
  if (!source) {
    steps.push({ kind: 'note', message: 'request.error.unknown-source', params: { from: typeof request.from === 'string' ? request.from : JSON.stringify(request.from) }, touches: [] });
    return { steps, outcome: nothing('dropped', 'unknown-source') };
  }
  const url = parseRequestUrl(request.url);
  const ctx: Ctx = {
    state: sim.cluster, resolver: options.resolver ?? defaultResolver(sim), seed: request.seed ?? 0,
    requestIndex: request.requestIndex ?? 0, steps, client: source, insecure: request.insecure ?? false,
    trustClusterCA: request.trustClusterCA ?? false, urlHost: url?.host,
  };
  const me = sourceGid(source);
  if (!url) {
    step(ctx, 'note', 'request.error.bad-url', { url: request.url }, { actor: me });
    return { steps, outcome: nothing('http-error', 'bad-url') };
  }
  const headers: Record<string, string> = {};
  let hostHeader = hostForHeader(url);
  for (const [k, v] of Object.entries(request.headers ?? {})) {
    if (k.toLowerCase() === 'host') hostHeader = v;
    else headers[canonical(k)] = v;
  }
  step(ctx, 'note', 'request.start', { from: me, url: request.url, host: hostHeader, method: request.method ?? 'GET' }, { actor: me });

  // An address in the URL is connected to as it is: no DNS (an IPv6 one is written in brackets).
  const literal = url.ipv6 || isIPv4(url.host);
  let ip: string | null = literal ? url.host : resolveOverride(request.resolve, url.host, url.port);
  if (ip && !literal) step(ctx, 'note', 'request.resolve-override', { host: url.host, port: url.port, address: ip }, { actor: me });
  if (!ip) {
    const res = ctx.resolver(url.host, source, { seed: ctx.seed, requestIndex: ctx.requestIndex });
    steps.push(...res.steps);
    if (res.cnames.length > 0) {
      step(ctx, 'note', 'request.dns.cname', { name: url.host, chain: res.cnames.join(' → '), port: url.port }, { actor: me });
    }
    if (res.addresses.length > 1) {
      step(ctx, 'note', 'request.dns.round-robin', { name: url.host, addresses: res.addresses.join(', '), chosen: res.addresses[0] }, { actor: me });
    }
    ip = res.addresses[0] ?? null;
    if (!ip) {
      step(ctx, 'drop', 'request.dns.failed', { name: url.host, rcode: res.rcode }, { actor: me });
      return { steps, outcome: nothing('dns-failure', `dns-${res.rcode.toLowerCase()}`) };
    }
  }
  const req: HttpRequest = { method: request.method ?? 'GET', scheme: url.scheme, host: hostHeader, path: url.path, headers };
  // curl's TLS handshake names the URL's host (SNI), never an IP address (RFC 6066 section 3).
  if (url.scheme === 'https' && !literal) req.sni = url.host;
  const conn = connect(ctx, senderOf(source, sim), { ip, port: url.port }, req);
  let outcome: RequestOutcome;
  if (!conn.ok) outcome = failure(conn);
  else {
    const s = conn.server;
    switch (s.kind) {
      case 'pod':
      case 'host': {
        const backend = s.service ? frontendKey(s.service) : null;
        outcome = answerPlain(ctx, conn, s, req, { backend });
        break;
      }
      case 'controller':
        outcome = ingressNginx(ctx, conn, s.controller, s.pod, req);
        break;
      case 'cloudL7':
        outcome = cloudL7(ctx, conn, s.ingress, s.controller, req);
        break;
      case 'apiserver':
        outcome = answerApiserver(ctx, conn, s, req, { backend: s.service ? frontendKey(s.service) : null });
        break;
      case 'healthcheck':
        outcome = answerHealthCheck(ctx, conn, s, req, { backend: null });
        break;
      default: {
        const never: never = s;
        outcome = never;
      }
    }
  }
  outcome = { ...outcome, connectedTo: ipPort(ip, url.port) };
  step(ctx, 'note', `request.outcome.${outcome.outcome}`, {
    status: outcome.httpStatus ?? 0, pod: outcome.pod ?? '-', backend: outcome.backend ?? '-', ...reasonParams(outcome.reason),
  }, { actor: me, touches: outcome.pod ? [`pod/${outcome.pod}`] : [] });
  return { steps, outcome };
}

/** 'ns/service:port' of the Service a connection went through. */
function frontendKey(f: ServiceFrontend): string {
  return `${f.service.namespace}/${f.service.name}:${f.port.port}`;
}

/** `curl --repeat n`: the same request n times, request numbers 0..n-1. */
export function curlRepeat(sim: Simulation, request: CurlRequest, n: number, options: CurlOptions = {}): Trace<RequestOutcome>[] {
  const count = Math.max(0, Math.min(1000, Math.floor(n)));
  const start = request.requestIndex ?? 0;
  return Array.from({ length: count }, (_, i) => curl(sim, { ...request, requestIndex: start + i }, options));
}

function canonical(header: string): string {
  return header.split('-').map((w) => (w ? w[0].toUpperCase() + w.slice(1).toLowerCase() : w)).join('-');
}
