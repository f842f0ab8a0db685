/**
 * The app's side of the engine worker. Simulations are latest-wins with at most one in flight: while the
 * worker works on one text, only the newest pending text is kept, so fast typing never builds a queue.
 */
import type { SimulateOptions } from '../../src/index';
import type { ConsoleResult, EngineRequest } from '../../src/console/types';
import type { SimulationSummary, WorkerRequest, WorkerResponse } from './protocol';

export interface EngineClient {
  simulate(text: string, revision: number, options?: SimulateOptions): void;
  run(request: EngineRequest): Promise<ConsoleResult>;
  dispose(): void;
}

export interface EngineClientHandlers {
  onSimulated(summary: SimulationSummary, revision: number): void;
  onFailed(message: string, revision: number): void;
}

export function createEngineClient(worker: Worker, handlers: EngineClientHandlers): EngineClient {
  let nextId = 1;
  let inFlight: { id: number; revision: number } | null = null;
  let pending: { text: string; revision: number; options?: SimulateOptions } | null = null;
  const runs = new Map<number, { resolve(r: ConsoleResult): void; reject(e: Error): void }>();

  const send = (msg: WorkerRequest) => worker.postMessage(msg);
  const pump = () => {
    if (inFlight || !pending) return;
    const { text, revision, options } = pending;
    pending = null;
    inFlight = { id: nextId++, revision };
    send({ type: 'simulate', id: inFlight.id, text, options });
  };

  worker.onmessage = (event: MessageEvent<WorkerResponse>) => {
    const msg = event.data;
    if (inFlight && msg.id === inFlight.id) {
      const { revision } = inFlight;
      inFlight = null;
      if (msg.type === 'simulated') handlers.onSimulated(msg.summary, revision);
      else if (msg.type === 'failed') handlers.onFailed(msg.message, revision);
      pump();
      return;
    }
    const run = runs.get(msg.id);
    if (!run) return;
    runs.delete(msg.id);
    if (msg.type === 'ran') run.resolve(msg.result);
    else if (msg.type === 'failed') run.reject(new Error(msg.message));
  };
  worker.onerror = (event) => {
    // A crashed worker must not take the page (or the text) with it.
    const message = event.message || 'the engine worker stopped';
    if (inFlight) {
      handlers.onFailed(message, inFlight.revision);
      inFlight = null;
    }
    for (const r of runs.values()) r.reject(new Error(message));
    runs.clear();
  };

  return {
    simulate(text, revision, options) {
      pending = { text, revision, options };
      pump();
    },
    run(request) {
      const id = nextId++;
      return new Promise<ConsoleResult>((resolve, reject) => {
        runs.set(id, { resolve, reject });
        send({ type: 'run', id, request });
      });
    },
    dispose() {
      worker.terminate();
    },
  };
}
