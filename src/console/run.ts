/**
 * Runs one console request against a Simulation: the engine answers (through `tools`), src/format prints.
 * Pure: the same simulation and request give the same text and trace. Never throws on what a learner typed.
 */
import type { Simulation } from '../engine';
import { runCurl } from './run-curl';
import { runDig, runNslookup, runResolvConf } from './run-dns';
import { runKubectlGet } from './run-kubectl';
import { runKubectlDescribe } from './run-describe';
import { runKubectlGetOutput } from './run-kubectl-output';
import type { ConsoleTools } from './tools';
import { notFoundError } from '../format/kubectl-objects';
import { runHosts } from './run-hosts';
import type { ConsoleResult, ConsoleSource, EngineRequest } from './types';

/**
 * A command run from a pod or node that the cluster does not have says so, like kubectl exec would: its GET of
 * the pod fails with the API server's NotFound, whose message never names the namespace (errors.NewNotFound).
 */
function missingSource(source: ConsoleSource, sim: Simulation): ConsoleResult | undefined {
  if (source.kind === 'pod' && !sim.cluster.pods.some((p) => p.namespace === source.namespace && p.name === source.name)) {
    return { output: `${notFoundError('pods', source.name)}\n`, exitCode: 1 };
  }
  if (source.kind === 'node' && !sim.cluster.nodes.some((n) => n.name === source.name)) {
    return { output: `${notFoundError('nodes', source.name)}\n`, exitCode: 1 };
  }
  return undefined;
}

export function runRequest(request: EngineRequest, sim: Simulation, tools: ConsoleTools): ConsoleResult {
  if (request.kind === 'kubectl.get') {
    if (request.output) return runKubectlGetOutput(request, sim);
    const table = runKubectlGet(request, sim);
    // get.go writes "No resources found…" to standard error: $(kubectl get pods) is empty then.
    return table.output.startsWith('No resources found') ? { ...table, stdout: '' } : table;
  }
  if (request.kind === 'kubectl.describe') return runKubectlDescribe(request, sim);
  const missing = missingSource(request.source, sim);
  if (missing) return missing;
  switch (request.kind) {
    case 'dig': return runDig(request, sim, tools);
    case 'nslookup': return runNslookup(request, sim, tools);
    case 'resolv.conf': return runResolvConf(request, sim, tools);
    case 'hosts': return runHosts(request, sim, tools);
    case 'curl': return runCurl(request, sim, tools);
    default: {
      const never: never = request;
      return never;
    }
  }
}

/** runRequest, with any engine exception turned into an output line (the console must never crash). */
export function runRequestSafely(request: EngineRequest, sim: Simulation, tools: ConsoleTools): ConsoleResult {
  try {
    return runRequest(request, sim, tools);
  } catch (err) {
    return { output: `podpath: the engine failed on this command: ${err instanceof Error ? err.message : String(err)}\n`, exitCode: 70 };
  }
}
