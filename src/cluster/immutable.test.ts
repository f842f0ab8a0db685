/**
 * Decoded and simulated objects are read-only: every stage makes its changes on copies. The engine relies on it
 * (an unchanged document hands back the very same objects; a ReplicaSet's pods share its template's labels and
 * spec), so this test freezes every object a stage hands on and checks that the later stages neither throw
 * (strict mode throws on a write to a frozen object) nor answer differently.
 */
import { describe, expect, it } from 'vitest';
import { buildZone } from '../dns/zone';
import { dig, resolve } from '../dns/dig';
import { lint } from '../lint/index';
import { objectKey } from '../manifest/diagnostics';
import { createManifestParser } from '../manifest/parse';
import { KUBECTL_DUMP } from '../manifest/fixtures/kubectl-dump';
import { curl } from '../request/index';
import { generateScenario } from '../testing/scenarios';
import type { Simulation } from '../engine';
import { reconcile } from './reconcile';

function deepFreeze<T>(value: T, seen = new Set<unknown>()): T {
  if (value === null || typeof value !== 'object' || seen.has(value)) return value;
  seen.add(value);
  if (value instanceof Map) {
    for (const [k, v] of value) {
      deepFreeze(k, seen);
      deepFreeze(v, seen);
    }
  } else if (value instanceof Set) {
    for (const v of value) deepFreeze(v, seen);
  } else {
    for (const v of Object.values(value)) deepFreeze(v, seen);
  }
  return Object.freeze(value);
}

/** Everything the stages answer for `text`, with each stage's input frozen when `freeze` is set. */
function run(text: string, freeze: boolean): string {
  const parsed = createManifestParser().parse(text);
  const f = <T>(v: T): T => (freeze ? deepFreeze(v) : v);
  const objects = f(parsed.objects.filter((o) => !parsed.rejected.has(objectKey(o.kind, o.metadata.namespace, o.metadata.name))));
  const cluster = f(reconcile({ objects, unknown: f(parsed.unknown), world: f(parsed.world) }));
  const zone = f(buildZone(cluster));
  const sim: Simulation = { cluster, zone, diagnostics: f([...cluster.diagnostics, ...lint(cluster)]), documents: parsed.documents, rejected: [] };
  const answers: unknown[] = [];
  const pod = cluster.pods.find((p) => p.podIP);
  const from = pod ? `${pod.namespace}/${pod.name}` : undefined;
  for (const s of cluster.services.slice(0, 12)) {
    const name = `${s.name}.${s.namespace}.svc.cluster.local`;
    answers.push(dig(sim, { name, type: 'A', ...(from ? { from } : {}) }).outcome);
    if (from) answers.push(resolve(sim, { name: s.name, from }).outcome);
    if (from && s.clusterIPs[0]) answers.push(curl(sim, { from, url: `http://${s.name}.${s.namespace}/` }).outcome);
  }
  for (const i of cluster.ingresses.slice(0, 6)) {
    const host = i.spec.rules.find((r) => r.host)?.host;
    if (host) answers.push(curl(sim, { from: 'internet', url: `http://${host}/api` }).outcome);
  }
  return JSON.stringify({ cluster, zone: { services: [...zone.services.keys()], namespaces: [...zone.namespaces] }, diagnostics: sim.diagnostics, answers });
}

describe('stages never write to the objects they are given', () => {
  it.each([
    ['a generated scenario of 300 objects (every kind and Service type)', generateScenario({ objects: 300 }).text],
    ['a kubectl get -A -o yaml dump', KUBECTL_DUMP],
  ])('%s: frozen inputs give the same cluster, zone, diagnostics and traces', (_name, text) => {
    expect(run(text, true)).toBe(run(text, false));
  });
});
