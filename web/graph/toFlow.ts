/**
 * GraphModel (the engine's, plain data) → React Flow nodes and edges. Pure: positions come in from the
 * layout, collapsed groups and the grouping mode from the panel's state. React Flow types stop here;
 * nothing in src/ knows about them. Each model node is passed through by reference in `data.node`, so a
 * card whose element did not change keeps the same data and its memoised component does not re-render.
 */
import { Position, type Edge, type Node, type NodeHandle } from '@xyflow/react';
import type { GraphEdge, GraphGroup, GraphGroupKind, GraphModel, GraphNode } from '../../src/index';
import { NODE_H, NODE_W, type LayoutNode, type Point, type Positions } from './layout';

export type Grouping = GraphGroupKind;

export type ResourceFlowNode = Node<{ node: GraphNode }, 'resource'>;

/**
 * Where a card's handles sit (nodes.tsx Handles: 6 × 6 px boxes that React Flow's stylesheet centres on the
 * card's edges), given up front. Without them React Flow renders every card once to measure its handles — every
 * one, onlyRenderVisibleElements or not: expanding a namespace of 20,000 pods took half a minute. A card it does
 * render is measured as usual; these are the same positions (e2e/journeys.spec.ts checks them against a drawn card).
 */
const HANDLE = 6;
const box = (id: string, type: 'source' | 'target', position: Position, x: number, y: number): NodeHandle =>
  ({ id, type, position, x: x - HANDLE / 2, y: y - HANDLE / 2, width: HANDLE, height: HANDLE });
export const CARD_HANDLES: NodeHandle[] = [
  box('l', 'target', Position.Left, 0, NODE_H / 2),
  box('r', 'source', Position.Right, NODE_W, NODE_H / 2),
  box('lo', 'source', Position.Left, 0, NODE_H / 2),
  box('ri', 'target', Position.Right, NODE_W, NODE_H / 2),
  box('b', 'source', Position.Bottom, NODE_W / 2, NODE_H),
  box('t', 'target', Position.Top, NODE_W / 2, 0),
  box('to', 'source', Position.Top, NODE_W / 2, 0),
  box('bi', 'target', Position.Bottom, NODE_W / 2, NODE_H),
];
export type CollapsedFlowNode = Node<{ group: GraphGroup; count: number; severity?: GraphNode['severity'] }, 'collapsed'>;
export type GroupFlowNode = Node<{ group: GraphGroup; problems: number }, 'group'>;
export type ColumnFlowNode = Node<{ column: string }, 'column'>;
export type FlowNode = ResourceFlowNode | CollapsedFlowNode | GroupFlowNode | ColumnFlowNode;

export interface FlowEdgeData extends Record<string, unknown> {
  edge?: GraphEdge;
  /** A DNS query edge from a pod: drawn only when highlighted or next to the selection. */
  quiet?: boolean;
  /** Set by the highlight stage on the edge a packet travels. */
  packet?: 'forward' | 'reverse';
  /** Show the label (backend rules, problems, highlighted edges). */
  showLabel?: boolean;
}
export type FlowEdge = Edge<FlowEdgeData, 'packet'>;

export interface FlowGraph {
  nodes: FlowNode[];
  edges: FlowEdge[];
  /** Model id → the id drawn for it (a collapsed group's id for its members, else itself). */
  drawnAs: ReadonlyMap<string, string>;
}

const PAD = 16;
const TITLE = 26;
export const GROUP_PREFIX = 'bg:';
export const COLUMN_PREFIX = 'col:';

/**
 * The model's nodes as the layout sees them, banded by the chosen grouping. A collapsed group is one card
 * (its id, in its leftmost column), and edges to its members end on it, so a collapsed namespace takes the
 * room of one card instead of leaving a hole.
 */
export function layoutInput(
  model: GraphModel, grouping: Grouping, collapsed: ReadonlySet<string> = new Set(),
): { nodes: LayoutNode[]; edges: { source: string; target: string }[] } {
  const band = new Map<string, string>();
  const into = new Map<string, string>();
  const nodes: LayoutNode[] = [];
  const columnOf = new Map(model.nodes.map((n) => [n.id, n.column]));
  for (const g of model.groups) {
    if (g.kind !== grouping) continue;
    for (const m of g.members) band.set(m, g.id);
    if (collapsed.has(g.id) && g.members.length) {
      for (const m of g.members) into.set(m, g.id);
      let column = Infinity; // a loop, not Math.min(...members): a spread of 100,000+ throws RangeError
      for (const m of g.members) column = Math.min(column, columnOf.get(m) ?? 0);
      nodes.push({ id: g.id, column, band: g.id });
    }
  }
  for (const n of model.nodes) if (!into.has(n.id)) nodes.push({ id: n.id, column: n.column, band: band.get(n.id) });
  const seen = new Set<string>();
  const edges: { source: string; target: string }[] = [];
  for (const e of model.edges) {
    const source = into.get(e.source) ?? e.source;
    const target = into.get(e.target) ?? e.target;
    const key = `${source}->${target}`;
    if (source === target || seen.has(key)) continue;
    seen.add(key);
    edges.push({ source, target });
  }
  return { nodes, edges };
}

function bbox(points: readonly Point[]): { x: number; y: number; w: number; h: number } {
  let x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
  for (const p of points) {
    x0 = Math.min(x0, p.x); y0 = Math.min(y0, p.y);
    x1 = Math.max(x1, p.x + NODE_W); y1 = Math.max(y1, p.y + NODE_H);
  }
  return { x: x0, y: y0, w: x1 - x0, h: y1 - y0 };
}

/** Which handles an edge uses: left → right when the target is to the right, right → left when behind, else down. */
export function handlesFor(s: Point, t: Point): { sourceHandle: string; targetHandle: string } {
  if (s.x + NODE_W <= t.x) return { sourceHandle: 'r', targetHandle: 'l' };
  if (t.x + NODE_W <= s.x) return { sourceHandle: 'lo', targetHandle: 'ri' };
  return s.y <= t.y ? { sourceHandle: 'b', targetHandle: 't' } : { sourceHandle: 'to', targetHandle: 'bi' };
}

/**
 * What one toFlow call remembers for the next: id → the element's signature and the object handed out, and the
 * last arrays handed out. An element equal to last time's is handed out as the very same object, and React Flow
 * and the memoised cards skip it (no re-render, no re-measure); when every element is, the very same array.
 * A card whose model node is the same object as last time (the worker's graph delta keeps unchanged nodes'
 * objects: worker/graph-delta.ts), at the same place, is equal without comparing contents; other elements are
 * compared by their JSON.
 */
export interface FlowReuse {
  nodes: ReuseCache<FlowNode>;
  edges: ReuseCache<FlowEdge>;
}

interface ReuseCache<T> {
  byId: Map<string, { sig: string | undefined; item: T }>;
  out: T[];
}

export function createFlowReuse(): FlowReuse {
  return { nodes: { byId: new Map(), out: [] }, edges: { byId: new Map(), out: [] } };
}

function reuseAll<T extends { id: string }>(items: T[], cache: ReuseCache<T>, same: (a: T, b: T) => boolean): T[] {
  const next = new Map<string, { sig: string | undefined; item: T }>();
  let all = items.length === cache.out.length;
  const out = items.map((item, i) => {
    const hit = cache.byId.get(item.id);
    let kept: { sig: string | undefined; item: T };
    if (hit && same(hit.item, item)) kept = hit;
    else {
      const sig = JSON.stringify(item);
      kept = hit && (hit.sig ?? JSON.stringify(hit.item)) === sig ? { sig, item: hit.item } : { sig, item };
    }
    next.set(item.id, kept);
    if (all && cache.out[i] !== kept.item) all = false;
    return kept.item;
  });
  cache.byId = next;
  if (all) return cache.out;
  cache.out = out;
  return out;
}

/** Two cards of the same model node object, at the same place and size. */
function sameCard(a: FlowNode, b: FlowNode): boolean {
  return a.type === 'resource' && b.type === 'resource' && a.data.node === b.data.node &&
    a.position.x === b.position.x && a.position.y === b.position.y && a.width === b.width && a.height === b.height;
}

/** Two edges drawn for the same model edge object, between the same cards and handles (the rest follows from those). */
function sameEdge(a: FlowEdge, b: FlowEdge): boolean {
  return a.data?.edge !== undefined && a.data.edge === b.data?.edge && a.source === b.source && a.target === b.target &&
    a.sourceHandle === b.sourceHandle && a.targetHandle === b.targetHandle;
}

export function toFlow(
  model: GraphModel,
  positions: Positions,
  grouping: Grouping,
  collapsed: ReadonlySet<string>,
  reuse?: FlowReuse,
): FlowGraph {
  const groups = model.groups.filter((g) => g.kind === grouping);
  const drawnAs = new Map<string, string>();
  const at = new Map<string, Point>();
  const nodes: FlowNode[] = [];
  const background: FlowNode[] = [];

  for (const g of groups) {
    const own = positions.get(g.id);
    const pts = g.members.map((m) => positions.get(m)).filter((p): p is Point => p !== undefined);
    if (!pts.length && !(own && collapsed.has(g.id))) continue;
    const box = own && collapsed.has(g.id) ? { x: own.x, y: own.y, w: NODE_W, h: NODE_H } : bbox(pts);
    if (collapsed.has(g.id)) {
      for (const m of g.members) drawnAs.set(m, g.id);
      const inGroup = new Set(g.members); // a Set: `members.includes` per node was quadratic (20,000 pods: 0.7 s)
      const members = model.nodes.filter((n) => inGroup.has(n.id));
      const severity = members.find((n) => n.severity === 'error')?.severity ?? members.find((n) => n.severity === 'warning')?.severity;
      at.set(g.id, { x: box.x, y: box.y });
      nodes.push({
        id: g.id, type: 'collapsed', position: { x: box.x, y: box.y }, width: NODE_W, height: NODE_H,
        data: { group: g, count: g.members.length, ...(severity ? { severity } : {}) },
      });
    } else {
      background.push({
        id: `${GROUP_PREFIX}${g.id}`, type: 'group', position: { x: box.x - PAD, y: box.y - PAD - TITLE },
        width: box.w + 2 * PAD, height: box.h + 2 * PAD + TITLE, zIndex: -1, selectable: false, draggable: false, focusable: false,
        data: { group: g, problems: g.problems.length },
      });
    }
  }

  const usedColumns = new Map<number, number>();
  for (const n of model.nodes) {
    if (drawnAs.has(n.id)) continue;
    const p = positions.get(n.id);
    if (!p) continue;
    drawnAs.set(n.id, n.id);
    at.set(n.id, p);
    if (!usedColumns.has(n.column)) usedColumns.set(n.column, p.x);
    nodes.push({ id: n.id, type: 'resource', position: p, width: NODE_W, height: NODE_H, handles: CARD_HANDLES, data: { node: n } });
  }

  let minY = Infinity; // a loop, not Math.min(...ys): a spread of 100,000+ throws RangeError
  for (const p of at.values()) minY = Math.min(minY, p.y);
  const top = (at.size ? minY : 0) - PAD - TITLE - 44;
  const headers: FlowNode[] = [...usedColumns].sort((a, b) => a[0] - b[0]).map(([c, x]) => ({
    id: `${COLUMN_PREFIX}${c}`, type: 'column', position: { x, y: top }, width: NODE_W, height: 24,
    selectable: false, draggable: false, focusable: false, data: { column: model.columns[c] ?? String(c) },
  }));

  const edges: FlowEdge[] = [];
  const seen = new Set<string>();
  for (const e of model.edges) {
    const source = drawnAs.get(e.source);
    const target = drawnAs.get(e.target);
    if (!source || !target || source === target) continue;
    const rerouted = source !== e.source || target !== e.target;
    const id = rerouted ? `${source}->${target}` : e.id;
    if (seen.has(id)) continue;
    seen.add(id);
    const quiet = e.kind === 'dns' && e.source.startsWith('pod/');
    edges.push({
      id, source, target, type: 'packet', ...handlesFor(at.get(source)!, at.get(target)!),
      className: `pp-edge pp-edge--${e.kind}${e.problem ? ' pp-edge--problem' : ''}${e.status && e.status !== 'ready' ? ` pp-edge--${e.status}` : ''}`,
      ...(quiet ? { hidden: true } : {}),
      ...(e.label && !rerouted ? { label: e.label } : {}),
      data: { ...(rerouted ? {} : { edge: e }), ...(quiet ? { quiet } : {}), showLabel: e.kind === 'backend' || e.problem !== undefined },
    });
  }
  const all = [...headers, ...background, ...nodes];
  if (!reuse) return { nodes: all, edges, drawnAs };
  return { nodes: reuseAll(all, reuse.nodes, sameCard), edges: reuseAll(edges, reuse.edges, sameEdge), drawnAs };
}
