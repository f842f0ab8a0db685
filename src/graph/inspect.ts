/**
 * inspect(simulation, id): everything the inspector shows about one graph element — its fields under
 * their upstream names, addresses and ports, every DNS name that leads to it (asked of src/dns), its
 * endpoints, the Ingress rules that point at it, and the diagnostics about it. Pure; returns null for an
 * id that is not on the graph.
 */
import type { ClusterState } from '../cluster/state';
import { buildZone, type DnsZone } from '../dns/zone';
import type { Diagnostic } from '../manifest/diagnostics';
import type { GraphId } from './ids';
import { inspectIngress, inspectPod, inspectService, inspectSlice } from './inspectObjects';
import { inspectEdge, inspectNamespace, inspectWorldElement } from './inspectWorld';
import { directTarget, indirectTargets, toProblem } from './problems';
import type { InspectorDetails } from './types';

export type InspectInput =
  | ClusterState
  | { cluster: ClusterState; diagnostics?: readonly Diagnostic[]; zone?: DnsZone };

export interface InspectContext {
  cluster: ClusterState;
  diagnostics: readonly Diagnostic[];
  zone(): DnsZone;
  /** Diagnostics about the element `id` (its own object, or the objects it stands for). */
  diagnosticsFor(id: GraphId): InspectorDetails['diagnostics'];
}

export function inspectContext(input: InspectInput): InspectContext {
  const cluster = 'cluster' in input ? input.cluster : input;
  const diagnostics = 'cluster' in input ? input.diagnostics ?? cluster.diagnostics : cluster.diagnostics;
  let zone = 'cluster' in input ? input.zone : undefined;
  return {
    cluster,
    diagnostics,
    zone: () => (zone ??= buildZone(cluster)),
    diagnosticsFor(id) {
      const about = diagnosticsByTarget(cluster, diagnostics).get(id) ?? [];
      return about.map((d) => (d.range ? { ...toProblem(d), range: d.range } : toProblem(d)));
    },
  };
}

/**
 * The diagnostics about each graph element (about its own object, or an object it stands for), in diagnostic
 * order, indexed once per cluster and diagnostics list (both immutable). WHY: the inspector asks for one
 * element at a time, and scanning every diagnostic on every click cost ~30 ms in a 3,000-Service dump.
 * Not problems.ts indexProblems: the graph's badges go on the direct target when it is drawn, else on the
 * indirect ones; the inspector lists a diagnostic under both, drawn or not.
 */
const byTargetMemo = new WeakMap<ClusterState, WeakMap<readonly Diagnostic[], Map<GraphId, Diagnostic[]>>>();

function diagnosticsByTarget(cluster: ClusterState, diagnostics: readonly Diagnostic[]): Map<GraphId, Diagnostic[]> {
  let perCluster = byTargetMemo.get(cluster);
  if (!perCluster) byTargetMemo.set(cluster, (perCluster = new WeakMap()));
  let index = perCluster.get(diagnostics);
  if (index) return index;
  index = new Map();
  let indirect: Map<string, GraphId[]> | undefined;
  for (const d of diagnostics) {
    if (!d.object) continue;
    indirect ??= indirectTargets(cluster);
    const targets = new Set<GraphId>();
    const direct = directTarget(d.object);
    if (direct) targets.add(direct);
    for (const t of indirect.get(d.object) ?? []) targets.add(t);
    for (const t of targets) {
      const list = index.get(t);
      if (list) list.push(d);
      else index.set(t, [d]);
    }
  }
  perCluster.set(diagnostics, index);
  return index;
}

/** Everything about one element, or null when the id names nothing in this cluster. */
export function inspect(input: InspectInput, id: GraphId): InspectorDetails | null {
  const ctx = inspectContext(input);
  if (id.includes('->')) return inspectEdge(ctx, id);
  const slash = id.indexOf('/');
  const prefix = slash < 0 ? id : id.slice(0, slash);
  const rest = slash < 0 ? '' : id.slice(slash + 1);
  const [a, b] = splitOnce(rest);
  switch (prefix) {
    case 'svc': return inspectService(ctx, a, b);
    case 'pod': return inspectPod(ctx, a, b);
    case 'eps': return inspectSlice(ctx, a, b);
    case 'ing': return inspectIngress(ctx, a, b);
    case 'ns': return inspectNamespace(ctx, rest);
    default: return inspectWorldElement(ctx, id);
  }
}

/** 'ns/name' → ['ns', 'name'] (names never contain '/'). */
export function splitOnce(s: string): [string, string] {
  const i = s.indexOf('/');
  return i < 0 ? [s, ''] : [s.slice(0, i), s.slice(i + 1)];
}
