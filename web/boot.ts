/**
 * Wires the store to the outside world: the engine worker (text → simulation, console → traces) and
 * localStorage (the text survives reloads). Kept out of components so rendering never drives the engine.
 */
import { createAppStore, installAppStore, type AppStore } from './store/index';
import { browserStorage, loadSavedText, saveText } from './store/persist';
import { DEFAULT_SCENARIO } from './samples/default';
import { createEngineClient } from './worker/client';
import { WORKER_NAME, WORKER_NAME_STARTING_WITH_SAMPLE } from './worker/protocol';
import { loadEnglishMessages } from './i18n/engineMessages';
import EngineWorker from './worker/engine.worker.ts?worker';

const SAVE_DEBOUNCE_MS = 250;

export function boot(): AppStore {
  performance.mark('podpath:boot');
  const storage = browserStorage();
  const initialText = loadSavedText(storage) ?? DEFAULT_SCENARIO;
  // A first visit starts with the sample: the worker simulates it as soon as its code runs (protocol.ts).
  const startsWithSample = initialText === DEFAULT_SCENARIO;
  let store: AppStore | undefined = undefined;
  const worker = new EngineWorker({ name: startsWithSample ? WORKER_NAME_STARTING_WITH_SAMPLE : WORKER_NAME });
  const client = createEngineClient(worker, {
    onSimulated: (summary, revision) => {
      if (revision === 0) {
        const { startup } = summary;
        if (startup) {
          performance.mark('podpath:worker-loaded', { startTime: startup.loadedAt - performance.timeOrigin });
          performance.mark('podpath:first-simulation-start', { startTime: startup.startedAt - performance.timeOrigin });
        }
        performance.mark('podpath:first-simulation', { detail: { engineMs: summary.engineMs } });
      }
      store?.getState().setSimulation(summary, revision);
    },
    onFailed: (message, revision) => store?.getState().setSimulationFailed(message, revision),
    onInspected: (inspection) => store?.getState().setInspection(inspection),
  }, { aheadText: startsWithSample ? DEFAULT_SCENARIO : undefined });
  store = createAppStore({
    initialText,
    // A trace is narrated with the engine's catalogs: the first command's answer waits for them (not the first paint).
    run: (request) => Promise.all([client.run(request), loadEnglishMessages()]).then(([result]) => result),
    expand: (text) => client.expand(text),
  });
  installAppStore(store);
  // Handles for e2e tests, benchmarks and curious learners in devtools (the ClusterState stays in the worker:
  // `await podpathEngine.cluster()` copies it over).
  Object.assign(window, { podpathStore: store, podpathEngine: { cluster: () => client.cluster() } });

  const s = store;
  client.simulate(s.getState().text, s.getState().textRevision);

  // Changes made in one task (one keystroke can edit the model more than once) go to the engine together, at
  // the end of that task: no timer delay. The client keeps at most one simulation in flight and only the
  // newest pending text, so fast typing never queues work (web/worker/client.ts).
  let simQueued = false;
  const simulateNow = () => {
    simQueued = false;
    client.simulate(s.getState().text, s.getState().textRevision);
  };
  let saveTimer: ReturnType<typeof setTimeout> | undefined;
  const flushSave = () => {
    clearTimeout(saveTimer);
    saveTimer = undefined;
    saveText(storage, s.getState().text);
  };
  s.subscribe((state, prev) => {
    // The inspector's details are computed in the worker, for the selected id (and again after each simulation).
    if (state.selection.id !== prev.selection.id) void client.inspect(state.selection.id).catch(() => undefined);
    if (state.text === prev.text) return;
    if (!simQueued) {
      simQueued = true;
      queueMicrotask(simulateNow);
    }
    clearTimeout(saveTimer);
    saveTimer = setTimeout(flushSave, SAVE_DEBOUNCE_MS);
  });
  addEventListener('pagehide', flushSave);
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') flushSave();
  });
  return s;
}
