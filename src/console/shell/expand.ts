/**
 * Word expansion as bash does it for the console's words (bash(1) EXPANSION): parameters and command
 * substitution, then word splitting of what an unquoted expansion gave (on blanks, tabs and newlines: the
 * default IFS), then quote removal (already done by the lexer). An unset variable is empty; $(…) gives the
 * command's standard output without its trailing newlines. An assignment's value is not split. There is no
 * pathname expansion: the console has no files for `*` or `[…]` to match, and bash leaves such a word as it is.
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

const IFS = ' \t\n';
const ASSIGNMENT = /^([A-Za-z_][A-Za-z0-9_]*)=/;

function param(name: string, length: boolean | undefined, ctx: ExpandContext): string {
  let value: string;
  if (name === '?') value = String(ctx.status);
  else if (name === '#') value = '0';
  else if (name === '0') value = 'bash';
  else if (/^[1-9@*!]$/.test(name)) value = ''; // no positional parameters, no background jobs
  else value = ctx.vars[name] ?? '';
  return length ? String([...value].length) : value;
}

async function partValue(part: Part, ctx: ExpandContext): Promise<string> {
  if (part.kind === 'text') return part.text;
  if (part.kind === 'param') return param(part.name, part.length, ctx);
  const r = await ctx.substitute(part.text);
  ctx.substitutions.push(r.exitCode);
  return r.stdout.replace(/\n+$/, '');
}

/** One word → the fields it becomes (none for an unquoted empty expansion, as bash drops it). */
export async function expandWord(word: Word, ctx: ExpandContext): Promise<string[]> {
  const fields: string[] = [];
  let cur = '';
  let started = false;
  for (const part of word.parts) {
    const value = await partValue(part, ctx);
    if (part.quoted || part.kind === 'text') {
      cur += value;
      started = true;
      continue;
    }
    for (const ch of value) {
      if (IFS.includes(ch)) {
        if (started) fields.push(cur);
        cur = '';
        started = false;
      } else {
        cur += ch;
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
  for (const w of words) out.push(...(await expandWord(w, ctx)));
  return out;
}

/** `NAME=value…`: the name and the parts of the value, when the word is an assignment (NAME= unquoted). */
export function assignment(word: Word): { name: string; value: Part[] } | undefined {
  const first = word.parts[0];
  if (!first || first.kind !== 'text' || first.quoted) return undefined;
  const m = ASSIGNMENT.exec(first.text);
  if (!m) return undefined;
  const rest = first.text.slice(m[0].length);
  return { name: m[1], value: [...(rest ? [{ ...first, text: rest }] : []), ...word.parts.slice(1)] };
}

/** An assignment's value: expanded, not split into words. */
export async function expandValue(parts: readonly Part[], ctx: ExpandContext): Promise<string> {
  let value = '';
  for (const part of parts) value += await partValue(part, ctx);
  return value;
}
