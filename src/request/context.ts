/**
 * The state one request trace is built in: the cluster, the seeded choices, and the steps so far.
 * Every hop appends steps through `step()`, which fills `touches` from actor/from/to and the edge between.
 */
import type { ClusterState, SimNode, SimPod } from '../cluster/state';
import { gid, type GraphId } from '../graph/ids';
import type { Endpoint4, Packet, StepKind, TraceStep } from '../trace/types';
import type { NameResolver, ResolvedSource } from './types';
import { ipPort } from './url';

export interface Ctx {
  state: ClusterState;
  resolver: NameResolver;
  seed: string | number;
  requestIndex: number;
  steps: TraceStep[];
  /** The original client (for choices that depend on who asks). */
  client: ResolvedSource;
  /**
   * `pod host path` of every request an in-cluster ingress controller pod has taken so far in this trace: a
   * request that comes back to the same pod unchanged is a proxy loop (src/request/nginx.ts).
   */
  controllerVisits?: Set<string>;
  /** `curl -k`: the client does not check certificates (CurlRequest.insecure). */
  insecure?: boolean;
  /** `curl --cacert` with the cluster CA (CurlRequest.trustClusterCA). */
  trustClusterCA?: boolean;
  /** The URL's host, which curl checks a certificate against (a name or an address). */
  urlHost?: string;
}

export interface StepInput {
  actor?: GraphId;
  from?: GraphId;
  to?: GraphId;
  touches?: readonly GraphId[];
  packet?: Packet;
}

export function step(ctx: Ctx, kind: StepKind, message: string, params: Readonly<Record<string, string | number | boolean>>, s: StepInput = {}): void {
  const base = [s.actor, s.from, s.to, s.from && s.to ? gid.edge(s.from, s.to) : undefined, ...(s.touches ?? [])];
  const touches = [...new Set(base.filter((g): g is GraphId => g !== undefined))];
  ctx.steps.push({ kind, message, params, ...s, touches });
}

export const ep = (ip: string, port: number): Endpoint4 => ({ ip, port });
/** `ip:port`, an IPv6 address in brackets (`[fd00::1]:80`). */
export const epStr = (e: Endpoint4): string => ipPort(e.ip, e.port);

/** The packet's endpoints as step params. */
export function pktParams(p: Packet): Record<string, string> {
  return { src: epStr(p.src), dst: epStr(p.dst) };
}

export function podGid(p: SimPod): GraphId {
  return gid.pod(p.namespace, p.name);
}

export function nodeByName(state: ClusterState, name: string): SimNode | undefined {
  return state.nodes.find((n) => n.name === name);
}

/** Whether `ip` is one of the pod's addresses (status.podIPs: one per family in a dual-stack cluster). */
export function podHasIP(p: SimPod, ip: string): boolean {
  return p.podIP === ip || (p.pod.status.podIPs.length > 1 && p.pod.status.podIPs.includes(ip));
}

export function podByIP(state: ClusterState, ip: string): SimPod | undefined {
  return state.pods.find((p) => podHasIP(p, ip) && !p.pod.spec.hostNetwork && p.phase === 'Running')
    ?? state.pods.find((p) => podHasIP(p, ip) && !p.pod.spec.hostNetwork);
}

export function sourceGid(s: ResolvedSource): GraphId {
  switch (s.kind) {
    case 'client': return gid.client(s.name);
    case 'lanHost': return gid.worldHost(s.name);
    case 'node': return gid.node(s.name);
    case 'pod': return gid.pod(s.namespace, s.name);
    default: {
      const never: never = s;
      return never;
    }
  }
}

/** Is the source inside the cluster (a pod or a node)? */
export function inCluster(s: ResolvedSource): boolean {
  return s.kind === 'pod' || s.kind === 'node';
}

/** The node a source's packets leave through (a pod's node, or the node itself). */
export function sourceNode(s: ResolvedSource): string | undefined {
  return s.kind === 'pod' ? s.nodeName : s.kind === 'node' ? s.name : undefined;
}
