import { getAppStore, useApp } from '../store/index';
import { useT } from '../i18n/index';

const FALLBACK: readonly string[] = ['kubectl get svc,ep,ingress,pods -o wide'];

/** A few commands that make sense for the current manifests, one click to run. */
export function Examples() {
  // Chosen in the worker from the cluster state (web/worker/summary.ts).
  const examples = useApp((s) => s.simulation?.examples ?? FALLBACK);
  const t = useT();
  return (
    <div className="examples" role="group" aria-label={t('console.examples')}>
      {examples.map((ex) => (
        <button key={ex} type="button" className="chip" onClick={() => void getAppStore().getState().runLine(ex)}>
          <code>{ex}</code>
        </button>
      ))}
    </div>
  );
}
