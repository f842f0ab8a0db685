import { lazy, Suspense, useEffect, useState } from 'react';
import { Panel } from '../layout/Panel';
import { useApp } from '../store/index';
import { useT } from '../i18n/index';
import { FallbackEditor } from './FallbackEditor';
import { ProblemsList } from './ProblemsList';

// Monaco (~3.5 MB) is its own chunk: the graph and console work before it arrives.
const MonacoEditor = lazy(() => import('./MonacoEditor'));

/**
 * Parsing Monaco blocks the main thread for a while, so it is only fetched once the first graph has
 * been drawn (or after 3 s whatever happens): the learner sees the cluster first, then the editor upgrades.
 */
function useMonacoWhenGraphIsUp(): boolean {
  const simulated = useApp((s) => s.simulation !== null || s.simStatus === 'failed');
  const [go, setGo] = useState(false);
  useEffect(() => {
    if (go) return;
    const fallback = setTimeout(() => setGo(true), 3000);
    let raf = 0;
    if (simulated) raf = requestAnimationFrame(() => (raf = requestAnimationFrame(() => setGo(true))));
    return () => {
      clearTimeout(fallback);
      cancelAnimationFrame(raf);
    };
  }, [simulated, go]);
  return go;
}

export function EditorPanel() {
  const documents = useApp((s) => s.simulation?.documents ?? 0);
  const loadMonaco = useMonacoWhenGraphIsUp();
  const t = useT();
  return (
    <Panel id="editor" title={t('panel.manifests')} testId="editor.panel" extra={<span className="muted">{t('editor.documents', { n: documents })}</span>}>
      <div className="editor-host">
        {loadMonaco ? (
          <Suspense fallback={<FallbackEditor />}>
            <MonacoEditor />
          </Suspense>
        ) : (
          <FallbackEditor />
        )}
      </div>
      <ProblemsList />
    </Panel>
  );
}
