/**
 * Where the camera goes. Pure helpers: which namespaces start collapsed (the cluster's own system
 * namespaces), which cards the first view and "fit" frame (the learner's objects and the clients, DNS and
 * load balancer columns), and a viewport that never zooms out below a readable scale.
 */
import type { GraphModel } from '../../src/index';
import type { FlowNode } from './toFlow';

/** Namespaces the cluster brings along: collapsed at first, one click to expand. */
export const SYSTEM_NAMESPACES: readonly string[] = ['kube-system', 'kube-public', 'kube-node-lease', 'ingress-nginx'];
const SYSTEM_GROUP_IDS = new Set(SYSTEM_NAMESPACES.map((n) => `ns/${n}`));

export function isSystemGroup(id: string): boolean {
  return SYSTEM_GROUP_IDS.has(id);
}

/** Below this zoom a 12 px card label is too small to read on a screen. */
export const READABLE_ZOOM = 0.6;
/**
 * Presentation mode: the camera follows each step at least this close, and up to PRESENT_MAX_ZOOM, so the cards a
 * step talks about are legible from the back of a classroom (at 0.6 a card's 10–12 px text is 6–7 px on the wall).
 */
export const PRESENT_READABLE_ZOOM = 1.1;
export const PRESENT_MAX_ZOOM = 1.5;
export const MAX_FIT_ZOOM = 1.1;

/** Columns framed on load beside the learner's namespaces (where requests start). */
const FRAMED_COLUMNS = new Set(['clients', 'dns', 'loadBalancers']);

/** Members of the learner's namespaces (`mine`) and of the system ones (`system`). */
function namespaceMembers(model: GraphModel): { mine: Set<string>; system: Set<string> } {
  const mine = new Set<string>();
  const system = new Set<string>();
  for (const g of model.groups) {
    if (g.kind !== 'namespace') continue;
    const into = isSystemGroup(g.id) ? system : mine;
    for (const m of g.members) into.add(m);
  }
  return { mine, system };
}

/**
 * The drawn ids the overview frames: every card in a namespace that is not a system one (or the
 * namespace's collapsed card), and the cards of the clients/DNS/LB columns. Falls back to everything.
 */
export function focusIds(model: GraphModel, nodes: readonly FlowNode[]): string[] {
  const { mine, system } = namespaceMembers(model);
  const out: string[] = [];
  for (const n of nodes) {
    if (n.type === 'resource') {
      const m = n.data.node;
      if (system.has(m.id)) continue;
      if (mine.has(m.id) || FRAMED_COLUMNS.has(model.columns[m.column] ?? '')) out.push(n.id);
    } else if (n.type === 'collapsed' && !isSystemGroup(n.data.group.id)) {
      out.push(n.id);
    }
  }
  if (out.length) return out;
  return nodes.filter((n) => n.type === 'resource' || n.type === 'collapsed').map((n) => n.id);
}

/**
 * The learner's own cards: those in namespaces that are not system ones (or those namespaces' collapsed
 * cards). When the overview does not fit at a readable zoom, the camera frames them.
 */
export function learnerIds(model: GraphModel, nodes: readonly FlowNode[]): string[] {
  const { mine } = namespaceMembers(model);
  const out: string[] = [];
  for (const n of nodes) {
    if (n.type === 'resource' && mine.has(n.data.node.id)) out.push(n.id);
    else if (n.type === 'collapsed' && n.data.group.kind === 'namespace' && !isSystemGroup(n.data.group.id)) out.push(n.id);
  }
  return out;
}

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface Viewport {
  x: number;
  y: number;
  zoom: number;
}

/**
 * A viewport showing `bounds` in a `width`×`height` pane: fitted with `padding` (a fraction of the pane)
 * when that keeps zoom ≥ minZoom; otherwise at minZoom, centred on each axis that fits and aligned to the
 * start (top/left, where traffic enters) on an axis that does not — or centred on `anchor` when given (its
 * start when the anchor itself does not fit).
 */
export function readableViewport(
  bounds: Rect, width: number, height: number,
  { minZoom = READABLE_ZOOM, maxZoom = MAX_FIT_ZOOM, padding = 0.08, anchor }: { minZoom?: number; maxZoom?: number; padding?: number; anchor?: Rect } = {},
): Viewport {
  const padX = width * padding;
  const padY = height * padding;
  const fit = Math.min((width - 2 * padX) / Math.max(bounds.width, 1), (height - 2 * padY) / Math.max(bounds.height, 1));
  const zoom = Math.max(minZoom, Math.min(maxZoom, fit));
  const axis = (start: number, size: number, pane: number, pad: number, a?: { start: number; size: number }): number => {
    if (size * zoom <= pane - 2 * pad) return pane / 2 - (start + size / 2) * zoom;
    if (a) {
      // Centre the anchor — or, when the anchor alone does not fit, show its start (where traffic enters) —
      // but do not scroll past the bounds' edges.
      const centred = a.size * zoom <= pane - 2 * pad ? pane / 2 - (a.start + a.size / 2) * zoom : pad - a.start * zoom;
      const hi = pad - start * zoom;
      const lo = pane - pad - (start + size) * zoom;
      return Math.min(hi, Math.max(lo, centred));
    }
    return pad - start * zoom;
  };
  return {
    zoom,
    x: axis(bounds.x, bounds.width, width, padX, anchor && { start: anchor.x, size: anchor.width }),
    y: axis(bounds.y, bounds.height, height, padY, anchor && { start: anchor.y, size: anchor.height }),
  };
}

/** The box around the drawn cards with these ids (positions and sizes as toFlow sets them), or null. */
export function boundsOf(nodes: readonly FlowNode[], ids: Iterable<string>): Rect | null {
  const want = new Set(ids);
  let x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
  for (const n of nodes) {
    if (!want.has(n.id)) continue;
    const w = n.width ?? 0, h = n.height ?? 0;
    x0 = Math.min(x0, n.position.x); y0 = Math.min(y0, n.position.y);
    x1 = Math.max(x1, n.position.x + w); y1 = Math.max(y1, n.position.y + h);
  }
  return x0 === Infinity ? null : { x: x0, y: y0, width: x1 - x0, height: y1 - y0 };
}

/** Does `r` lie inside what the viewport shows of a `width`×`height` pane (with `margin` px to spare)? */
export function inView(r: Rect, vp: Viewport, width: number, height: number, margin = 16): boolean {
  const s = onScreen(r, vp);
  return s.x >= margin && s.y >= margin && s.x + s.width <= width - margin && s.y + s.height <= height - margin;
}

/**
 * The viewport for one step of a trace: the step's cards framed when they fit at a readable zoom, else its
 * two ends, else centred on where the packet goes (or, without a packet, on the step's last card). null when
 * the step is already on screen and readable. `occluded`: a part of the pane something is drawn over (the
 * minimap, in pane pixels): a card under it does not count as on screen, and the camera moves it out.
 */
export function followViewport(
  nodes: readonly FlowNode[], step: { touched: readonly string[]; from?: string; to?: string },
  current: Viewport, width: number, height: number, occluded?: Rect,
  { readable = READABLE_ZOOM, maxZoom = 1 }: { readable?: number; maxZoom?: number } = {},
): Viewport | null {
  if (width <= 0 || height <= 0) return null;
  const ends = [step.from, step.to].filter((x): x is string => x !== undefined);
  const ids = [...step.touched, ...ends];
  const all = boundsOf(nodes, ids);
  if (!all) return null;
  const cards = ids.map((id) => boundsOf(nodes, [id])).filter((r): r is Rect => r !== undefined);
  const clear = (rs: readonly Rect[], vp: Viewport) => !occluded || rs.every((r) => !overlaps(onScreen(r, vp), occluded));
  const shown = (r: Rect, rs: readonly Rect[], vp: Viewport) => vp.zoom >= readable - 1e-3 && inView(r, vp, width, height) && clear(rs, vp);
  if (shown(all, cards, current)) return null;
  const padding = 0.12;
  const fits = (r: Rect) => r.width * readable <= width * (1 - 2 * padding) && r.height * readable <= height * (1 - 2 * padding);
  // Where to look: the packet's destination, else its two ends, else the step's last card (a step without a
  // packet, such as the closing "Done: HTTP 200 from <pod>", lists the card that answered last).
  const hop = boundsOf(nodes, ends) ?? all;
  const target = boundsOf(nodes, step.to ? [step.to] : ends.length ? ends : step.touched.slice(-1)) ?? hop;
  // A framing that leaves the target under the occluded corner: centre the target instead, at the same zoom.
  const unhidden = (vp: Viewport): Viewport => (clear([target], vp) ? vp : {
    zoom: vp.zoom,
    x: width / 2 - (target.x + target.width / 2) * vp.zoom,
    y: height / 2 - (target.y + target.height / 2) * vp.zoom,
  });
  if (fits(all)) return unhidden(readableViewport(all, width, height, { padding, minZoom: readable, maxZoom }));
  if (shown(target, [target], current)) return null;
  return unhidden(readableViewport(hop, width, height, { padding, minZoom: readable, maxZoom, anchor: target }));
}

/** A graph rectangle in pane pixels under viewport `vp`. */
function onScreen(r: Rect, vp: Viewport): Rect {
  return { x: r.x * vp.zoom + vp.x, y: r.y * vp.zoom + vp.y, width: r.width * vp.zoom, height: r.height * vp.zoom };
}

function overlaps(a: Rect, b: Rect): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}
