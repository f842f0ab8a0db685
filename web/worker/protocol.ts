/**
 * Messages between the app and the engine worker. Everything is plain, structured-cloneable data.
 */
import type { ClusterState, Diagnostic, SimulateOptions } from '../../src/index';
import type { ConsoleResult, EngineRequest } from '../../src/console/types';
import type { GraphModel } from '../../src/graph/types';

/** What the UI needs from one simulation (the DNS zone and caches stay in the worker). */
export interface SimulationSummary {
  cluster: ClusterState;
  diagnostics: readonly Diagnostic[];
  documents: number;
  /** The engine's graph model (src/graph): what the graph panel draws. */
  graph: GraphModel | null;
  /** Time the worker spent in the engine, for the status line and benchmarks. */
  engineMs: number;
}

export type WorkerRequest =
  | { type: 'simulate'; id: number; text: string; options?: SimulateOptions }
  | { type: 'run'; id: number; request: EngineRequest };

export type WorkerResponse =
  | { type: 'simulated'; id: number; summary: SimulationSummary }
  | { type: 'ran'; id: number; result: ConsoleResult }
  | { type: 'failed'; id: number; message: string };
