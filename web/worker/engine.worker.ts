/// <reference lib="webworker" />
/**
 * The engine, off the main thread: typing never waits for a simulation. One engine instance keeps its
 * per-document parse cache between messages, and the last Simulation answers console requests, the
 * inspector (for the selected id, again after every simulation) and lesson placeholders.
 */
// The engine module itself, not src/index.ts: the index also re-exports lessons and catalogs the worker never uses.
import { createEngine, type Simulation } from '../../src/engine';
import { gid } from '../../src/graph/ids';
import { createGraphSender } from './graph-sender';
import { buildGraphModel } from './graph-model';
import { WORKER_NAME_STARTING_WITH_SAMPLE, type Inspection, type WireSummary, type WorkerRequest, type WorkerResponse } from './protocol';
import { DEFAULT_SCENARIO } from '../samples/default';
import { summarize } from './summary';

/** When this module was evaluated (epoch ms), reported with the first simulation for the web bench. */
const loadedAt = performance.timeOrigin + performance.now();
let reportedStartup = false;

const engine = createEngine();
let last: Simulation | undefined;
/** Sends each graph against the version the app holds: 'unchanged', a delta, or whole (graph-delta.ts). */
const graphSender = createGraphSender();
/** The inspector's selected id: its details ride along with every simulation. */
let selected: string | null = null;

/** Counts simulate requests, so a scheduled warm-up can tell that a newer text arrived meanwhile. */
let generation = 0;

/**
 * After a slow (cold, full) simulation, the first keystrokes would pay for the edit path's first run: the
 * JIT has not compiled the incremental code yet. Warm it once, when idle, with a throwaway one-document edit
 * (a comment appended to the last document). `last` stays the real text's simulation; the engine's caches now
 * hold the warm-up text, so the next real edit re-reads two documents instead of one — its answer is the
 * same either way (incremental results equal fresh ones: src/engine.incremental.test.ts). Not simulating the
 * real text again afterwards halves the time a keystroke typed meanwhile waits. Skipped if a newer text
 * arrived in the meantime.
 */
function warmEditPath(text: string, options: Extract<WorkerRequest, { type: 'simulate' }>['options']): void {
  const scheduled = generation;
  setTimeout(() => {
    if (scheduled !== generation) return;
    try {
      engine.simulate(`${text}\n# podpath: warm-up\n`, options);
    } catch {
      // A warm-up is best effort; the next real simulate answers as usual.
    }
  }, 0);
}

function reply(msg: WorkerResponse): void {
  (self as unknown as DedicatedWorkerGlobalScope).postMessage(msg);
}

function current(): Simulation {
  last ??= engine.simulate('');
  return last;
}

/**
 * The inspector and lesson placeholders are set up on first use, like the console's tools: the first graph
 * needs neither. (They are inlined in the worker's one file — vite.config.ts — so V8 only pre-parses them.)
 */
let inspectModule: typeof import('../../src/graph/inspect') | undefined;
let inspectLoading: Promise<void> | undefined;
function loadInspect(): Promise<void> {
  inspectLoading ??= import('../../src/graph/inspect').then((m) => {
    inspectModule = m;
  });
  return inspectLoading;
}

function warmInspect(): void {
  const svc = last?.cluster.services[0];
  if (!last || !svc || !inspectModule) return;
  inspectModule.inspect({ cluster: last.cluster, diagnostics: last.diagnostics, zone: last.zone }, gid.service(svc.namespace, svc.name));
}

function inspection(): Inspection | undefined {
  if (selected === null || !last || !inspectModule) return undefined;
  return { id: selected, details: inspectModule.inspect({ cluster: last.cluster, diagnostics: last.diagnostics, zone: last.zone }, selected) };
}

async function inspectLater(id: number): Promise<void> {
  try {
    await loadInspect();
    if (selected !== null) current();
    reply({ type: 'inspected', id, inspection: inspection() ?? null });
  } catch (err) {
    reply({ type: 'failed', id, message: err instanceof Error ? `${err.name}: ${err.message}` : String(err) });
  }
}

async function expandLater(id: number, text: string): Promise<void> {
  try {
    const { expandPlaceholders } = await import('../../src/lessons/placeholders');
    reply({ type: 'expanded', id, text: expandPlaceholders(current(), text) });
  } catch (err) {
    reply({ type: 'failed', id, message: err instanceof Error ? `${err.name}: ${err.message}` : String(err) });
  }
}

/**
 * The console's tools (dig, curl, formatters) are set up on the first command, not at start: the first graph
 * only needs parse → reconcile → graph.
 */
let runModule: Promise<typeof import('./run')> | undefined;
async function runLater(id: number, request: Extract<WorkerRequest, { type: 'run' }>['request']): Promise<void> {
  try {
    runModule ??= import('./run');
    const { runEngineRequest } = await runModule;
    reply({ type: 'ran', id, result: runEngineRequest(request, current()) });
  } catch (err) {
    reply({ type: 'failed', id, message: err instanceof Error ? `${err.name}: ${err.message}` : String(err) });
  }
}

/**
 * Simulate `text` and summarise it for the page (the first summary also carries the startup times); the graph is
 * sent against `heldGraph`, the version the page holds.
 */
function simulateAndSummarize(text: string, options: Extract<WorkerRequest, { type: 'simulate' }>['options'], heldGraph: string | undefined): WireSummary {
  const t0 = performance.now();
  const startup = reportedStartup ? undefined : { loadedAt, startedAt: performance.timeOrigin + t0 };
  reportedStartup = true;
  const sim = engine.simulate(text, options);
  last = sim;
  const model = buildGraphModel(sim);
  const { version, wire } = graphSender.encode(model, heldGraph);
  const full = summarize(sim, model, version);
  const summary: WireSummary = { ...full, graph: wire, inspection: inspection(), engineMs: 0, ...(startup ? { startup } : {}) };
  summary.engineMs = performance.now() - t0;
  return summary;
}

/** After a summary went out: warm the edit path and the inspector, when idle. */
function afterSimulation(text: string, summary: WireSummary, options: Extract<WorkerRequest, { type: 'simulate' }>['options']): void {
  generation++;
  if (summary.engineMs > 40) warmEditPath(text, options);
  // The inspector's code is not needed for the first graph, but the first click or cursor move into a
  // document needs it: set it up once the first graph is out, and run it once on a Service,
  // so the first selection does not pay for the JIT either.
  if (!inspectLoading) setTimeout(() => void loadInspect().then(warmInspect).catch(() => undefined), 0);
}

/**
 * The text answered ahead (protocol.ts: 'simulated-ahead'), until the first simulate request arrives: if that
 * request is for the same text without options, it is already answered.
 */
let answeredAhead: string | null = null;
let sawFirstRequest = false;

if (self.name === WORKER_NAME_STARTING_WITH_SAMPLE) {
  try {
    const summary = simulateAndSummarize(DEFAULT_SCENARIO, undefined, undefined);
    reply({ type: 'simulated-ahead', summary });
    answeredAhead = DEFAULT_SCENARIO;
    afterSimulation(DEFAULT_SCENARIO, summary, undefined);
  } catch {
    // Not answered ahead: the page's first request is answered as usual, as the first one.
    reportedStartup = false;
  }
}

self.onmessage = (event: MessageEvent<WorkerRequest>) => {
  const msg = event.data;
  try {
    if (msg.type === 'simulate') {
      const aheadAnswer = !sawFirstRequest && answeredAhead !== null && msg.text === answeredAhead && msg.options === undefined;
      sawFirstRequest = true;
      answeredAhead = null;
      if (aheadAnswer) return;
      const summary = simulateAndSummarize(msg.text, msg.options, msg.graphVersion);
      reply({ type: 'simulated', id: msg.id, summary });
      afterSimulation(msg.text, summary, msg.options);
    } else if (msg.type === 'run') {
      void runLater(msg.id, msg.request);
    } else if (msg.type === 'inspect') {
      selected = msg.target;
      void inspectLater(msg.id);
    } else if (msg.type === 'expand') {
      void expandLater(msg.id, msg.text);
    } else if (msg.type === 'cluster') {
      reply({ type: 'cluster', id: msg.id, cluster: last?.cluster ?? null });
    }
  } catch (err) {
    // The engine promises never to throw on user input; if it does, the UI keeps the text and says so.
    reply({ type: 'failed', id: msg.id, message: err instanceof Error ? `${err.name}: ${err.message}` : String(err) });
  }
};
