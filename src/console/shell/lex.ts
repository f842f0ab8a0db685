/**
 * What bash reads from the console's input, for the lines a tutorial has: commands one per line, words, quotes,
 * expansions. Follows bash's rules (bash(1) QUOTING, EXPANSION; checked with bash 5.2):
 * - blanks separate words; an unquoted newline ends a command; `#` at the start of a word starts a comment;
 * - `\` quotes the next character, and `\` + newline is removed (the command goes on on the next line);
 * - '…' is literal; "…" keeps `$…` and `` `…` `` expansions, and `\` quotes only $ ` " \ and newline there;
 * - $NAME, ${NAME}, ${#NAME}, $?, $# and $0–$9; $(command) and `command` (where `\` quotes only $ ` \);
 *   $'…' (ANSI-C escapes);
 * - a command that is not finished at the end of the input (an open quote, $( or `, a final `\`) is
 *   `incomplete`, as bash then waits for the next line (its "> " prompt).
 * - `;`, `&&` and `||` join commands on a line (a line ending in && or || goes on on the next); `;;` or a
 *   missing command is bash's "syntax error near unexpected token".
 * Pipes, `&`, redirections, here-documents, subshells (| & < > << ( )) and other ${…} forms are refused with a
 * message, the whole logical line (quotes, continuations and here-document bodies included) as one refusal;
 * so are loops, conditionals and groups (a reserved word where a command starts), up to their done/fi/esac/}.
 * Pure: never throws; a bad line gives an `error` on its command.
 */
import { Incomplete, matchingParen, reservedWordAt, skipLogical } from './scan';

export type Part =
  /** Literal text; `quoted` when it came from quotes or a backslash (never split into words). */
  | { kind: 'text'; text: string; quoted: boolean }
  /** $NAME, ${NAME}, $?…; `length` for ${#NAME}. */
  | { kind: 'param'; name: string; quoted: boolean; length?: boolean }
  /** $(command) or `command`: the command's text, read again as a command when it runs. */
  | { kind: 'command'; text: string; quoted: boolean };

export interface Word {
  parts: Part[];
}

export interface Command {
  /** The command as typed (continuation lines included), for the prompt. */
  text: string;
  words: Word[];
  /** Why bash would not run it (an operator PodPath does not simulate, a bad substitution). */
  error?: { message: string; exitCode: number };
  /**
   * Set when the command follows another on the same line: `;` runs it always, `&&` when the previous
   * command's status is 0, `||` when it is not (a command left out does not change $?).
   */
  connector?: Connector;
  /** On the first command of a line with several (`A=1; echo $A`): the whole line as typed. */
  list?: string;
}

export type Connector = ';' | '&&' | '||';

export interface Lexed {
  commands: Command[];
  /** The start of a command that goes on past the end of the input (bash would wait for more). */
  incomplete?: string;
}

class Refused extends Error {
  /** `atCommand`: refused at the start of a command (a reserved word), where skipLogical starts reading. */
  constructor(message: string, readonly exitCode: number, readonly atCommand = false) {
    super(message);
  }
}

const NAME = /^[A-Za-z_][A-Za-z0-9_]*/;
/** What the console's shell says of a builtin or reserved word it does not run. */
export const notSimulated = (name: string) => `bash: ${name}: not simulated here; the console's shell runs echo, export, unset, true, false, : and the commands help lists`;
const OPERATORS = '|&;<>()';
const ANSI_C: Readonly<Record<string, string>> = { n: '\n', t: '\t', r: '\r', a: '\x07', b: '\b', e: '\x1b', E: '\x1b', f: '\f', v: '\v', '\\': '\\', "'": "'", '"': '"', '?': '?' };

class Lexer {
  i = 0;
  constructor(private readonly s: string) {}

  private at(k = 0): string | undefined {
    return this.s[this.i + k];
  }

  /** One word starting at a non-blank character; stops before a blank, a newline or the end. */
  word(): Word | 'comment' {
    const parts: Part[] = [];
    let lit = '';
    const flush = () => {
      if (lit) parts.push({ kind: 'text', text: lit, quoted: false });
      lit = '';
    };
    for (;;) {
      const c = this.at();
      if (c === undefined || c === ' ' || c === '\t' || c === '\n') break;
      if (c === '\\') {
        const next = this.at(1);
        if (next === undefined) throw new Incomplete();
        if (next === '\n') {
          if (this.i + 2 >= this.s.length) throw new Incomplete();
          this.i += 2;
          continue;
        }
        flush();
        parts.push({ kind: 'text', text: next, quoted: true });
        this.i += 2;
      } else if (c === "'") {
        const end = this.s.indexOf("'", this.i + 1);
        if (end < 0) throw new Incomplete();
        flush();
        parts.push({ kind: 'text', text: this.s.slice(this.i + 1, end), quoted: true });
        this.i = end + 1;
      } else if (c === '"') {
        flush();
        parts.push(...this.doubleQuoted());
      } else if (c === '$' || c === '`') {
        const part = c === '$' ? this.dollar(false) : this.backquoted(false);
        if (part.kind === 'text' && !part.quoted) lit += part.text;
        else {
          flush();
          parts.push(part);
        }
      } else if (c === '#' && parts.length === 0 && lit === '') {
        while (this.at() !== undefined && this.at() !== '\n') this.i++;
        return 'comment';
      } else if (OPERATORS.includes(c)) {
        const op = this.s.slice(this.i).match(/^(?:\|\||&&|;;|>>|<<|[|&;<>()])/)?.[0] ?? c;
        if (op === ';' || op === ';;' || op === '&&' || op === '||') break; // a list operator ends the word
        throw new Refused(`bash: \`${op}': pipes, redirections, background jobs and subshells are not simulated here (;, && and || are)`, 2);
      } else {
        lit += c;
        this.i++;
      }
    }
    flush();
    return { parts };
  }

  /** "…": text and expansions, all quoted. */
  private doubleQuoted(): Part[] {
    this.i++;
    const parts: Part[] = [];
    let buf = '';
    const flush = (always = false) => {
      if (buf || always) parts.push({ kind: 'text', text: buf, quoted: true });
      buf = '';
    };
    for (;;) {
      const c = this.at();
      if (c === undefined) throw new Incomplete();
      if (c === '"') {
        this.i++;
        flush(parts.length === 0);
        return parts;
      }
      if (c === '\\') {
        const next = this.at(1);
        if (next === undefined) throw new Incomplete();
        if (next === '\n') this.i += 2;
        else if ('$`"\\'.includes(next)) {
          buf += next;
          this.i += 2;
        } else {
          buf += c;
          this.i++;
        }
      } else if (c === '$' || c === '`') {
        const part = c === '$' ? this.dollar(true) : this.backquoted(true);
        if (part.kind === 'text') buf += part.text;
        else {
          flush();
          parts.push(part);
        }
      } else {
        buf += c;
        this.i++;
      }
    }
  }

  /** After `$`: a parameter, a command substitution, $'…', or a plain `$`. */
  private dollar(quoted: boolean): Part {
    const next = this.at(1);
    if (next === '(') {
      if (this.at(2) === '(') throw new Refused('bash: $((…)): arithmetic expansion is not simulated here', 1);
      const end = matchingParen(this.s, this.i + 2);
      const text = this.s.slice(this.i + 2, end);
      this.i = end + 1;
      return { kind: 'command', text, quoted };
    }
    if (next === '{') {
      const end = this.s.indexOf('}', this.i + 2);
      if (end < 0) throw new Incomplete();
      const inner = this.s.slice(this.i + 2, end);
      const whole = this.s.slice(this.i, end + 1);
      this.i = end + 1;
      // ${10} is the tenth positional parameter (bash: empty here); ${#?} the length of $? (bash: 1 after false).
      if (/^([A-Za-z_][A-Za-z0-9_]*|[0-9]+|[?#@*!])$/.test(inner)) return { kind: 'param', name: inner, quoted };
      if (/^#([A-Za-z_][A-Za-z0-9_]*|[0-9]+|[?#@*!])$/.test(inner)) return { kind: 'param', name: inner.slice(1), quoted, length: true };
      if (/^[A-Za-z_][A-Za-z0-9_]*(?::?[-=?+]|##?|%%?|\/\/?|:|\^\^?|,,?|\[)/.test(inner)) {
        throw new Refused(`bash: ${whole}: this form of parameter expansion is not simulated here; $NAME and \${NAME} are`, 1);
      }
      throw new Refused(`bash: ${whole}: bad substitution`, 1);
    }
    if (next !== undefined && NAME.test(next)) {
      const name = (NAME.exec(this.s.slice(this.i + 1)) as RegExpExecArray)[0];
      this.i += 1 + name.length;
      return { kind: 'param', name, quoted };
    }
    if (next !== undefined && /[0-9?#@*!]/.test(next)) {
      this.i += 2;
      return { kind: 'param', name: next, quoted };
    }
    if (next === '$' || next === '-') throw new Refused(`bash: $${next} is not simulated here`, 1);
    if (next === "'" && !quoted) return this.ansiC();
    this.i++;
    return { kind: 'text', text: '$', quoted: false };
  }

  /** `…`: the command text, with \$ \` \\ (and inside double quotes \") unquoted (bash(1) Command Substitution). */
  private backquoted(quoted: boolean): Part {
    let text = '';
    let j = this.i + 1;
    for (;;) {
      const c = this.s[j];
      if (c === undefined) throw new Incomplete();
      if (c === '`') break;
      // Inside "…", `\"` is a `"` too (bash 5.2: echo "`echo \"hi\"`" prints hi; unquoted, "hi").
      if (c === '\\' && this.s[j + 1] !== undefined && (quoted ? '$`\\"' : '$`\\').includes(this.s[j + 1])) {
        text += this.s[j + 1];
        j += 2;
      } else {
        text += c;
        j++;
      }
    }
    this.i = j + 1;
    return { kind: 'command', text, quoted };
  }

  /** $'…': ANSI-C quoting. */
  private ansiC(): Part {
    let text = '';
    let j = this.i + 2;
    for (;;) {
      const c = this.s[j];
      if (c === undefined) throw new Incomplete();
      if (c === "'") break;
      if (c === '\\' && this.s[j + 1] !== undefined) {
        const e = this.s[j + 1];
        const hex = e === 'x' ? /^[0-9a-fA-F]{1,2}/.exec(this.s.slice(j + 2)) : null;
        const oct = /^[0-7]{1,3}/.exec(this.s.slice(j + 1));
        // \uHHHH and \UHHHHHHHH: a Unicode character (bash 5.2 in a UTF-8 locale); \cX: a control character.
        const uni = e === 'u' || e === 'U' ? new RegExp(`^[0-9a-fA-F]{1,${e === 'u' ? 4 : 8}}`).exec(this.s.slice(j + 2)) : null;
        const code = uni ? parseInt(uni[0], 16) : -1;
        const ctl = e === 'c' ? this.s[j + 2] : undefined;
        if (uni) {
          // Past U+10FFFF bash gives nothing ($'\UFFFFFFFF' is empty); a surrogate stays one UTF-16 unit.
          text += code > 0x10ffff ? '' : code >= 0xd800 && code <= 0xdfff ? String.fromCharCode(code) : String.fromCodePoint(code);
          j += 2 + uni[0].length;
        } else if (ctl !== undefined && ctl !== '\\' && ctl !== "'") {
          text += ctl === '?' ? '\x7f' : String.fromCharCode(ctl.toUpperCase().charCodeAt(0) & 0x1f);
          j += 3;
        } else if (hex) {
          text += String.fromCharCode(parseInt(hex[0], 16));
          j += 2 + hex[0].length;
        } else if (oct) {
          text += String.fromCharCode(parseInt(oct[0], 8) & 0xff);
          j += 1 + oct[0].length;
        } else {
          text += ANSI_C[e] ?? `\\${e}`;
          j += 2;
        }
      } else {
        text += c;
        j++;
      }
    }
    this.i = j + 1;
    return { kind: 'text', text, quoted: true };
  }

  /** The reserved word a command starts with here (unquoted, followed by a blank, an operator or the end). */
  reservedWord(): string | undefined {
    return reservedWordAt(this.s, this.i);
  }

  /** `;`, `;;`, `&&` or `||` at the current position. */
  listOperator(): string | undefined {
    return /^(?:;;|;|&&|\|\|)/.exec(this.s.slice(this.i, this.i + 2))?.[0];
  }

}

/** A `$ ` prompt copied from a tutorial (the session drops it). */
const isDollar = (w: Word) => w.parts.length === 1 && w.parts[0].kind === 'text' && !w.parts[0].quoted && w.parts[0].text === '$';

/**
 * Split the input into commands: one per (logical) line, or several joined by `;`, `&&` and `||`. A line with a
 * syntax error or a refused operator is one command with an `error`, nothing of it runs (bash reads the whole
 * line before it runs any of it). Never throws.
 */
export function lex(input: string): Lexed {
  const lx = new Lexer(input);
  const commands: Command[] = [];
  while (lx.i < input.length) {
    const start = lx.i;
    const line: Command[] = [];
    let words: Word[] = [];
    let cmdStart = start;
    let connector: Connector | undefined;
    let error: Command['error'];
    const end = () => {
      line.push({ text: input.slice(cmdStart, lx.i).trim(), words, ...(connector ? { connector } : {}) });
      words = [];
    };
    try {
      try {
        for (;;) {
          while (input[lx.i] === ' ' || input[lx.i] === '\t') lx.i++;
          if (input[lx.i] === '\\' && input[lx.i + 1] === '\n') {
            if (lx.i + 2 >= input.length) throw new Incomplete();
            lx.i += 2;
            continue;
          }
          if (lx.i >= input.length || input[lx.i] === '\n') {
            // After && or ||, bash reads the next command from the next line.
            if (words.length === 0 && (connector === '&&' || connector === '||') && line.length > 0 && cmdStart > start) {
              if (lx.i + 1 >= input.length) throw new Incomplete();
              lx.i++;
              continue;
            }
            break;
          }
          // A loop, conditional or group (for … done, if … fi, { … }) is not simulated: refused whole.
          const first = words.length === 0 || (words.length === 1 && cmdStart === start && line.length === 0 && isDollar(words[0]));
          const reserved = first ? lx.reservedWord() : undefined;
          if (reserved !== undefined) throw new Refused(notSimulated(reserved), 2, true);
          const op = lx.listOperator();
          if (op) {
            if (op === ';;' || words.length === 0) throw new Refused(`bash: syntax error near unexpected token \`${op}'`, 2);
            end();
            lx.i += op.length;
            cmdStart = lx.i;
            connector = op as Connector;
            continue;
          }
          const w = lx.word();
          if (w !== 'comment') words.push(w);
        }
        if (words.length > 0) end();
      } catch (err) {
        if (!(err instanceof Refused)) throw err;
        error = { message: err.message, exitCode: err.exitCode };
        lx.i = skipLogical(input, lx.i, err.atCommand);
      }
    } catch (err) {
      if (err instanceof Incomplete) return { commands, incomplete: input.slice(start) };
      error = { message: `bash: cannot read this line (${String(err)})`, exitCode: 2 };
      lx.i = input.indexOf('\n', lx.i) < 0 ? input.length : input.indexOf('\n', lx.i);
    }
    const text = input.slice(start, lx.i).trim();
    lx.i++; // the newline
    if (error) commands.push({ text, words: [], error });
    else if (line.length === 1) commands.push({ ...line[0], text });
    else if (line.length > 1) commands.push({ ...line[0], list: text }, ...line.slice(1));
  }
  return { commands };
}
