/**
 * `npm run bench`: how fast the engine turns text into a cluster, against js-yaml's loadAll on the same
 * text (the floor: reading YAML and nothing else), for generated scenarios of 100, 1,000 and 10,000 objects;
 * how it grows; how fast an edit of one document re-simulates with the parser's cache warm; and how many
 * traces per second a request through an Ingress and a DNS lookup take.
 *
 * Medians of several timed runs after warm-up runs. Targets are printed with PASS/MISS.
 * `--quick` runs fewer iterations (for a smoke test), `--json` prints the figures as JSON too.
 */
import { cpus, loadavg } from 'node:os';
import jsyaml from 'js-yaml';
import { createEngine, simulate, type Simulation } from '../src/engine';
import { editDocument, editableIndex, generateScenario, type Scenario } from '../src/testing/scenarios';
import { median, pad, timeIt } from './timing';

const quick = process.argv.includes('--quick');
const asJson = process.argv.includes('--json');

const TARGET_GROWTH = 11;
const TARGET_EDIT_MS = 16;

interface SizeRow {
  objects: number;
  kb: number;
  jsyamlMs: number;
  simulateMs: number;
  ratio: number;
}

function runs(n: number): { warm: number; runs: number } {
  if (quick) return { warm: 1, runs: n >= 10000 ? 1 : 3 };
  return n >= 10000 ? { warm: 1, runs: 5 } : n >= 1000 ? { warm: 3, runs: 9 } : { warm: 5, runs: 21 };
}

function measureSize(objects: number): { row: SizeRow; scenario: Scenario } {
  const scenario = generateScenario({ objects });
  const { warm, runs: n } = runs(objects);
  const jsyamlMs = median(timeIt(() => jsyaml.loadAll(scenario.text), warm, n));
  const simulateMs = median(timeIt(() => simulate(scenario.text), warm, n));
  return {
    scenario,
    row: { objects, kb: scenario.text.length / 1024, jsyamlMs, simulateMs, ratio: simulateMs / jsyamlMs },
  };
}

/** Re-simulate after editing one document, the engine's cache warm (the previous text simulated). */
function measureEdit(scenario: Scenario): { medianMs: number; coldMs: number } {
  const engine = createEngine();
  const t0 = performance.now();
  engine.simulate(scenario.text);
  const coldMs = performance.now() - t0;
  const index = editableIndex(scenario);
  const warm = quick ? 2 : 5;
  const n = quick ? 5 : 25;
  const times: number[] = [];
  for (let v = 1; v <= warm + n; v++) {
    const text = editDocument(scenario, index, v).text;
    const s = performance.now();
    engine.simulate(text);
    const dt = performance.now() - s;
    if (v > warm) times.push(dt);
  }
  return { medianMs: median(times), coldMs };
}

interface TraceFigures {
  /** dig of a Service's FQDN from a pod: one query, one answer. */
  digPerSec?: number;
  /** resolve of a short name from a pod: the search list, A and AAAA. */
  resolvePerSec?: number;
  /** curl from the internet through the ingress controller to a pod. */
  curlPerSec?: number;
  note?: string;
}

/** Traces per second: a DNS lookup from a pod, and (once src/request has curl) a request through an Ingress. */
async function measureTraces(scenario: Scenario): Promise<TraceFigures> {
  const sim: Simulation = simulate(scenario.text);
  let dns: typeof import('../src/dns/dig');
  try {
    dns = await import(/* @vite-ignore */ '../src/dns/dig' as string);
  } catch {
    return { note: 'src/dns not available yet' };
  }
  const pod = sim.cluster.pods[Math.floor(sim.cluster.pods.length / 2)];
  const svc = sim.cluster.services.find((s) => s.clusterIPs.length && s.namespace === pod?.namespace) ?? sim.cluster.services[0];
  if (!pod || !svc) return { note: 'the scenario simulated no pods or services (is reconcile still a stub?)' };
  const from = `${pod.namespace}/${pod.name}`;
  const name = `${svc.name}.${svc.namespace}.svc.cluster.local`;
  const perSec = (f: () => unknown): number => {
    for (let i = 0; i < 50; i++) f();
    const n = quick ? 200 : 2000;
    const t0 = performance.now();
    for (let i = 0; i < n; i++) f();
    return (n * 1000) / (performance.now() - t0);
  };
  const digPerSec = perSec(() => dns.dig(sim, { name, type: 'A', from }));
  const resolvePerSec = perSec(() => dns.resolve(sim, { name: svc.name, from }));
  const dnsPerSec = digPerSec;
  let request: { curl?: (s: Simulation, r: unknown) => unknown } | undefined;
  try {
    request = await import(/* @vite-ignore */ '../src/request/index' as string);
  } catch {
    return { digPerSec, resolvePerSec, note: 'curl: src/request not available yet' };
  }
  const ing = sim.cluster.ingresses.find((i) => (sim.cluster.ingressAddresses?.[`${i.metadata.namespace}/${i.metadata.name}`] ?? []).length && i.spec.rules[0]?.host);
  if (!request?.curl || !ing) return { digPerSec, resolvePerSec, note: request?.curl ? 'no Ingress with an address in the scenario' : 'curl() not exported yet' };
  const addr = sim.cluster.ingressAddresses[`${ing.metadata.namespace}/${ing.metadata.name}`][0];
  const host = ing.spec.rules[0].host!;
  const curl = request.curl;
  const req = { from: 'internet', url: `http://${host}/api/items`, resolve: [`${host}:80:${addr.ip ?? addr.hostname}`] };
  const probe = curl(sim, req) as { outcome?: { httpStatus?: number | null; ingress?: string | null } };
  const curlPerSec = perSec(() => curl(sim, req));
  const via = probe.outcome?.ingress ? '' : ` (note: the probe request did not go through an Ingress: ${JSON.stringify(probe.outcome)})`;
  return { digPerSec: dnsPerSec, resolvePerSec, curlPerSec, ...(via ? { note: via } : {}) };
}

const verdict = (ok: boolean) => (ok ? 'PASS' : 'MISS');

async function main(): Promise<void> {
  console.log(`PodPath engine benchmark${quick ? ' (quick)' : ''} — Node ${process.version}, medians of timed runs after warm-up`);
  const load = loadavg()[0];
  const cores = cpus().length;
  console.log(`load average ${load.toFixed(1)} on ${cores} cores${load > cores ? ' — the machine is busy: figures are noisy, run again when it is idle' : ''}\n`);
  const sizes = [100, 1000, 10000].map(measureSize);
  const rows = sizes.map((s) => s.row);
  console.log(pad(['objects', 'text', 'js-yaml loadAll', 'podpath simulate', 'ratio'], [9, 10, 17, 18, 8]));
  for (const r of rows) {
    console.log(pad([r.objects.toLocaleString('en'), `${r.kb.toFixed(0)} KB`, `${r.jsyamlMs.toFixed(2)} ms`, `${r.simulateMs.toFixed(2)} ms`, `${r.ratio.toFixed(1)}×`], [9, 10, 17, 18, 8]));
  }
  const [, k1, k10] = rows;
  const growth = k10.simulateMs / k1.simulateMs;
  const yamlGrowth = k10.jsyamlMs / k1.jsyamlMs;
  const edit = measureEdit(sizes[1].scenario);
  const traces = await measureTraces(sizes[1].scenario);

  console.log('\nTargets');
  console.log(pad(['measure', 'value', 'target', ''], [48, 12, 10, 5]));
  console.log(pad(['growth 1k → 10k objects (simulate)', `${growth.toFixed(1)}×`, `≤ ${TARGET_GROWTH}×`, verdict(growth <= TARGET_GROWTH)], [48, 12, 10, 5]));
  console.log(pad(['growth 1k → 10k objects (js-yaml, for reference)', `${yamlGrowth.toFixed(1)}×`, '', ''], [48, 12, 10, 5]));
  console.log(pad(['re-simulate after editing 1 document of 1k (warm)', `${edit.medianMs.toFixed(2)} ms`, `≤ ${TARGET_EDIT_MS} ms`, verdict(edit.medianMs <= TARGET_EDIT_MS)], [48, 12, 10, 5]));
  console.log(pad(['  (the same engine, first simulate of that text)', `${edit.coldMs.toFixed(2)} ms`, '', ''], [48, 12, 10, 5]));
  const perSecRow = (label: string, v: number | undefined) => {
    if (v !== undefined) console.log(pad([label, `${Math.round(v).toLocaleString('en')}/s`, '', ''], [48, 12, 10, 5]));
  };
  perSecRow('DNS lookups per second (dig FQDN from a pod), 1k', traces.digPerSec);
  perSecRow('resolve per second (search list, A+AAAA), 1k', traces.resolvePerSec);
  perSecRow('requests through an Ingress per second, 1k', traces.curlPerSec);
  if (traces.curlPerSec !== undefined && traces.digPerSec !== undefined) {
    console.log(pad(['  ratio: an Ingress request costs … DNS lookups', `${(traces.digPerSec / traces.curlPerSec).toFixed(1)}×`, '', ''], [48, 12, 10, 5]));
  }
  if (traces.note) console.log(`\nnote: ${traces.note}`);
  if (asJson) console.log(JSON.stringify({ rows, growth, yamlGrowth, edit, traces }, null, 2));
}

await main();
