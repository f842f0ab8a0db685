/**
 * The player's current step on the graph: the elements it touches are emphasised (the rest is dimmed
 * by one class on the container), the edge a packet travels carries the moving dot, and the selection is
 * outlined. Pure, and cheap on re-render: an element whose state did not change keeps the very same
 * object, so React Flow and the memoised cards skip it; only the handful of touched elements change.
 */
import { handlesFor, type FlowEdge, type FlowGraph, type FlowNode } from './toFlow';

export interface Highlight {
  touches: readonly string[];
  from?: string;
  to?: string;
}

export interface HighlightInput {
  highlight: Highlight | null;
  selectedId: string | null;
  /** prefers-reduced-motion: emphasise the edge, but no moving dot. */
  reducedMotion: boolean;
}

export interface HighlightedGraph {
  nodes: FlowNode[];
  edges: FlowEdge[];
  /** A step is being shown: the container dims everything that is not touched. */
  active: boolean;
}

export const PACKET_PREFIX = 'packet:';

type Cache<T extends object> = WeakMap<T, { key: string; out: T }>;

function reuse<T extends object>(cache: Cache<T>, item: T, key: string, make: () => T): T {
  if (key === '') return item;
  const hit = cache.get(item);
  if (hit && hit.key === key) return hit.out;
  const out = make();
  cache.set(item, { key, out });
  return out;
}

const joinClass = (...c: (string | false | undefined)[]) => c.filter(Boolean).join(' ');

export function createHighlighter(): (flow: FlowGraph, input: HighlightInput) => HighlightedGraph {
  const nodeCache: Cache<FlowNode> = new WeakMap();
  const edgeCache: Cache<FlowEdge> = new WeakMap();

  return (flow, { highlight, selectedId, reducedMotion }) => {
    const drawn = (id: string | undefined) => (id === undefined ? undefined : flow.drawnAs.get(id) ?? id);
    const touched = new Set<string>();
    for (const t of highlight?.touches ?? []) touched.add(drawn(t)!);
    const from = drawn(highlight?.from);
    const to = drawn(highlight?.to);
    if (from) touched.add(from);
    if (to) touched.add(to);
    const selected = drawn(selectedId ?? undefined) ?? null;

    const nodes = flow.nodes.map((n) => {
      const own = n.type === 'group' ? n.data.group.id : n.id;
      const isTouched = touched.has(own);
      const isSelected = selected !== null && own === selected;
      const isEnd = own === from || own === to;
      const key = joinClass(isTouched && 'is-touched', isSelected && 'is-selected', isEnd && 'is-end');
      return reuse(nodeCache, n, key, () => ({ ...n, className: joinClass(n.className, key), ...(isSelected ? { zIndex: 10 } : {}) }) as FlowNode);
    });

    let packetEdge = false;
    const edges = flow.edges.map((e) => {
      const forward = from !== undefined && e.source === from && e.target === to;
      const reverse = from !== undefined && e.source === to && e.target === from;
      if (forward || reverse) packetEdge = true;
      const isTouched = forward || reverse || touched.has(e.id);
      const nearSelection = selected !== null && (e.source === selected || e.target === selected);
      const packet: 'forward' | 'reverse' | undefined = (forward || reverse) && !reducedMotion ? (forward ? 'forward' : 'reverse') : undefined;
      const show = !e.hidden || isTouched || nearSelection;
      const key = joinClass(isTouched && 'is-touched', nearSelection && 'is-near', packet && `packet-${packet}`, e.hidden && show && 'shown');
      return reuse(edgeCache, e, key, () => ({
        ...e,
        className: joinClass(e.className, isTouched && 'is-touched', nearSelection && 'is-near'),
        hidden: !show,
        ...(isTouched ? { zIndex: 5 } : {}),
        data: { ...e.data, ...(packet ? { packet } : {}), showLabel: Boolean(e.data?.showLabel) || isTouched || nearSelection },
      }));
    });

    // No edge joins the two elements (e.g. a collapsed group, or a hop the model does not draw): a dashed
    // straight line carries the packet instead, so the step is still visible.
    if (from && to && from !== to && !packetEdge) {
      const a = flow.nodes.find((n) => n.id === from);
      const b = flow.nodes.find((n) => n.id === to);
      if (a && b) {
        edges.push({
          id: `${PACKET_PREFIX}${from}->${to}`, source: from, target: to, type: 'packet', ...handlesFor(a.position, b.position),
          className: 'pp-edge pp-edge--synthetic is-touched', zIndex: 5,
          data: reducedMotion ? {} : { packet: 'forward' },
        });
      }
    }
    return { nodes, edges, active: highlight !== null && touched.size > 0 };
  };
}
