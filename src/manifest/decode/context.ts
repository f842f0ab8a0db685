/**
 * Decoding context: typed field readers that never throw, and the issues found on the way.
 *
 * WHY the type checks: the API server decodes JSON into Go structs first, and a wrong type
 * (`port: "80"`, `replicas: three`, an unquoted `true` as an annotation value) fails the whole request with
 * "cannot unmarshal string into Go struct field … of type int32". We report the same thing at the field
 * and keep going with the field's default, so one mistake does not hide the next.
 * Issue fields are paths relative to the object (the caller knows where the object sits in the document).
 */
import { EMPTY_LIST, EMPTY_MAP } from '../../api/empty';
import type { FieldPath, Severity } from '../diagnostics';

export interface Issue {
  severity: Severity;
  code: string;
  params: Record<string, string | number>;
  field: FieldPath;
}

export type Raw = Record<string, unknown>;

export function isRecord(v: unknown): v is Raw {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** `spec.ports[0].targetPort`, as kubectl prints field paths. */
export function fieldString(path: FieldPath): string {
  let s = '';
  for (const seg of path) s += typeof seg === 'number' ? `[${seg}]` : s ? `.${seg}` : seg;
  return s;
}

function typeName(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  if (typeof v === 'object') return 'object';
  if (typeof v === 'number') return Number.isInteger(v) ? 'number' : 'decimal number';
  return typeof v;
}

/** typeName → the word in Go's "json: cannot unmarshal <word> into Go struct field …". */
const GO_JSON_TYPE: Readonly<Record<string, string>> = { boolean: 'bool', number: 'number', 'decimal number': 'number', array: 'array', object: 'object', string: 'string' };

export class DecodeContext {
  readonly issues: Issue[] = [];
  /** Warnings the API server sends only for an object it accepts (see warnIfAccepted, settle). */
  private deferred: Issue[] | undefined;

  add(severity: Severity, code: string, field: FieldPath, params: Record<string, string | number> = {}): void {
    this.issues.push({ severity, code, params: { field: fieldString(field), ...params }, field });
  }

  error(code: string, field: FieldPath, params: Record<string, string | number> = {}): void {
    this.add('error', code, field, params);
  }

  /**
   * A warning the API server computes only once the object passed validation (the registry's
   * WarningsOnCreate runs after Validate): kept aside, and added by settle() only if no error was found.
   */
  warnIfAccepted(code: string, field: FieldPath, params: Record<string, string | number> = {}): void {
    (this.deferred ??= []).push({ severity: 'warning', code, params: { field: fieldString(field), ...params }, field });
  }

  /** The object is decoded: the deferred warnings join the issues when nothing was an error. */
  settle(): void {
    const deferred = this.deferred;
    if (!deferred) return;
    this.deferred = undefined;
    if (this.issues.some((i) => i.severity === 'error')) return;
    for (const i of deferred) this.issues.push(i);
  }

  /**
   * Report the API server's decode error for a value of the wrong type. `goFound` is the word Go's
   * encoding/json uses in its message (UnmarshalTypeError); a boolean or a number where a string belongs gets a
   * hint to quote it, since kubectl's YAML reader (YAML 1.1, see ../scalars.ts) makes `yes`, `on` or `0755` one.
   */
  wrongType(field: FieldPath, expected: string, value: unknown): void {
    const found = typeName(value);
    const hint = expected !== 'string' ? 'none' : typeof value === 'boolean' ? 'bool-for-string' : typeof value === 'number' ? 'number-for-string' : 'none';
    const params: Record<string, string | number> = { expected, found, goFound: GO_JSON_TYPE[found] ?? found, hintKey: `object/invalid-field-type.hint.${hint}` };
    // What the YAML reading made of the text (`1.10` → 1.1, `0755` → 493, `yes` → true): the hint shows it.
    if (hint !== 'none') params.read = String(value);
    this.error('object/invalid-field-type', field, params);
  }

  /** A string field; absent/null → undefined. Numbers and booleans are a type error (Go strings are strict). */
  str(obj: Raw | undefined, key: string, field: FieldPath): string | undefined {
    const v = obj?.[key];
    if (v === undefined || v === null) return undefined;
    if (typeof v === 'string') return v;
    this.wrongType([...field, key], 'string', v);
    return undefined;
  }

  /** An integer field (int32); decimals and strings are type errors. */
  int(obj: Raw | undefined, key: string, field: FieldPath): number | undefined {
    const v = obj?.[key];
    if (v === undefined || v === null) return undefined;
    if (typeof v === 'number' && Number.isInteger(v)) return v;
    this.wrongType([...field, key], 'integer', v);
    return undefined;
  }

  bool(obj: Raw | undefined, key: string, field: FieldPath): boolean | undefined {
    const v = obj?.[key];
    if (v === undefined || v === null) return undefined;
    if (typeof v === 'boolean') return v;
    this.wrongType([...field, key], 'boolean', v);
    return undefined;
  }

  /** An int-or-string field (targetPort, servicePort): numbers stay numbers, strings stay names. */
  intOrString(obj: Raw | undefined, key: string, field: FieldPath): number | string | undefined {
    const v = obj?.[key];
    if (v === undefined || v === null) return undefined;
    if (typeof v === 'string' || (typeof v === 'number' && Number.isInteger(v))) return v;
    this.wrongType([...field, key], 'integer or string', v);
    return undefined;
  }

  /** A nested object; absent/null → undefined. */
  obj(obj: Raw | undefined, key: string, field: FieldPath): Raw | undefined {
    const v = obj?.[key];
    if (v === undefined || v === null) return undefined;
    if (isRecord(v)) return v;
    this.wrongType([...field, key], 'object', v);
    return undefined;
  }

  /** A list; absent/null → []. */
  list(obj: Raw | undefined, key: string, field: FieldPath): unknown[] {
    const v = obj?.[key];
    if (v === undefined || v === null) return [];
    if (Array.isArray(v)) return v;
    this.wrongType([...field, key], 'array', v);
    return [];
  }

  /**
   * A list of objects, each paired with its field path; non-objects are type errors and skipped.
   * (Plain loops here and below, no forEach/Object.entries: these run for every field of every object.)
   */
  objects(obj: Raw | undefined, key: string, field: FieldPath): readonly [Raw, FieldPath][] {
    const items = this.list(obj, key, field);
    if (items.length === 0) return EMPTY_LIST;
    const out: [Raw, FieldPath][] = [];
    for (let i = 0; i < items.length; i++) {
      const item = items[i];
      const at = [...field, key, i];
      if (isRecord(item)) out.push([item, at]);
      else this.wrongType(at, 'object', item);
    }
    return out;
  }

  /** A list of strings (EMPTY_LIST when there are none). */
  strings(obj: Raw | undefined, key: string, field: FieldPath): readonly string[] {
    const items = this.list(obj, key, field);
    if (items.length === 0) return EMPTY_LIST;
    const out: string[] = [];
    for (let i = 0; i < items.length; i++) {
      const item = items[i];
      if (typeof item === 'string') out.push(item);
      else this.wrongType([...field, key, i], 'string', item);
    }
    return out;
  }

  /** map[string]string (labels, annotations, selector, nodeSelector): every value must be a string. Empty: EMPTY_MAP. */
  stringMap(obj: Raw | undefined, key: string, field: FieldPath): Readonly<Record<string, string>> | undefined {
    const m = this.obj(obj, key, field);
    if (!m) return undefined;
    let out: Record<string, string> | undefined;
    for (const k of Object.keys(m)) {
      const v = m[k];
      if (typeof v === 'string') (out ??= {})[k] = v;
      else if (v !== null) this.wrongType([...field, key, k], 'string', v);
    }
    return out ?? EMPTY_MAP;
  }

  /** A string from a fixed set (an enum); anything else is "Unsupported value". */
  oneOf<T extends string>(obj: Raw | undefined, key: string, field: FieldPath, allowed: readonly T[], code: string): T | undefined {
    const v = this.str(obj, key, field);
    if (v === undefined || v === '') return undefined;
    if ((allowed as readonly string[]).includes(v)) return v as T;
    this.error(code, [...field, key], { value: v, supported: allowed.map((a) => `"${a}"`).join(', ') });
    return undefined;
  }
}
