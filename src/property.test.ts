/**
 * Properties of the whole engine, on arbitrary and mutated manifests (fast-check):
 * 1. it never throws: simulate (parse, reconcile, zone, lint), the graph model, dig/resolve/resolvConf and
 *    curl on random names and URLs — user input comes back as diagnostics, never as exceptions;
 * 2. it is deterministic: the same input gives deep-equal output twice;
 * 3. the incremental engine (parser cache warm from earlier, different texts) gives what a fresh one gives.
 * Inputs: YAML-ish noise, realistic objects with random field mutations (deleted fields, wrong types, huge
 * numbers, unicode, deep nesting), truncated and spliced text.
 */
import fc from 'fast-check';
import jsyaml from 'js-yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { createEngine, simulate, type Simulation } from './engine';
import { generateScenario, joinDocuments } from './testing/scenarios';

type AnyFn = (...args: never[]) => unknown;
interface Optional {
  graphModel?: AnyFn;
  dig?: AnyFn;
  resolve?: AnyFn;
  resolvConf?: AnyFn;
  curl?: AnyFn;
}
const mods: Optional = {};

/** Modules other people are still writing: used when present. */
async function optional(spec: string): Promise<Record<string, unknown>> {
  try {
    return (await import(/* @vite-ignore */ spec)) as Record<string, unknown>;
  } catch {
    return {};
  }
}

beforeAll(async () => {
  const graph = await optional('./graph/model');
  const dns = { ...(await optional('./dns/dig')), ...(await optional('./dns/index')) };
  const request = await optional('./request/index');
  for (const [k, m] of [['graphModel', graph], ['dig', dns], ['resolve', dns], ['resolvConf', dns], ['curl', request]] as const) {
    if (typeof m[k] === 'function') mods[k] = m[k] as AnyFn;
  }
});

// ---------------------------------------------------------------- inputs

const base = generateScenario({ objects: 40, seed: 7 });
/** A smaller scenario for cut/spliced text and whole-scenario edits (each simulate of it is cheap). */
const small = generateScenario({ objects: 14, seed: 3 });
const baseObjects = base.docs.map((d) => jsyaml.load(d.text) as Record<string, unknown>);

const FRAGMENTS = [
  'apiVersion: v1', 'kind: Service', 'kind: Pod', 'kind: Ingress', 'kind: List', 'kind: World', 'kind: Deployment',
  'apiVersion: podpath.dev/v1alpha1', 'apiVersion: networking.k8s.io/v1', 'apiVersion: apps/v1', 'metadata:', '  name: web',
  '  namespace: default', 'spec:', '  ports:', '  - port: 80', '    targetPort: http', '  selector:', '    app: web',
  '  type: NodePort', '  clusterIP: None', 'items:', '- ', '---', '...', ': ', '{', '}', '[', ']', '"', "'", '&a', '*a',
  '!!binary', '? ', '|', '>-', '#', '\t', '  ', '\\', '%YAML 1.2', '<<: *a', 'ü', '🚀', '\u200b', '\u202e', '~', 'null',
  '0x1F', '1e400', '-0', '.nan', '9007199254740993',
];

const yamlish = fc
  .array(fc.oneof(fc.constantFrom(...FRAGMENTS), fc.string({ maxLength: 12 })), { maxLength: 40 })
  .chain((parts) => fc.array(fc.constantFrom('\n', ' ', ''), { minLength: parts.length, maxLength: parts.length })
    .map((seps) => parts.map((p, i) => p + seps[i]).join('')));

const weird = fc.oneof(
  fc.constant(null), fc.boolean(), fc.integer(), fc.double(),
  fc.constantFrom(1e308, -1, 0, 2 ** 53 + 2, 65536, 4294967296, -2147483649, Number.MAX_SAFE_INTEGER),
  fc.string({ maxLength: 20 }), fc.string({ unit: 'grapheme', maxLength: 10 }),
  fc.constantFrom('', ' ', 'None', 'ClusterIP', 'LoadBalancer', 'ExternalName', '10.96.0.10', '::1', '999.1.1.1', '10.0.0.0/8',
    'a'.repeat(300), 'UPPER', 'web', '*', '/', 'true', 'ü.example.com', '🚀'),
  fc.array(fc.integer(), { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 5 }), fc.string({ maxLength: 5 }), { maxKeys: 3 }),
);

type Path = (string | number)[];

function paths(v: unknown, prefix: Path = [], out: Path[] = []): Path[] {
  out.push(prefix);
  if (v && typeof v === 'object' && prefix.length < 12) {
    for (const [k, c] of Object.entries(v)) paths(c, [...prefix, Array.isArray(v) ? Number(k) : k], out);
  }
  return out;
}

function deep(depth: number): unknown {
  let v: unknown = 'leaf';
  for (let i = 0; i < depth; i++) v = i % 2 ? [v] : { nested: v };
  return v;
}

type Mutation =
  | { op: 'delete'; at: number }
  | { op: 'set'; at: number; value: unknown }
  | { op: 'deep'; at: number; depth: number };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ op: fc.constant('delete' as const), at: fc.nat() }),
  fc.record({ op: fc.constant('set' as const), at: fc.nat(), value: weird }),
  fc.record({ op: fc.constant('deep' as const), at: fc.nat(), depth: fc.integer({ min: 10, max: 120 }) }),
);

function mutate(obj: unknown, ms: readonly Mutation[]): unknown {
  let root = structuredClone(obj);
  for (const m of ms) {
    const ps = paths(root);
    const p = ps[m.at % ps.length];
    const value = m.op === 'set' ? m.value : m.op === 'deep' ? deep(m.depth) : undefined;
    if (p.length === 0) {
      root = m.op === 'delete' ? {} : value;
      continue;
    }
    let parent = root as Record<string | number, unknown>;
    for (const k of p.slice(0, -1)) parent = parent[k] as Record<string | number, unknown>;
    const last = p[p.length - 1];
    if (m.op === 'delete') {
      if (Array.isArray(parent)) parent.splice(Number(last), 1);
      else delete parent[last];
    } else parent[last] = value;
  }
  return root;
}

function dump(o: unknown, style: number): string {
  if (style === 1) return `${JSON.stringify(o)}\n`;
  try {
    return jsyaml.dump(o, { skipInvalid: true, noRefs: true, flowLevel: style === 2 ? 2 : -1 });
  } catch {
    return `${JSON.stringify(o) ?? 'null'}\n`;
  }
}

/** A handful of realistic documents with random mutations, dumped as YAML (block or flow) or JSON. */
const mutatedManifests = fc
  .array(
    fc.record({ doc: fc.nat({ max: baseObjects.length - 1 }), ms: fc.array(mutation, { maxLength: 4 }), style: fc.nat({ max: 2 }) }),
    { minLength: 1, maxLength: 8 },
  )
  .map((picks) => picks.map(({ doc, ms, style }) => dump(mutate(baseObjects[doc], ms), style)).join('---\n'));

/** The scenario's text cut, spliced or with a line duplicated. */
const damagedText = fc.record({ a: fc.nat(), b: fc.nat(), how: fc.nat({ max: 3 }) }).map(({ a, b, how }) => {
  const text = small.text;
  const i = a % text.length;
  const j = b % text.length;
  switch (how) {
    case 0: return text.slice(0, i);
    case 1: return text.slice(0, Math.min(i, j)) + text.slice(Math.max(i, j));
    case 2: return text.slice(0, i) + text.slice(j, j + 200) + text.slice(i);
    default: {
      const lines = text.split('\n');
      const k = i % lines.length;
      return [...lines.slice(0, k), lines[k].replace(/^ {2}/, ''), ...lines.slice(k)].join('\n');
    }
  }
});

const anyManifest = fc.oneof(yamlish, mutatedManifests, damagedText, fc.string({ maxLength: 200 }));

const dnsName = fc.oneof(
  fc.constantFrom('kubernetes.default.svc.cluster.local', 'web', 'web.default', '_http._tcp.web.default.svc.cluster.local',
    '10.0.96.10.in-addr.arpa', 'example.com', '.', '', 'a..b', 'x'.repeat(70), 'ü.example.com', '*.svc.cluster.local'),
  ...base.services.map((s) => fc.constant(`${s.split('/')[1]}.${s.split('/')[0]}`)),
  fc.string({ maxLength: 30 }),
);
const qtype = fc.constantFrom('A', 'AAAA', 'SRV', 'CNAME', 'PTR', 'TXT', 'SOA', 'NS', 'MX', 'ANY', 'BOGUS');
const url = fc.oneof(
  fc.constantFrom('http://web.default.svc.cluster.local/', 'https://203.0.113.10/path', 'http://10.96.0.1:443/', 'http://[::1]:80/',
    'ftp://x', '', 'http://', 'http://a:99999/'),
  ...base.hosts.map((h) => fc.constant(`http://${h}/api`)),
  fc.webUrl(),
  fc.string({ maxLength: 30 }),
);
const from = fc.oneof(fc.constantFrom('internet', 'lan', 'default/none', 'worker-1', 'nope/nope', ''), ...base.pods.map((p) => fc.constant(p)));

// ---------------------------------------------------------------- properties

/** Everything the engine computes for one input, to compare across runs. */
function everything(sim: Simulation, q: { name: string; type: string; url: string; from: string }): unknown[] {
  const pod = sim.cluster.pods[0];
  const podRef = pod ? `${pod.namespace}/${pod.name}` : q.from;
  const call = (f: AnyFn | undefined, ...args: unknown[]) => (f ? (f as (...a: unknown[]) => unknown)(...args) : undefined);
  return [
    sim,
    call(mods.graphModel, sim.cluster, sim.diagnostics),
    call(mods.dig, sim, { name: q.name, type: q.type }),
    call(mods.dig, sim, { name: q.name, type: q.type, from: podRef, search: true }),
    call(mods.resolve, sim, { name: q.name, from: q.from }),
    call(mods.resolve, sim, { name: q.name, from: podRef, type: 'A' }),
    call(mods.resolvConf, sim, podRef),
    call(mods.curl, sim, { from: q.from, url: q.url }),
    call(mods.curl, sim, { from: podRef, url: q.url, headers: { Host: q.name }, seed: 3 }),
  ];
}

const question = fc.record({ name: dnsName, type: qtype, url, from });

describe('the engine on arbitrary input', () => {
  const engine = createEngine();

  it('exercises every engine module that exists', () => {
    expect(Object.keys(mods).sort()).toEqual(['curl', 'dig', 'graphModel', 'resolvConf', 'resolve']);
  });

  it('never throws, is deterministic, and the cached engine agrees with a fresh one', () => {
    fc.assert(
      fc.property(anyManifest, question, (text, q) => {
        const a = simulate(text);
        const b = simulate(text);
        const c = engine.simulate(text);
        expect(b).toEqual(a);
        expect(c).toEqual(a);
        expect(everything(b, q)).toEqual(everything(a, q));
        for (const d of a.diagnostics) {
          expect(typeof d.message).toBe('string');
          if (d.range) expect(d.range.start.line).toBeGreaterThanOrEqual(1);
        }
      }),
      { numRuns: Number(process.env.PROPERTY_RUNS ?? 200), seed: Number(process.env.PROPERTY_SEED ?? 20240601) },
    );
  }, 60_000);

  it('handles the whole generated scenario, edited document by document', () => {
    const docs = [...small.docs];
    fc.assert(
      fc.property(fc.nat({ max: docs.length - 1 }), mutation, question, (i, m, q) => {
        const edited = docs.map((d, k) => (k === i ? { text: dump(mutate(jsyaml.load(d.text), [m]), 0) } : d));
        const text = joinDocuments(edited);
        const sim = engine.simulate(text);
        expect(sim).toEqual(simulate(text));
        everything(sim, q);
      }),
      { numRuns: 25, seed: 7 },
    );
  }, 60_000);
});
