/**
 * Messages between the app and the engine worker. Everything is plain, structured-cloneable data.
 * The ClusterState stays in the worker: per simulation the app gets the graph model, the diagnostics and a few
 * small summaries; anything else (the inspector's details, lesson placeholders, the whole state for tests) it
 * asks for by request.
 */
import type { ClusterState, Diagnostic, InspectorDetails, SimulateOptions } from '../../src/index';
import type { ConsoleResult, EngineRequest } from '../../src/console/types';
import type { GraphModel } from '../../src/graph/types';
import type { WireGraph } from './graph-delta';

/** Counts for the graph's status line. */
export interface SimulationCounts {
  services: number;
  pods: number;
  ingresses: number;
}

/** Where console commands can run from (the console's source picker). */
export interface SimulationSources {
  clients: readonly { name: string; ip: string }[];
  nodes: readonly { name: string; internalIP: string }[];
  pods: readonly { namespace: string; name: string; podIP: string }[];
}

/** The inspector's details for one graph id (null: the id is not on the graph). */
export interface Inspection {
  id: string;
  details: InspectorDetails | null;
}

/** What the UI needs from one simulation (the cluster state, DNS zone and caches stay in the worker). */
export interface SimulationSummary {
  diagnostics: readonly Diagnostic[];
  documents: number;
  /** The engine's graph model (src/graph): what the graph panel draws. */
  graph: GraphModel | null;
  /** A hash of the graph model: equal versions mean an equal model (the app keeps the object it has). */
  graphVersion: string;
  counts: SimulationCounts;
  sources: SimulationSources;
  /** A few console commands that make sense for these manifests. */
  examples: readonly string[];
  /** The inspector's details for the worker's selected id, recomputed after each simulation. */
  inspection?: Inspection;
  /** Time the worker spent in the engine, for the status line and benchmarks. */
  engineMs: number;
  /**
   * The first simulation only: when the worker's code had loaded and when this simulation started, as
   * epoch milliseconds (performance.timeOrigin + now(): the worker's clock starts at its own creation).
   */
  startup?: { loadedAt: number; startedAt: number };
}

/**
 * On the wire, the graph is sent against the version the request says the app holds (graph-delta.ts): left out
 * when that version did not change, as a delta when the worker still knows that version, else whole.
 */
export type WireSummary = Omit<SimulationSummary, 'graph'> & { graph: WireGraph };

export type WorkerRequest =
  /** `graphVersion`: the version of the graph the app holds ('' for none), which the answer's graph is sent against. */
  | { type: 'simulate'; id: number; text: string; options?: SimulateOptions; graphVersion?: string }
  | { type: 'run'; id: number; request: EngineRequest }
  /** Select a graph id (or none): answers with its details now and after every later simulation. */
  | { type: 'inspect'; id: number; target: string | null }
  /** Fill a lesson command's placeholders ({clusterIP:ns/svc} …) from the last simulation. */
  | { type: 'expand'; id: number; text: string }
  /** The whole ClusterState of the last simulation (tests, devtools). */
  | { type: 'cluster'; id: number };

/**
 * The worker's name. When the page starts with the sample scenario it says so in the name, which the worker
 * can read as soon as its code runs: it then simulates the sample at once and answers ahead
 * ('simulated-ahead'), instead of waiting for the page's first message. In Chromium that message is held
 * back until the page's main thread is free to hand it over, and at startup the main thread is busy loading
 * the UI: answering ahead lets the first graph be ready when the UI is.
 */
export const WORKER_NAME = 'podpath-engine';
export const WORKER_NAME_STARTING_WITH_SAMPLE = 'podpath-engine (sample)';

export type WorkerResponse =
  | { type: 'simulated'; id: number; summary: WireSummary }
  /**
   * The sample scenario's simulation, sent before any request. It answers the page's first simulate
   * request exactly when that request is for the sample text without options: the worker then does not
   * answer that request again, and the page takes this summary as its answer (both apply the same rule).
   */
  | { type: 'simulated-ahead'; summary: WireSummary }
  | { type: 'ran'; id: number; result: ConsoleResult }
  | { type: 'inspected'; id: number; inspection: Inspection | null }
  | { type: 'expanded'; id: number; text: string }
  | { type: 'cluster'; id: number; cluster: ClusterState | null }
  | { type: 'failed'; id: number; message: string };
