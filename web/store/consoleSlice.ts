import type { StateCreator } from 'zustand';
import { parseSourceId } from '../../src/console/types';
import type { AppState, ConsoleEntry, ConsoleSlice, StoreDeps } from './types';

const MAX_ENTRIES = 200;
const MAX_HISTORY = 100;
export const DEFAULT_SOURCE = 'client/internet';

let nextId = 1;

/** The command-line parser (dig, curl, kubectl flags) loads with the first command, not with the first paint. */
let parser: Promise<typeof import('../../src/console/parse')> | undefined;
const loadParser = () => (parser ??= import('../../src/console/parse'));

export const createConsoleSlice = (deps: StoreDeps): StateCreator<AppState, [], [], ConsoleSlice> => (set, get) => {
  const push = (entry: ConsoleEntry) => set((s) => ({ consoleEntries: [...s.consoleEntries, entry].slice(-MAX_ENTRIES) }));
  const patch = (id: number, change: Partial<ConsoleEntry>) =>
    set((s) => ({ consoleEntries: s.consoleEntries.map((e) => (e.id === id ? { ...e, ...change } : e)) }));
  return {
    consoleSource: DEFAULT_SOURCE,
    consoleEntries: [],
    consoleHistory: [],
    setConsoleSource: (id) => set({ consoleSource: id }),
    clearConsole: () => set({ consoleEntries: [] }),
    expandCommand: (text) => (deps.expand ? deps.expand(text) : Promise.resolve(text)),
    runLine: async (line) => {
      const { consoleSource, consoleHistory } = get();
      const trimmed = line.trim();
      if (trimmed && consoleHistory[consoleHistory.length - 1] !== trimmed) {
        set({ consoleHistory: [...consoleHistory, trimmed].slice(-MAX_HISTORY) });
      }
      const source = parseSourceId(consoleSource) ?? { kind: 'client', name: 'internet' };
      const { HELP_TEXT, parseCommandLine } = await loadParser();
      const cmd = parseCommandLine(line, source);
      const id = nextId++;
      const entry: ConsoleEntry = { id, source: consoleSource, line, output: '', exitCode: 0, pending: false, trace: null };
      switch (cmd.kind) {
        case 'empty':
          return;
        case 'clear':
          set({ consoleEntries: [] });
          return;
        case 'help':
          push({ ...entry, output: HELP_TEXT });
          return;
        case 'invalid':
          push({ ...entry, output: cmd.message, exitCode: 127 });
          return;
        default:
          break;
      }
      push({ ...entry, pending: true });
      try {
        const result = await deps.run(cmd);
        const steps = result.trace?.steps ?? [];
        const trace = steps.length > 0 ? { title: trimmed, steps, summary: result.trace?.summary } : null;
        patch(id, { output: result.output, exitCode: result.exitCode, pending: false, trace });
        if (trace) get().loadTrace(trace);
      } catch (err) {
        patch(id, { output: `podpath: the engine failed on this command (${err instanceof Error ? err.message : String(err)})`, exitCode: 70, pending: false });
      }
    },
  };
};
