/**
 * The worker's side of graph-delta.ts: the graph's version (a content hash) and what to send to a page that holds
 * a given version — 'unchanged', a delta against it, or the whole model.
 */
import { fnv1a32 } from '../../src/cluster/hash';
import type { GraphModel } from '../../src/graph/types';
import type { WireGraph } from './graph-delta';

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
