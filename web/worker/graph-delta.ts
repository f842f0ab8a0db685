/**
 * The graph model on the wire: whole, 'unchanged', or as a delta against the graph the app already holds.
 *
 * WHY: an edit changes a few cards, but the model of a 300-card graph is ~170 KB of small objects, which the
 * worker serializes and the page deserializes on every keystroke, and which then arrive as new objects, so the
 * graph panel had to compare every card by content to find the few that changed. A delta sends the changed
 * nodes and edges whole and every other one as the index of the equal one in the app's graph: the message
 * shrinks to what changed, and an unchanged card keeps its very object on the page (toFlow reuses it by identity).
 *
 * Each simulate request says which graph version the app holds; the worker makes a delta only against that very
 * version (it remembers the last model it sent), else it sends the model whole. So a delta can never be applied
 * to the wrong graph, whatever happened in between.
 */
import { fnv1a32 } from '../../src/cluster/hash';
import type { GraphEdge, GraphModel, GraphNode } from '../../src/graph/types';

export interface GraphDelta {
  type: 'delta';
  /** The graph version this delta is made against: the app's current graph. */
  base: string;
  /** Each node of the new model: the index of the equal node in the base model, or the node itself. */
  nodes: (GraphNode | number)[];
  edges: (GraphEdge | number)[];
  groups: GraphModel['groups'];
  columns: GraphModel['columns'];
  unplaced: GraphModel['unplaced'];
}

export type WireGraph = GraphModel | null | 'unchanged' | GraphDelta;

interface Sent {
  version: string;
  /** JSON of each node/edge by id, with its index in the model sent. */
  nodes: Map<string, { json: string; index: number }>;
  edges: Map<string, { json: string; index: number }>;
}

export interface GraphSender {
  /**
   * The model's version (a content hash: equal versions, equal models) and what to send to an app holding the
   * graph of version `held` ('' or undefined: none).
   */
  encode(model: GraphModel, held: string | undefined): { version: string; wire: Exclude<WireGraph, null> };
}

export function createGraphSender(): GraphSender {
  let last: Sent | undefined;
  return {
    encode(model, held) {
      const nodeJson = model.nodes.map((n) => JSON.stringify(n));
      const edgeJson = model.edges.map((e) => JSON.stringify(e));
      const rest = JSON.stringify([model.groups, model.columns, model.unplaced]);
      // FNV-1a over every item's JSON in turn (src/cluster/hash.ts), with the total length and the counts.
      let h = fnv1a32('');
      let length = rest.length;
      for (const s of nodeJson) {
        h = fnv1a32(s, h);
        length += s.length;
      }
      h = fnv1a32('|', h);
      for (const s of edgeJson) {
        h = fnv1a32(s, h);
        length += s.length;
      }
      h = fnv1a32(rest, h);
      const version = `${length.toString(36)}-${(h >>> 0).toString(36)}-${model.nodes.length}-${model.edges.length}`;
      const base = last && held && held === last.version ? last : undefined;
      const index = (items: string[], ids: readonly { id: string }[]) => new Map(items.map((json, i) => [ids[i].id, { json, index: i }]));
      const sent: Sent = { version, nodes: index(nodeJson, model.nodes), edges: index(edgeJson, model.edges) };
      last = sent;
      if (held === version) return { version, wire: 'unchanged' };
      if (!base) return { version, wire: model };
      const pick = <T extends { id: string }>(items: readonly T[], json: string[], before: Sent['nodes']) => items.map((item, i) => {
        const b = before.get(item.id);
        return b && b.json === json[i] ? b.index : item;
      });
      return {
        version,
        wire: {
          type: 'delta', base: base.version,
          nodes: pick(model.nodes, nodeJson, base.nodes), edges: pick(model.edges, edgeJson, base.edges),
          groups: model.groups, columns: model.columns, unplaced: model.unplaced,
        },
      };
    },
  };
}

/** The model a delta describes, given the graph it was made against (unchanged nodes and edges are base's objects). */
export function applyGraphDelta(base: GraphModel, delta: GraphDelta): GraphModel {
  return {
    nodes: delta.nodes.map((n) => (typeof n === 'number' ? base.nodes[n] : n)),
    edges: delta.edges.map((e) => (typeof e === 'number' ? base.edges[e] : e)),
    groups: delta.groups, columns: delta.columns, unplaced: delta.unplaced,
  };
}

export function isGraphDelta(g: WireGraph): g is GraphDelta {
  return g !== null && typeof g === 'object' && 'type' in g && g.type === 'delta';
}
