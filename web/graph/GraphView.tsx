/**
 * The graph: the engine's GraphModel drawn with React Flow. Layout positions are cached by id per
 * grouping, so typing in the editor only places new cards; the highlight stage swaps only the elements a
 * step touches. Pan/zoom/fit, a MiniMap for large graphs, collapsible groups, and a "by node" view.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import {
  Background, BackgroundVariant, Controls, MiniMap, Panel, ReactFlow, ReactFlowProvider, useReactFlow,
  type Edge, type Node, type NodeMouseHandler,
} from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import './graph.css';
import type { GraphModel } from '../../src/index';
import { createHighlighter, type Highlight, PACKET_PREFIX } from './highlight';
import { KIND_META } from './kinds';
import { layoutStable, type Positions } from './layout';
import { GraphActions, nodeTypes } from './nodes';
import { edgeTypes } from './PacketEdge';
import { COLUMN_PREFIX, GROUP_PREFIX, layoutInput, toFlow, type FlowNode, type Grouping } from './toFlow';
import { useReducedMotion } from './useReducedMotion';

export interface GraphViewProps {
  model: GraphModel;
  highlight: Highlight | null;
  selectedId: string | null;
  onSelect(id: string | null): void;
}

/** Above this many cards the MiniMap shows and React Flow renders only what is on screen. */
const LARGE = 40;
/** A scenario with more cards than this opens with its namespaces of more than AUTO_COLLAPSE_GROUP cards collapsed. */
const AUTO_COLLAPSE_CARDS = 150;
const AUTO_COLLAPSE_GROUP = 24;

export function GraphView(props: GraphViewProps) {
  return (
    <ReactFlowProvider>
      <GraphCanvas {...props} />
    </ReactFlowProvider>
  );
}

function GraphCanvas({ model, highlight, selectedId, onSelect }: GraphViewProps) {
  const [grouping, setGrouping] = useState<Grouping>('namespace');
  const [collapsed, setCollapsed] = useState<ReadonlySet<string>>(() => new Set());
  const [tidy, setTidy] = useState(0);
  const cache = useRef(new Map<string, Positions>());
  const lastTidy = useRef(0);
  const reducedMotion = useReducedMotion();
  const flowApi = useReactFlow();

  // A big scenario opens with its large namespaces collapsed: an overview first, details on demand.
  const autoCollapsed = useRef(false);
  if (!autoCollapsed.current && model.nodes.length > AUTO_COLLAPSE_CARDS) {
    autoCollapsed.current = true;
    const big = model.groups.filter((g) => g.kind === 'namespace' && g.members.length > AUTO_COLLAPSE_GROUP).map((g) => g.id);
    if (big.length) setCollapsed(new Set(big));
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

  const flow = useMemo(() => toFlow(model, positions, grouping, collapsed), [model, positions, grouping, collapsed]);
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

  // Fit when the whole graph was laid out again (first graph, a new scenario, grouping switch, tidy);
  // an edit that only places a few new cards leaves the viewport where the learner put it.
  useEffect(() => {
    if (!layout.full || layout.positions.size === 0) return;
    const t = setTimeout(() => void flowApi.fitView({ padding: 0.08, duration: reducedMotion ? 0 : 300 }), 30);
    return () => clearTimeout(t);
  }, [layout, flowApi, reducedMotion]);

  const onNodeClick: NodeMouseHandler<Node> = useCallback((_e, node) => {
    if (node.id.startsWith(COLUMN_PREFIX)) return;
    onSelect(node.id.startsWith(GROUP_PREFIX) ? node.id.slice(GROUP_PREFIX.length) : node.id);
  }, [onSelect]);
  const onEdgeClick = useCallback((_e: unknown, edge: Edge) => {
    if (!edge.id.startsWith(PACKET_PREFIX)) onSelect(edge.id);
  }, [onSelect]);
  const onPaneClick = useCallback(() => onSelect(null), [onSelect]);

  const large = model.nodes.length > LARGE;
  return (
    <GraphActions.Provider value={actions}>
      <div className={`pp-graph${shown.active ? ' pp-graph--highlighting' : ''}`} data-testid="graph.canvas">
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
          onlyRenderVisibleElements={large}
          minZoom={0.05}
          maxZoom={2}
          fitView
          fitViewOptions={{ padding: 0.08 }}
          proOptions={{ hideAttribution: true }}
        >
          <Background variant={BackgroundVariant.Dots} gap={20} size={1} />
          <Controls showInteractive={false} />
          {large && <MiniMap pannable zoomable nodeColor={miniMapColor} nodeStrokeWidth={0} />}
          <Panel position="top-left" className="pp-toolbar">
            <div role="group" aria-label="Group cards by" className="pp-toolbar__group">
              <button type="button" aria-pressed={grouping === 'namespace'} onClick={() => setGrouping('namespace')} data-testid="graph.group-by-namespace">
                Namespaces
              </button>
              <button type="button" aria-pressed={grouping === 'node'} onClick={() => setGrouping('node')} data-testid="graph.group-by-node">
                By node
              </button>
            </div>
            <button type="button" onClick={() => setTidy((t) => t + 1)} title="Lay the whole graph out again" data-testid="graph.tidy">
              Tidy
            </button>
            {collapsed.size > 0 && (
              <button type="button" onClick={() => setCollapsed(new Set())} data-testid="graph.expand-all">Expand all</button>
            )}
          </Panel>
        </ReactFlow>
      </div>
    </GraphActions.Provider>
  );
}

function miniMapColor(n: Node): string {
  const f = n as FlowNode;
  if (f.type === 'resource') return KIND_META[f.data.node.kind].color;
  if (f.type === 'collapsed') return '#94a3b8';
  return 'transparent';
}
