/**
 * kubectl's JSONPath templates → nodes: a port of k8s.io/client-go/util/jsonpath/parser.go, quirks included
 * (an unescaped quote ends a string even after an escaped backslash, `['a.b']` reads as two fields, `[]` is
 * `[0]`, only a space is skipped inside braces). Text outside braces is printed as is; each `{…}` becomes a
 * list of nodes evaluated left to right. Error texts are the parser's own (kubectl prints them after
 * "error parsing jsonpath TEMPLATE, "). Never throws: a bad template gives `{ error }`.
 */

export interface ParamsEntry {
  value: number;
  known: boolean;
  /** The end of `[i]`, derived as i+1 (a derived end of 0 means "to the end", for `[-1]`). */
  derived: boolean;
}

export interface ListNode { type: 'list'; nodes: JsonPathNode[] }

export type JsonPathNode =
  | ListNode
  | { type: 'text'; text: string }
  | { type: 'field'; name: string }
  | { type: 'array'; params: readonly [ParamsEntry, ParamsEntry, ParamsEntry] }
  | { type: 'filter'; left: ListNode; right: ListNode; operator: string }
  | { type: 'int'; value: number }
  | { type: 'float'; value: number }
  | { type: 'bool'; value: boolean }
  | { type: 'wildcard' }
  | { type: 'recursive' }
  | { type: 'union'; nodes: ListNode[] }
  | { type: 'identifier'; name: string };

export type ParseResult = { root: ListNode; error?: undefined } | { error: string; root?: undefined };

class SyntaxError_ extends Error {}
const fail = (message: string): never => {
  throw new SyntaxError_(message);
};

const EOF = -1;
const isDigit = (r: number) => r >= 0 && /\p{Nd}/u.test(String.fromCodePoint(r));
const isAlphaNumeric = (r: number) => r === 0x5f || (r >= 0 && /[\p{L}\p{Nd}]/u.test(String.fromCodePoint(r)));
const isSpace = (r: number) => r === 0x20 || r === 0x09;
const isEndOfLine = (r: number) => r === 0x0d || r === 0x0a;
const TERMINATORS = new Set([...'.,[]$@{}'].map((c) => c.charCodeAt(0)));
const isTerminator = (r: number) => r === EOF || isSpace(r) || isEndOfLine(r) || TERMINATORS.has(r);

/** Go's %#U: U+0023 '#' (the character only when it is printable). */
function formatRune(r: number): string {
  const code = `U+${r.toString(16).toUpperCase().padStart(4, '0')}`;
  const ch = String.fromCodePoint(r);
  return /^[\p{L}\p{M}\p{N}\p{P}\p{S} ]$/u.test(ch) ? `${code} '${ch}'` : code;
}

const SLICE = /^(-?[0-9]*)(:-?[0-9]*)?(:-?[0-9]*)?$/;
const DICT_KEY = /^'([^']*)'$/;
const FILTER = /^([^!<>=]+)([!<>=]+)(.+?)$/;

/** strconv.Atoi: an optional sign and decimal digits that fit an int64. */
function atoi(s: string): number | undefined {
  if (!/^[+-]?[0-9]+$/.test(s)) return undefined;
  const n = Number(s);
  return Math.abs(n) < 2 ** 63 ? n : undefined;
}

/** strconv.ParseFloat for what parseNumber collects (a sign, digits and dots). */
function parseFloatGo(s: string): number | undefined {
  return /^[+-]?(?:[0-9]+\.?[0-9]*|\.[0-9]+)$/.test(s) ? Number(s) : undefined;
}

class Parser {
  private pos = 0;
  private start = 0;
  private width = 0;
  readonly root: ListNode = { type: 'list', nodes: [] };

  constructor(private readonly input: string) {}

  private next(): number {
    if (this.pos >= this.input.length) {
      this.width = 0;
      return EOF;
    }
    const r = this.input.codePointAt(this.pos) ?? EOF;
    this.width = r > 0xffff ? 2 : 1;
    this.pos += this.width;
    return r;
  }

  private peek(): number {
    const r = this.next();
    this.pos -= this.width;
    return r;
  }

  private backup(): void {
    this.pos -= this.width;
  }

  private consumeText(): string {
    const value = this.input.slice(this.start, this.pos);
    this.start = this.pos;
    return value;
  }

  /** parseText and parseInsideAction, as one loop instead of Go's mutual tail calls. */
  parse(): void {
    let cur: ListNode | null = null; // inside braces: the action's list
    for (;;) {
      if (cur === null) {
        const brace = this.input.indexOf('{', this.pos);
        if (brace < 0) {
          this.pos = this.input.length;
          if (this.pos > this.start) this.root.nodes.push({ type: 'text', text: this.consumeText() });
          return;
        }
        this.pos = brace;
        if (this.pos > this.start) this.root.nodes.push({ type: 'text', text: this.consumeText() });
        this.pos += 1;
        this.consumeText();
        cur = { type: 'list', nodes: [] };
        this.root.nodes.push(cur);
        continue;
      }
      const rest = this.input.slice(this.pos, this.pos + 3);
      if (rest.startsWith('}')) {
        this.pos += 1;
        this.consumeText();
        cur = null;
        continue;
      }
      if (rest === '[?(') {
        this.parseFilter(cur);
        continue;
      }
      if (rest.startsWith('..')) {
        this.pos += 2;
        this.consumeText();
        cur.nodes.push({ type: 'recursive' });
        if (isAlphaNumeric(this.peek())) this.parseField(cur);
        continue;
      }
      const r = this.next();
      if (r === EOF || isEndOfLine(r)) fail('unclosed action');
      else if (r === 0x20 || r === 0x40 || r === 0x24) this.consumeText(); // ' ', '@' (current object), '$' (root)
      else if (r === 0x5b) this.parseArray(cur);
      else if (r === 0x22 || r === 0x27) this.parseQuote(cur, r);
      else if (r === 0x2e) this.parseField(cur);
      else if (r === 0x2b || r === 0x2d || isDigit(r)) {
        this.backup();
        this.parseNumber(cur);
      } else if (isAlphaNumeric(r)) {
        this.backup();
        this.parseIdentifier(cur);
      } else fail(`unrecognized character in action: ${formatRune(r)}`);
    }
  }

  private parseIdentifier(cur: ListNode): void {
    while (!isTerminator(this.next()));
    this.backup();
    const value = this.consumeText();
    cur.nodes.push(value === 'true' || value === 'false' ? { type: 'bool', value: value === 'true' } : { type: 'identifier', name: value });
  }

  private parseNumber(cur: ListNode): void {
    const first = this.peek();
    if (first === 0x2b || first === 0x2d) this.next();
    for (;;) {
      const r = this.next();
      if (r !== 0x2e && !isDigit(r)) {
        this.backup();
        break;
      }
    }
    const value = this.consumeText();
    const i = atoi(value);
    if (i !== undefined) {
      cur.nodes.push({ type: 'int', value: i });
      return;
    }
    const f = parseFloatGo(value);
    if (f === undefined) fail(`cannot parse number ${value}`);
    cur.nodes.push({ type: 'float', value: f as number });
  }

  private parseArray(cur: ListNode): void {
    for (;;) {
      const r = this.next();
      if (r === EOF || r === 0x0a) fail('unterminated array');
      if (r === 0x5d) break;
    }
    let text = this.consumeText().slice(1, -1);
    if (text === '*') text = ':';
    const parts = text.split(',');
    if (parts.length > 1) {
      cur.nodes.push({ type: 'union', nodes: parts.map((p) => parseAction(`[${p.replace(/^ +| +$/g, '')}]`)) });
      return;
    }
    const key = DICT_KEY.exec(text);
    if (key) {
      cur.nodes.push(...parseAction(`.${key[1]}`).nodes);
      return;
    }
    const m = SLICE.exec(text);
    if (!m) fail(`invalid array index ${text}`);
    const raw = (m as RegExpExecArray).slice(1, 4).map((v) => v ?? '');
    const params: ParamsEntry[] = [];
    for (let i = 0; i < 3; i++) {
      let v = raw[i];
      if (v !== '') {
        if (i > 0) v = v.slice(1);
        if (i > 0 && v === '') params.push({ value: 0, known: false, derived: false });
        else {
          const n = atoi(v);
          if (n === undefined) fail(`array index ${v} is not a number`);
          params.push({ value: n as number, known: true, derived: false });
        }
      } else if (i === 1) params.push({ value: params[0].value + 1, known: true, derived: true });
      else params.push({ value: 0, known: false, derived: false });
    }
    cur.nodes.push({ type: 'array', params: [params[0], params[1], params[2]] });
  }

  private parseFilter(cur: ListNode): void {
    this.pos += 3;
    this.consumeText();
    let begin = false;
    let end = false;
    let pair = 0;
    for (;;) {
      const r = this.next();
      if (r === EOF || r === 0x0a) fail('unterminated filter');
      if (r === 0x22 || r === 0x27) {
        if (!begin) {
          begin = true;
          pair = r;
          continue;
        }
        if (this.input[this.pos - 2] !== '\\' && r === pair) end = true;
      } else if (r === 0x29 && begin === end) break;
    }
    if (this.next() !== 0x5d) fail('unclosed array expect ]');
    const text = this.consumeText().slice(0, -2);
    const m = FILTER.exec(text);
    if (!m) cur.nodes.push({ type: 'filter', left: parseAction(text), right: { type: 'list', nodes: [] }, operator: 'exists' });
    else cur.nodes.push({ type: 'filter', left: parseAction(m[1]), right: parseAction(m[3]), operator: m[2] });
  }

  private parseQuote(cur: ListNode, end: number): void {
    for (;;) {
      const r = this.next();
      if (r === EOF || r === 0x0a) fail('unterminated quoted string');
      if (r === end && this.input[this.pos - 2] !== '\\') break;
    }
    const value = this.consumeText();
    const s = unquoteExtend(value);
    if (s === undefined) fail(`unquote string ${value} error invalid syntax`);
    cur.nodes.push({ type: 'text', text: s as string });
  }

  private parseField(cur: ListNode): void {
    this.consumeText();
    for (;;) {
      const r = this.next();
      if (r === 0x5c) this.next();
      else if (isTerminator(r)) {
        this.backup();
        break;
      }
    }
    const value = this.consumeText();
    cur.nodes.push(value === '*' ? { type: 'wildcard' } : { type: 'field', name: value.replace(/\\/g, '') });
  }
}

/** parseAction: the nodes of `{text}` (filters, unions and `['key']` are parsed this way). */
function parseAction(text: string): ListNode {
  const p = new Parser(`{${text}}`);
  p.parse();
  return p.root.nodes[0] as ListNode;
}

const SIMPLE_ESCAPES: Readonly<Record<string, string>> = { a: '\x07', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v', '\\': '\\' };

/** UnquoteExtend: strconv.Unquote for "…" and '…' alike (strconv.UnquoteChar per character). */
export function unquoteExtend(s: string): string | undefined {
  if (s.length < 2) return undefined;
  const quote = s[0];
  if ((quote !== '"' && quote !== "'") || s[s.length - 1] !== quote) return undefined;
  let body = s.slice(1, -1);
  let out = '';
  while (body.length > 0) {
    const c = body[0];
    if (c === quote) return undefined;
    if (c !== '\\') {
      const ch = String.fromCodePoint(body.codePointAt(0) ?? 0);
      out += ch;
      body = body.slice(ch.length);
      continue;
    }
    if (body.length <= 1) return undefined;
    const e = body[1];
    body = body.slice(2);
    if (SIMPLE_ESCAPES[e] !== undefined) out += SIMPLE_ESCAPES[e];
    else if (e === "'" || e === '"') {
      if (e !== quote) return undefined;
      out += e;
    } else if (e === 'x' || e === 'u' || e === 'U') {
      const n = e === 'x' ? 2 : e === 'u' ? 4 : 8;
      const digits = body.slice(0, n);
      if (!new RegExp(`^[0-9a-fA-F]{${n}}$`).test(digits)) return undefined;
      const v = parseInt(digits, 16);
      body = body.slice(n);
      // \x is one byte: beyond ASCII it is not UTF-8 on its own (a terminal shows U+FFFD).
      if (e === 'x') out += v < 0x80 ? String.fromCharCode(v) : '\uFFFD';
      else if (v > 0x10ffff || (v >= 0xd800 && v <= 0xdfff)) return undefined;
      else out += String.fromCodePoint(v);
    } else if (e >= '0' && e <= '7') {
      const digits = e + body.slice(0, 2);
      if (!/^[0-7]{3}$/.test(digits)) return undefined;
      const v = parseInt(digits, 8);
      if (v > 255) return undefined;
      body = body.slice(2);
      out += v < 0x80 ? String.fromCharCode(v) : '\uFFFD';
    } else return undefined;
  }
  return out;
}

/** Parse a template as kubectl does before it reads anything; never throws. */
export function parseJsonPath(template: string): ParseResult {
  try {
    const p = new Parser(template);
    p.parse();
    return { root: p.root };
  } catch (err) {
    if (err instanceof SyntaxError_) return { error: err.message };
    // A template deep enough to exhaust the stack (nested unions/filters): say so instead of crashing.
    return { error: `template too complex to parse here (${err instanceof Error ? err.message : String(err)})` };
  }
}
