/**
 * Pieces both L7 styles share: the "which rule matched and why the others did not" step, and an
 * ExternalName backend (the seed 000/003 bridge): the proxy resolves the externalName itself, from where it
 * runs, and connects to whatever that resolves to — for `svc.other-ns` that is the other Service's cluster
 * IP, so this hop goes through kube-proxy. Any namespace's Service (or any host) is reachable this way,
 * which is why ingress-nginx has `--disable-svc-external-name` (CVE-2021-25740).
 */
import type { GraphId } from '../graph/ids';
import type { PathVerdict, RouteMatch } from '../ingress/rules';
import type { BackendResolution } from '../ingress/backend';
import type { Connection, Sender } from './connect';
import { step, type Ctx } from './context';
import { nginxAnswer, proxyAnswer, type HttpRequest, type Via } from './http';
import type { RequestOutcome, ResolvedSource } from './types';
import { proxyTo } from './upstream';

/**
 * The "which rule matched" step. Every path the controller considered is a list param (`consideredItems`,
 * rendered item by item from `ingress.considered` — see src/messages/render.ts expandParams): per rule its
 * Ingress, host ('*' for none), path, pathType, and keys for how the host and the path matched.
 */
export function describeMatch(ctx: Ctx, actor: GraphId, m: RouteMatch, host: string, path: string): void {
  step(ctx, 'ingress.match', `ingress.match.${m.via}`, {
    host, path, server: m.server || '_', ingress: m.ingress ? `${m.ingress.metadata.namespace}/${m.ingress.metadata.name}` : '-',
    rule: m.entry ? `${m.entry.path} (${m.entry.pathType})` : '-', backend: m.backend?.service?.name ?? '-',
    ...consideredParams(m.considered),
  }, { actor });
}

/**
 * ingress-nginx's notes on the location it chose (src/ingress/nginxConf.ts): regex mode and what caused it,
 * and Ingresses whose identical path lost to an earlier one (store.go sortIngressSlice order) — which the
 * controller's validating admission webhook would normally have refused at apply time (controller.go
 * checkOverlap: 'host "…" and path "…" is already defined in ingress …').
 */
export function describeNginxLocation(ctx: Ctx, actor: GraphId, m: RouteMatch, path: string): void {
  if (m.regex) {
    step(ctx, 'note', 'ingress.note.regex-mode', {
      server: m.server || '_', ingress: `${m.regex.ingress.metadata.namespace}/${m.regex.ingress.metadata.name}`,
      annotation: m.regex.annotation, rule: m.entry?.path ?? '-', path,
    }, { actor });
  }
  if (m.entry && m.shadowed?.length) {
    const ing = (i: { metadata: { namespace: string; name: string } }) => `${i.metadata.namespace}/${i.metadata.name}`;
    // With the admission webhook, ingress-nginx refuses the second Ingress instead (controller.go checkOverlap:
    // the same host and path, pathType not compared, neither a canary).
    step(ctx, 'note', 'ingress.note.location-taken', {
      server: m.server || '_', rule: `${m.entry.path} (${m.entry.pathType})`, path: m.entry.path, ingress: ing(m.entry.ingress),
      others: m.shadowed.map((e) => ing(e.ingress)).join(', '),
      byKey: m.entry.ingress.metadata.creationTimestamp && m.shadowed.every((e) => e.ingress.metadata.creationTimestamp !== m.entry?.ingress.metadata.creationTimestamp)
        ? 'ingress.note.location-taken.older' : 'ingress.note.location-taken.name',
    }, { actor });
  }
}

export function consideredParams(considered: readonly PathVerdict[]): Record<string, string | number | boolean> {
  const out: Record<string, string | number | boolean> = { consideredItems: 'ingress.considered', consideredCount: considered.length };
  considered.forEach((v, i) => {
    const p = `considered.${i}.`;
    out[`${p}ingress`] = v.ingress;
    out[`${p}host`] = v.host || '*';
    out[`${p}path`] = v.path;
    out[`${p}pathType`] = v.pathType;
    out[`${p}hostMatchKey`] = `ingress.considered.host.${v.hostMatch ?? 'no'}`;
    out[`${p}pathMatchKey`] = `ingress.considered.path.${v.pathMatch ? 'yes' : 'no'}`;
  });
  return out;
}

const IPV4 = /^\d{1,3}(\.\d{1,3}){3}$/;

export function backendViaExternalName(
  ctx: Ctx, proxy: Sender, r: Extract<BackendResolution, { kind: 'external-name' }>, req: HttpRequest, via: Via,
  style: 'nginx' | 'cloud', nested: (conn: Extract<Connection, { ok: true }>, req: HttpRequest) => RequestOutcome,
): RequestOutcome {
  const failStatus = style === 'nginx' ? 503 : 502;
  step(ctx, 'note', 'ingress.note.external-name-backend', { service: `${r.service.namespace}/${r.service.name}`, externalName: r.externalName, port: r.port }, { actor: proxy.gid });
  let ip: string | undefined;
  if (IPV4.test(r.externalName)) ip = r.externalName;
  else {
    const src: ResolvedSource = proxy.pod
      ? { kind: 'pod', namespace: proxy.pod.namespace, name: proxy.pod.name, ip: proxy.ip, nodeName: proxy.pod.nodeName }
      : { kind: 'client', name: 'l7', ip: proxy.ip, network: 'internet' };
    const res = ctx.resolver(r.externalName, src, { seed: ctx.seed, requestIndex: ctx.requestIndex });
    ctx.steps.push(...res.steps);
    ip = res.addresses[0];
    if (!ip) {
      step(ctx, 'http.response', 'ingress.backend.external-name-unresolved', { externalName: r.externalName, rcode: res.rcode, status: failStatus }, { actor: proxy.gid });
      return style === 'nginx'
        ? nginxAnswer(failStatus, `${failStatus} Service Temporarily Unavailable`, via, { reason: 'external-name-unresolved' })
        : proxyAnswer(failStatus, `${failStatus} Bad Gateway`, via, { reason: 'external-name-unresolved' });
    }
  }
  return proxyTo(ctx, proxy, { ip, port: r.port }, req, via, style, nested);
}
