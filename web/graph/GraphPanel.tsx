/**
 * The graph panel as the app mounts it. Given props it draws them; mounted bare (as web/layout/GraphArea
 * does) it reads the store: the simulation's graph model, the player's current step, the selection.
 */
import { useCallback, useMemo } from 'react';
import { useApp } from '../store/index';
import { useT } from '../i18n/index';
import { useLessons } from '../lessons/lessonStore';
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
  // The worker sends the model it built (src/graph), and the same object again while it is unchanged.
  const model = useApp((s) => s.simulation?.graph ?? null);
  const step = useApp((s) => s.player.currentStep);
  const selectedId = useApp((s) => s.selection.id);
  const revealId = useApp((s) => (s.selection.origin === 'graph' ? null : s.selection.id));
  const select = useApp((s) => s.select);
  // A lesson step's focus, while no trace step is shown.
  const focus = useLessons((s) => s.focus);
  const t = useT();

  const highlight = useMemo<Highlight | null>(
    () => (step ? { touches: step.touches, from: step.from, to: step.to } : focus.length ? { touches: focus } : null),
    [step, focus],
  );
  const onSelect = useCallback((id: string | null) => select(id, 'graph'), [select]);

  if (!model) return <p className="muted graph-empty">{t('graph.building')}</p>;
  return <GraphView model={model} highlight={highlight} selectedId={selectedId} revealId={revealId} onSelect={onSelect} />;
}

export default GraphPanel;
