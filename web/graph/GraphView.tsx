/**
 * The graph: the engine's GraphModel drawn with React Flow. Layout positions are cached by id per
 * grouping, so typing in the editor only places new cards; the highlight stage swaps only the elements a
 * step touches. Pan/zoom/fit, a MiniMap for large graphs, collapsible groups, and a "by node" view.
 */
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type RefObject } from 'react';
import {
  Background, BackgroundVariant, ControlButton, Controls, MiniMap, Panel, ReactFlow, ReactFlowProvider, useReactFlow,
  type Edge, type Node, type NodeMouseHandler,
} from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import './graph.css';
import type { GraphModel } from '../../src/index';
import { createHighlighter, type Highlight, PACKET_PREFIX } from './highlight';
import { KIND_META } from './kinds';
import { layoutStable, type Positions } from './layout';
import { CardTContext } from './cardT';
import { GraphActions, nodeTypes } from './nodes';
import { edgeTypes } from './PacketEdge';
import { COLUMN_PREFIX, createFlowReuse, GROUP_PREFIX, layoutInput, toFlow, type FlowNode, type Grouping } from './toFlow';
import { useReducedMotion } from './useReducedMotion';
import { focusIds, followViewport, isSystemGroup, boundsOf, learnerIds, readableViewport, PRESENT_MAX_ZOOM, PRESENT_READABLE_ZOOM } from './viewport';
import { usePresent } from '../present/presentStore';
import { useT } from '../i18n/index';

export interface GraphViewProps {
  model: GraphModel;
  highlight: Highlight | null;
  selectedId: string | null;
  /**
   * A selection made outside the graph (the editor's cursor, the problems list, a link in the inspector):
   * its card is brought into view when it is off screen. Clicks on the graph leave the camera alone.
   */
  revealId?: string | null;
  onSelect(id: string | null): void;
}

/** The MiniMap's size: a fifth of the pane's width within these bounds, so on a small pane it hides few cards. */
const MINIMAP_MIN_W = 110;
const MINIMAP_MAX_W = 200;
/** Above this many cards the MiniMap shows… */
const LARGE = 40;
/**
 * …and above this many it hides again: it draws one SVG element per card, visible or not, and with thousands
 * (an expanded namespace of a huge paste) each render took seconds. The canvas itself draws only what is on screen.
 */
const MINIMAP_MAX_CARDS = 5000;
/** Above this many cards React Flow renders only what is on screen. */
const HUGE = 150;
/** A scenario with more cards than this opens with its namespaces of more than AUTO_COLLAPSE_GROUP cards collapsed. */
const AUTO_COLLAPSE_CARDS = 150;
const AUTO_COLLAPSE_GROUP = 24;
/**
 * A namespace that grows past this many cards collapses the first time it does, whatever came before (the
 * scenario-wide rule above applies once: a learner who expanded `default`, then pasted a huge dump, would
 * otherwise get every one of its cards at once).
 */
const COLLAPSE_HUGE_GROUP = 2000;
/** Room kept free at the top of the pane for the toolbar when framing cards. */
const TOOLBAR_H = 48;
/** React Flow's margin around a panel (its stylesheet: .react-flow__panel { margin: 15px }). */
const MINIMAP_MARGIN = 15;

export function GraphView(props: GraphViewProps) {
  return <GraphCanvas {...props} />;
}

type FlowApi = ReturnType<typeof useReactFlow>;

/**
 * Hands React Flow's API to GraphCanvas, which renders the provider itself (below) and so cannot call
 * useReactFlow. Set in a layout effect: before GraphCanvas's own layout effects run.
 */
function FlowApiBridge({ api }: { api: RefObject<FlowApi | null> }) {
  const flowApi = useReactFlow();
  useLayoutEffect(() => {
    api.current = flowApi;
  }, [api, flowApi]);
  return null;
}

function GraphCanvas({ model, highlight, selectedId, revealId = null, onSelect }: GraphViewProps) {
  const [grouping, setGrouping] = useState<Grouping>('namespace');
  // `let`: the first render of a new namespace may collapse it in place (see below), without a second layout.
  // eslint-disable-next-line prefer-const
  let [collapsed, setCollapsed] = useState<ReadonlySet<string>>(() => new Set());
  const [tidy, setTidy] = useState(0);
  const cache = useRef(new Map<string, Positions>());
  const lastTidy = useRef(0);
  const reducedMotion = useReducedMotion();
  const flowApi = useRef<FlowApi | null>(null);
  const t = useT();
  const pane = useRef<HTMLDivElement>(null);
  const [miniMapW, setMiniMapW] = useState(MINIMAP_MAX_W);
  useEffect(() => {
    const el = pane.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    const check = () => setMiniMapW(Math.round(Math.min(MINIMAP_MAX_W, Math.max(MINIMAP_MIN_W, el.clientWidth / 5))));
    check();
    const ro = new ResizeObserver(check);
    ro.observe(el);
    return () => ro.disconnect();
  }, []);

  // The cluster's system namespaces (kube-system, ingress-nginx…) start collapsed, each the first time it
  // appears; a big scenario also opens with its large namespaces collapsed: an overview first, details on demand.
  const autoCollapsed = useRef(false);
  const seenGroups = useRef(new Set<string>());
  const seenHuge = useRef(new Set<string>());
  const fresh = model.groups.filter((g) => !seenGroups.current.has(g.id));
  const huge = model.groups.filter((g) => g.kind === 'namespace' && g.members.length > COLLAPSE_HUGE_GROUP && !seenHuge.current.has(g.id));
  // The first time the scenario is big — at its first render, or when a paste replaces a small one (whose
  // namespaces, `default` among them, were seen already) — its large namespaces collapse.
  const becameBig = !autoCollapsed.current && model.nodes.length > AUTO_COLLAPSE_CARDS;
  if (fresh.length || becameBig || huge.length) {
    for (const g of fresh) seenGroups.current.add(g.id);
    for (const g of huge) seenHuge.current.add(g.id);
    const add = fresh.filter((g) => g.kind === 'namespace' && isSystemGroup(g.id) && g.members.length).map((g) => g.id);
    for (const g of huge) add.push(g.id);
    if (becameBig) {
      autoCollapsed.current = true;
      add.push(...model.groups.filter((g) => g.kind === 'namespace' && g.members.length > AUTO_COLLAPSE_GROUP).map((g) => g.id));
    }
    if (add.some((id) => !collapsed.has(id))) {
      collapsed = new Set([...collapsed, ...add]);
      setCollapsed(collapsed);
    }
  }

  const lastCollapsed = useRef(collapsed);
  const layout = useMemo(() => {
    const input = layoutInput(model, grouping, collapsed);
    // Tidy, or collapsing/expanding a group (an explicit change of shape), lays everything out again.
    const reset = tidy !== lastTidy.current || collapsed !== lastCollapsed.current;
    const prev = reset ? undefined : cache.current.get(grouping);
    lastTidy.current = tidy;
    lastCollapsed.current = collapsed;
    const r = layoutStable(input.nodes, input.edges, prev);
    cache.current.set(grouping, r.positions);
    return r;
  }, [model, grouping, tidy, collapsed]);
  const positions = layout.positions;

  // Unchanged cards and edges keep their objects from the last render (an edit touches a few of them).
  const flowReuse = useRef(createFlowReuse());
  const flow = useMemo(
    () => toFlow(model, positions, grouping, collapsed, flowReuse.current),
    [model, positions, grouping, collapsed],
  );
  const highlighter = useRef(createHighlighter());
  const shown = useMemo(
    () => highlighter.current(flow, { highlight, selectedId, reducedMotion }),
    [flow, highlight, selectedId, reducedMotion],
  );

  const toggleGroup = useCallback((id: string) => {
    setCollapsed((prev) => {
      const next = new Set(prev);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  }, []);
  const actions = useMemo(() => ({ toggleGroup }), [toggleGroup]);

  // Every camera move is one jump of React Flow's viewport, which a CSS transition on its transform glides
  // on the compositor (graph.css: .pp-graph[data-gliding]). setViewport's own animation re-renders the graph
  // and repaints the pane on every frame: 50–200 ms frames on a 300-card graph while a trace plays.
  const glideTimer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const moveTo = useCallback((vp: { x: number; y: number; zoom: number }, ms: number) => {
    const el = pane.current;
    const glide = el !== null && ms > 0 && !reducedMotion;
    clearTimeout(glideTimer.current);
    if (el) {
      if (glide) {
        el.style.setProperty('--pp-glide', `${ms}ms`);
        el.dataset.gliding = 'true';
      } else {
        delete el.dataset.gliding;
      }
    }
    void flowApi.current?.setViewport(vp, { duration: 0 });
    if (glide) glideTimer.current = setTimeout(() => delete el.dataset.gliding, ms + 50);
  }, [reducedMotion]);
  useEffect(() => () => clearTimeout(glideTimer.current), []);

  // The overview: the learner's namespaces and the clients/DNS/LB columns, never below a readable zoom.
  const flowRef = useRef(flow);
  flowRef.current = flow;
  const modelRef = useRef(model);
  modelRef.current = model;
  // Each overview fit is counted, so the step being shown is followed again after it: a fit would otherwise leave
  // the camera on the overview (entering presentation mode mid-trace remounts the graph and fits it).
  const [fits, setFits] = useState(0);
  const fitFocus = useCallback((animate: boolean) => {
    const el = pane.current;
    const f = flowRef.current;
    const model = modelRef.current; // read when called: React Flow calls onInit (below) a moment after capturing it
    const box = boundsOf(f.nodes, focusIds(model, f.nodes));
    if (!el || !box) {
      if (el) delete el.dataset.gliding;
      return;
    }
    // Too wide to show at a readable zoom: frame the learner's own namespaces (their manifests; their start
    // when they alone are too wide), not the clients column at the far left.
    const anchor = boundsOf(f.nodes, learnerIds(model, f.nodes)) ?? undefined;
    const vp = readableViewport(box, el.clientWidth, el.clientHeight - TOOLBAR_H, { padding: 0.06, anchor });
    moveTo({ ...vp, y: vp.y + TOOLBAR_H }, animate ? 300 : 0);
    setFits((n) => n + 1);
  }, [moveTo]);

  // React Flow ignores camera moves until its viewport is set up (onInit, just after the first commit, which
  // already holds the first cards): a fit asked for before then waits for it.
  const flowReady = useRef(false);
  const pendingFit = useRef<boolean | null>(null);
  const onInit = useCallback(() => {
    flowReady.current = true;
    const animate = pendingFit.current;
    pendingFit.current = null;
    if (animate !== null) fitFocus(animate);
  }, [fitFocus]);

  // Fit when the whole graph was laid out again (first graph, a new scenario, grouping switch, tidy);
  // an edit that only places a few new cards leaves the viewport where the learner put it.
  const firstFit = useRef(true);
  // A layout effect: the pane is marked before the new cards are first painted.
  useLayoutEffect(() => {
    if (!layout.full || layout.positions.size === 0) return;
    const animate = !firstFit.current;
    firstFit.current = false;
    // The camera is about to move: say so at once (data-gliding), not only when the glide starts, so a
    // click (or an e2e test) can wait for the cards to stop moving instead of landing where one was.
    const el = pane.current;
    if (animate && el && !reducedMotion) el.dataset.gliding = 'true';
    let fired = false;
    const timer = setTimeout(() => {
      fired = true;
      if (flowReady.current) fitFocus(animate);
      else pendingFit.current = animate;
    }, animate ? 30 : 0);
    return () => {
      clearTimeout(timer);
      if (!fired && el) delete el.dataset.gliding;
    };
  }, [layout, fitFocus, reducedMotion]);

  // Where the minimap covers the pane (bottom right, React Flow's panel margin included), in the coordinates the
  // camera moves use (below the toolbar): a card there is not on screen for the learner.
  const large = model.nodes.length > LARGE && flow.nodes.length <= MINIMAP_MAX_CARDS;
  const miniMapBox = useCallback((el: HTMLElement) => {
    if (!large) return undefined;
    const w = miniMapW + MINIMAP_MARGIN;
    const h = Math.round(miniMapW * 0.7) + MINIMAP_MARGIN;
    return { x: el.clientWidth - w, y: el.clientHeight - TOOLBAR_H - h, width: w, height: h };
  }, [large, miniMapW]);

  // Presenting to a room: each step is followed closer up (viewport.ts PRESENT_READABLE_ZOOM).
  const presenting = usePresent((s) => s.present);
  const closeUp = useMemo(() => (presenting ? { readable: PRESENT_READABLE_ZOOM, maxZoom: PRESENT_MAX_ZOOM } : undefined), [presenting]);

  // Follow the trace: each step's cards come on screen at a readable zoom (no animation with reduced motion).
  useEffect(() => {
    const el = pane.current;
    const api = flowApi.current;
    if (!highlight || !el || !api) return;
    const drawn = (id: string) => flow.drawnAs.get(id) ?? id;
    const step = {
      touched: highlight.touches.map(drawn),
      ...(highlight.from ? { from: drawn(highlight.from) } : {}),
      ...(highlight.to ? { to: drawn(highlight.to) } : {}),
    };
    const now = api.getViewport();
    const vp = followViewport(flow.nodes, step, { ...now, y: now.y - TOOLBAR_H }, el.clientWidth, el.clientHeight - TOOLBAR_H, miniMapBox(el), closeUp);
    if (vp) moveTo({ ...vp, y: vp.y + TOOLBAR_H }, 350);
  }, [highlight, flow, moveTo, miniMapBox, closeUp, fits]);

  // Reveal a card selected elsewhere (only when its id changes: typing in its document never moves the camera).
  useEffect(() => {
    const el = pane.current;
    const api = flowApi.current;
    if (!revealId || !el || !api) return;
    const f = flowRef.current;
    const id = f.drawnAs.get(revealId) ?? revealId;
    const now = api.getViewport();
    const vp = followViewport(f.nodes, { touched: [id] }, { ...now, y: now.y - TOOLBAR_H }, el.clientWidth, el.clientHeight - TOOLBAR_H, miniMapBox(el));
    if (vp) moveTo({ ...vp, y: vp.y + TOOLBAR_H }, 350);
  }, [revealId, moveTo, miniMapBox]);

  const onNodeClick: NodeMouseHandler<Node> = useCallback((_e, node) => {
    if (node.id.startsWith(COLUMN_PREFIX)) return;
    onSelect(node.id.startsWith(GROUP_PREFIX) ? node.id.slice(GROUP_PREFIX.length) : node.id);
  }, [onSelect]);
  const onEdgeClick = useCallback((_e: unknown, edge: Edge) => {
    if (!edge.id.startsWith(PACKET_PREFIX)) onSelect(edge.id);
  }, [onSelect]);
  const onPaneClick = useCallback(() => onSelect(null), [onSelect]);

  // The provider starts with the first cards (initialNodes), so they are in the very first commit; a bare
  // provider would get them from an effect, one render and one browser layout later.
  return (
    <ReactFlowProvider initialNodes={shown.nodes} initialEdges={shown.edges}>
    <FlowApiBridge api={flowApi} />
    <GraphActions.Provider value={actions}>
      <CardTContext.Provider value={t}>
      <div ref={pane} className={`pp-graph${shown.active ? ' pp-graph--highlighting' : ''}`} data-testid="graph.canvas">
        <ReactFlow
          nodes={shown.nodes}
          edges={shown.edges}
          nodeTypes={nodeTypes}
          edgeTypes={edgeTypes}
          onNodeClick={onNodeClick}
          onEdgeClick={onEdgeClick}
          onPaneClick={onPaneClick}
          nodesDraggable={false}
          nodesConnectable={false}
          elementsSelectable
          onlyRenderVisibleElements={model.nodes.length > HUGE}
          minZoom={0.05}
          maxZoom={2}
          proOptions={{ hideAttribution: true }}
          onInit={onInit}
        >
          <Background variant={BackgroundVariant.Dots} gap={20} size={1} />
          <Controls showInteractive={false} showFitView={false}>
            <ControlButton onClick={() => fitFocus(true)} title={t('graph.fit')} aria-label={t('graph.fit')} className="react-flow__controls-fitview" data-testid="graph.fit">
              <FitIcon />
            </ControlButton>
          </Controls>
          {large && <MiniMap pannable zoomable nodeColor={miniMapColor} nodeStrokeWidth={0} style={{ width: miniMapW, height: Math.round(miniMapW * 0.7) }} />}
          <Panel position="top-left" className="pp-toolbar">
            <div role="group" aria-label={t('graph.groupBy')} className="pp-toolbar__group">
              <button type="button" aria-pressed={grouping === 'namespace'} onClick={() => setGrouping('namespace')} data-testid="graph.group-by-namespace">
                {t('graph.byNamespace')}
              </button>
              <button type="button" aria-pressed={grouping === 'node'} onClick={() => setGrouping('node')} data-testid="graph.group-by-node">
                {t('graph.byNode')}
              </button>
            </div>
            <button type="button" onClick={() => setTidy((n) => n + 1)} title={t('graph.tidyTitle')} data-testid="graph.tidy">
              {t('graph.tidy')}
            </button>
            {collapsed.size > 0 && (
              <button type="button" onClick={() => setCollapsed(new Set())} data-testid="graph.expand-all">{t('graph.expandAll')}</button>
            )}
          </Panel>
        </ReactFlow>
      </div>
      </CardTContext.Provider>
    </GraphActions.Provider>
    </ReactFlowProvider>
  );
}

function miniMapColor(n: Node): string {
  const f = n as FlowNode;
  if (f.type === 'resource') return KIND_META[f.data.node.kind].color;
  if (f.type === 'collapsed') return '#94a3b8';
  return 'transparent';
}

function FitIcon() {
  return (
    <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 30" aria-hidden="true">
      <path d="M3.692 4.63c0-.53.4-.938.939-.938h5.215V0H4.708C2.13 0 0 2.054 0 4.63v5.216h3.692V4.631zM27.354 0h-5.2v3.692h5.17c.53 0 .984.4.984.939v5.215H32V4.631A4.624 4.624 0 0027.354 0zm.954 24.83c0 .532-.4.94-.939.94h-5.215v3.768h5.215c2.577 0 4.631-2.13 4.631-4.707v-5.139h-3.692v5.139zm-23.677.94c-.531 0-.939-.4-.939-.94v-5.138H0v5.139c0 2.577 2.13 4.707 4.708 4.707h5.138V25.77H4.631z" />
    </svg>
  );
}
