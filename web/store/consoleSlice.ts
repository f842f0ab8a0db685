import type { StateCreator } from 'zustand';
import { parseSourceId } from '../../src/console/types';
import type { Command } from '../../src/console/shell/lex';
import { INITIAL_SHELL } from '../../src/console/shell/initial';
import type { AppState, ConsoleEntry, ConsoleSlice, StoreDeps } from './types';

const MAX_ENTRIES = 200;
const MAX_HISTORY = 100;
export const DEFAULT_SOURCE = 'client/internet';

let nextId = 1;

/** The shell and the command-line parser (dig, curl, kubectl flags) load with the first command, not with the first paint. */
let shell: Promise<[typeof import('../../src/console/shell/lex'), typeof import('../../src/console/shell/session')]> | undefined;
const loadShell = () => (shell ??= Promise.all([import('../../src/console/shell/lex'), import('../../src/console/shell/session')]));

/**
 * As bash keeps it in its history: one entry per command, `\`-newline outside quotes removed; inside '…', "…"
 * and $'…' the text stays as typed (bash 5.2: echo 'a\ + b' is kept as two lines, echo a\ + b as echo ab).
 */
export function historyText(command: string): string {
  let out = '';
  let quote: "'" | '"' | "$'" | '' = '';
  for (let i = 0; i < command.length; i++) {
    const c = command[i];
    if (quote === "'") {
      if (c === "'") quote = '';
    } else if (c === '\\') {
      if (quote === '' && command[i + 1] === '\n') {
        i++;
        continue;
      }
      out += c + (command[i + 1] ?? '');
      i++;
      continue;
    } else if (quote === '"') {
      if (c === '"') quote = '';
    } else if (quote === "$'") {
      if (c === "'") quote = '';
    } else if (c === "'") quote = command[i - 1] === '$' ? "$'" : "'";
    else if (c === '"') quote = '"';
    out += c;
  }
  return out;
}

/** Text pasted or copied from a page with CRLF or CR line ends: a terminal sends each as one newline. */
const crlf = (text: string) => text.replace(/\r\n?/g, '\n');

/** A request the engine does not answer in this time is given up (the worker may be stuck), so later lines run. */
export const RUN_TIMEOUT_MS = 15_000;

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer after ${ms / 1000} s; the command was given up`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

export const createConsoleSlice = (deps: StoreDeps): StateCreator<AppState, [], [], ConsoleSlice> => (set, get) => {
  const push = (entry: ConsoleEntry) => set((s) => ({ consoleEntries: [...s.consoleEntries, entry].slice(-MAX_ENTRIES) }));
  const patch = (id: number, change: Partial<ConsoleEntry>) =>
    set((s) => ({ consoleEntries: s.consoleEntries.map((e) => (e.id === id ? { ...e, ...change } : e)) }));
  const remember = (text: string) => {
    const { consoleHistory } = get();
    const entry = historyText(text).trim();
    if (entry && consoleHistory[consoleHistory.length - 1] !== entry) set({ consoleHistory: [...consoleHistory, entry].slice(-MAX_HISTORY) });
  };

  /**
   * Run complete commands one after another, each line with its own entry (the commands after `;`, `&&` or
   * `||` add their output to their line's entry, as a terminal shows them); the shell's state carries over.
   */
  const runCommands = async (commands: readonly Command[]) => {
    const [, session] = await loadShell();
    let id = 0;
    for (const command of commands) {
      if (session.leftOut(command, get().consoleShell.status)) continue;
      const joined = command.connector !== undefined && id !== 0;
      const line = command.list ?? command.text;
      if (!joined) {
        remember(line);
        id = nextId++;
        push({ id, source: get().consoleSource, line, output: '', exitCode: 0, pending: true, trace: null });
      }
      const entry = get().consoleEntries.find((e) => e.id === id);
      const source = parseSourceId(entry?.source ?? get().consoleSource) ?? { kind: 'client', name: 'internet' };
      const { outcome, state } = await session.runCommand(command, get().consoleShell, { source, run: (request) => withTimeout(deps.run(request), RUN_TIMEOUT_MS) });
      set({ consoleShell: state });
      if (outcome.clear) {
        set({ consoleEntries: [] });
        id = 0;
        continue;
      }
      const before = get().consoleEntries.find((e) => e.id === id);
      const steps = outcome.trace?.steps ?? [];
      const trace = steps.length > 0 ? { title: historyText(command.text), steps, summary: outcome.trace?.summary } : null;
      patch(id, {
        output: (joined ? (before?.output ?? '') : '') + outcome.output,
        exitCode: outcome.exitCode,
        pending: false,
        ...(trace || !joined ? { trace } : {}),
        ...(outcome.expanded && !command.list && !joined ? { expanded: outcome.expanded } : {}),
      });
      if (trace) get().loadTrace(trace);
    }
  };

  // One command at a time, as a terminal reads its input: the next one sees the variables the previous one set.
  let queue: Promise<void> = Promise.resolve();
  const serially = (job: () => Promise<void>): Promise<void> => (queue = queue.then(job, job));

  return {
    consoleSource: DEFAULT_SOURCE,
    consoleEntries: [],
    consoleHistory: [],
    consoleShell: INITIAL_SHELL,
    consolePending: '',
    setConsoleSource: (id) => set({ consoleSource: id }),
    clearConsole: () => set({ consoleEntries: [] }),
    cancelPending: () => set({ consolePending: '' }),
    expandCommand: (text) => (deps.expand ? deps.expand(text) : Promise.resolve(text)),
    runLine: (text) => serially(async () => {
      const [lexer] = await loadShell();
      const { commands, incomplete } = lexer.lex(`${crlf(text)}\n`);
      await runCommands(commands);
      if (incomplete !== undefined) {
        // A whole command was expected (an example, a lesson step): bash -c says this about an open quote.
        push({ id: nextId++, source: get().consoleSource, line: incomplete.trim(), output: 'bash: unexpected end of input: a quote, $( or ` is not closed, a here-document or loop is not finished, or the line ends with \\, && or |\n', exitCode: 2, pending: false, trace: null });
      }
    }),
    submitInput: (text) => serially(async () => {
      const [lexer] = await loadShell();
      const pending = get().consolePending;
      const { commands, incomplete } = lexer.lex(`${pending ? `${pending}\n` : ''}${crlf(text)}\n`);
      set({ consolePending: incomplete === undefined ? '' : incomplete.replace(/\n$/, '') });
      await runCommands(commands);
    }),
  };
};
