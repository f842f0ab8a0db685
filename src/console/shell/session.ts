/**
 * Runs one command the way bash runs it in a terminal, over the console's own commands: expand the words
 * (expand.ts), then an assignment, a builtin (echo, export, unset, true, false) or a console command — help,
 * clear, or a request the engine answers (`run`, injected: the worker in the app, the engine in tests).
 * $(…) runs its commands as a subshell does (an assignment there does not last) and keeps their standard
 * output; what they write to standard error shows before the command's own output, as in a terminal.
 * The shell's state (variables, $?) is a value: each run returns the next one. Never throws.
 */
import { HELP_TEXT, parseWords } from '../parse';
import type { ConsoleResult, ConsoleSource, EngineRequest } from '../types';
import { assign, assignment, braces, expandWord, expandWords, ShellError, type ExpandContext, type ShellVars } from './expand';
import { lex, notSimulated, type Command, type Word } from './lex';
import { RESERVED } from './scan';

export interface ShellState {
  vars: ShellVars;
  /** $?: the exit status of the last command. */
  status: number;
  /** The names `export` marked (set or not): what `export` lists. */
  exported?: readonly string[];
}

export { INITIAL_SHELL } from './initial';

export interface ShellHost {
  source: ConsoleSource;
  run(request: EngineRequest): Promise<ConsoleResult>;
}

export interface CommandOutcome {
  /** Everything the terminal shows, in order. */
  output: string;
  /** The part that went to standard output (what an enclosing $(…) keeps). */
  stdout: string;
  exitCode: number;
  trace?: ConsoleResult['trace'];
  /** `clear`: empty the scrollback (the variables stay, as in a terminal). */
  clear?: true;
  /**
   * The engine command as it ran, its expansions done (`curl http://203.0.113.21/` for `curl http://$IP/`),
   * when it had any: what replays it without this session's variables (a share link).
   */
  expanded?: string;
}

const MAX_DEPTH = 16;
/** bash 5.2's builtins (`compgen -b`) the console's shell does not run: said so, not "command not found". */
const BUILTINS = new Set(['.', '[', 'alias', 'bg', 'bind', 'break', 'builtin', 'caller', 'cd', 'command', 'compgen', 'complete', 'compopt', 'continue', 'declare', 'dirs', 'disown', 'enable', 'eval', 'exec', 'exit', 'fc', 'fg', 'getopts', 'hash', 'history', 'jobs', 'kill', 'let', 'local', 'logout', 'mapfile', 'popd', 'printf', 'pushd', 'pwd', 'read', 'readarray', 'readonly', 'return', 'set', 'shift', 'shopt', 'source', 'suspend', 'test', 'times', 'trap', 'type', 'typeset', 'ulimit', 'umask', 'unalias', 'wait']);
const VALID_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
const line = (text: string) => (text === '' || text.endsWith('\n') ? text : `${text}\n`);
/** `output` without (one occurrence of) `stdout`: what went to standard error. */
const without = (output: string, stdout: string) => {
  const k = stdout === '' ? -1 : output.indexOf(stdout);
  return k < 0 ? output : output.slice(0, k) + output.slice(k + stdout.length);
};

/** stdout/stderr of an engine answer (ConsoleResult.stdout, or by its exit status). */
function streams(r: ConsoleResult): { stdout: string; stderr: string } {
  if (r.stdout !== undefined) return { stdout: r.stdout, stderr: without(r.output, r.stdout) };
  return r.exitCode === 0 ? { stdout: r.output, stderr: '' } : { stdout: '', stderr: r.output };
}

/** A word as bash would read it back: bare when it is plain, else in single quotes. */
const quoteWord = (w: string) => (/^[A-Za-z0-9_@%+=:,./-]+$/.test(w) ? w : `'${w.replace(/'/g, "'\\''")}'`);
const hasExpansion = (words: readonly Word[]) => words.some((w) => w.parts.some((p) => p.kind !== 'text'));

const isWord = (w: Word | undefined, text: string) => w?.parts.length === 1 && w.parts[0].kind === 'text' && !w.parts[0].quoted && w.parts[0].text === text;

/** bash's echo: leading -n/-e/-E options; with -e, backslash escapes. */
function echo(args: readonly string[]): string {
  let newline = true;
  let escapes = false;
  let i = 0;
  for (; i < args.length && /^-[neE]+$/.test(args[i]); i++) {
    for (const f of args[i].slice(1)) {
      if (f === 'n') newline = false;
      else escapes = f === 'e';
    }
  }
  let text = args.slice(i).join(' ');
  if (escapes) {
    const cut = text.indexOf('\\c');
    if (cut >= 0) {
      text = text.slice(0, cut);
      newline = false;
    }
    const named: Record<string, string> = { a: '\x07', b: '\b', e: '\x1b', E: '\x1b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v', '\\': '\\' };
    text = text.replace(/\\(0[0-7]{0,3}|x[0-9a-fA-F]{1,2}|[abeEfnrtv\\])/g, (_m, e: string) =>
      e[0] === '0' ? String.fromCharCode(parseInt(e.slice(1) || '0', 8) & 0xff) : e[0] === 'x' ? String.fromCharCode(parseInt(e.slice(1), 16)) : named[e]);
  }
  return newline ? `${text}\n` : text;
}

/** A command after `&&` (the previous one failed) or `||` (it succeeded) is left out, $? unchanged (bash(1) Lists). */
export const leftOut = (cmd: Command, status: number): boolean => (cmd.connector === '&&' ? status !== 0 : cmd.connector === '||' ? status === 0 : false);

export async function runCommand(cmd: Command, state: ShellState, host: ShellHost, depth = 0): Promise<{ outcome: CommandOutcome; state: ShellState }> {
  const done = (outcome: CommandOutcome, vars: ShellVars = state.vars, exported = state.exported): { outcome: CommandOutcome; state: ShellState } =>
    ({ outcome, state: { vars, status: outcome.exitCode, ...(exported?.length ? { exported } : {}) } });
  if (cmd.error) return done({ output: line(cmd.error.message), stdout: '', exitCode: cmd.error.exitCode });
  let terminal = ''; // what the substitutions wrote to standard error
  const ctx: ExpandContext = {
    vars: state.vars,
    status: state.status,
    substitutions: [],
    substitute: async (text) => {
      const r = await substitute(text, state, host, depth + 1);
      terminal += r.stderr;
      return r;
    },
  };
  try {
    // A `$ ` prompt copied from a tutorial is not part of the command.
    const words = isWord(cmd.words[0], '$') ? cmd.words.slice(1) : cmd.words;
    let n = 0;
    while (n < words.length && assignment(words[n])) n++;
    const assignments = words.slice(0, n).map((w) => assignment(w) as NonNullable<ReturnType<typeof assignment>>);
    const rest = words.slice(n);

    if (isWord(rest[0], 'export')) return done(...(await exportBuiltin(rest.slice(1), ctx, state.exported ?? [], () => terminal)));
    // A reserved word counts only as typed (unquoted, first); bash(1) SHELL GRAMMAR.
    const first = rest[0]?.parts[0];
    if (rest[0]?.parts.length === 1 && first?.kind === 'text' && !first.quoted && RESERVED.has(first.text)) {
      return done({ output: terminal + line(notSimulated(first.text)), stdout: '', exitCode: 2 });
    }
    const argv = await expandWords(rest, ctx);
    if (argv.length === 0) {
      const vars = { ...state.vars };
      for (const a of assignments) await assign(vars, a, ctx);
      return done({ output: terminal, stdout: '', exitCode: ctx.substitutions.at(-1) ?? 0 }, vars);
    }
    // NAME=value before a command sets it for that command only: the console's commands read no variables.
    const [name, ...args] = argv;
    if (name === 'echo') {
      const printed = echo(args);
      return done({ output: terminal + printed, stdout: printed, exitCode: 0 });
    }
    if (BUILTINS.has(name)) return done({ output: terminal + line(notSimulated(name)), stdout: '', exitCode: 2 });
    if (name === 'true' || name === 'false' || name === ':') return done({ output: terminal, stdout: '', exitCode: name === 'false' ? 1 : 0 });
    if (name === 'unset') {
      const vars = { ...state.vars };
      // Without -v, a name that cannot be a variable may be a function's: bash says nothing (checked, bash 5.2).
      const bad = args[0] === '-v' ? args.slice(1).filter((a) => !VALID_NAME.test(a)) : [];
      for (const a of args) delete vars[a];
      const errors = bad.map((a) => `bash: unset: \`${a}': not a valid identifier\n`).join('');
      // unset drops the export attribute too (bash: export A=1; unset A; A=2; export lists no A).
      const exported = (state.exported ?? []).filter((n) => !args.includes(n));
      return done({ output: terminal + errors, stdout: '', exitCode: bad.length ? 1 : 0 }, vars, exported);
    }
    const command = parseWords(argv, host.source);
    switch (command.kind) {
      case 'empty': return done({ output: terminal, stdout: '', exitCode: 0 });
      case 'help': return done({ output: terminal + line(HELP_TEXT), stdout: line(HELP_TEXT), exitCode: 0 });
      case 'clear': return done({ output: '', stdout: '', exitCode: 0, clear: true });
      // The real tool's status when the refusal has one (curl's 3, kubectl's 1 for a flag error); else 127.
      case 'invalid': return done({ output: terminal + line(command.message), stdout: '', exitCode: command.exitCode ?? 127 });
      default: {
        const r = await host.run(command);
        const { stdout } = streams(r);
        const expanded = hasExpansion(rest) ? argv.map(quoteWord).join(' ') : undefined;
        return done({ output: terminal + r.output, stdout, exitCode: r.exitCode, ...(r.trace ? { trace: r.trace } : {}), ...(expanded ? { expanded } : {}) });
      }
    }
  } catch (err) {
    if (err instanceof ShellError) return done({ output: terminal + line(err.message), stdout: '', exitCode: err.exitCode });
    return done({ output: `${terminal}podpath: the engine failed on this command (${err instanceof Error ? err.message : String(err)})\n`, stdout: '', exitCode: 70 });
  }
}

/** A value as `declare -x` shows it (bash 5.2): "…" with \ " $ ` escaped, or $'…' when it has control characters. */
export function declareValue(value: string): string {
  // eslint-disable-next-line no-control-regex
  if (!/[\x00-\x1f\x7f]/.test(value)) return `"${value.replace(/(["\\$`])/g, '\\$1')}"`;
  const named: Record<string, string> = { '\x07': 'a', '\b': 'b', '\x1b': 'E', '\f': 'f', '\n': 'n', '\r': 'r', '\t': 't', '\v': 'v', '\\': '\\', "'": "'" };
  // eslint-disable-next-line no-control-regex
  return `$'${value.replace(/[\x00-\x1f\x7f\\']/g, (c) => `\\${named[c] ?? c.charCodeAt(0).toString(8).padStart(3, '0')}`)}'`;
}

const EXPORT_USAGE = 'export: usage: export [-fn] [name[=value] ...] or export -p\n';

/**
 * export as bash 5.2 runs it: `export NAME=value…` sets and marks, `export NAME` marks (set or not), `-n`
 * unmarks, `-f` names functions (there are none here), `--` ends the options; with no names (or -p) it lists
 * the marked names as `declare -x NAME="value"` (`declare -x NAME` for one not set).
 */
async function exportBuiltin(words: readonly Word[], ctx: ExpandContext, marked: readonly string[], terminal: () => string): Promise<[CommandOutcome, ShellVars, readonly string[]]> {
  const vars = { ...ctx.vars };
  const exported = new Set(marked);
  let errors = '';
  const flags = new Set<string>();
  let k = 0;
  for (; k < words.length; k++) {
    const w = words[k];
    const p = w.parts[0];
    if (w.parts.length !== 1 || p.kind !== 'text' || p.quoted || !/^-./.test(p.text)) break;
    if (p.text === '--') {
      k++;
      break;
    }
    const bad = [...p.text.slice(1)].find((f) => !'fnp'.includes(f));
    if (bad !== undefined) return [{ output: `${terminal()}bash: export: -${bad}: invalid option\n${EXPORT_USAGE}`, stdout: '', exitCode: 2 }, vars, marked];
    for (const f of p.text.slice(1)) flags.add(f);
  }
  const rest = words.slice(k);
  if (rest.length === 0) {
    if (flags.has('f')) return [{ output: terminal(), stdout: '', exitCode: 0 }, vars, marked]; // no functions to list
    const list = [...exported].sort().map((n) => `declare -x ${n}${vars[n] === undefined ? '' : `=${declareValue(vars[n])}`}\n`).join('');
    return [{ output: terminal() + list, stdout: list, exitCode: 0 }, vars, marked];
  }
  for (const w of rest) {
    braces(w); // bash brace-expands export's words, assignments too (export W={a,b} sets W=b)
    const a = assignment(w);
    const names: string[] = [];
    if (a) {
      await assign(vars, a, ctx);
      names.push(a.name);
    } else {
      for (const field of await expandWord(w, ctx)) {
        if (!VALID_NAME.test(field)) errors += `bash: export: \`${field}': not a valid identifier\n`;
        else if (flags.has('f')) errors += `bash: export: ${field}: not a function\n`;
        else names.push(field);
      }
    }
    for (const n of names) {
      if (flags.has('n')) exported.delete(n);
      else exported.add(n);
    }
  }
  return [{ output: terminal() + errors, stdout: '', exitCode: errors ? 1 : 0 }, vars, [...exported]];
}

/** $(text): its commands in a subshell (their assignments do not last), standard output kept. */
async function substitute(text: string, state: ShellState, host: ShellHost, depth: number): Promise<{ stdout: string; stderr: string; exitCode: number }> {
  if (depth > MAX_DEPTH) return { stdout: '', stderr: 'bash: command substitution nested too deeply\n', exitCode: 1 };
  const lexed = lex(`${text}\n`);
  if (lexed.incomplete !== undefined) return { stdout: '', stderr: 'bash: command substitution: unexpected end of input\n', exitCode: 2 };
  let st = state;
  let stdout = '';
  let stderr = '';
  for (const c of lexed.commands) {
    if (leftOut(c, st.status)) continue;
    const r = await runCommand(c, st, host, depth);
    stdout += r.outcome.stdout;
    stderr += without(r.outcome.output, r.outcome.stdout);
    st = r.state;
  }
  return { stdout, stderr, exitCode: lexed.commands.length ? st.status : 0 };
}
