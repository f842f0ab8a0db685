/**
 * Pure parts of the schema build (scripts/gen-schemas.ts): merge per-kind schemas into one, renaming a
 * definition that two kinds define differently (core/v1 and discovery/v1 both have `EndpointPort`),
 * make apiVersion/kind required, and dispatch on apiVersion + kind with if/then, so an unknown kind or
 * a CRD is never flagged while known kinds get full validation, completion and hover.
 */
export type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
export type JsonObject = { [k: string]: Json };

export interface KindSchema {
  apiVersion: string;
  kind: string;
  /** The group/version the type was generated from, e.g. 'discovery/v1' (used to prefix clashing names). */
  group: string;
  /** The generator's output: { $ref: '#/definitions/Kind', definitions: {...} }. */
  schema: JsonObject;
}

const REF = '#/definitions/';

function rewriteRefs(node: Json, rename: ReadonlyMap<string, string>): Json {
  if (Array.isArray(node)) return node.map((n) => rewriteRefs(n, rename));
  if (node && typeof node === 'object') {
    const out: JsonObject = {};
    for (const [k, v] of Object.entries(node)) {
      if (k === '$ref' && typeof v === 'string' && v.startsWith(REF)) {
        const name = decodeURIComponent(v.slice(REF.length));
        out[k] = REF + encodeURIComponent(rename.get(name) ?? name);
      } else out[k] = rewriteRefs(v, rename);
    }
    return out;
  }
  return node;
}

function prefixFor(group: string): string {
  return group.replace(/\//g, '.');
}

/** Merge one kind's definitions into `into`, renaming any whose name is taken by a different definition. */
export function mergeDefinitions(into: Record<string, Json>, k: KindSchema): JsonObject {
  const defs = (k.schema.definitions ?? {}) as Record<string, Json>;
  const rename = new Map<string, string>();
  for (const [name, def] of Object.entries(defs)) {
    const existing = into[name];
    if (existing !== undefined && JSON.stringify(existing) !== JSON.stringify(def)) rename.set(name, `${prefixFor(k.group)}.${name}`);
  }
  for (const [name, def] of Object.entries(defs)) {
    into[rename.get(name) ?? name] = rewriteRefs(def, rename);
  }
  return rewriteRefs(k.schema, rename) as JsonObject;
}

function requireTypeFields(def: Json): Json {
  if (!def || typeof def !== 'object' || Array.isArray(def)) return def;
  const required = Array.isArray(def.required) ? (def.required as string[]) : [];
  return { ...def, required: [...new Set([...required, 'apiVersion', 'kind'])].sort() };
}

export function buildKubernetesSchema(kinds: readonly KindSchema[], id: string): JsonObject {
  const definitions: Record<string, Json> = {};
  const dispatch: Json[] = [];
  for (const k of kinds) {
    const merged = mergeDefinitions(definitions, k);
    const ref = typeof merged.$ref === 'string' ? decodeURIComponent(merged.$ref.slice(REF.length)) : k.kind;
    definitions[ref] = requireTypeFields(definitions[ref]);
    dispatch.push({
      if: { properties: { apiVersion: { const: k.apiVersion }, kind: { const: k.kind } }, required: ['apiVersion', 'kind'] },
      then: { $ref: REF + encodeURIComponent(ref) },
    });
  }
  const apiVersions = [...new Set(kinds.map((k) => k.apiVersion))];
  const kindNames = [...new Set(kinds.map((k) => k.kind)), 'List'];
  dispatch.push({
    if: { properties: { apiVersion: { const: 'v1' }, kind: { const: 'List' } }, required: ['apiVersion', 'kind'] },
    then: {
      type: 'object',
      description: 'A list of objects, as `kubectl get … -o yaml` prints it.',
      properties: { apiVersion: { const: 'v1' }, kind: { const: 'List' }, metadata: { type: 'object' }, items: { type: 'array', items: { $ref: '#' } } },
      required: ['apiVersion', 'kind', 'items'],
    },
  });
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: id,
    title: 'Kubernetes object',
    type: 'object',
    properties: {
      apiVersion: { type: 'string', description: 'The versioned schema of this object, e.g. v1, apps/v1, networking.k8s.io/v1.', examples: apiVersions },
      kind: { type: 'string', description: 'The kind of object, e.g. Service, Deployment, Ingress.', examples: kindNames },
    },
    required: ['apiVersion', 'kind'],
    allOf: dispatch,
    definitions: definitions as JsonObject,
  };
}
