/**
 * The small parts of a Simulation the app shows besides the graph: counts, console sources and example
 * commands. Computed in the worker so the ClusterState (hundreds of KB for a few hundred objects) never
 * crosses to the main thread.
 */
import type { Simulation } from '../../src/engine';
import type { GraphModel } from '../../src/graph/types';
import { createGraphSender } from './graph-sender';
import type { SimulationCounts, SimulationSources, SimulationSummary } from './protocol';

/** Everything the app gets from one simulation except the inspector's details and the timing. */
export function summarize(sim: Simulation, graph: GraphModel, version = graphVersion(graph)): Omit<SimulationSummary, 'engineMs' | 'inspection'> {
  return {
    diagnostics: sim.diagnostics,
    documents: sim.documents,
    graph,
    graphVersion: version,
    counts: counts(sim),
    sources: sources(sim),
    examples: examples(sim),
  };
}

export function counts(sim: Simulation): SimulationCounts {
  const c = sim.cluster;
  return { services: c.services.length, pods: c.pods.length, ingresses: c.ingresses.length };
}

export function sources(sim: Simulation): SimulationSources {
  const c = sim.cluster;
  return {
    clients: c.world.clients.map((x) => ({ name: x.name, ip: x.ip })),
    nodes: c.nodes.map((n) => ({ name: n.name, internalIP: n.internalIP })),
    pods: c.pods.map((p) => ({ namespace: p.namespace, name: p.name, podIP: p.podIP ?? '' })),
  };
}

/** A few commands that make sense for the current manifests (the console's one-click examples). */
export function examples(sim: Simulation): string[] {
  const cluster = sim.cluster;
  const out: string[] = [];
  const domain = cluster.world.cluster.domain ?? 'cluster.local';
  const svc = cluster.services.find((s) => s.namespace === 'default' && !s.headless && s.name !== 'kubernetes');
  const headless = cluster.services.find((s) => s.headless);
  const ing = cluster.ingresses.find((i) => i.spec.rules.some((r) => r.host));
  const pod = cluster.pods.find((p) => p.namespace === 'default');
  // In-cluster names resolve from pods (their resolv.conf points at CoreDNS), so run those from one.
  const viaPod = (cmd: string) => (pod ? `kubectl exec -it ${pod.name} -- ${cmd}` : cmd);
  if (headless) out.push(viaPod(`dig ${headless.name}.${headless.namespace}.svc.${domain}`));
  if (svc) out.push(viaPod(`curl -v http://${svc.name}/`));
  const address = ing && cluster.ingressAddresses?.[`${ing.metadata.namespace}/${ing.metadata.name}`]?.[0]?.ip;
  const host = ing?.spec.rules.find((r) => r.host)?.host;
  if (host) out.push(address ? `curl -v -H 'Host: ${host}' http://${address}/` : `curl -v http://${host}/`);
  if (pod) out.push(`kubectl exec ${pod.name} -- cat /etc/resolv.conf`);
  // A Service whose endpoints were written by hand: describe shows them as the API has them.
  const manual = cluster.services.find((s) => s.endpointsFrom === 'manual' && s.name !== 'kubernetes');
  if (manual) out.push(`kubectl describe svc ${manual.name}${manual.namespace === 'default' ? '' : ` -n ${manual.namespace}`}`);
  out.push('kubectl get svc,ep,ingress,pods -o wide');
  return out.slice(0, 5);
}

/** A content hash of the graph model, so the app can skip an unchanged graph (the worker's sender computes the same). */
export function graphVersion(model: GraphModel): string {
  return createGraphSender().encode(model, undefined).version;
}
