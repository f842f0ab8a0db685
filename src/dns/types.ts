/**
 * The DNS messages the simulation passes around, and the small step builder every DNS module records its
 * trace with. A response has the sections a `dig` prints; names are absolute, with the trailing dot.
 */
import type { GraphId } from '../graph/ids';
import type { Rcode, ResourceRecord, StepKind, TraceStep } from '../trace/types';

/** Query types. ANY: the kubernetes plugin treats it like any other type it has no builder for (NODATA or NXDOMAIN). */
export type QType = 'A' | 'AAAA' | 'CNAME' | 'SRV' | 'PTR' | 'TXT' | 'SOA' | 'NS' | 'MX' | 'ANY';

export const QTYPES: readonly QType[] = ['A', 'AAAA', 'CNAME', 'SRV', 'PTR', 'TXT', 'SOA', 'NS', 'MX', 'ANY'];

export interface DnsResponse {
  rcode: Rcode;
  answer: ResourceRecord[];
  authority: ResourceRecord[];
  additional: ResourceRecord[];
  /** The AA bit: set by CoreDNS's kubernetes plugin and by the internet's authoritative view. */
  authoritative: boolean;
}

export function response(rcode: Rcode, answer: ResourceRecord[] = [], extra: Partial<DnsResponse> = {}): DnsResponse {
  return { rcode, answer, authority: [], additional: [], authoritative: false, ...extra };
}

/** The AF_INET / AF_INET6 answer of a response: what a stub resolver turns into addresses. */
export function addressesOf(answer: readonly ResourceRecord[]): string[] {
  return answer.filter((r) => r.type === 'A' || r.type === 'AAAA').map((r) => r.data);
}

/** A running trace: modules append steps in the order things happen. */
export interface Tracer {
  steps: TraceStep[];
}

export interface StepExtra {
  actor?: GraphId;
  from?: GraphId;
  to?: GraphId;
  touches?: readonly GraphId[];
  dns?: TraceStep['dns'];
  packet?: TraceStep['packet'];
}

export function record(
  t: Tracer,
  kind: StepKind,
  message: string,
  params: Readonly<Record<string, string | number | boolean>>,
  extra: StepExtra = {},
): void {
  const touches = extra.touches ?? [extra.actor, extra.from, extra.to].filter((g): g is GraphId => g !== undefined);
  t.steps.push({ kind, message, params, ...extra, touches: [...new Set(touches)] });
}
