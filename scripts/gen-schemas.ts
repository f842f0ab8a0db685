/**
 * Generates the Kubernetes JSON Schema the editor validates against (monaco-yaml), offline, from the
 * `kubernetes-types` package with ts-json-schema-generator: one run per kind, merged (schema-merge.ts).
 * Output: web/generated/kubernetes.schema.json (gitignored). The output is cached: it is rebuilt only
 * when this script, the merge code or the two packages change.
 *
 *   npm run schemas            (also run by npm run build)
 *   npm run schemas -- --force
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { createFormatter, createParser, DEFAULT_CONFIG, SchemaGenerator, type Config } from 'ts-json-schema-generator';
import { buildKubernetesSchema, type JsonObject, type KindSchema } from './schema-merge';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const OUT_FILE = join(root, 'web/generated/kubernetes.schema.json');
const STAMP_FILE = join(root, 'web/generated/kubernetes.schema.stamp');
export const SCHEMA_ID = 'https://podpath.dev/schemas/kubernetes.json';

/** The kinds the editor knows: what PodPath simulates, plus Secret (TLS) and Namespace/Node from dumps. */
export const KINDS: readonly { file: string; group: string; apiVersion: string; kind: string }[] = [
  { file: 'core/v1.d.ts', group: 'core/v1', apiVersion: 'v1', kind: 'Namespace' },
  { file: 'core/v1.d.ts', group: 'core/v1', apiVersion: 'v1', kind: 'Node' },
  { file: 'core/v1.d.ts', group: 'core/v1', apiVersion: 'v1', kind: 'Pod' },
  { file: 'core/v1.d.ts', group: 'core/v1', apiVersion: 'v1', kind: 'Service' },
  { file: 'core/v1.d.ts', group: 'core/v1', apiVersion: 'v1', kind: 'Endpoints' },
  { file: 'core/v1.d.ts', group: 'core/v1', apiVersion: 'v1', kind: 'Secret' },
  { file: 'apps/v1.d.ts', group: 'apps/v1', apiVersion: 'apps/v1', kind: 'Deployment' },
  { file: 'apps/v1.d.ts', group: 'apps/v1', apiVersion: 'apps/v1', kind: 'ReplicaSet' },
  { file: 'apps/v1.d.ts', group: 'apps/v1', apiVersion: 'apps/v1', kind: 'StatefulSet' },
  { file: 'discovery/v1.d.ts', group: 'discovery/v1', apiVersion: 'discovery.k8s.io/v1', kind: 'EndpointSlice' },
  { file: 'networking/v1.d.ts', group: 'networking/v1', apiVersion: 'networking.k8s.io/v1', kind: 'Ingress' },
  { file: 'networking/v1.d.ts', group: 'networking/v1', apiVersion: 'networking.k8s.io/v1', kind: 'IngressClass' },
];

function cacheKey(): string {
  const h = createHash('sha256');
  for (const f of ['scripts/gen-schemas.ts', 'scripts/schema-merge.ts', 'node_modules/kubernetes-types/package.json', 'node_modules/ts-json-schema-generator/package.json']) {
    h.update(f).update(readFileSync(join(root, f)));
  }
  return h.digest('hex');
}

let generator: SchemaGenerator | undefined;

/**
 * One TypeScript program over the four kubernetes-types files, shared by every kind (a program per kind
 * took ~10 s). No DOM lib and no @types: their global `Node` (DOM, ESTree) would shadow core/v1 Node.
 */
function sharedGenerator(): SchemaGenerator {
  if (!generator) {
    const files = [...new Set(KINDS.map((k) => k.file))].map((f) => join(root, 'node_modules/kubernetes-types', f));
    const config = {
      ...DEFAULT_CONFIG,
      jsDoc: 'extended',
      skipTypeCheck: true,
      expose: 'export',
      topRef: true,
      additionalProperties: false,
    } satisfies Config;
    const program = ts.createProgram(files, {
      noEmit: true, types: [], lib: ['lib.es2020.d.ts'], target: ts.ScriptTarget.ES2020, strictNullChecks: false,
    });
    generator = new SchemaGenerator(program, createParser(program, config), createFormatter(config), config);
  }
  return generator;
}

export function generateKind(k: (typeof KINDS)[number]): KindSchema {
  const schema = sharedGenerator().createSchema(k.kind) as unknown as JsonObject;
  return { apiVersion: k.apiVersion, kind: k.kind, group: k.group, schema };
}

export function generate(): JsonObject {
  return buildKubernetesSchema(KINDS.map(generateKind), SCHEMA_ID);
}

function main(): void {
  const force = process.argv.includes('--force');
  const key = cacheKey();
  if (!force && existsSync(OUT_FILE) && existsSync(STAMP_FILE) && readFileSync(STAMP_FILE, 'utf8') === key) {
    console.log(`schemas: up to date (${OUT_FILE.slice(root.length + 1)})`);
    return;
  }
  const t0 = performance.now();
  const schema = generate();
  mkdirSync(dirname(OUT_FILE), { recursive: true });
  const text = JSON.stringify(schema);
  writeFileSync(OUT_FILE, text);
  writeFileSync(STAMP_FILE, key);
  const defs = Object.keys(schema.definitions as object).length;
  console.log(`schemas: ${KINDS.length} kinds, ${defs} definitions, ${(text.length / 1024).toFixed(0)} KB in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
