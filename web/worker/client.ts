/**
 * The app's side of the engine worker. Simulations are latest-wins with at most one in flight: while the
 * worker works on one text, only the newest pending text is kept, so fast typing never builds a queue.
 * Other requests (console runs, inspector details, lesson placeholders) are answered by id.
 */
import type { ClusterState, SimulateOptions } from '../../src/index';
import type { ConsoleResult, EngineRequest } from '../../src/console/types';
import type { GraphModel } from '../../src/graph/types';
import { applyGraphDelta, isGraphDelta } from './graph-delta';
import type { Inspection, SimulationSummary, WireSummary, WorkerRequest, WorkerResponse } from './protocol';

export interface EngineClient {
  simulate(text: string, revision: number, options?: SimulateOptions): void;
  run(request: EngineRequest): Promise<ConsoleResult>;
  /** Select a graph id for the inspector (null: none); its details also arrive with every later simulation. */
  inspect(target: string | null): Promise<Inspection | null>;
  /** Fill a lesson command's placeholders from the last simulation. */
  expand(text: string): Promise<string>;
  /** The last simulation's whole ClusterState (tests, devtools): a large copy, never per keystroke. */
  cluster(): Promise<ClusterState | null>;
  dispose(): void;
}

export interface EngineClientOptions {
  /**
   * The text the worker simulates ahead, unasked (protocol.ts: WORKER_NAME_STARTING_WITH_SAMPLE): its
   * 'simulated-ahead' summary answers the first simulate request when that request is for this text.
   */
  aheadText?: string;
}

export interface EngineClientHandlers {
  onSimulated(summary: SimulationSummary, revision: number): void;
  onFailed(message: string, revision: number): void;
  /** Details for the selected id, answering inspect(). */
  onInspected?(inspection: Inspection | null): void;
}

type Answer = Exclude<WorkerResponse, { type: 'simulated' | 'simulated-ahead' | 'failed' }>;
type Request = WorkerRequest extends infer R ? (R extends { id: number } ? Omit<R, 'id'> : never) : never;

export function createEngineClient(worker: Worker, handlers: EngineClientHandlers, clientOptions: EngineClientOptions = {}): EngineClient {
  let nextId = 1;
  let inFlight: { id: number; revision: number; text: string; options?: SimulateOptions } | null = null;
  /**
   * The first simulate request, while the worker may answer it ahead: whether it was for the ahead text
   * (the worker applies the same test to the first request it receives), and a summary that came first.
   */
  let first: { id: number; ahead: boolean } | null = null;
  let earlySummary: WireSummary | null = null;
  const { aheadText } = clientOptions;
  let pending: { text: string; revision: number; options?: SimulateOptions } | null = null;
  let graph: GraphModel | null = null;
  /** The version of `graph` ('' for none): each simulate request says it, and the answer's graph is sent against it. */
  let held = '';
  const waiting = new Map<number, { resolve(r: Answer): void; reject(e: Error): void }>();

  const send = (msg: WorkerRequest) => worker.postMessage(msg);
  const pump = () => {
    if (inFlight || !pending) return;
    const { text, revision, options } = pending;
    pending = null;
    inFlight = { id: nextId++, revision, text, options };
    if (!first) {
      first = { id: inFlight.id, ahead: options === undefined && text === aheadText };
      if (!first.ahead) earlySummary = null;
      if (earlySummary && first.ahead) {
        // The worker's answer came before the request was made (never at startup, where the request is
        // made first; kept for safety): deliver it after this call returns, as a message would be.
        const summary = earlySummary;
        earlySummary = null;
        queueMicrotask(() => settleSimulation(first!.id, { type: 'simulated', id: first!.id, summary }));
      }
    }
    send({ type: 'simulate', id: inFlight.id, text, options, graphVersion: held });
  };
  /** A simulation's answer (or failure) for request `id`, if it is still the one in flight. */
  const settleSimulation = (id: number, msg: Extract<WorkerResponse, { type: 'simulated' | 'failed' }>) => {
    if (!inFlight || inFlight.id !== id) return;
    const { revision, text, options } = inFlight;
    inFlight = null;
    if (msg.type === 'simulated') {
      const wire = msg.summary.graph;
      if (isGraphDelta(wire)) {
        if (!graph || wire.base !== held) {
          // Never expected (the worker makes a delta only against the version the request named): ask again for
          // the graph whole, unless a newer text is waiting anyway.
          held = '';
          pending ??= { text, revision, options };
          pump();
          return;
        }
        graph = applyGraphDelta(graph, wire);
      } else if (wire !== 'unchanged') {
        // An unchanged graph is not sent again: the app keeps the object it has, so the graph panel skips a render.
        graph = wire;
      }
      held = graph ? msg.summary.graphVersion : '';
      handlers.onSimulated({ ...msg.summary, graph }, revision);
    } else handlers.onFailed(msg.message, revision);
    pump();
  };
  const ask = (req: Request): Promise<Answer> => {
    const id = nextId++;
    return new Promise<Answer>((resolve, reject) => {
      waiting.set(id, { resolve, reject });
      send({ ...req, id } as WorkerRequest);
    });
  };

  worker.onmessage = (event: MessageEvent<WorkerResponse>) => {
    const msg = event.data;
    if (msg.type === 'simulated-ahead') {
      if (!first) earlySummary = msg.summary;
      else if (first.ahead) settleSimulation(first.id, { type: 'simulated', id: first.id, summary: msg.summary });
      return;
    }
    if (inFlight && msg.id === inFlight.id && (msg.type === 'simulated' || msg.type === 'failed')) {
      settleSimulation(msg.id, msg);
      return;
    }
    const w = waiting.get(msg.id);
    if (!w) return;
    waiting.delete(msg.id);
    if (msg.type === 'failed') w.reject(new Error(msg.message));
    else if (msg.type !== 'simulated') w.resolve(msg);
  };
  worker.onerror = (event) => {
    // A crashed worker must not take the page (or the text) with it.
    const message = event.message || 'the engine worker stopped';
    if (inFlight) {
      handlers.onFailed(message, inFlight.revision);
      inFlight = null;
    }
    for (const r of waiting.values()) r.reject(new Error(message));
    waiting.clear();
  };

  return {
    simulate(text, revision, options) {
      pending = { text, revision, options };
      pump();
    },
    run: (request) => ask({ type: 'run', request }).then((a) => (a.type === 'ran' ? a.result : { output: '', exitCode: 70 })),
    inspect: (target) => ask({ type: 'inspect', target }).then((a) => {
      const inspection = a.type === 'inspected' ? a.inspection : null;
      handlers.onInspected?.(inspection);
      return inspection;
    }),
    expand: (text) => ask({ type: 'expand', text }).then((a) => (a.type === 'expanded' ? a.text : text)),
    cluster: () => ask({ type: 'cluster' }).then((a) => (a.type === 'cluster' ? a.cluster : null)),
    dispose() {
      worker.terminate();
    },
  };
}
