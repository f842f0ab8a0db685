/// <reference lib="webworker" />
/**
 * The engine, off the main thread: typing never waits for a simulation. One engine instance keeps its
 * per-document parse cache between messages, and the last Simulation answers console requests.
 */
// The engine module itself, not src/index.ts: the index also re-exports lessons and catalogs the worker never uses.
import { createEngine, type Simulation } from '../../src/engine';
import { buildGraphModel } from './graph-model';
import type { WorkerRequest, WorkerResponse } from './protocol';

const engine = createEngine();
let last: Simulation | undefined;

function reply(msg: WorkerResponse): void {
  (self as unknown as DedicatedWorkerGlobalScope).postMessage(msg);
}

/**
 * The console's tools (dig, curl, formatters) load on the first command, not at start: the first graph
 * only needs parse → reconcile → graph.
 */
let runModule: Promise<typeof import('./run')> | undefined;
async function runLater(id: number, request: Extract<WorkerRequest, { type: 'run' }>['request']): Promise<void> {
  try {
    runModule ??= import('./run');
    const { runEngineRequest } = await runModule;
    if (!last) last = engine.simulate('');
    reply({ type: 'ran', id, result: runEngineRequest(request, last) });
  } catch (err) {
    reply({ type: 'failed', id, message: err instanceof Error ? `${err.name}: ${err.message}` : String(err) });
  }
}

self.onmessage = (event: MessageEvent<WorkerRequest>) => {
  const msg = event.data;
  try {
    if (msg.type === 'simulate') {
      const t0 = performance.now();
      last = engine.simulate(msg.text, msg.options);
      const graph = buildGraphModel(last);
      const engineMs = performance.now() - t0;
      reply({
        type: 'simulated',
        id: msg.id,
        summary: { cluster: last.cluster, diagnostics: last.diagnostics, documents: last.documents, graph, engineMs },
      });
    } else if (msg.type === 'run') {
      void runLater(msg.id, msg.request);
    }
  } catch (err) {
    // The engine promises never to throw on user input; if it does, the UI keeps the text and says so.
    reply({ type: 'failed', id: msg.id, message: err instanceof Error ? `${err.name}: ${err.message}` : String(err) });
  }
};
