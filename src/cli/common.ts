/**
 * What every `podpath` command shares: the flag table entries, reading the manifests and simulating them,
 * JSON output, and English step texts.
 */
import { createEngine, type Simulation } from '../engine';
import { renderMessage } from '../messages/index';
import type { TraceStep } from '../trace/types';
import { type FlagSpec, type ParsedArgs, list, str } from './args';
import { CliError, readInput, type Input } from './input';
import type { CliIO } from './io';

export const FILE_FLAG: FlagSpec = {
  names: ['-f', '--filename'], key: 'file', kind: 'list', value: 'FILE',
  help: 'manifests to read; "-" or no -f reads stdin',
};
export const SERVICE_CIDR_FLAG: FlagSpec = {
  names: ['--service-cidr'], key: 'serviceCIDR', kind: 'string', value: 'CIDR[,CIDR]',
  help: "the cluster's service CIDR(s), like kube-apiserver --service-cluster-ip-range (overrides the World document)",
};
export const COREFILE_FLAG: FlagSpec = {
  names: ['--corefile'], key: 'corefile', kind: 'string', value: 'FILE',
  help: "a CoreDNS Corefile whose kubernetes block overrides the World document's",
};
export const JSON_FLAG: FlagSpec = { names: ['--json'], key: 'json', kind: 'boolean', help: 'print JSON (a stable contract, see docs/cli.md)' };
/** `-n NS` of the kubectl-like commands (get, describe). */
export const NAMESPACE_FLAG: FlagSpec = { names: ['-n', '--namespace'], key: 'namespace', kind: 'string', value: 'NS', help: 'the namespace (default: default)' };
export const HELP_FLAG: FlagSpec = { names: ['-h', '--help'], key: 'help', kind: 'boolean', help: 'show this help' };
export const TRACE_FLAG: FlagSpec = {
  names: ['--trace'], key: 'trace', kind: 'boolean', help: 'also print every step of the trace, in English (to stderr)',
};

/** The flags of every command that reads manifests. */
export const INPUT_FLAGS: readonly FlagSpec[] = [FILE_FLAG, SERVICE_CIDR_FLAG, COREFILE_FLAG];

export interface Loaded {
  input: Input;
  sim: Simulation;
}

/** Read -f/--corefile/--service-cidr and simulate. Throws CliError for a bad file or flag. */
export async function loadSimulation(args: ParsedArgs, io: CliIO): Promise<Loaded> {
  const input = await readInput(io, { files: list(args, 'file'), corefile: str(args, 'corefile'), serviceCIDR: str(args, 'serviceCIDR') });
  const sim = createEngine().simulate(input.text, {
    ...(input.serviceCIDRs ? { serviceCIDRs: input.serviceCIDRs } : {}),
    ...(input.corefile ? { corefile: input.corefile.text } : {}),
  });
  return { input, sim };
}

export function printJSON(io: CliIO, value: unknown): void {
  io.stdout(`${JSON.stringify(value, null, 2)}\n`);
}

export type StepJSON = TraceStep & { text: string };

/** A trace step as the JSON contract has it: the engine's step plus its English text. */
export function stepJSON(step: TraceStep): StepJSON {
  return { ...step, text: renderMessage(step.message, step.params) };
}

/** `  1. text` lines, for --trace. */
export function formatSteps(steps: readonly TraceStep[]): string {
  const w = String(steps.length).length;
  return steps.map((s, i) => `${String(i + 1).padStart(w)}. ${renderMessage(s.message, s.params)}\n`).join('');
}

/** `NS/POD` → the pod, or a CliError naming the pods there are. */
export function requirePod(sim: Simulation, from: string, flag = '--from'): { namespace: string; name: string } {
  const m = /^([^/\s]+)\/([^/\s]+)$/.exec(from);
  if (!m) throw new CliError(`${flag} takes NAMESPACE/POD, got "${from}"`);
  const [, namespace, name] = m;
  if (!sim.cluster.pods.some((p) => p.namespace === namespace && p.name === name)) {
    const rejected = sim.diagnostics.find((d) => d.severity === 'error' && d.object === `Pod/${namespace}/${name}`);
    if (rejected) throw new CliError(`pod ${namespace}/${name} does not exist in the simulation: ${rejected.code} (run podpath check)`);
    const known = sim.cluster.pods.map((p) => `${p.namespace}/${p.name}`);
    const hint = known.length ? ` (pods: ${known.slice(0, 5).join(', ')}${known.length > 5 ? ', …' : ''})` : ' (the manifests have no pods)';
    throw new CliError(`no pod ${namespace}/${name}${hint}`);
  }
  return { namespace, name };
}

/** Parse a positive integer flag. */
export function intFlag(args: ParsedArgs, key: string, flag: string, min: number, max: number): number | undefined {
  const v = str(args, key);
  if (v === undefined) return undefined;
  if (!/^\d+$/.test(v) || Number(v) < min || Number(v) > max) throw new CliError(`${flag} takes a whole number from ${min} to ${max}, got "${v}"`);
  return Number(v);
}
