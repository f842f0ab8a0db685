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
 * version (it remembers the last model it sent: graph-sender.ts), else it sends the model whole. So a delta can
 * never be applied to the wrong graph, whatever happened in between. This module is the page's side (types and
 * applying a delta): it stays small, as it is in the page's first bundle.
 */
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
