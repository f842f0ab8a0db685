/**
 * Runs a parsed JSONPath template over JSON data as k8s.io/client-go/util/jsonpath (jsonpath.go) does, in
 * kubectl 1.32: what each node selects, the errors (texts as client-go words them), and how results print —
 * strings as they are, maps and lists as compact JSON (keys sorted), numbers and booleans as Go's fmt prints
 * them, several results of one `{…}` joined by a single space. `{range X}…{end}` runs its body once per
 * result of X (once with no data when X selects nothing, so an error in the body still shows); without an
 * `{end}` the body runs to the end of the template, and runs once more on the outer data afterwards.
 * Where Go walks a map in random order (`.*`, `..`), this walks it in sorted key order.
 */
import { goFloat, goJson, goTypeName, goValue, isGoInt, type JsonValue } from '../go-print';
import type { JsonPathNode, ListNode, ParamsEntry } from './parse';

/** reflect.Value{}: what `{@}` holds when a range item is null, or in the body of a range over nothing. */
const NO_VALUE: unique symbol = Symbol('no value');
/** A number written in the template: Go holds it as an int or a float64, whatever its digits. */
class Literal {
  constructor(readonly kind: 'int' | 'float', readonly value: number) {}
}
type Value = JsonValue | Literal | typeof NO_VALUE;
type Step = { values: Value[]; error?: string };

const isMap = (v: Value): v is Record<string, JsonValue> => typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Literal);
const sortedValues = (m: Record<string, JsonValue>): JsonValue[] => Object.keys(m).sort().map((k) => m[k]);
const utf8Bytes = (s: string): number[] => [...new TextEncoder().encode(s)];

/** The values a container holds (a string's UTF-8 bytes, as Go indexes a string), or none. */
function children(v: Value): Value[] {
  if (Array.isArray(v)) return v;
  if (isMap(v)) return sortedValues(v);
  if (typeof v === 'string') return utf8Bytes(v);
  return [];
}

const typeName = (v: Value): string =>
  v === NO_VALUE ? 'invalid' : v instanceof Literal ? (v.kind === 'int' ? 'int' : 'float64') : goTypeName(v);
const valueText = (v: Value): string =>
  v === NO_VALUE ? '<invalid reflect.Value>' : v instanceof Literal ? (v.kind === 'int' ? String(v.value) : goFloat(v.value)) : goValue(v);

type Kind = 'bool' | 'int' | 'float' | 'string';
function basicKind(v: Value): Kind | undefined {
  if (typeof v === 'boolean') return 'bool';
  if (typeof v === 'string') return 'string';
  if (typeof v === 'number') return isGoInt(v) ? 'int' : 'float';
  if (v instanceof Literal) return v.kind;
  return undefined;
}
const raw = (v: Value) => (v instanceof Literal ? v.value : v) as number | string | boolean;

/** The comparisons of client-go's forked text/template funcs.go (eq, ne, lt, le, gt, ge). */
function compare(op: string, a: Value, b: Value): { pass: boolean; error?: string } {
  if (!['==', '!=', '<', '<=', '>', '>='].includes(op)) return { pass: false, error: `unrecognized filter operator ${op}` };
  const k1 = basicKind(a);
  const k2 = basicKind(b);
  if (!k1 || !k2) return { pass: false, error: 'invalid type for comparison' };
  const equal = () => (k1 !== k2 ? { pass: false, error: 'incompatible types for comparison' } : { pass: raw(a) === raw(b) });
  const less = () => {
    if (k1 !== k2) return { pass: false, error: 'incompatible types for comparison' };
    if (k1 === 'bool') return { pass: false, error: 'invalid type for comparison' };
    return { pass: raw(a) < raw(b) };
  };
  const lessEqual = () => {
    const lt = less();
    return lt.pass || lt.error ? lt : equal();
  };
  const not = (r: { pass: boolean; error?: string }) => (r.error ? { pass: false, error: r.error } : { pass: !r.pass });
  switch (op) {
    case '==': return equal();
    case '!=': return { pass: !equal().pass, error: equal().error };
    case '<': return less();
    case '<=': return lessEqual();
    case '>': return not(lessEqual());
    default: return not(less()); // '>='
  }
}

class Run {
  private beginRange = 0;
  private inRange = 0;
  private endRange = 0;
  private lastEndNode = -1;

  constructor(private readonly nodes: readonly JsonPathNode[], private readonly allowMissingKeys: boolean) {}

  /** FindResults from node `start` on: one list of values per node (text nodes included). */
  findResults(data: Value, start: number): { results: Value[][]; error?: string } {
    const cur: Value[] = [data];
    const full: Value[][] = [];
    for (let i = start; i < this.nodes.length; i++) {
      const step = this.walk(cur, this.nodes[i]);
      if (step.error) return { results: [], error: step.error };
      if (this.endRange > 0 && this.endRange <= this.inRange) {
        this.endRange--;
        this.lastEndNode = i;
        break;
      }
      if (this.beginRange > 0) {
        this.beginRange--;
        this.inRange++;
        // Each item becomes the data of the body (a null item: no value at all, as value.Interface() is nil).
        const items: Value[] = step.values.length > 0 ? step.values : [NO_VALUE];
        for (const item of items) {
          const inner = this.findResults(item === null ? NO_VALUE : item, i + 1);
          if (inner.error) return inner;
          if (step.values.length > 0) full.push(...inner.results);
        }
        this.inRange--;
        if (this.lastEndNode > i) i = this.lastEndNode;
        continue;
      }
      full.push(step.values);
    }
    return { results: full };
  }

  private walk(input: Value[], node: JsonPathNode): Step {
    switch (node.type) {
      case 'list': return this.evalList(input, node);
      case 'text': return { values: [node.text] };
      case 'field': return this.evalField(input, node.name);
      case 'array': return evalArray(input, node.params);
      case 'filter': return this.evalFilter(input, node);
      case 'int': return { values: input.map(() => new Literal('int', node.value)) };
      case 'float': return { values: input.map(() => new Literal('float', node.value)) };
      case 'bool': return { values: input.map(() => node.value) };
      case 'wildcard': return { values: input.flatMap((v) => (v === null ? [] : children(v))) };
      case 'recursive': return { values: recursive(input) };
      case 'union': {
        const values: Value[] = [];
        for (const list of node.nodes) {
          const r = this.evalList(input, list);
          if (r.error) return { values: input, error: r.error };
          values.push(...r.values);
        }
        return { values };
      }
      case 'identifier': return this.evalIdentifier(input, node.name);
      default: {
        const never: never = node;
        return never;
      }
    }
  }

  private evalList(input: Value[], list: ListNode): Step {
    let cur = input;
    for (const node of list.nodes) {
      const r = this.walk(cur, node);
      if (r.error) return r;
      cur = r.values;
    }
    return { values: cur };
  }

  private evalIdentifier(input: Value[], name: string): Step {
    if (name === 'range') {
      this.beginRange++;
      return { values: input };
    }
    if (name === 'end') {
      if (this.inRange > 0) {
        this.endRange++;
        return { values: [] };
      }
      return { values: [], error: 'not in range, nothing to end' };
    }
    return { values: input, error: `unrecognized identifier ${name}` };
  }

  private evalField(input: Value[], name: string): Step {
    const values: Value[] = [];
    for (const v of input) {
      if (isMap(v) && Object.prototype.hasOwnProperty.call(v, name)) values.push(v[name]);
    }
    if (values.length === 0 && input.length > 0 && !this.allowMissingKeys) return { values, error: `${name} is not found` };
    return { values };
  }

  private evalFilter(input: Value[], node: Extract<JsonPathNode, { type: 'filter' }>): Step {
    const values: Value[] = [];
    for (const v of input) {
      if (!Array.isArray(v)) return { values: input, error: `${valueText(v)} is not array or slice and cannot be filtered` };
      for (const item of v) {
        const lefts = this.evalList([item], node.left);
        if (node.operator === 'exists') {
          if (lefts.values.length > 0) values.push(item);
          continue;
        }
        if (lefts.error) return { values: input, error: lefts.error };
        if (lefts.values.length === 0) continue;
        if (lefts.values.length > 1) return { values: input, error: 'can only compare one element at a time' };
        const rights = this.evalList([item], node.right);
        if (rights.error) return { values: input, error: rights.error };
        if (rights.values.length === 0) continue;
        if (rights.values.length > 1) return { values: input, error: 'can only compare one element at a time' };
        const r = compare(node.operator, lefts.values[0], rights.values[0]);
        if (r.error) return { values, error: r.error };
        if (r.pass) values.push(item);
      }
    }
    return { values };
  }
}

function evalArray(input: Value[], params: readonly [ParamsEntry, ParamsEntry, ParamsEntry]): Step {
  const values: Value[] = [];
  for (const v of input) {
    if (v === null) continue;
    if (!Array.isArray(v)) return { values: input, error: `${typeName(v)} is not array or slice` };
    const [p0, p1, p2] = params.map((p) => ({ ...p }));
    const len = v.length;
    if (!p0.known) p0.value = 0;
    if (p0.value < 0) p0.value += len;
    if (!p1.known) p1.value = len;
    if (p1.value < 0 || (p1.value === 0 && p1.derived)) p1.value += len;
    if (p1.value === p0.value) return { values }; // zero elements asked for: client-go stops here
    if (p0.value >= len || p0.value < 0) return { values: input, error: `array index out of bounds: index ${p0.value}, length ${len}` };
    if (p1.value > len || p1.value < 0) return { values: input, error: `array index out of bounds: index ${p1.value - 1}, length ${len}` };
    if (p0.value > p1.value) return { values: input, error: `starting index ${p0.value} is greater than ending index ${p1.value}` };
    let step = 1;
    if (p2.known) {
      if (p2.value <= 0) return { values: input, error: 'step must be > 0' };
      step = p2.value;
    }
    for (let i = p0.value; i < p1.value; i += step) values.push(v[i]);
  }
  return { values };
}

/** `..`: every value that holds something, depth first, each before what it holds. */
function recursive(input: Value[]): Value[] {
  const out: Value[] = [];
  for (const v of input) {
    if (v === null) continue;
    const inner = children(v);
    if (inner.length === 0) continue;
    out.push(v, ...recursive(inner));
  }
  return out;
}

/** One result as PrintResults writes it. */
function printValue(v: Value): string {
  if (v === NO_VALUE) return '<no value>';
  if (v === null) return 'null';
  if (v instanceof Literal) return v.kind === 'int' ? String(v.value) : goFloat(v.value);
  if (typeof v === 'object') return goJson(v);
  return goValue(v);
}

/** Execute: every result found first (an error prints nothing), then printed. */
export function executeJsonPath(root: ListNode, data: JsonValue, allowMissingKeys: boolean): { output: string; error?: string } {
  const found = new Run(root.nodes, allowMissingKeys).findResults(data, 0);
  if (found.error) return { output: '', error: found.error };
  return { output: found.results.map((values) => values.map(printValue).join(' ')).join('') };
}
