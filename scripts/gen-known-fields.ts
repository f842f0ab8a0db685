/**
 * Generates src/manifest/strict/fields.generated.ts: for every kind PodPath decodes, the tree of field names
 * the API server knows, so the engine can report unknown fields the way `kubectl apply` (server-side strict
 * field validation, the default since Kubernetes 1.25) rejects them:
 *   strict decoding error: unknown field "spec.domain"
 *
 * Source: the `kubernetes-types` package through ts-json-schema-generator, with the same shared program as the
 * editor's schema (scripts/gen-schemas.ts generateKind), plus a few hand-written additions (LEGACY_* and
 * POST_1_30 below) for apiVersions and fields that kubernetes-types 1.30 does not describe.
 *
 * Output format (compact, committed): TYPES is a list of object types; each is a space-separated list of
 * field names, where `name` is a leaf (a scalar, IntOrString, Quantity, Time, or a free-form map such as
 * labels, annotations, data, selector, limits — any key accepted, not descended into), `name=N` descends
 * into TYPES[N] (for a list, into each item), and a type that is exactly `*=N` is a map whose every value is
 * TYPES[N]. Structurally identical types are stored once (core/v1 and discovery/v1 EndpointPort differ, so
 * both exist), so the file is a DAG with shared ids. ROOTS maps "apiVersion kind" to a type id.
 *
 *   npx tsx scripts/gen-known-fields.ts            (write the file)
 *   npx tsx scripts/gen-known-fields.ts --check    (exit 1 if the committed file is stale)
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Json, JsonObject } from './schema-merge';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const OUT_FILE = join(root, 'src/manifest/strict/fields.generated.ts');

type Defs = Record<string, JsonObject>;

/** Definitions whose JSON schema looks like a closed object but which accept any key (managedFields[].fieldsV1). */
const FREE_FORM = new Set(['FieldsV1', 'RawExtension']);

const LEAF: JsonObject = { type: 'string' };
const ref = (name: string): JsonObject => ({ $ref: `#/definitions/${name}` });

/**
 * Fields added after Kubernetes 1.30 (kubernetes-types 1.30.0 predates them), by definition name. Without
 * them a manifest written for a newer cluster would be flagged although the API server accepts it. A value
 * is a definition to descend into, or LEAF (accepted without looking inside: lenient on purpose).
 */
const POST_1_30: Readonly<Record<string, Readonly<Record<string, JsonObject>>>> = {
  PodSpec: { resources: ref('ResourceRequirements') /* 1.32 pod-level resources */, hostnameOverride: LEAF /* 1.34 */ },
  PodSecurityContext: { supplementalGroupsPolicy: LEAF /* 1.31 */, seLinuxChangePolicy: LEAF /* 1.32 */ },
  Container: { restartPolicyRules: LEAF /* 1.34 */ },
  EphemeralContainer: { restartPolicyRules: LEAF /* 1.34 */ },
  Lifecycle: { stopSignal: LEAF /* 1.33 */ },
  Volume: { image: LEAF /* 1.31 image volumes */ },
  ContainerStatus: { user: LEAF /* 1.31 */, allocatedResourcesStatus: LEAF /* 1.31 */, stopSignal: LEAF /* 1.33 */ },
  PodStatus: { observedGeneration: LEAF /* 1.33 */, extendedResourceClaimStatus: LEAF /* 1.34 */ },
  PodCondition: { observedGeneration: LEAF /* 1.33 */ },
  NodeStatus: { features: LEAF /* 1.31 */ },
  NodeSystemInfo: { swap: LEAF /* 1.32 */ },
  EndpointHints: { forNodes: LEAF /* 1.33 */ },
  DeploymentStatus: { terminatingReplicas: LEAF /* 1.33 */ },
  ReplicaSetStatus: { terminatingReplicas: LEAF /* 1.33 */ },
};

function addFields(defs: Defs, extra: Readonly<Record<string, Readonly<Record<string, JsonObject>>>>): Defs {
  const out: Defs = { ...defs };
  for (const [name, fields] of Object.entries(extra)) {
    const def = out[name];
    if (!def) continue;
    const props = { ...(def.properties as JsonObject | undefined) };
    for (const [f, schema] of Object.entries(fields)) {
      if (f in props) continue;
      const target = typeof schema.$ref === 'string' ? schema.$ref.replace(/^#\/definitions\//, '') : undefined;
      props[f] = target !== undefined && !out[target] ? LEAF : schema; // a type this kind lacks: accept anything
    }
    out[name] = { ...def, properties: props };
  }
  return out;
}

/** extensions/v1beta1 and networking.k8s.io/v1beta1 Ingress: backend{serviceName,servicePort}, spec.backend. */
function legacyIngress(defs: Defs): Defs {
  const out: Defs = { ...defs };
  out.IngressBackend = {
    type: 'object',
    properties: { serviceName: { type: 'string' }, servicePort: { type: ['number', 'string'] }, resource: ref('TypedLocalObjectReference') },
  };
  const spec = { ...(out.IngressSpec.properties as JsonObject) };
  delete spec.defaultBackend;
  spec.backend = ref('IngressBackend');
  out.IngressSpec = { ...out.IngressSpec, properties: spec };
  return out;
}

/** apps/v1beta1 and extensions/v1beta1 Deployment: spec.rollbackTo (removed in apps/v1). */
const legacyDeployment = (defs: Defs) => addFields(defs, { DeploymentSpec: { rollbackTo: LEAF } });
/** discovery.k8s.io/v1beta1 EndpointSlice: endpoints[].topology (v1 renamed it deprecatedTopology). */
const legacyEndpointSlice = (defs: Defs) => addFields(defs, { Endpoint: { topology: LEAF } });

interface RootSpec {
  kind: string;
  apiVersions: readonly string[];
  /** Transformations of the kind's definitions for the apiVersions listed in `legacy`. */
  legacy?: { apiVersions: readonly string[]; transform: (defs: Defs) => Defs };
}

/** What the decoder serves (src/manifest/decode/index.ts DECODERS), current apiVersion first. */
export const ROOT_SPECS: readonly RootSpec[] = [
  { kind: 'Namespace', apiVersions: ['v1'] },
  { kind: 'Node', apiVersions: ['v1'] },
  { kind: 'Pod', apiVersions: ['v1'] },
  { kind: 'Service', apiVersions: ['v1'] },
  { kind: 'Endpoints', apiVersions: ['v1'] },
  { kind: 'Secret', apiVersions: ['v1'] },
  {
    kind: 'Deployment', apiVersions: ['apps/v1', 'apps/v1beta2'],
    legacy: { apiVersions: ['apps/v1beta1', 'extensions/v1beta1'], transform: legacyDeployment },
  },
  { kind: 'ReplicaSet', apiVersions: ['apps/v1', 'apps/v1beta2', 'extensions/v1beta1'] },
  { kind: 'StatefulSet', apiVersions: ['apps/v1', 'apps/v1beta2', 'apps/v1beta1'] },
  {
    kind: 'EndpointSlice', apiVersions: ['discovery.k8s.io/v1'],
    legacy: { apiVersions: ['discovery.k8s.io/v1beta1'], transform: legacyEndpointSlice },
  },
  {
    kind: 'Ingress', apiVersions: ['networking.k8s.io/v1'],
    legacy: { apiVersions: ['networking.k8s.io/v1beta1', 'extensions/v1beta1'], transform: legacyIngress },
  },
  { kind: 'IngressClass', apiVersions: ['networking.k8s.io/v1', 'networking.k8s.io/v1beta1'] },
];

export interface KnownFieldsTable {
  types: string[];
  roots: Record<string, number>;
}

/**
 * Pure: intern object types structurally. Children are interned before their parents, properties sorted,
 * kinds in ROOT_SPECS order, so the same input always gives the same ids.
 */
export class TypeTable {
  readonly types: string[] = [];
  private readonly ids = new Map<string, number>();

  private intern(body: string): number {
    let id = this.ids.get(body);
    if (id === undefined) {
      id = this.types.length;
      this.types.push(body);
      this.ids.set(body, id);
    }
    return id;
  }

  /** The type id of definition `name` in `defs`, or null for a leaf (scalar or free-form). */
  addDefinition(defs: Defs, name: string): number | null {
    const memo = new Map<string, number | null>();
    const visiting = new Set<string>();
    const ofDef = (n: string): number | null => {
      if (memo.has(n)) return memo.get(n) ?? null;
      const def = defs[n];
      if (!def) throw new Error(`missing definition ${n}`);
      if (visiting.has(n)) throw new Error(`recursive definition ${n}: the table format has no cycles`);
      visiting.add(n);
      let id: number | null = null;
      const props = def.properties as Record<string, JsonObject> | undefined;
      if (!FREE_FORM.has(n) && def.type === 'object' && props) {
        const fields = Object.keys(props).sort().map((f) => {
          const c = child(props[f]);
          return c === null ? f : `${f}=${c}`;
        });
        id = this.intern(fields.join(' '));
      } else if (!FREE_FORM.has(n) && def.type === 'object' && isSchema(def.additionalProperties)) {
        const c = child(def.additionalProperties);
        id = c === null ? null : this.intern(`*=${c}`);
      }
      visiting.delete(n);
      memo.set(n, id);
      return id;
    };
    const child = (s: JsonObject): number | null => {
      if (typeof s.$ref === 'string') return ofDef(decodeURIComponent(s.$ref.replace(/^#\/definitions\//, '')));
      if (s.type === 'array' && isSchema(s.items)) return child(s.items);
      if (s.type === 'object' && isSchema(s.additionalProperties)) {
        const c = child(s.additionalProperties);
        return c === null ? null : this.intern(`*=${c}`);
      }
      if (s.type === 'object' && s.properties) throw new Error('inline object types are not supported');
      return null;
    };
    return ofDef(name);
  }
}

function isSchema(v: Json | undefined): v is JsonObject {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Build the table from per-kind definitions (`definitionsOf(kind)`), without touching the file system. */
export function buildTable(definitionsOf: (kind: string) => Defs): KnownFieldsTable {
  const table = new TypeTable();
  const roots: Record<string, number> = {};
  const add = (defs: Defs, name: string, apiVersions: readonly string[], kind = name) => {
    const id = table.addDefinition(addFields(defs, POST_1_30), name);
    if (id === null) throw new Error(`${name} is not an object type`);
    for (const v of apiVersions) roots[`${v} ${kind}`] = id;
  };
  for (const spec of ROOT_SPECS) {
    const defs = definitionsOf(spec.kind);
    add(defs, spec.kind, spec.apiVersions);
    if (spec.legacy) add(spec.legacy.transform(defs), spec.kind, spec.legacy.apiVersions);
  }
  // kind: List (what `kubectl get -o yaml` prints): items are checked one by one against their own kind.
  const listDefs: Defs = {
    ...definitionsOf('ListMeta'),
    List: { type: 'object', properties: { apiVersion: LEAF, kind: LEAF, metadata: ref('ListMeta'), items: LEAF } },
  };
  add(listDefs, 'List', ['v1']);
  return { types: table.types, roots };
}

function kubernetesTypesVersion(): string {
  const pkg = JSON.parse(readFileSync(join(root, 'node_modules/kubernetes-types/package.json'), 'utf8')) as { version: string };
  return pkg.version;
}

/**
 * The definitions of each kind (and of ListMeta), from the shared schema generator of gen-schemas.ts. Imported
 * lazily: loading TypeScript and the generator takes ~3 s, which the pure parts (and their tests) do without.
 */
async function definitionsFromPackage(): Promise<(kind: string) => Defs> {
  const { generateKind, KINDS } = await import('./gen-schemas');
  return (kind) => {
    const k = KINDS.find((x) => x.kind === kind) ?? { file: 'core/v1.d.ts', group: 'meta/v1', apiVersion: 'v1', kind };
    return (generateKind(k).schema.definitions ?? {}) as Defs;
  };
}

export function renderTable(t: KnownFieldsTable, source: string): string {
  const lines = [
    '/**',
    ` * GENERATED by scripts/gen-known-fields.ts from ${source} — do not edit.`,
    ' * Regenerate: npx tsx scripts/gen-known-fields.ts (check: npx tsx scripts/gen-known-fields.ts --check).',
    ' *',
    ' * The field names the API server knows for each kind PodPath decodes (see the script for the format):',
    ' * `name` is a leaf (any value), `name=N` descends into TYPES[N] (each item of a list), `*=N` is a map of TYPES[N].',
    ' */',
    `export const KNOWN_FIELDS_SOURCE = ${JSON.stringify(source)};`,
    '',
    'export const TYPES: readonly string[] = [',
    ...t.types.map((s, i) => `  ${JSON.stringify(s)}, // ${i}`),
    '];',
    '',
    '/** "apiVersion kind" → TYPES index of the object. */',
    'export const ROOTS: Readonly<Record<string, number>> = {',
    ...Object.entries(t.roots).map(([k, v]) => `  ${JSON.stringify(k)}: ${v},`),
    '};',
    '',
  ];
  return lines.join('\n');
}

/** The whole generated file, from the installed packages (2–7 s). */
export async function generateKnownFieldsSource(): Promise<string> {
  return renderTable(buildTable(await definitionsFromPackage()), `kubernetes-types ${kubernetesTypesVersion()}`);
}

async function main(): Promise<void> {
  const t0 = performance.now();
  const text = await generateKnownFieldsSource();
  const ms = performance.now() - t0;
  if (process.argv.includes('--check')) {
    let current = '';
    try {
      current = readFileSync(OUT_FILE, 'utf8');
    } catch {
      // missing: stale
    }
    if (current !== text) {
      console.error(`known fields: ${OUT_FILE.slice(root.length + 1)} is stale; run npx tsx scripts/gen-known-fields.ts`);
      process.exit(1);
    }
    console.log('known fields: up to date');
    return;
  }
  writeFileSync(OUT_FILE, text);
  const types = (text.match(/^ {2}"/gm) ?? []).length;
  console.log(`known fields: ${types} entries, ${(Buffer.byteLength(text) / 1024).toFixed(1)} KB in ${(ms / 1000).toFixed(1)} s → ${OUT_FILE.slice(root.length + 1)}`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main();
