/**
 * The graph panel as the app mounts it. Given props it draws them; mounted bare (as web/layout/GraphArea
 * does) it reads the store: the simulation's graph model, the player's current step, the selection.
 */
import { useCallback, useMemo } from 'react';
import type { GraphModel } from '../../src/index';
import { graphModel } from '../../src/graph/model';
import { useApp } from '../store/index';
import type { Highlight } from './highlight';
import { GraphView, type GraphViewProps } from './GraphView';

export type GraphPanelProps = GraphViewProps;

export function GraphPanel(props: Partial<GraphPanelProps>) {
  if (props.model && props.onSelect) {
    return <GraphView model={props.model} highlight={props.highlight ?? null} selectedId={props.selectedId ?? null} onSelect={props.onSelect} />;
  }
  return <ConnectedGraphPanel />;
}

function ConnectedGraphPanel() {
  const simulation = useApp((s) => s.simulation);
  const step = useApp((s) => s.player.currentStep);
  const selectedId = useApp((s) => s.selection.id);
  const select = useApp((s) => s.select);

  // The worker sends the model it built (src/graph); the in-thread build is a fallback for older workers.
  const model = useMemo<GraphModel | null>(() => {
    if (!simulation) return null;
    const sent = simulation.graph as GraphModel | null;
    return sent && Array.isArray(sent.nodes) ? sent : graphModel(simulation.cluster, simulation.diagnostics);
  }, [simulation]);
  const highlight = useMemo<Highlight | null>(
    () => (step ? { touches: step.touches, from: step.from, to: step.to } : null),
    [step],
  );
  const onSelect = useCallback((id: string | null) => select(id, 'graph'), [select]);

  if (!model) return <p className="muted graph-empty">Building the cluster…</p>;
  return <GraphView model={model} highlight={highlight} selectedId={selectedId} onSelect={onSelect} />;
}

export default GraphPanel;
