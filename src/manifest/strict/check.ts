/**
 * Unknown fields, as the API server's strict field validation finds them (KEP-2885; `kubectl apply` asks for
 * it by default since Kubernetes 1.25, `--validate=strict`): the request body is decoded into the Go types
 * case-sensitively, and a key that is no field of the type fails the whole request:
 *
 *   Error from server (BadRequest): error when creating "pod.yaml": Pod in version "v1" cannot be handled as a
 *   Pod: strict decoding error: unknown field "spec.domain"
 *
 * The known field names come from the generated table (./fields.generated.ts, from kubernetes-types); free-form
 * maps (labels, annotations, data, selector, nodeSelector, resources limits/requests…) and scalars such as
 * IntOrString or Quantity are leaves and are not looked into. Unknown kinds and CRDs are not checked (their
 * schema is unknown here), nor are kinds in an apiVersion the decoder does not serve. Items of a `kind: List`
 * are checked one by one against their own kind, as kubectl sends them one by one.
 *
 * Duplicate fields (the other half of strict validation: `json: duplicate field`, or for YAML
 * `key "x" already set in map`) never reach the API server from `kubectl apply -f`: kubectl's lenient YAML
 * reading keeps the last value of a repeated key before it sends JSON. load.ts does the same and
 * duplicateKeys.ts warns about it (yaml/duplicate-key).
 *
 * Pure, never throws, no Node built-ins. Cost: one pass over the plain object; a path stack is pushed and
 * popped (no allocation per known field); strings and suggestions are built only for unknown fields.
 */
import { ROOTS, TYPES } from './fields.generated';

export type StrictPath = (string | number)[];

export interface UnknownField {
  /** Path from the value given to unknownFields (inside a List it starts with 'items', i). */
  path: StrictPath;
  /** The field as the API server prints it, relative to the object it decodes: `spec.containers[0].imagePullPolicyy`. */
  field: string;
  /** Where the object sits in the value: [] or ['items', i]. */
  object: StrictPath;
  /** The object's apiVersion and kind (for a List item: the item's). */
  apiVersion: string;
  kind: string;
  /** A known sibling close to the unknown name (edit distance, case, or a known alias), printed like `field`. */
  suggestion?: string;
}

interface TypeNode {
  /** Field → child type (null: a leaf, any value accepted). */
  readonly fields: ReadonlyMap<string, TypeNode | null>;
  /** For a map type (`*=N`): the type of every value. */
  readonly any: TypeNode | undefined;
}

let nodes: TypeNode[] | undefined;
let roots: Map<string, RootsOfKind> | undefined;

/** The root types of one kind, by apiVersion, and the apiVersion assumed when none is written. */
interface RootsOfKind {
  readonly current: string;
  readonly versions: ReadonlyMap<string, TypeNode>;
}

/** Decode the compact table once, on first use (~0.2 ms). */
function table(): TypeNode[] {
  if (nodes) return nodes;
  const built: { fields: Map<string, TypeNode | null>; any: TypeNode | undefined }[] = TYPES.map(() => ({ fields: new Map(), any: undefined }));
  TYPES.forEach((body, i) => {
    for (const entry of body.split(' ')) {
      const eq = entry.indexOf('=');
      if (eq < 0) built[i].fields.set(entry, null);
      else if (entry.slice(0, eq) === '*') built[i].any = built[Number(entry.slice(eq + 1))];
      else built[i].fields.set(entry.slice(0, eq), built[Number(entry.slice(eq + 1))]);
    }
  });
  nodes = built;
  return built;
}

/**
 * ROOTS (`"apiVersion kind" → type`) as kind → apiVersion → type, built once on first use: looked up for every
 * object, where joining the two into a key would build and hash a new string each time. The first apiVersion
 * listed for a kind is the one the decoder assumes when none is written.
 */
function rootsByKind(): Map<string, RootsOfKind> {
  if (roots) return roots;
  const m = new Map<string, { current: string; versions: Map<string, TypeNode> }>();
  for (const key of Object.keys(ROOTS)) {
    const sp = key.indexOf(' ');
    const version = key.slice(0, sp);
    const kind = key.slice(sp + 1);
    let r = m.get(kind);
    if (!r) m.set(kind, (r = { current: version, versions: new Map() }));
    r.versions.set(version, table()[ROOTS[key]]);
  }
  roots = m;
  return m;
}

function rootType(apiVersion: string, kind: string): TypeNode | undefined {
  const r = rootsByKind().get(kind);
  return r?.versions.get(apiVersion || r.current);
}

/** True when objects of this apiVersion/kind are checked (a kind PodPath decodes, in a served apiVersion). */
export function isChecked(apiVersion: string, kind: string): boolean {
  return rootType(apiVersion, kind) !== undefined;
}

type Rec = Record<string, unknown>;

function isRecord(v: unknown): v is Rec {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** `spec.ports[0].targetPort`, as the API server prints field paths. */
export function printPath(path: readonly (string | number)[], from = 0): string {
  let s = '';
  for (let i = from; i < path.length; i++) {
    const seg = path[i];
    s += typeof seg === 'number' ? `[${seg}]` : s ? `.${seg}` : seg;
  }
  return s;
}

/**
 * The unknown fields of one object (or, for a `kind: List` / `…List` with items, of each item), in the order
 * they appear. Unknown kinds, CRDs and unserved apiVersions give [].
 */
export function unknownFields(apiVersion: string, kind: string, raw: unknown): UnknownField[] {
  const out: UnknownField[] = [];
  if (!isRecord(raw)) return out;
  if (kind.endsWith('List') && Array.isArray(raw.items)) {
    const list = table()[ROOTS['v1 List']];
    const path: StrictPath = [];
    walk(raw, list, path, 0, out, apiVersion, kind);
    const items = raw.items;
    for (let i = 0; i < items.length; i++) {
      const item = items[i];
      if (!isRecord(item)) continue;
      const v = typeof item.apiVersion === 'string' ? item.apiVersion : '';
      const k = typeof item.kind === 'string' ? item.kind : '';
      const t = rootType(v, k);
      if (!t) continue;
      const itemPath: StrictPath = ['items', i];
      walk(item, t, itemPath, 2, out, v, k);
    }
    return out;
  }
  const t = rootType(apiVersion, kind);
  if (t) walk(raw, t, [], 0, out, apiVersion, kind);
  return out;
}

/** Check `obj` against `t`; `path` is the stack (restored on return), `base` the length of the object's own path. */
function walk(obj: Rec, t: TypeNode, path: StrictPath, base: number, out: UnknownField[], apiVersion: string, kind: string): void {
  for (const key in obj) {
    if (!Object.hasOwn(obj, key)) continue;
    const child = t.any ?? t.fields.get(key);
    if (child === undefined) {
      path.push(key);
      const suggestion = suggest(t, key);
      const f: UnknownField = { path: path.slice(), field: printPath(path, base), object: path.slice(0, base), apiVersion, kind };
      if (suggestion) f.suggestion = printPath(path.slice(0, -1), base) ? `${printPath(path.slice(0, -1), base)}.${suggestion}` : suggestion;
      out.push(f);
      path.pop();
      continue;
    }
    if (child === null) continue;
    const v = obj[key];
    if (typeof v !== 'object' || v === null) continue; // a wrong type is the decoder's error, not ours
    path.push(key);
    if (Array.isArray(v)) {
      for (let i = 0; i < v.length; i++) {
        const item: unknown = v[i];
        if (!isRecord(item)) continue;
        path.push(i);
        walk(item, child, path, base, out, apiVersion, kind);
        path.pop();
      }
    } else {
      walk(v as Rec, child, path, base, out, apiVersion, kind);
    }
    path.pop();
  }
}

/**
 * Names people write for a field that has another name; the target's first segment must be a field of the
 * same type. `domain` is a real typo of `subdomain` in our source material; serviceName/servicePort/backend
 * are the extensions/v1beta1 Ingress names that networking.k8s.io/v1 renamed.
 */
const ALIASES: Readonly<Record<string, string>> = {
  domain: 'subdomain',
  serviceName: 'service.name',
  servicePort: 'service.port',
  backend: 'defaultBackend',
  ingressClass: 'ingressClassName',
  className: 'ingressClassName',
  class: 'ingressClassName',
  topology: 'deprecatedTopology',
};

/** A known field of `t` that `key` probably meant, or undefined. */
function suggest(t: TypeNode, key: string): string | undefined {
  const alias = Object.hasOwn(ALIASES, key) ? ALIASES[key] : undefined;
  if (alias && t.fields.has(alias.split('.')[0])) return alias;
  const lower = key.toLowerCase();
  const limit = Math.min(2, Math.max(1, Math.floor(key.length / 3)));
  let best: string | undefined;
  let bestDistance = limit + 1;
  for (const name of t.fields.keys()) {
    if (Math.abs(name.length - key.length) > limit) continue;
    const d = distance(lower, name.toLowerCase(), limit);
    if (d < bestDistance || (d === bestDistance && best !== undefined && name < best)) {
      best = name;
      bestDistance = d;
    }
  }
  return bestDistance <= limit ? best : undefined;
}

/** Optimal-string-alignment distance (a swap of two neighbours counts 1), giving up above `limit`. */
function distance(a: string, b: string, limit: number): number {
  const n = a.length;
  const m = b.length;
  let prev2: number[] = [];
  let prev: number[] = Array.from({ length: m + 1 }, (_, j) => j);
  for (let i = 1; i <= n; i++) {
    const cur: number[] = [i];
    let rowMin = i;
    for (let j = 1; j <= m; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, prev2[j - 2] + 1);
      cur.push(v);
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > limit) return limit + 1;
    prev2 = prev;
    prev = cur;
  }
  return prev[m];
}
