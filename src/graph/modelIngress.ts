/**
 * Ingress controllers and Ingresses on the graph: which controller claims which Ingress (an `owns` edge),
 * the per-Ingress cloud L7 load balancer of cloud-style controllers, and one `backend` edge per rule to the
 * Service it names — or to a 'missing' placeholder, marked as a problem, when that Service does not exist.
 */
import type { IngressBackend } from '../api/types';
import type { ClusterState } from '../cluster/state';
import type { Diagnostic, FieldPath } from '../manifest/diagnostics';
import { objectKey } from '../manifest/diagnostics';
import { GraphBuilder, SourceIndex } from './builder';
import { claimingControllers } from './derived';
import { resolveBackend } from '../ingress/backend';
import { requestedClass } from '../ingress/class';
import { lbAddress } from './describe';
import { gid } from './ids';
import { toProblem } from './problems';
import { COLUMN, type GraphProblem } from './types';

/** Every backend an Ingress names, with the field path it was written at and a short label. */
export interface IngressBackendRef {
  backend: IngressBackend;
  field: FieldPath;
  host: string;
  path: string;
  pathType: string;
}

export function ingressBackends(ing: ClusterState['ingresses'][number]): IngressBackendRef[] {
  const out: IngressBackendRef[] = [];
  if (ing.spec.defaultBackend) {
    out.push({ backend: ing.spec.defaultBackend, field: ['spec', 'defaultBackend'], host: '*', path: '(default)', pathType: '' });
  }
  ing.spec.rules.forEach((r, i) => {
    r.http?.paths.forEach((p, j) => {
      out.push({
        backend: p.backend, field: ['spec', 'rules', i, 'http', 'paths', j, 'backend'],
        host: r.host ?? '*', path: p.path ?? '/', pathType: p.pathType,
      });
    });
  });
  return out;
}

export function backendPortText(b: IngressBackend): string {
  const p = b.service?.port;
  return p?.name ?? (p?.number !== undefined ? String(p.number) : '');
}

function startsWith(field: FieldPath | undefined, prefix: FieldPath): boolean {
  if (!field || field.length < prefix.length) return false;
  return prefix.every((x, i) => field[i] === x);
}

/**
 * The diagnostic lint gave for this backend, if any (matched by field path, else by the Service's name);
 * else a plain problem saying what src/ingress/backend.ts found.
 */
function backendProblem(diags: readonly Diagnostic[], ref: IngressBackendRef, reason: string, ns: string, name: string): GraphProblem {
  const d = diags.find((x) => startsWith(x.field, ref.field)) ??
    diags.find((x) => Object.values(x.params).includes(name));
  if (d) return toProblem(d);
  const port = backendPortText(ref.backend);
  return reason === 'port-not-found'
    ? {
      severity: 'warning', code: 'graph/backend-port-missing', params: { namespace: ns, service: name, port },
      message: `Service "${name}" has no port ${port}: this rule answers 503.`,
    }
    : {
      severity: 'warning', code: 'graph/backend-service-missing', params: { namespace: ns, service: name },
      message: `Service "${name}" does not exist in namespace "${ns}": this rule answers 503.`,
    };
}

export function addIngresses(b: GraphBuilder, cluster: ClusterState, sources: SourceIndex, diagnostics: readonly Diagnostic[]): void {
  for (const c of cluster.ingressControllers) {
    const id = gid.ingressController(c.spec.className);
    b.node({
      id, kind: 'ingressController', label: c.spec.className, column: COLUMN.ingressControllers,
      sublabel: lbAddress(c.address) || (c.spec.style === 'cloud-l7' ? 'per-Ingress L7' : 'pending'),
      detail: c.spec.controller, badges: [c.spec.style, ...(c.spec.isDefaultClass ? ['default class'] : [])],
      ...(c.spec.namespace ? { namespace: c.spec.namespace } : {}),
    });
    if (c.serviceKey) {
      const [ns, name] = c.serviceKey.split('/');
      const svc = gid.service(ns, name);
      if (b.has(svc)) b.edge(id, svc, 'owns', { label: 'runs behind' });
    }
  }

  const byIngress = new Map<string, Diagnostic[]>();
  for (const d of diagnostics) {
    if (!d.object?.startsWith('Ingress/')) continue;
    const list = byIngress.get(d.object);
    if (list) list.push(d);
    else byIngress.set(d.object, [d]);
  }

  for (const ing of cluster.ingresses) {
    const ns = ing.metadata.namespace;
    const id = gid.ingress(ns, ing.metadata.name);
    const address = lbAddress(cluster.ingressAddresses?.[`${ns}/${ing.metadata.name}`] ?? ing.status.loadBalancer.ingress);
    const hosts = [...new Set(ing.spec.rules.map((r) => r.host ?? '*'))];
    const className = requestedClass(ing)?.className;
    b.node({
      id, kind: 'ingress', label: ing.metadata.name, namespace: ns, column: COLUMN.ingresses,
      sublabel: address || 'no address', detail: hosts.join(', ') || '(default backend)',
      badges: [...(className ? [`class ${className}`] : []), ...(ing.spec.tls.length ? ['TLS'] : [])],
      ...(sources.of(ing) ? { source: sources.of(ing) } : {}),
    });
    for (const { controller: c, label } of claimingControllers(ing, cluster)) {
      const ctl = gid.ingressController(c.spec.className);
      b.edge(ctl, id, 'owns', { label });
      if (c.spec.style === 'cloud-l7') {
        const l7 = gid.cloudL7(ns, ing.metadata.name);
        b.node({ id: l7, kind: 'loadBalancer', label: ing.metadata.name, namespace: ns, column: COLUMN.loadBalancers, sublabel: address || 'pending', detail: 'L7 HTTP(S)', badges: ['cloud-l7'] });
        for (const cl of cluster.world.clients) b.edge(gid.client(cl.name), l7, 'traffic');
        b.edge(l7, id, 'traffic');
      }
    }
    const diags = byIngress.get(objectKey('Ingress', ns, ing.metadata.name)) ?? [];
    for (const ref of ingressBackends(ing)) {
      const svcName = ref.backend.service?.name;
      if (!svcName) continue;
      const label = `${ref.host}${ref.path.startsWith('/') ? '' : ' '}${ref.path} → ${backendPortText(ref.backend)}`;
      const r = resolveBackend(cluster, ns, ref.backend);
      if (r.kind !== 'error' || r.reason === 'port-not-found') {
        const problem = r.kind === 'error' ? backendProblem(diags, ref, r.reason, ns, svcName) : undefined;
        b.edge(id, gid.service(ns, svcName), 'backend', { label, ...(problem ? { problem } : {}) });
      } else {
        const target = gid.missingService(ns, svcName);
        b.node({ id: target, kind: 'missing', label: svcName, namespace: ns, column: COLUMN.services, sublabel: 'Service not found', detail: 'missing' });
        b.edge(id, target, 'backend', { label, problem: backendProblem(diags, ref, r.reason, ns, svcName) });
      }
    }
  }
}
