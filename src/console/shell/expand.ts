/**
 * Word expansion as bash does it for the console's words (bash(1) EXPANSION): tilde (`~` is HOME), parameters and command
 * substitution, then word splitting of what an unquoted expansion gave (on blanks, tabs and newlines: the
 * default IFS), then quote removal (already done by the lexer). An unset variable is empty; $(…) gives the
 * command's standard output without its trailing newlines. An assignment's value is not split. There is no
 * pathname expansion: the console has no files for `*` or `[…]` to match, and bash leaves such a word as it is.
 * Brace expansion is refused (ShellError). `NAME+=value` appends.
 */
import type { Part, Word } from './lex';

export type ShellVars = Readonly<Record<string, string>>;

export interface ExpandContext {
  vars: ShellVars;
  /** $?: the exit status of the previous command. */
  status: number;
  /** Runs the text of a $(…): its standard output and exit status. */
  substitute(command: string): Promise<{ stdout: string; exitCode: number }>;
  /** Exit statuses of the substitutions run so far, in order (the last one is an assignment's status). */
  substitutions: number[];
}

/** The simulator's own limit on a variable's value, a command's words and a substitution's output (1 MB of text). */
export const MAX_VALUE = 1 << 20;
export const tooLarge = (what: string) => new ShellError(`bash: ${what}: too large for this console (over 1 MB; the simulator's limit, not bash's)`, 1);
const ASSIGNMENT = /^([A-Za-z_][A-Za-z0-9_]*)(\+?)=/;

/** A word bash would expand in a way the console does not: the message, the status; never the engine's fault. */
export class ShellError extends Error {
  constructor(message: string, readonly exitCode: number) {
    super(message);
  }
}

/**
 * Brace expansion ({a,b}, {1..3}) is not simulated: a word that bash would expand so is refused rather than
 * passed on as it is (bash: echo {a,b} prints a b; {x} and "{a,b}" stay as they are).
 */
export function braces(word: Word): void {
  const unquoted = word.parts.map((p) => (p.kind === 'text' && !p.quoted ? p.text : '\u0000')).join('');
  if (/\{[^{}]*,[^{}]*\}|\{(?:-?\d+\.\.-?\d+|[A-Za-z]\.\.[A-Za-z])(?:\.\.-?\d+)?\}/.test(unquoted)) {
    const text = word.parts.map((p) => (p.kind === 'text' ? p.text : p.kind === 'param' ? `$${p.name}` : `$(${p.text})`)).join('');
    throw new ShellError(`bash: ${text}: brace expansion is not simulated here; write the words out`, 1);
  }
}

/**
 * Tilde expansion (bash(1) Tilde Expansion): `~` and `~root` before the first `/` of an unquoted word (and, in
 * an assignment's value, after `=` and each `:`) become HOME. `~other` stays as it is (no such user here).
 */
function tilde(parts: readonly Part[], ctx: ExpandContext, inValue: boolean): Part[] {
  const first = parts[0];
  if (!first || first.kind !== 'text' || first.quoted || !first.text.includes('~')) return [...parts];
  const home = ctx.vars.HOME ?? '/root';
  const alone = parts.length === 1;
  const expand = (piece: string, last: boolean) => {
    const m = /^~(root)?(?=\/|$)/.exec(piece);
    return m && (piece.includes('/') || last) ? home + piece.slice(m[0].length) : piece;
  };
  let text: string;
  if (inValue) {
    const pieces = first.text.split(':');
    text = pieces.map((p, i) => expand(p, i < pieces.length - 1 || alone)).join(':');
  } else {
    const m = /^([A-Za-z_][A-Za-z0-9_]*=)?(.*)$/s.exec(first.text) as RegExpExecArray;
    text = m[1] ? m[1] + m[2].split(':').map((p, i, all) => expand(p, i < all.length - 1 || alone)).join(':') : expand(first.text, alone);
  }
  return [{ ...first, text }, ...parts.slice(1)];
}

function param(name: string, length: boolean | undefined, ctx: ExpandContext): string {
  let value: string;
  if (name === '?') value = String(ctx.status);
  else if (name === '#') value = '0';
  else if (name === '0') value = 'bash';
  else if (/^(?:[1-9][0-9]*|[@*!])$/.test(name)) value = ''; // no positional parameters, no background jobs
  else value = ctx.vars[name] ?? '';
  return length ? String([...value].length) : value;
}

async function partValue(part: Part, ctx: ExpandContext): Promise<string> {
  if (part.kind === 'text') return part.text;
  if (part.kind === 'param') return param(part.name, part.length, ctx);
  const r = await ctx.substitute(part.text);
  ctx.substitutions.push(r.exitCode);
  if (r.stdout.length > MAX_VALUE) throw tooLarge(`$(${part.text.length > 40 ? `${part.text.slice(0, 40)}…` : part.text})`);
  return r.stdout.replace(/\n+$/, '');
}

/** One word → the fields it becomes (none for an unquoted empty expansion, as bash drops it). */
export async function expandWord(word: Word, ctx: ExpandContext): Promise<string[]> {
  braces(word);
  const fields: string[] = [];
  let cur = '';
  let started = false;
  for (const part of tilde(word.parts, ctx, false)) {
    const value = await partValue(part, ctx);
    if (part.quoted || part.kind === 'text') {
      cur += value;
      started = true;
      continue;
    }
    // Runs of blanks, tabs and newlines separate fields (pieces, not characters: a 1 MB value splits at once).
    const pieces = value.split(/[ \t\n]+/);
    for (let k = 0; k < pieces.length; k++) {
      if (k > 0) {
        if (started) fields.push(cur);
        cur = '';
        started = false;
      }
      if (pieces[k] !== '') {
        cur += pieces[k];
        started = true;
      }
    }
  }
  if (started) fields.push(cur);
  return fields;
}

/** Every word, in order, split into fields. */
export async function expandWords(words: readonly Word[], ctx: ExpandContext): Promise<string[]> {
  const out: string[] = [];
  let size = 0;
  for (const w of words) {
    for (const field of await expandWord(w, ctx)) {
      size += field.length + 1;
      if (size > MAX_VALUE) throw tooLarge(out[0] ?? field.slice(0, 40));
      out.push(field);
    }
  }
  return out;
}

/** `NAME=value…`: the name and the parts of the value, when the word is an assignment (NAME= unquoted). */
export function assignment(word: Word): { name: string; value: Part[]; append: boolean } | undefined {
  const first = word.parts[0];
  if (!first || first.kind !== 'text' || first.quoted) return undefined;
  const m = ASSIGNMENT.exec(first.text);
  if (!m) return undefined;
  const rest = first.text.slice(m[0].length);
  return { name: m[1], append: m[2] === '+', value: [...(rest ? [{ ...first, text: rest }] : []), ...word.parts.slice(1)] };
}

/** An assignment's value: expanded, not split into words. */
export async function expandValue(parts: readonly Part[], ctx: ExpandContext): Promise<string> {
  let value = '';
  for (const part of tilde(parts, ctx, true)) {
    value += await partValue(part, ctx);
    if (value.length > MAX_VALUE) throw new ShellError('', 1); // named by the caller (assign)
  }
  return value;
}

/** NAME=value or NAME+=value into `vars`; a value over MAX_VALUE is refused, the variable left as it was. */
export async function assign(vars: Record<string, string>, a: { name: string; value: Part[]; append: boolean }, ctx: ExpandContext): Promise<void> {
  let value: string;
  try {
    value = (a.append ? vars[a.name] ?? '' : '') + (await expandValue(a.value, ctx));
  } catch (err) {
    throw err instanceof ShellError && err.message === '' ? tooLarge(a.name) : err;
  }
  if (value.length > MAX_VALUE) throw tooLarge(a.name);
  vars[a.name] = value;
}
