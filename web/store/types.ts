/**
 * The app's one store, made of slices. Engine output arrives from the worker and is stored as is;
 * components read narrow selectors. Nothing here recomputes networking.
 */
import type { GraphId, Range, TraceStep } from '../../src/index';
import type { ConsoleResult, EngineRequest } from '../../src/console/types';
import type { Inspection, SimulationSummary } from '../worker/protocol';

export interface TextSlice {
  text: string;
  /** Bumped on every edit; the simulation slice knows which text its summary belongs to. */
  textRevision: number;
  setText(text: string): void;
}

export interface SimulationSlice {
  simulation: SimulationSummary | null;
  /** textRevision the current summary was computed from. */
  simulatedRevision: number;
  simStatus: 'pending' | 'ready' | 'failed';
  simError: string | null;
  setSimulation(summary: SimulationSummary, revision: number): void;
  setSimulationFailed(message: string, revision: number): void;
  /** The inspector's details for the selected id, computed in the worker (null until they arrive). */
  inspection: Inspection | null;
  setInspection(inspection: Inspection | null): void;
}

export interface ConsoleEntry {
  id: number;
  /** Graph id of the source the command ran from (client/internet, pod/ns/name, node/name). */
  source: string;
  line: string;
  output: string;
  exitCode: number;
  pending: boolean;
  /** The trace the command produced (the player loads it; the entry can load it again). */
  trace: PlayerTrace | null;
}

export interface ConsoleSlice {
  consoleSource: string;
  consoleEntries: readonly ConsoleEntry[];
  consoleHistory: readonly string[];
  setConsoleSource(id: string): void;
  /** Parse and run one line (history, output and the trace for the player). */
  runLine(line: string): Promise<void>;
  clearConsole(): void;
  /** Fill a lesson command's placeholders ({clusterIP:ns/svc} …) from the current simulation. */
  expandCommand(text: string): Promise<string>;
}

export interface PlayerTrace {
  /** What produced it (the command line). */
  title: string;
  steps: readonly TraceStep[];
  summary?: string;
}

export interface PlayerState {
  trace: PlayerTrace | null;
  /** Index of the current step in trace.steps (0 when a trace is loaded). */
  index: number;
  playing: boolean;
  /** Steps per second multiplier: 0.5, 1, 1.5, 2. */
  speed: number;
  /** trace.steps[index], or null: what the graph highlights (touches/from/to) and the narration reads. */
  currentStep: TraceStep | null;
}

export interface PlayerSlice {
  player: PlayerState;
  loadTrace(trace: PlayerTrace | null): void;
  play(): void;
  pause(): void;
  togglePlay(): void;
  stepForward(): void;
  stepBack(): void;
  seek(index: number): void;
  toStart(): void;
  toEnd(): void;
  setSpeed(speed: number): void;
}

export type SelectionOrigin = 'graph' | 'editor' | 'problems' | 'inspector';

export interface SelectionState {
  /** The selected graph element (node or edge id). */
  id: GraphId | null;
  origin: SelectionOrigin | null;
}

export interface RevealRequest {
  range: Range;
  /** Changes on every request, so revealing the same range twice still moves the editor. */
  nonce: number;
  /** Select the whole range (graph click) or just put the cursor at its start (problem click). */
  select: boolean;
}

export interface SelectionSlice {
  selection: SelectionState;
  reveal: RevealRequest | null;
  /** Select a graph element; from the graph it also selects the element's lines in the editor. */
  select(id: GraphId | null, origin: SelectionOrigin): void;
  revealRange(range: Range, select: boolean): void;
}

export type AppState = TextSlice & SimulationSlice & ConsoleSlice & PlayerSlice & SelectionSlice;

/** What the store needs from the outside world (a worker and storage in the app, fakes in tests). */
export interface StoreDeps {
  run(request: EngineRequest): Promise<ConsoleResult>;
  /** Lesson placeholders, filled by the worker from its last simulation (tests may leave it out). */
  expand?(text: string): Promise<string>;
  initialText: string;
}
