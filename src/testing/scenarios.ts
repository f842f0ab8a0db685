/**
 * Deterministic, realistic scenarios of N objects as multi-document YAML, for the benchmark and the
 * property test. Written the way people write manifests (block style, two-space indent), with every kind
 * the engine simulates: Namespaces, Deployments, StatefulSets, Pods, Services of every type (ClusterIP,
 * NodePort, LoadBalancer, headless, ExternalName, selector-less with hand-written Endpoints), Ingresses
 * (with and without TLS, several classes) and one World document.
 *
 * Same options, same text: randomness comes from a seeded PRNG (mulberry32), never Math.random.
 */
import {
  APPS, TIERS, WORLD, deployment, endpoints, externalName, ingress, namespace, pod, service, statefulSet, tlsSecret, type SvcType,
} from './manifests';

export interface ScenarioOptions {
  /** How many objects (documents) to write, the World document included. */
  objects: number;
  seed?: number;
  /** Objects per namespace (default 40). */
  perNamespace?: number;
}

export type DocKind =
  | 'World' | 'Namespace' | 'Deployment' | 'StatefulSet' | 'Pod' | 'Service' | 'Endpoints' | 'Ingress' | 'Secret';

export interface ScenarioDoc {
  kind: DocKind;
  namespace: string;
  name: string;
  /** The document's YAML, without the `---` separator, ending in a newline. */
  text: string;
}

export interface Scenario {
  docs: readonly ScenarioDoc[];
  /** The documents joined with `---` lines. */
  text: string;
  /** Things worth asking about: `ns/name` of Services and Pods, Ingress hosts, namespaces. */
  services: readonly string[];
  pods: readonly string[];
  hosts: readonly string[];
  namespaces: readonly string[];
}

/** mulberry32: a tiny seeded PRNG (public domain), good enough to vary a scenario. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function joinDocuments(docs: readonly { text: string }[]): string {
  return docs.map((d) => d.text).join('---\n');
}

/** A scenario of `objects` documents: World first, then namespaces each holding a mix of apps. */
export function generateScenario(opts: ScenarioOptions): Scenario {
  const rnd = prng(opts.seed ?? 1);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)];
  const perNs = opts.perNamespace ?? 40;
  const docs: ScenarioDoc[] = [{ kind: 'World', namespace: '', name: 'bench', text: WORLD }];
  const services: string[] = [];
  const pods: string[] = [];
  const hosts: string[] = [];
  const namespaces: string[] = [];
  let ns = 'default';
  let inNs = perNs;
  let unit = 0;
  const push = (kind: DocKind, name: string, text: string) => {
    docs.push({ kind, namespace: kind === 'Namespace' ? '' : ns, name, text });
    inNs++;
  };
  while (docs.length < opts.objects) {
    if (inNs >= perNs) {
      ns = `team${namespaces.length}-${pick(['shop', 'data', 'ops', 'web'])}`;
      namespaces.push(ns);
      inNs = 0;
      push('Namespace', ns, namespace(ns));
      continue;
    }
    const app = `${APPS[unit % APPS.length]}${Math.floor(unit / APPS.length)}`;
    const port = pick([80, 8080, 3000, 9090]);
    const kind = unit % 10;
    unit++;
    if (kind <= 4) {
      // Deployment + Service (ClusterIP, NodePort, LoadBalancer, ClusterIP, headless), every other one with an Ingress.
      const type: SvcType = (['ClusterIP', 'NodePort', 'LoadBalancer', 'ClusterIP', 'headless'] as const)[kind];
      push('Deployment', app, deployment(ns, app, app, 1 + Math.floor(rnd() * 3), port, pick(TIERS)));
      push('Service', app, service(ns, app, app, type, 80, rnd() < 0.5 ? port : 'http'));
      services.push(`${ns}/${app}`);
      if (kind % 2 === 0) {
        const host = `${app}.${ns}.example.com`;
        const tls = rnd() < 0.4;
        if (tls) push('Secret', `${app}-tls`, tlsSecret(ns, `${app}-tls`));
        push('Ingress', app, ingress(ns, app, host, app, 80, tls, rnd() < 0.8 ? 'nginx' : null));
        hosts.push(host);
      }
    } else if (kind === 5) {
      push('StatefulSet', app, statefulSet(ns, app, app, 2 + Math.floor(rnd() * 2), port));
      push('Service', app, service(ns, app, app, 'headless', port, port));
      services.push(`${ns}/${app}`);
    } else if (kind === 6) {
      push('Service', app, externalName(ns, app, `${app}.partner.example.net`));
      services.push(`${ns}/${app}`);
    } else if (kind === 7) {
      push('Service', app, service(ns, app, null, 'ClusterIP', 5432, 5432));
      push('Endpoints', app, endpoints(ns, app, [`192.168.0.${100 + (unit % 50)}`, `192.168.0.${150 + (unit % 50)}`], 5432));
      services.push(`${ns}/${app}`);
    } else if (kind === 8) {
      push('Pod', `${app}-client`, pod(ns, `${app}-client`, `${app}-client`, 8080));
      pods.push(`${ns}/${app}-client`);
    } else {
      push('Pod', app, pod(ns, app, app, port, app, `${app}-sub`));
      push('Service', `${app}-sub`, service(ns, `${app}-sub`, app, 'headless', port, port));
      pods.push(`${ns}/${app}`);
      services.push(`${ns}/${app}-sub`);
    }
  }
  docs.length = Math.min(docs.length, Math.max(1, opts.objects));
  return { docs, text: joinDocuments(docs), services, pods, hosts, namespaces };
}

/** The index of a Deployment near the middle: a typical document to edit. */
export function editableIndex(s: Scenario): number {
  const deps = s.docs.map((d, i) => (d.kind === 'Deployment' ? i : -1)).filter((i) => i >= 0);
  return deps.length ? deps[Math.floor(deps.length / 2)] : s.docs.length - 1;
}

/**
 * The scenario with one document edited the way a learner edits: `replicas` (Deployment, StatefulSet),
 * a Service's port, or a label. `version` varies the edit, so successive edits differ.
 */
export function editDocument(s: Scenario, index: number, version = 1): Scenario {
  const doc = s.docs[index];
  let text = doc.text;
  // 4–8 replicas: never the 1–3 the generator writes, so every version is an edit (a sample of the edit bench
  // that changed nothing would flatter it).
  if (/^ {2}replicas: \d+$/m.test(text)) text = text.replace(/^ {2}replicas: (\d+)$/m, () => `  replicas: ${4 + (version % 5)}`);
  else if (/^ {6}port: \d+$/m.test(text)) text = text.replace(/^ {6}port: (\d+)$/m, () => `      port: ${8000 + (version % 1000)}`);
  else if (/^ {2}annotations:\n/m.test(text)) text = text.replace(/^ {2}annotations:\n/m, `  annotations:\n    podpath.dev/edit: "${version}"\n`);
  else text = text.replace(/^metadata:\n/m, `metadata:\n  annotations:\n    podpath.dev/edit: "${version}"\n`);
  const docs = s.docs.map((d, i) => (i === index ? { ...d, text } : d));
  return { ...s, docs, text: joinDocuments(docs) };
}
