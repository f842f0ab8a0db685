/**
 * Picking one endpoint among the candidates. iptables mode uses `-m statistic --mode random`; here the
 * coin is a seeded hash of (seed, client, request number, Service port), so a scenario replays identically
 * and `--repeat` spreads requests over the endpoints.
 * `sessionAffinity: ClientIP` adds `-m recent` rules that send a client back to the endpoint it used
 * before (for `sessionAffinityConfig.clientIP.timeoutSeconds`, default 10800 s); the simulation models
 * that as a choice that depends only on the client IP, so every request from that client lands on the
 * same endpoint (https://kubernetes.io/docs/reference/networking/virtual-ips/#session-affinity).
 */
import { seededIndex } from './hash';
import type { ProxyEndpoint } from './endpoints';

export interface SelectInput {
  candidates: readonly ProxyEndpoint[];
  sessionAffinity: 'None' | 'ClientIP';
  /** The source IP kube-proxy sees (before any masquerade). */
  clientIP: string;
  seed: string | number;
  requestIndex: number;
  /** ServicePortName string, so two Services do not pick in lock-step. */
  servicePort: string;
}

export interface Selection {
  endpoint: ProxyEndpoint;
  index: number;
  by: 'affinity' | 'random';
}

export function selectEndpoint(input: SelectInput): Selection | null {
  const n = input.candidates.length;
  if (n === 0) return null;
  const index = input.sessionAffinity === 'ClientIP'
    ? seededIndex(n, 'affinity', input.seed, input.clientIP, input.servicePort)
    : seededIndex(n, input.seed, input.clientIP, input.requestIndex, input.servicePort);
  return { endpoint: input.candidates[index], index, by: input.sessionAffinity === 'ClientIP' ? 'affinity' : 'random' };
}
