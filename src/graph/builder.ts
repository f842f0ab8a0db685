/**
 * A small accumulator for graph nodes and edges: ids are unique (a second edge between the same two
 * elements merges its label into the first), insertion order is kept, so the model is deterministic.
 */
import type { KubeObject } from '../api/types';
import type { ClusterState } from '../cluster/state';
import { objectKey } from '../manifest/diagnostics';
import { gid, type GraphId } from './ids';
import type { GraphEdge, GraphNode, GraphProblem, GraphSource } from './types';

export type NodeInput = Omit<GraphNode, 'problems' | 'severity'>;

export class GraphBuilder {
  readonly nodes = new Map<GraphId, NodeInput>();
  readonly edges = new Map<GraphId, GraphEdge>();

  node(n: NodeInput): void {
    if (!this.nodes.has(n.id)) this.nodes.set(n.id, n);
  }

  has(id: GraphId): boolean {
    return this.nodes.has(id);
  }

  edge(source: GraphId, target: GraphId, kind: GraphEdge['kind'], extra: { label?: string; problem?: GraphProblem; status?: GraphEdge['status'] } = {}): void {
    if (source === target) return;
    const id = gid.edge(source, target);
    const prev = this.edges.get(id);
    if (prev) {
      if (extra.label && prev.label !== extra.label && !prev.label?.split(', ').includes(extra.label)) {
        this.edges.set(id, { ...prev, label: prev.label ? `${prev.label}, ${extra.label}` : extra.label });
      }
      return;
    }
    const e: GraphEdge = { id, source, target, kind };
    if (extra.label) e.label = extra.label;
    if (extra.problem) e.problem = extra.problem;
    if (extra.status) e.status = extra.status;
    this.edges.set(id, e);
  }
}

/**
 * Where each object was written, by object key, following owners for objects the simulation made:
 * a ReplicaSet's pods lead to its Deployment, a controller-made EndpointSlice to its Service.
 */
export class SourceIndex {
  private readonly byKey = new Map<string, KubeObject>();
  private static readonly memo = new WeakMap<ClusterState, SourceIndex>();

  /** The index of a cluster (immutable), built once: the inspector asks for one object per click. */
  static for(cluster: ClusterState): SourceIndex {
    let s = SourceIndex.memo.get(cluster);
    if (!s) SourceIndex.memo.set(cluster, (s = new SourceIndex(cluster)));
    return s;
  }

  constructor(cluster: ClusterState) {
    for (const o of cluster.objects) this.byKey.set(keyOf(o), o);
  }

  /** The source of `obj`, else of the first owner (followed up to 3 levels) that has one. */
  of(obj: KubeObject | undefined, fallbackKey?: string): GraphSource | undefined {
    let cur: KubeObject | undefined = obj;
    for (let depth = 0; cur && depth < 4; depth++) {
      if (cur.source) return { doc: cur.source.doc, range: cur.source.range, object: keyOf(cur) };
      const owner: { kind: string; name: string } | undefined = cur.metadata.ownerReferences.find((r) => r.controller) ?? cur.metadata.ownerReferences[0];
      cur = owner ? this.byKey.get(objectKey(owner.kind, cur.metadata.namespace, owner.name)) : undefined;
    }
    if (fallbackKey) {
      const f = this.byKey.get(fallbackKey);
      if (f?.source) return { doc: f.source.doc, range: f.source.range, object: fallbackKey };
    }
    return undefined;
  }
}

export function keyOf(o: KubeObject): string {
  return objectKey(o.kind, o.metadata.namespace || undefined, o.metadata.name);
}
