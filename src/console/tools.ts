/**
 * The engine functions the console calls. Passed in (not imported) so the console runs before every
 * engine module has landed, and so tests can answer with fixed traces.
 */
import type { Simulation } from '../engine';
import type { DigRequest as EngineDigRequest, DnsOutcome, ResolvConfAnswer, ResolveRequest } from '../dns/dig';
import type { CurlRequest as EngineCurlRequest, RequestOutcome } from '../request/types';
import type { Trace } from '../trace/types';

export interface ConsoleTools {
  dig?(sim: Simulation, req: EngineDigRequest): Trace<DnsOutcome>;
  resolve?(sim: Simulation, req: ResolveRequest): Trace<DnsOutcome & { addresses: string[] }>;
  resolvConf?(sim: Simulation, ref: string): ResolvConfAnswer;
  /** The node's own /etc/resolv.conf (what `Default` DNS policy pods and node processes read). */
  nodeResolvConf?(sim: Simulation): { nameservers: readonly string[]; search: readonly string[]; options: readonly string[] };
  curl?(sim: Simulation, req: EngineCurlRequest): Trace<RequestOutcome>;
  /** A pod's /etc/hosts as the kubelet writes it ('ns/name'). */
  hostsFile?(sim: Simulation, ref: string): { text: string } | { error: { message: string } };
  /** A node's own /etc/hosts. */
  nodeHostsFile?(sim: Simulation, node: string): { text: string };
}

export function notReady(what: string): { output: string; exitCode: number } {
  return { output: `podpath: ${what} is not available in the engine yet\n`, exitCode: 2 };
}
