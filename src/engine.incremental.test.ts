/**
 * Re-simulation reuses work through caches keyed by object identity (the parser's per-document cache, and the
 * engine's memos in workloads, pods, services, endpoints and the DNS zone: cluster/memo.ts). None of that may show:
 * the same text must give a deep-equal Simulation whatever the engine simulated before.
 */
import { describe, expect, it } from 'vitest';
import { createReconcileMemory, reconcile } from './cluster/reconcile';
import { createEngine, simulateCore } from './engine';
import { createManifestParser } from './manifest/parse';
import { editDocument, editableIndex, generateScenario, joinDocuments, type Scenario } from './testing/scenarios';

const base = generateScenario({ objects: 150, seed: 7 });

function withoutDoc(s: Scenario, index: number): string {
  return joinDocuments(s.docs.filter((_, i) => i !== index));
}

const idxOf = (kind: string) => base.docs.findIndex((d) => d.kind === kind);

/** The text with document `index` replaced by `text`. */
function withDoc(s: Scenario, index: number, text: string): string {
  return joinDocuments(s.docs.map((d, i) => (i === index ? { ...d, text } : d)));
}

// Namespace-level reuse (workloads and scheduling are reused per namespace whose objects are all unchanged):
// edits that leave most namespaces alone, add or drop a whole namespace, or move an object across namespaces.
const namespaces = base.namespaces;
const deploymentNs = base.docs[editableIndex(base)].namespace;
const otherService = base.docs.findIndex((d) => d.kind === 'Service' && d.namespace !== deploymentNs);
const podIdx = idxOf('Pod');
const podNs = base.docs[podIdx].namespace;
const movedTo = namespaces.find((n) => n !== podNs) ?? 'default';
const droppedNs = namespaces[1] ?? namespaces[0];
const newNamespace = [
  'apiVersion: v1\nkind: Namespace\nmetadata:\n  name: added-ns\n',
  base.docs[editableIndex(base)].text.replace(/^ {2}namespace: .*$/m, '  namespace: added-ns'),
  base.docs[podIdx].text.replace(/^ {2}namespace: .*$/m, '  namespace: added-ns'),
];

function world(cluster: string): string {
  return `apiVersion: podpath.dev/v1alpha1\nkind: World\nspec:\n  cluster:\n    ${cluster}\n`;
}

// Each variant changes what the incremental paths depend on: replica counts (pods, IPAM, slices), a Service's
// port (allocation, slices), a pod's labels, a removed document (every later document moves), reordering.
const variants: [string, string][] = [
  ['replicas of a Deployment', editDocument(base, editableIndex(base), 3).text],
  ['another replica count', editDocument(base, editableIndex(base), 4).text],
  ['a Service port', editDocument(base, idxOf('Service'), 2).text],
  ['a Pod annotation', editDocument(base, idxOf('Pod'), 5).text],
  ['a StatefulSet', editDocument(base, idxOf('StatefulSet'), 1).text],
  ['a removed Service', withoutDoc(base, idxOf('Service'))],
  ['a removed Deployment', withoutDoc(base, editableIndex(base))],
  ['documents reversed', joinDocuments([...base.docs].reverse())],
  ['a Service in another namespace than the edited Deployment', editDocument(base, otherService, 6).text],
  ['a namespace added', joinDocuments([...base.docs, ...newNamespace.map((text) => ({ text }))])],
  ['a namespace removed', joinDocuments(base.docs.filter((d) => d.namespace !== droppedNs && !(d.kind === 'Namespace' && d.name === droppedNs)))],
  ['a pod moved to another namespace', withDoc(base, podIdx, base.docs[podIdx].text.replace(/^ {2}namespace: .*$/m, `  namespace: ${movedTo}`))],
  // Whole-result memos compare World settings (Service allocation, its checks, the system objects).
  ['a World with other pools and node ports', joinDocuments([...base.docs, { text: world('loadBalancer: { publicPool: 198.19.0.0/24 }\n    nodePortRange: { min: 31000, max: 31999 }') }])],
  ['a World without system objects', joinDocuments([...base.docs, { text: world('systemObjects: false') }])],
];

const variantText = (name: string) => variants.find(([n]) => n === name)![1];

describe('incremental re-simulation is invisible', () => {
  it('the namespace-level variants really change what they say', () => {
    expect(otherService).toBeGreaterThan(0);
    expect(base.docs[podIdx].text).toMatch(/^ {2}namespace: /m);
    expect(newNamespace[1]).toContain('namespace: added-ns');
    expect(createEngine().simulate(variantText('a namespace removed')).cluster.namespaces).not.toContain(droppedNs);
    const moved = createEngine().simulate(variantText('a pod moved to another namespace')).cluster.pods.find((p) => p.name === base.docs[podIdx].name);
    expect(moved?.namespace).toBe(movedTo);
  });

  it.each(variants)('A, then B (%s), then A again equals a fresh engine each time', (_name, b) => {
    const engine = createEngine();
    const freshA = createEngine().simulate(base.text);
    const freshB = createEngine().simulate(b);
    expect(engine.simulate(base.text)).toEqual(freshA);
    expect(engine.simulate(b)).toEqual(freshB);
    expect(engine.simulate(base.text)).toEqual(freshA);
    expect(engine.simulate(b)).toEqual(freshB);
  });

  it('a long walk through every variant matches fresh engines', () => {
    const engine = createEngine();
    for (const [, text] of [...variants, ['base', base.text] as [string, string], ...variants.slice().reverse()]) {
      expect(engine.simulate(text)).toEqual(createEngine().simulate(text));
    }
  }, 30_000); // ~30 simulations of 150 objects, each checked against a fresh engine: slow on a shared machine
});

describe('system objects are reused by one engine only', () => {
  const kubeDns = (sim: ReturnType<ReturnType<typeof createEngine>['simulate']>) =>
    sim.cluster.services.find((s) => s.namespace === 'kube-system' && s.name === 'kube-dns');

  it('hands back its own previous system objects after an edit, and a fresh engine builds its own', () => {
    const a = createEngine();
    const first = a.simulate(base.text);
    const again = a.simulate(withDoc(base, editableIndex(base), `${base.docs[editableIndex(base)].text}\n# edited`));
    expect(kubeDns(first)).toBeDefined();
    expect(kubeDns(again)).toBe(kubeDns(first));
    // A benchmark's cold run must not find another engine's objects (system.ts: per-engine memory).
    const fresh = createEngine().simulate(base.text);
    expect(kubeDns(fresh)).not.toBe(kubeDns(first));
    expect(kubeDns(fresh)).toEqual(kubeDns(first));
  });
});

describe('each engine keeps its own memory of the previous run', () => {
  it('another engine simulating in between does not evict what an engine reuses after an edit', () => {
    const memory = createReconcileMemory();
    const other = createReconcileMemory();
    const parser = createManifestParser();
    // The last document: an added line there moves no other document (moved objects are new objects).
    const last = base.docs.length - 1;
    const edited = withDoc(base, last, `${base.docs[last].text}# edited\n`);
    simulateCore(parser, base.text, undefined, undefined, memory);
    const workloads = new Map(memory.workloads.previous);
    const endpoints = new Map(memory.endpoints.previousByNs);
    // Another engine, another text, in between (the app's worker and a test, two tabs' workers in one process…).
    simulateCore(createManifestParser(), withoutDoc(base, editableIndex(base)), undefined, undefined, other);
    simulateCore(parser, edited, undefined, undefined, memory);
    // Namespaces the edit left alone reuse their previous entries: the very same objects.
    const untouched = namespaces.filter((ns) => workloads.has(ns) && ns !== base.docs[last].namespace);
    expect(untouched.length).toBeGreaterThan(1);
    for (const ns of untouched) {
      expect(memory.workloads.previous.get(ns)).toBe(workloads.get(ns));
      if (endpoints.has(ns)) expect(memory.endpoints.previousByNs.get(ns)).toBe(endpoints.get(ns));
    }
  });

  it('a cold run keeps nothing: no module-level cache holds on to a finished run', () => {
    const memory = createReconcileMemory();
    simulateCore(createManifestParser(), base.text, undefined, undefined, memory);
    const fresh = createReconcileMemory();
    expect(fresh.workloads.previous.size).toBe(0);
    expect(fresh.endpoints.previousByNs.size).toBe(0);
    expect(fresh.services.previous).toBeUndefined();
    expect(memory.workloads.previous.size).toBeGreaterThan(0);
    expect(memory.services.previous).toBeDefined();
  });
});

describe('object memos belong to an engine (cluster/memo.ts), not to the module', () => {
  const deploymentDoc = editableIndex(base);
  const ns = base.docs[deploymentDoc].namespace;
  // Another Deployment of the same namespace, and a Service there with a selector: unchanged by the edit.
  const otherDeployment = base.docs.find((d, i) => d.kind === 'Deployment' && d.namespace === ns && i !== deploymentDoc)!;
  const rsOf = (sim: ReturnType<ReturnType<typeof createEngine>['simulate']>, name: string) =>
    sim.cluster.objects.find((o) => o.kind === 'ReplicaSet' && o.metadata.namespace === ns && o.metadata.name.startsWith(`${name}-`));
  const podsOf = (sim: ReturnType<ReturnType<typeof createEngine>['simulate']>, name: string) =>
    sim.cluster.pods.filter((p) => p.namespace === ns && p.name.startsWith(`${name}-`)).map((p) => p.pod);
  const slicesOf = (sim: ReturnType<ReturnType<typeof createEngine>['simulate']>, name: string) =>
    sim.cluster.endpointSlices.filter((s) => s.metadata.namespace === ns && s.metadata.labels['kubernetes.io/service-name'] === name);

  it('an edit re-runs its namespace, and the objects it did not change keep what they made', () => {
    expect(otherDeployment).toBeDefined();
    const engine = createEngine();
    const first = engine.simulate(base.text);
    // Two edits in a row: the second run reuses what the first edit's run kept (the memo's generations).
    engine.simulate(editDocument(base, deploymentDoc, 3).text);
    const edited = engine.simulate(editDocument(base, deploymentDoc, 4).text);
    expect(rsOf(first, otherDeployment.name)).toBeDefined();
    expect(rsOf(edited, otherDeployment.name)).toBe(rsOf(first, otherDeployment.name));
    const pods = podsOf(first, otherDeployment.name);
    expect(pods.length).toBeGreaterThan(0);
    podsOf(edited, otherDeployment.name).forEach((p, i) => expect(p).toBe(pods[i]));
    const slices = slicesOf(first, otherDeployment.name);
    expect(slices.length).toBeGreaterThan(0);
    slicesOf(edited, otherDeployment.name).forEach((s, i) => expect(s).toBe(slices[i]));
    // The DNS zone's view of an unchanged slice is reused too.
    const key = `${otherDeployment.name}.${ns}`;
    expect(edited.zone.endpoints.get(key)).toEqual(first.zone.endpoints.get(key));
    expect(edited.zone.endpoints.get(key)?.[0]).toBe(first.zone.endpoints.get(key)?.[0]);
  });

  it('reconcile without an engine\'s memory reuses nothing, even when given the very same objects', () => {
    // WHY it matters: a module-level WeakMap memo kept every cold run's results alive through V8's scavenges
    // (memo.ts); equal but new objects show that nothing outside the call remembered them.
    const parsed = createManifestParser().parse(base.text);
    const one = reconcile({ objects: parsed.objects, unknown: parsed.unknown, world: parsed.world });
    const two = reconcile({ objects: parsed.objects, unknown: parsed.unknown, world: parsed.world });
    const rs = (c: typeof one) => c.objects.find((o) => o.kind === 'ReplicaSet' && o.metadata.namespace === ns)!;
    expect(rs(two)).toEqual(rs(one));
    expect(rs(two)).not.toBe(rs(one));
    expect(two.pods[two.pods.length - 1]).toEqual(one.pods[one.pods.length - 1]);
    expect(two.pods[two.pods.length - 1]).not.toBe(one.pods[one.pods.length - 1]);
    expect(two.services[0]).not.toBe(one.services[0]);
  });
});
