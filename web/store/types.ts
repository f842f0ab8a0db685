/**
 * The app's one store, made of slices. Engine output arrives from the worker and is stored as is;
 * components read narrow selectors. Nothing here recomputes networking.
 */
import type { GraphId, Range, TraceStep } from '../../src/index';
import type { ConsoleResult, EngineRequest } from '../../src/console/types';
import type { ShellState } from '../../src/console/shell/session';
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
  /** The line with its variables and $(…) expanded, when it had any: what a share link replays. */
  expanded?: string;
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
  /** The console's shell: its variables and $? (kept by `clear`; a page reload starts afresh). */
  consoleShell: ShellState;
  /** The lines typed so far of a command that goes on (after a final `\`, in an open quote): bash's "> " prompt. */
  consolePending: string;
  setConsoleSource(id: string): void;
  /** Run complete commands (an example, a lesson step, a shared link): history, output and the trace for the player. */
  runLine(line: string): Promise<void>;
  /** What the input line sends on Enter (or a paste): joined to a pending command; a command that goes on waits. */
  submitInput(text: string): Promise<void>;
  /** Drop a pending command (Ctrl+C at bash's "> " prompt). */
  cancelPending(): void;
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
