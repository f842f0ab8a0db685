/**
 * Diagnostics → the graph elements they are about. A diagnostic names its object as 'Kind/ns/name'
 * (src/manifest/diagnostics.ts); this maps that key to the element(s) that stand for the object, so a
 * Service whose selector matches nothing carries its warning on the graph, where the learner looks.
 * Objects with no element of their own are mapped to the elements they make (a Deployment → its pods,
 * an IngressClass → its controller, a TLS Secret → the Ingresses naming it); the rest stay "unplaced".
 */
import type { ClusterState } from '../cluster/state';
import type { Diagnostic, Severity } from '../manifest/diagnostics';
import { gid, type GraphId } from './ids';
import type { GraphProblem } from './types';

export function toProblem(d: Diagnostic): GraphProblem {
  const p: GraphProblem = { severity: d.severity, code: d.code, message: d.message, params: d.params };
  return d.object ? { ...p, object: d.object } : p;
}

const severityRank: Readonly<Record<Severity, number>> = { error: 0, warning: 1, info: 2 };

/** The worst severity among problems (undefined when there are none). */
export function worstSeverity(problems: readonly GraphProblem[]): Severity | undefined {
  let worst: Severity | undefined;
  for (const p of problems) if (!worst || severityRank[p.severity] < severityRank[worst]) worst = p.severity;
  return worst;
}

/** Split 'Kind/ns/name' or 'Kind/name'. */
export function parseObjectKey(key: string): { kind: string; namespace: string; name: string } | undefined {
  const parts = key.split('/');
  if (parts.length === 3) return { kind: parts[0], namespace: parts[1], name: parts[2] };
  if (parts.length === 2) return { kind: parts[0], namespace: '', name: parts[1] };
  return undefined;
}

/** Object key → graph ids, for the kinds whose elements are not simply named after them. */
export function indirectTargets(cluster: ClusterState): Map<string, GraphId[]> {
  const out = new Map<string, GraphId[]>();
  const add = (key: string, id: GraphId) => {
    const list = out.get(key);
    if (list) list.push(id);
    else out.set(key, [id]);
  };
  // ReplicaSet → Deployment, read from the ReplicaSets' ownerReferences.
  const rsOwner = new Map<string, string>();
  for (const o of cluster.objects) {
    if (o.kind !== 'ReplicaSet') continue;
    const owner = o.metadata.ownerReferences.find((r) => r.kind === 'Deployment');
    if (owner) rsOwner.set(`${o.metadata.namespace}/${o.metadata.name}`, owner.name);
  }
  for (const p of cluster.pods) {
    const id = gid.pod(p.namespace, p.name);
    const owners = p.pod.metadata.ownerReferences.length
      ? p.pod.metadata.ownerReferences.map((r) => ({ kind: r.kind, name: r.name }))
      : p.owner ? [p.owner] : [];
    for (const o of owners) {
      add(`${o.kind}/${p.namespace}/${o.name}`, id);
      const dep = o.kind === 'ReplicaSet' ? rsOwner.get(`${p.namespace}/${o.name}`) : undefined;
      if (dep) add(`Deployment/${p.namespace}/${dep}`, id);
    }
  }
  for (const s of cluster.services) add(`Endpoints/${s.namespace}/${s.name}`, gid.service(s.namespace, s.name));
  for (const c of cluster.ingressControllers) add(`IngressClass/${c.spec.className}`, gid.ingressController(c.spec.className));
  for (const ing of cluster.ingresses) {
    for (const t of ing.spec.tls) {
      if (t.secretName) add(`Secret/${ing.metadata.namespace}/${t.secretName}`, gid.ingress(ing.metadata.namespace, ing.metadata.name));
    }
  }
  return out;
}

/** The graph id an object key names directly, when its kind has an element of its own. */
export function directTarget(key: string): GraphId | undefined {
  const k = parseObjectKey(key);
  if (!k) return undefined;
  switch (k.kind) {
    case 'Service': return gid.service(k.namespace, k.name);
    case 'Pod': return gid.pod(k.namespace, k.name);
    case 'EndpointSlice': return gid.endpointSlice(k.namespace, k.name);
    case 'Ingress': return gid.ingress(k.namespace, k.name);
    case 'Node': return gid.node(k.name);
    case 'Namespace': return gid.namespace(k.name);
    default: return undefined;
  }
}

export interface ProblemIndex {
  byId: Map<GraphId, GraphProblem[]>;
  /** Diagnostics whose object has no element on the graph (or that name no object). */
  unplaced: GraphProblem[];
}

/**
 * Attach each diagnostic to the element(s) it is about. `exists` says whether an id is on the graph;
 * a diagnostic is placed on every element its object maps to and listed as unplaced when none exists.
 */
export function indexProblems(
  diagnostics: readonly Diagnostic[],
  cluster: ClusterState,
  exists: (id: GraphId) => boolean,
): ProblemIndex {
  const byId = new Map<GraphId, GraphProblem[]>();
  const unplaced: GraphProblem[] = [];
  let indirect: Map<string, GraphId[]> | undefined;
  for (const d of diagnostics) {
    const problem = toProblem(d);
    let placed = false;
    if (d.object) {
      const direct = directTarget(d.object);
      let targets: GraphId[] = direct && exists(direct) ? [direct] : [];
      if (!targets.length) {
        indirect ??= indirectTargets(cluster);
        targets = (indirect.get(d.object) ?? []).filter(exists);
      }
      for (const id of targets) {
        const list = byId.get(id);
        if (list) list.push(problem);
        else byId.set(id, [problem]);
        placed = true;
      }
    }
    if (!placed) unplaced.push(problem);
  }
  return { byId, unplaced };
}
