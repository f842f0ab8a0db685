/**
 * Wires the store to the outside world: the engine worker (text → simulation, console → traces) and
 * localStorage (the text survives reloads). Kept out of components so rendering never drives the engine.
 */
import { createAppStore, installAppStore, type AppStore } from './store/index';
import { browserStorage, loadSavedText, saveText } from './store/persist';
import { DEFAULT_SCENARIO } from './samples/default';
import { createEngineClient } from './worker/client';
import EngineWorker from './worker/engine.worker.ts?worker';

const SIMULATE_DEBOUNCE_MS = 25;
const SAVE_DEBOUNCE_MS = 250;

export function boot(): AppStore {
  performance.mark('podpath:boot');
  const storage = browserStorage();
  let store: AppStore | undefined = undefined;
  const client = createEngineClient(new EngineWorker({ name: 'podpath-engine' }), {
    onSimulated: (summary, revision) => {
      if (revision === 0) performance.mark('podpath:first-simulation', { detail: { engineMs: summary.engineMs } });
      store?.getState().setSimulation(summary, revision);
    },
    onFailed: (message, revision) => store?.getState().setSimulationFailed(message, revision),
  });
  store = createAppStore({
    initialText: loadSavedText(storage) ?? DEFAULT_SCENARIO,
    run: (request) => client.run(request),
  });
  installAppStore(store);
  // A handle for e2e tests, benchmarks and curious learners in devtools.
  Object.assign(window, { podpathStore: store });

  const s = store;
  client.simulate(s.getState().text, s.getState().textRevision);

  let simTimer: ReturnType<typeof setTimeout> | undefined;
  let saveTimer: ReturnType<typeof setTimeout> | undefined;
  const flushSave = () => {
    clearTimeout(saveTimer);
    saveTimer = undefined;
    saveText(storage, s.getState().text);
  };
  s.subscribe((state, prev) => {
    if (state.text === prev.text) return;
    clearTimeout(simTimer);
    simTimer = setTimeout(() => client.simulate(s.getState().text, s.getState().textRevision), SIMULATE_DEBOUNCE_MS);
    clearTimeout(saveTimer);
    saveTimer = setTimeout(flushSave, SAVE_DEBOUNCE_MS);
  });
  addEventListener('pagehide', flushSave);
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') flushSave();
  });
  return s;
}
