/**
 * The graph panel and the inspector are built by another engineer in web/graph and web/inspector.
 * They are picked up here as soon as their files exist (an eager glob is empty while they do not),
 * with a placeholder until then, so this layout never breaks the build.
 */
import type { ComponentType } from 'react';
import { useApp } from '../store/index';
import { useT } from '../i18n/index';
import { ErrorBoundary } from './ErrorBoundary';
import { ExportButtons } from '../export/ExportMenu';

type Mod = Record<string, unknown>;
const graphMods = import.meta.glob<Mod>('../graph/GraphPanel.tsx', { eager: true });
const inspectorMods = import.meta.glob<Mod>('../inspector/Inspector.tsx', { eager: true });

function pick(mods: Record<string, Mod>, name: string): ComponentType | null {
  const mod = Object.values(mods)[0];
  const c = mod?.[name] ?? mod?.default;
  return typeof c === 'function' || (typeof c === 'object' && c !== null) ? (c as ComponentType) : null;
}

const GraphPanel = pick(graphMods, 'GraphPanel');
const Inspector = pick(inspectorMods, 'Inspector');

export function GraphArea() {
  const t = useT();
  return (
    <section className="panel panel-graph" aria-labelledby="graph-title" data-testid="graph.panel">
      <header className="panel-header">
        <h2 id="graph-title">{t('panel.graph')}</h2>
        <SimStatus />
        <ErrorBoundary what="the export buttons"><ExportButtons /></ErrorBoundary>
      </header>
      <div className="graph-body">
        <div className="graph-canvas">
          <ErrorBoundary what="the graph" fallback={<GraphPlaceholder />}>
            {GraphPanel ? <GraphPanel /> : <GraphPlaceholder />}
          </ErrorBoundary>
        </div>
        {Inspector && (
          <div className="inspector-slot">
            <ErrorBoundary what="the inspector"><Inspector /></ErrorBoundary>
          </div>
        )}
      </div>
    </section>
  );
}

function SimStatus() {
  const t = useT();
  const status = useApp((s) => s.simStatus);
  const error = useApp((s) => s.simError);
  const svc = useApp((s) => s.simulation?.counts.services);
  const pods = useApp((s) => s.simulation?.counts.pods);
  const ing = useApp((s) => s.simulation?.counts.ingresses);
  const counts = svc === undefined ? '' : t('graph.counts', { svc, pods, ing });
  return (
    <span className={`sim-status sim-${status}`} data-testid="graph.status" role="status">
      {status === 'failed' ? t('graph.engineError', { message: error }) : status === 'pending' ? t('graph.simulating') : counts}
    </span>
  );
}

/** Until the real graph lands: the engine's graph model as a plain list, ids as test ids. */
function GraphPlaceholder() {
  const graph = useApp((s) => s.simulation?.graph);
  const select = useApp((s) => s.select);
  const selected = useApp((s) => s.selection.id);
  const step = useApp((s) => s.player.currentStep);
  const t = useT();
  if (!graph) return <p className="muted graph-empty">{t('graph.building')}</p>;
  if (graph.nodes.length === 0) return <p className="muted graph-empty">{t('graph.nothing')}</p>;
  const touched = new Set(step?.touches ?? []);
  return (
    <ul className="graph-placeholder">
      {graph.nodes.map((n) => (
        <li key={n.id} data-testid={`graph.node.${n.id}`} data-severity={n.severity} data-touched={touched.has(n.id) || undefined}
          className={n.id === selected ? 'selected' : undefined}>
          <button type="button" className="link-button" onClick={() => select(n.id, 'graph')}>{n.kind} {n.label}</button>
          {n.sublabel && <span className="muted"> {n.sublabel}</span>}
          {n.severity && <span className={`problem-${n.severity}`}> ⚠ {n.problems[0]?.message}</span>}
        </li>
      ))}
    </ul>
  );
}
