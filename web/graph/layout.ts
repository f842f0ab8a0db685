/**
 * Where each card goes. Columns come from the engine's model (left → right as traffic flows); dagre
 * (rankdir LR, the model's columns as fixed ranks) decides the order inside each column so edges cross
 * little; then each group (a namespace, or a Node in the "by node" view) gets its own horizontal band so
 * its background box never overlaps another's, and cards are pulled towards the cards they connect to.
 *
 * The layout stays put while a learner types: positions are kept by id, and only new cards are placed
 * (next to what they connect to, in a free slot of their column). A full layout runs the first time,
 * when most of the graph is new, or when asked ("Tidy").
 */
import dagre from '@dagrejs/dagre';

export const NODE_W = 200;
export const NODE_H = 76;
export const COL_W = 270;
/** Vertical pitch of cards in a column. */
export const ROW = NODE_H + 14;
/** Space between two bands (room for the group's title). */
export const BAND_GAP = 56;

export interface LayoutNode {
  id: string;
  column: number;
  /** The band it belongs to (a group id), or undefined for the band of everything ungrouped. */
  band?: string;
}

export interface LayoutEdge {
  source: string;
  target: string;
}

export interface Point {
  x: number;
  y: number;
}

export type Positions = ReadonlyMap<string, Point>;

/** Bands larger than this are ordered by barycenter: dagre needs ~1 s for 300 cards on this machine. */
const DAGRE_MAX = 120;
/** Longest edge (in columns) given to dagre. */
const MAX_SPAN = 2;

/** dagre's ordering inside each column: id → y (only the order matters). */
function dagreOrder(nodes: readonly LayoutNode[], edges: readonly LayoutEdge[]): Map<string, number> {
  const g = new dagre.graphlib.Graph();
  g.setGraph({ rankdir: 'LR', ranker: 'none', nodesep: 10, ranksep: 40 });
  g.setDefaultEdgeLabel(() => ({}));
  const column = new Map<string, number>();
  for (const n of nodes) {
    // dagre keeps odd ranks for edge labels (it doubles every edge's minlen), so column c is rank 2c.
    g.setNode(n.id, { width: NODE_W, height: NODE_H, rank: 2 * n.column });
    column.set(n.id, n.column);
  }
  for (const e of edges) {
    const a = column.get(e.source);
    const b = column.get(e.target);
    // Only edges that go forward, and not far: DNS queries from pods back to CoreDNS would tie every pod to
    // column 1, and each long edge costs dagre a dummy card per column it crosses (the ordering is what we
    // use, and short edges decide it).
    if (a !== undefined && b !== undefined && a < b && b - a <= MAX_SPAN) g.setEdge(e.source, e.target);
  }
  dagre.layout(g);
  const out = new Map<string, number>();
  for (const n of nodes) out.set(n.id, (g.node(n.id) as { y: number }).y);
  return out;
}

function neighbourIndex(edges: readonly LayoutEdge[]): Map<string, string[]> {
  const m = new Map<string, string[]>();
  const add = (a: string, b: string) => {
    const l = m.get(a);
    if (l) l.push(b);
    else m.set(a, [b]);
  };
  for (const e of edges) {
    add(e.source, e.target);
    add(e.target, e.source);
  }
  return m;
}

function desiredY(id: string, neighbours: Map<string, string[]>, pos: Map<string, Point>): number | undefined {
  let sum = 0;
  let n = 0;
  for (const other of neighbours.get(id) ?? []) {
    const p = pos.get(other);
    if (p) {
      sum += p.y;
      n++;
    }
  }
  return n ? sum / n : undefined;
}

/**
 * Place ordered cards at y ≥ top with a pitch of ROW, as close as possible (least squares) to their
 * desired y: isotonic regression (pool adjacent violators) on desired[i] - i·ROW.
 */
export function packColumn(desired: readonly number[], top: number): number[] {
  const blocks: { sum: number; count: number }[] = [];
  desired.forEach((d, i) => {
    blocks.push({ sum: d - i * ROW, count: 1 });
    while (blocks.length > 1) {
      const b = blocks[blocks.length - 1];
      const a = blocks[blocks.length - 2];
      if (a.sum / a.count <= b.sum / b.count) break;
      a.sum += b.sum;
      a.count += b.count;
      blocks.pop();
    }
  });
  const out: number[] = [];
  for (const b of blocks) {
    const z = Math.max(top, b.sum / b.count);
    for (let k = 0; k < b.count; k++) out.push(z + out.length * ROW);
  }
  return out;
}

/** x of each used column: empty columns take no room (a scenario without outside hosts has no hosts column). */
export function columnXs(nodes: readonly LayoutNode[]): Map<number, number> {
  const used = [...new Set(nodes.map((n) => n.column))].sort((a, b) => a - b);
  return new Map(used.map((c, i) => [c, i * COL_W]));
}

/**
 * A full layout from scratch. Bands are packed like a skyline: a group's box covers the columns from its
 * leftmost to its rightmost card, and starts below whatever already occupies those columns, so the
 * namespaces on the right can sit beside the clients, DNS and nodes on the left instead of under them.
 */
export function layoutFull(nodes: readonly LayoutNode[], edges: readonly LayoutEdge[]): Map<string, Point> {
  const neighbours = neighbourIndex(edges);
  const xs = columnXs(nodes);
  const bands = new Map<string, LayoutNode[]>();
  for (const n of nodes) {
    const key = n.band ?? '';
    const list = bands.get(key);
    if (list) list.push(n);
    else bands.set(key, [n]);
  }
  // dagre orders each band on its own: crossings inside a band are what the eye follows, and many small
  // graphs are much cheaper for dagre than one big one. A band too big for dagre to order quickly is
  // ordered by barycenter instead (each card next to the cards it connects to, column by column).
  const order = new Map<string, number>();
  const bandOf = new Map(nodes.map((n) => [n.id, n.band ?? '']));
  for (const [key, members] of bands) {
    if (members.length > DAGRE_MAX) continue;
    const inside = edges.filter((e) => bandOf.get(e.source) === key && bandOf.get(e.target) === key);
    for (const [id, y] of dagreOrder(members, inside)) order.set(id, y);
  }
  // The ungrouped band (clients, DNS, load balancers, nodes…) first, then the groups by name.
  const bandKeys = [...bands.keys()].sort((a, b) => (a === '' ? -1 : b === '' ? 1 : a.localeCompare(b)));

  const pos = new Map<string, Point>();
  /** Bottom of what occupies each column so far. */
  const skyline = new Map<number, number>();
  for (const key of bandKeys) {
    const members = bands.get(key)!;
    const columns = [...new Set(members.map((n) => n.column))].sort((a, b) => a - b);
    // The ungrouped band draws no box: each of its columns starts at its own skyline.
    const span = key === '' ? [] : [...xs.keys()].filter((c) => c >= columns[0] && c <= columns[columns.length - 1]);
    const bandTop = Math.max(0, ...span.map((c) => (skyline.has(c) ? skyline.get(c)! + BAND_GAP : 0)));
    for (const c of columns) {
      const top = key === '' ? (skyline.has(c) ? skyline.get(c)! + BAND_GAP : 0) : bandTop;
      const wanted = new Map(members.filter((n) => n.column === c).map((n) => [n, desiredY(n.id, neighbours, pos)]));
      const rank = (n: LayoutNode) => order.get(n.id) ?? wanted.get(n) ?? Infinity;
      const col = [...wanted.keys()].sort((a, b) => rank(a) - rank(b) || a.id.localeCompare(b.id));
      const desired: number[] = [];
      let prev = top - ROW;
      for (const n of col) {
        const d = wanted.get(n) ?? prev + ROW;
        desired.push(d);
        prev = d;
      }
      const ys = packColumn(desired, top);
      col.forEach((n, i) => pos.set(n.id, { x: xs.get(c)!, y: ys[i] }));
      skyline.set(c, ys[ys.length - 1] + NODE_H);
    }
    if (key !== '') alignBackwards(members, columns, neighbours, pos, bandTop, skyline);
    const bottom = Math.max(...columns.map((c) => skyline.get(c)!));
    for (const c of span) skyline.set(c, Math.max(skyline.get(c) ?? 0, bottom));
  }
  return pos;
}

/**
 * A second sweep, right to left inside one band: each card moves to the middle of the cards it leads to
 * (a Service to the middle of its EndpointSlice, a slice to the middle of its pods), keeping the order
 * the first sweep chose, so the fan-out to many pods reads as straight lines instead of a staircase.
 */
function alignBackwards(
  members: readonly LayoutNode[], columns: readonly number[], neighbours: Map<string, string[]>,
  pos: Map<string, Point>, top: number, skyline: Map<number, number>,
): void {
  const columnOf = new Map(members.map((n) => [n.id, n.column]));
  for (let i = columns.length - 2; i >= 0; i--) {
    const c = columns[i];
    const col = members.filter((n) => n.column === c).sort((a, b) => pos.get(a.id)!.y - pos.get(b.id)!.y);
    const desired = col.map((n) => {
      const right = (neighbours.get(n.id) ?? []).filter((o) => (columnOf.get(o) ?? -1) > c);
      return right.length ? right.reduce((s, o) => s + pos.get(o)!.y, 0) / right.length : pos.get(n.id)!.y;
    });
    const ys = packColumn(desired, top);
    col.forEach((n, k) => pos.set(n.id, { x: pos.get(n.id)!.x, y: ys[k] }));
    skyline.set(c, ys[ys.length - 1] + NODE_H);
  }
}

/** Nearest y to `want` in a column where a card does not overlap `taken` (sorted ys of cards there). */
export function freeSlot(want: number, taken: readonly number[]): number {
  const fits = (y: number) => taken.every((t) => Math.abs(t - y) >= ROW);
  if (fits(want)) return want;
  // Candidates: just below or above each taken card, nearest first.
  const cands = taken.flatMap((t) => [t + ROW, t - ROW]).filter(fits);
  cands.sort((a, b) => Math.abs(a - want) - Math.abs(b - want) || a - b);
  return cands[0] ?? want;
}

export interface LayoutResult {
  positions: Map<string, Point>;
  /** True when everything was laid out again. */
  full: boolean;
}

/**
 * Keep what was placed before; place only the new cards. Falls back to a full layout when there is no
 * previous layout or when more than `maxNewShare` of the cards are new.
 */
export function layoutStable(
  nodes: readonly LayoutNode[],
  edges: readonly LayoutEdge[],
  previous: Positions | undefined,
  maxNewShare = 0.4,
): LayoutResult {
  const fresh = previous ? nodes.filter((n) => !previous.has(n.id)) : nodes;
  const xs = columnXs(nodes);
  // A column appearing or disappearing moves every column after it: lay out again.
  const columnsMoved = previous !== undefined && nodes.some((n) => previous.has(n.id) && previous.get(n.id)!.x !== xs.get(n.column));
  if (!previous || previous.size === 0 || columnsMoved || fresh.length > Math.max(8, nodes.length * maxNewShare)) {
    return { positions: layoutFull(nodes, edges), full: true };
  }
  const pos = new Map<string, Point>();
  for (const n of nodes) {
    const p = previous.get(n.id);
    if (p) pos.set(n.id, p);
  }
  if (!fresh.length) return { positions: pos, full: false };
  const neighbours = neighbourIndex(edges);
  const byColumn = new Map<number, number[]>();
  const bandBottom = new Map<string, number>();
  for (const n of nodes) {
    const p = pos.get(n.id);
    if (!p) continue;
    const list = byColumn.get(n.column);
    if (list) list.push(p.y);
    else byColumn.set(n.column, [p.y]);
    const key = `${n.band ?? ''}|${n.column}`;
    bandBottom.set(key, Math.max(bandBottom.get(key) ?? -Infinity, p.y));
  }
  for (const n of [...fresh].sort((a, b) => a.column - b.column || a.id.localeCompare(b.id))) {
    const below = bandBottom.get(`${n.band ?? ''}|${n.column}`);
    const want = desiredY(n.id, neighbours, pos) ?? (below !== undefined ? below + ROW : 0);
    const taken = byColumn.get(n.column) ?? [];
    const y = freeSlot(want, taken);
    pos.set(n.id, { x: xs.get(n.column)!, y });
    taken.push(y);
    byColumn.set(n.column, taken);
  }
  return { positions: pos, full: false };
}
