/**
 * NodePort allocation (pkg/registry/core/service/portallocator, storage/alloc.go initNodePorts).
 *
 * - NodePort Services, and LoadBalancer Services unless spec.allocateLoadBalancerNodePorts is false, get a
 *   node port for every port that has none. Ports written by the user are honoured and reserved first.
 * - Ports of one Service with the same port number but different protocols (DNS on 53/UDP and 53/TCP)
 *   share one node port, as alloc.go's svcPortToNodePort map does.
 * - KEP-3668: the range (--service-node-port-range, 30000-32767) is split at offset
 *   min(max(16, size/32), 128) — 86 for the default range — and dynamic allocation prefers the upper band
 *   (30086-32767), starting at a random port; here the start is a hash of namespace/name/port.
 * - LoadBalancer Services with externalTrafficPolicy Local also get spec.healthCheckNodePort.
 * - ClusterIP and ExternalName Services have no node ports (the API server clears or rejects them).
 */
import type { Service, ServicePort } from '../../api/types';
import { shallowCopy } from '../../cluster/copy';
import { probeNumber } from '../../cluster/pool';
import { EMPTY_LIST } from '../../api/empty';

export type PortAllocProblem =
  | { code: 'cluster/nodeport-out-of-range'; nodePort: number }
  | { code: 'cluster/nodeport-duplicate'; nodePort: number; other: string }
  | { code: 'cluster/nodeport-range-full' };

/** KEP-3668 calculateRangeOffset: min(max(16, size/32), 128), 0 for ranges of 16 ports or fewer. */
export function nodePortRangeOffset(size: number): number {
  if (size <= 16) return 0;
  const offset = Math.floor(size / 32);
  return offset < 16 ? 16 : offset > 128 ? 128 : offset;
}

export function wantsNodePorts(svc: Service): boolean {
  return svc.spec.type === 'NodePort' || (svc.spec.type === 'LoadBalancer' && svc.spec.allocateLoadBalancerNodePorts);
}

export function wantsHealthCheckNodePort(svc: Service): boolean {
  return svc.spec.type === 'LoadBalancer' && svc.spec.externalTrafficPolicy === 'Local';
}

function withoutNodePort({ nodePort: _drop, ...p }: ServicePort): ServicePort {
  return p;
}

export interface NodePortAllocator {
  /** Phase 1, in apply order: reserve written node ports. */
  reserve(key: string, svc: Service): readonly PortAllocProblem[];
  /** Phase 2, in a stable order: the Service's ports with node ports filled in, and its health-check port. */
  allocate(key: string, svc: Service): { ports: readonly ServicePort[]; healthCheckNodePort?: number; problems: readonly PortAllocProblem[] };
}

export function newNodePortAllocator(range: { min: number; max: number }): NodePortAllocator {
  const used = new Map<number, string>();
  const size = range.max - range.min + 1;
  const offset = nodePortRangeOffset(size);
  const inRange = (p: number) => p >= range.min && p <= range.max;

  const take = (key: string, port: number, problems: PortAllocProblem[]) => {
    if (!inRange(port)) problems.push({ code: 'cluster/nodeport-out-of-range', nodePort: port });
    const holder = used.get(port);
    if (holder !== undefined && holder !== key) problems.push({ code: 'cluster/nodeport-duplicate', nodePort: port, other: holder });
    else used.set(port, key);
  };

  const next = (key: string, seed: string): number | undefined => {
    const free = (p: number) => !used.has(p);
    const p = probeNumber(range.min + offset, size - offset, seed, free) ?? probeNumber(range.min, offset, seed, free);
    if (p !== undefined) used.set(p, key);
    return p;
  };

  return {
    reserve(key, svc) {
      if (svc.spec.type !== 'NodePort' && svc.spec.type !== 'LoadBalancer') return EMPTY_LIST;
      const problems: PortAllocProblem[] = [];
      for (const port of svc.spec.ports) if (port.nodePort !== undefined) take(key, port.nodePort, problems);
      if (wantsHealthCheckNodePort(svc) && svc.spec.healthCheckNodePort !== undefined) {
        take(key, svc.spec.healthCheckNodePort, problems);
      }
      return problems;
    },

    allocate(key, svc) {
      if (svc.spec.type !== 'NodePort' && svc.spec.type !== 'LoadBalancer') {
        // Each port without its nodePort. The written ports themselves when none has one (the usual case: objects
        // are immutable, so sharing them costs nothing, where a copy of every port did).
        const ports = svc.spec.ports;
        const has = (p: ServicePort) => Object.prototype.hasOwnProperty.call(p, 'nodePort');
        return { ports: ports.some(has) ? ports.map((p) => (has(p) ? withoutNodePort(p) : p)) : ports, problems: EMPTY_LIST };
      }
      const problems: PortAllocProblem[] = [];
      const byPortNumber = new Map<number, number>();
      for (const p of svc.spec.ports) if (p.nodePort !== undefined && !byPortNumber.has(p.port)) byPortNumber.set(p.port, p.nodePort);
      const ports = svc.spec.ports.map((p) => {
        if (p.nodePort !== undefined || !wantsNodePorts(svc)) return p;
        let nodePort = byPortNumber.get(p.port);
        if (nodePort === undefined) {
          nodePort = next(key, `${key}:${p.port}`);
          if (nodePort === undefined) {
            problems.push({ code: 'cluster/nodeport-range-full' });
            return p;
          }
          byPortNumber.set(p.port, nodePort);
        }
        const out = shallowCopy(p); // { ...p, nodePort }, by a copy (cluster/copy.ts)
        out.nodePort = nodePort;
        return out;
      });
      let healthCheckNodePort: number | undefined;
      if (wantsHealthCheckNodePort(svc)) {
        healthCheckNodePort = svc.spec.healthCheckNodePort ?? next(key, `${key}:healthz`);
        if (healthCheckNodePort === undefined) problems.push({ code: 'cluster/nodeport-range-full' });
      }
      return { ports, healthCheckNodePort, problems };
    },
  };
}
