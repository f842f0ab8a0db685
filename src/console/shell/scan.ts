/**
 * The parts of reading a bash line that need no lexer state: where a `$(` closes, which reserved word starts a
 * command, and how much text a refused command takes (its whole logical line and here-documents), so that
 * nothing of it runs and the lines after it still do. Pure functions over the input and an index.
 */

/** The input ends inside something unfinished: bash would wait for more lines. */
export class Incomplete extends Error {}

/** bash's reserved words (`compgen -k`): loops, conditionals, groups and functions are not simulated. */
export const RESERVED: ReadonlySet<string> = new Set(['!', 'case', 'coproc', 'do', 'done', 'elif', 'else', 'esac', 'fi', 'for', 'function', 'if', 'in', 'select', 'then', 'time', 'until', 'while', '{', '}', '[[', ']]']);
/** The word that closes a compound command bash reads over several lines. */
const CLOSES: Readonly<Record<string, string>> = { for: 'done', while: 'done', until: 'done', select: 'done', if: 'fi', case: 'esac', '{': '}' };
/** After these a command may follow (`then echo`, `do curl`, `{ echo`). */
const KEEPS_COMMAND = new Set(['do', 'then', 'else', 'elif', '{', '!', 'if', 'while', 'until', 'time']);
/** The index of the `)` that closes a `$(` whose text starts at `from` (quotes and nesting skipped). */
export function matchingParen(s: string, from: number): number {
  let depth = 1;
  for (let j = from; j < s.length; j++) {
    const c = s[j];
    if (c === '\\') j++;
    else if (c === "'" || c === '`') {
      const end = s.indexOf(c, j + 1);
      if (end < 0) throw new Incomplete();
      j = end;
    } else if (c === '"') {
      j++;
      while (j < s.length && s[j] !== '"') j += s[j] === '\\' ? 2 : 1;
      if (j >= s.length) throw new Incomplete();
    } else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return j;
  }
  throw new Incomplete();
}

/** The reserved word a command starts with at `i` (unquoted, followed by a blank, an operator or the end). */
export function reservedWordAt(s: string, i: number): string | undefined {
  const w = /^(?:[a-z]+|\{|\}|!|\[\[|\]\])(?=[ \t\n;&|()<>]|$)/.exec(s.slice(i, i + 10))?.[0];
  return w !== undefined && RESERVED.has(w) ? w : undefined;
}

/**
 * After a refusal: skip the rest of the logical line as bash would read it — quotes, $(…), `…`, `\`-newline,
 * a line ending in | && || or inside ( … ) going on — and the bodies of its here-documents (<<WORD, <<-WORD,
 * <<'WORD'), up to the WORD line: the index where lex goes on (the newline that ends the line). Throws
 * Incomplete when the input ends first (bash would wait for more).
 */
export function skipLogical(s: string, from: number, atCommand: boolean): number {
  let i = from;
  const at = (k = 0): string | undefined => s[i + k];
  const docs: { word: string; tabs: boolean }[] = [];
  const open: string[] = []; // the words that close the compound commands open here (done, fi, esac, })
  let commandPosition = atCommand;
  let depth = 0;
  let last = ''; // the last operator or word character seen on this line
  let wordStart = true;
  for (;;) {
    const c = at();
    if (c === undefined) {
      if (depth > 0 || open.length > 0 || docs.length > 0 || /^(?:\||&&|\|\|)$/.test(last)) throw new Incomplete();
      return i;
    }
    if (c === '\n') {
      i++;
      commandPosition = true;
      if (depth > 0 || open.length > 0 || /^(?:\||&&|\|\|)$/.test(last)) {
        for (const d of docs.splice(0)) i = skipHereDoc(s, i, d.word, d.tabs);
        wordStart = true;
        continue;
      }
      for (const d of docs) i = skipHereDoc(s, i, d.word, d.tabs);
      return i - 1; // leave the newline that ends the line for lex()
    }
    if (c === ' ' || c === '\t') {
      i++;
      wordStart = true;
      continue;
    }
    if (c === '#' && wordStart) {
      while (at() !== undefined && at() !== '\n') i++;
      continue;
    }
    const reserved = wordStart && commandPosition ? reservedWordAt(s, i) : undefined;
    if (reserved !== undefined) {
      if (CLOSES[reserved]) open.push(CLOSES[reserved]);
      else if (reserved === open[open.length - 1]) open.pop();
      i += reserved.length;
      commandPosition = KEEPS_COMMAND.has(reserved);
      last = 'w';
      continue;
    }
    if (wordStart && !'|&;()'.includes(c)) commandPosition = false;
    wordStart = false;
    if (c === '<' && at(1) === '<' && at(2) !== '<') {
      const m = /^<<(-?)[ \t]*((?:'[^'\n]*'|"[^"\n]*"|\\.|[^\s;&|<>()])+)/.exec(s.slice(i));
      if (m) {
        docs.push({ word: m[2].replace(/\\(.)|['"]/g, '$1'), tabs: m[1] === '-' });
        i += m[0].length;
        last = 'doc';
        continue;
      }
    }
    if (c === '\\') {
      if (at(1) === undefined || (at(1) === '\n' && i + 2 >= s.length)) throw new Incomplete();
      i += 2;
      if (s[i - 1] !== '\n') last = 'w';
    } else if (c === "'") {
      const end = s.indexOf("'", i + 1);
      if (end < 0) throw new Incomplete();
      i = end + 1;
      last = 'w';
    } else if (c === '"' || c === '`') {
      let j = i + 1;
      while (j < s.length && s[j] !== c) j += s[j] === '\\' ? 2 : 1;
      if (j >= s.length) throw new Incomplete();
      i = j + 1;
      last = 'w';
    } else if (c === '$' && at(1) === '(') {
      i = matchingParen(s, i + 2) + 1;
      last = 'w';
    } else if (c === '(' || c === ')') {
      depth = Math.max(0, depth + (c === '(' ? 1 : -1));
      i++;
      last = c;
      wordStart = true;
      commandPosition = true;
    } else if ('|&;<>'.includes(c)) {
      const op = /^(?:\|\||&&|\||&|;;|;|>>|<|>)/.exec(s.slice(i))?.[0] ?? c;
      i += op.length;
      last = op;
      wordStart = true;
      commandPosition = !'<>'.includes(op[0]);
    } else {
      i++;
      last = 'w';
    }
  }
}

/** A here-document's body, from the start of a line to its `word` line (leading tabs dropped for <<-). */
function skipHereDoc(s: string, from: number, word: string, tabs: boolean): number {
  let i = from;
  for (;;) {
    const nl = s.indexOf('\n', i);
    if (nl < 0) throw new Incomplete();
    const text = s.slice(i, nl);
    i = nl + 1;
    if ((tabs ? text.replace(/^\t+/, '') : text) === word) return i;
  }
}
