/**
 * Services as the API server and the cloud controller leave them: ClusterIPs (ipallocator), node ports
 * (portallocator) and load-balancer addresses (cloudprovider). Written values are reserved in apply order
 * (the order of the text, system objects first) before anything is allocated in namespace/name order, so a
 * Service's allocated values depend only on its own name and on collisions.
 */
import type { LoadBalancerIngress, Service, ServicePort } from '../api/types';
import type { WorldSpec } from '../api/world';
import type { Diagnostic } from '../manifest/diagnostics';
import { ensureLoadBalancer, newLoadBalancerPools, type LoadBalancerPools } from '../controllers/cloudprovider/loadbalancer';
import { newServiceIPAllocator, type IPAllocProblem, type ServiceIPs } from '../controllers/ipallocator/ipallocator';
import { newNodePortAllocator, type PortAllocProblem } from '../controllers/portallocator/portallocator';
import { shallowCopy } from './copy';
import type { IdentityMemo } from './memo';
import { deepEqual } from './hash';
import { clusterDiagnostic } from './messages';
import { nsName, type SimService } from './state';
import { EMPTY_LIST } from '../api/empty';

export interface ServicesResult {
  services: SimService[];
  pools: LoadBalancerPools;
  diagnostics: Diagnostic[];
}

/** A Service has a selector the EndpointSlice controller acts on (an empty one is dropped by the API server). */
export function hasSelector(svc: Service): boolean {
  return !!svc.spec.selector && Object.keys(svc.spec.selector).length > 0;
}

export function endpointsFrom(svc: Service): SimService['endpointsFrom'] {
  if (svc.spec.type === 'ExternalName') return 'none';
  return hasSelector(svc) ? 'selector' : 'manual';
}

const same = <T>(a: readonly T[], b: readonly T[], eq: (x: T, y: T) => boolean = (x, y) => x === y) =>
  a.length === b.length && a.every((x, i) => eq(x, b[i]));

/** Did the allocators give `s` exactly what its memoized SimService was built from? */
function sameAllocation(
  sim: SimService, ips: ServiceIPs, np: { ports: readonly ServicePort[]; healthCheckNodePort?: number },
  lb: readonly LoadBalancerIngress[], internal: boolean,
): boolean {
  const spec = sim.service.spec;
  return same(spec.clusterIPs, ips.clusterIPs) && same(spec.ipFamilies, ips.ipFamilies) &&
    spec.ipFamilyPolicy === ips.ipFamilyPolicy && spec.healthCheckNodePort === np.healthCheckNodePort &&
    same(spec.ports, np.ports, (a, b) => a.nodePort === b.nodePort) && sim.internalLoadBalancer === internal &&
    same(sim.loadBalancerIngress, lb, (a, b) => a.ip === b.ip && a.hostname === b.hostname && a.ipMode === b.ipMode);
}

/**
 * WHY a whole-result memo: allocation reads only the Services (in apply order), three World settings and the
 * written Ingress addresses. When those are the very same Services (the parser and system.ts hand back the
 * same objects while nothing changed) and equal settings, the previous result is the answer — every
 * allocator probe skipped. The pools go on to the Ingress step, which allocates from them, so the memo keeps
 * a snapshot taken before that and hands out a fresh copy of it. Kept in the engine's memory (ServicesMemory), holding one previous call.
 */
/** One engine's memory of its previous allocation (part of its ReconcileMemory). */
export interface ServicesMemory {
  previous?: { applyOrder: readonly Service[]; settings: unknown[]; lbIngressWritten: readonly string[]; result: ServicesResult };
  /**
   * SimServices by their decoded Service (immutable; the same object while its document is unchanged). A
   * re-allocation that gives a Service what it had reuses its SimService — and, through its identity, its
   * EndpointSlices (endpoints.ts) — instead of copying it again.
   */
  sims?: IdentityMemo<Service, SimService>;
}

/** `applyOrder`: Services in the order they reach the API server; output is sorted by namespace/name. */
export function buildServices(applyOrder: readonly Service[], world: WorldSpec, lbIngressWritten: readonly string[], memory: ServicesMemory = {}): ServicesResult {
  const settings = [world.cluster.serviceCIDRs, world.cluster.nodePortRange, world.cluster.loadBalancer];
  const p = memory.previous;
  if (p && same(p.applyOrder, applyOrder) && same(p.lbIngressWritten, lbIngressWritten) && deepEqual(p.settings, settings)) {
    return { services: [...p.result.services], pools: p.result.pools.clone(), diagnostics: [...p.result.diagnostics] };
  }
  memory.sims?.advance();
  const result = allocateServices(applyOrder, world, lbIngressWritten, memory.sims);
  memory.previous = { applyOrder, settings, lbIngressWritten, result: { ...result, pools: result.pools.clone() } };
  return result;
}

function allocateServices(
  applyOrder: readonly Service[], world: WorldSpec, lbIngressWritten: readonly string[], sims: IdentityMemo<Service, SimService> | undefined,
): ServicesResult {
  const diagnostics: Diagnostic[] = [];
  const ips = newServiceIPAllocator(world.cluster.serviceCIDRs);
  const ports = newNodePortAllocator(world.cluster.nodePortRange);
  const pools = newLoadBalancerPools(world.cluster.loadBalancer);
  const key = (s: Service) => nsName(s.metadata.namespace, s.metadata.name);

  const ipProblem = (s: Service, p: IPAllocProblem) => {
    const params: Record<string, string | number> = { service: key(s), ...p };
    delete params.code;
    diagnostics.push(clusterDiagnostic('error', p.code, params, s, p.code === 'cluster/service-cidr-full' ? undefined : ['spec', 'clusterIP']));
  };
  const portProblem = (s: Service, p: PortAllocProblem) => {
    const params: Record<string, string | number> = { service: key(s), min: world.cluster.nodePortRange.min, max: world.cluster.nodePortRange.max, ...p };
    delete params.code;
    diagnostics.push(clusterDiagnostic('error', p.code, params, s, ['spec', 'ports']));
  };

  // One key per Service, built once (the allocators' maps are asked with the same string again below).
  const keys = applyOrder.map(key);
  for (let i = 0; i < applyOrder.length; i++) {
    const s = applyOrder[i];
    for (const p of ips.reserve(keys[i], s).problems) ipProblem(s, p);
    for (const p of ports.reserve(keys[i], s)) portProblem(s, p);
    for (const i of s.status.loadBalancer.ingress) pools.reserve(i.ip);
    if (s.spec.type === 'LoadBalancer') pools.reserve(s.spec.loadBalancerIP);
  }
  for (const ip of lbIngressWritten) pools.reserve(ip);

  const sorted = applyOrder.map((s, i) => ({ s, k: keys[i] })).sort((a, b) => (a.k < b.k ? -1 : a.k > b.k ? 1 : 0));
  const services: SimService[] = sorted.map(({ s, k }) => {
    const alloc = ips.allocate(k);
    for (const p of alloc.problems) ipProblem(s, p);
    const np = ports.allocate(k, s);
    for (const p of np.problems) portProblem(s, p);
    let loadBalancerIngress: SimService['loadBalancerIngress'] = EMPTY_LIST;
    let internalLoadBalancer = false;
    if (s.spec.type === 'LoadBalancer') {
      const lb = ensureLoadBalancer(`service/${k}`, s, world.cluster.loadBalancer, pools);
      // SetDefaults_Service: an IP without an ipMode gets VIP (pkg/apis/core/v1/defaults.go; LoadBalancerIPMode GA in 1.32).
      loadBalancerIngress = lb.ingress.map((i) => (i.ip && !i.ipMode ? { ...i, ipMode: 'VIP' as const } : i));
      internalLoadBalancer = lb.internal;
      if (lb.pending) {
        const severity = lb.pending === 'cluster/lb-pool-exhausted' ? 'warning' : 'info';
        diagnostics.push(clusterDiagnostic(severity, lb.pending, {
          service: k, class: s.spec.loadBalancerClass ?? '',
          pool: internalLoadBalancer ? world.cluster.loadBalancer.internalPool : world.cluster.loadBalancer.publicPool,
        }, s, lb.pending === 'cluster/lb-pending-class' ? ['spec', 'loadBalancerClass'] : ['spec', 'type']));
      }
    }
    const prev = sims?.get(s);
    if (prev && sameAllocation(prev, alloc.result, np, loadBalancerIngress, internalLoadBalancer)) return prev;
    const headless = alloc.result.clusterIPs[0] === 'None';
    const clusterIPs = headless ? [] : alloc.result.clusterIPs;
    // { ...s, spec: { ...s.spec, clusterIP, clusterIPs, …, healthCheckNodePort }, status }, by copies (copy.ts).
    const spec = shallowCopy(s.spec);
    spec.clusterIP = headless ? 'None' : clusterIPs[0];
    spec.clusterIPs = alloc.result.clusterIPs;
    spec.ipFamilies = alloc.result.ipFamilies;
    spec.ipFamilyPolicy = alloc.result.ipFamilyPolicy;
    spec.ports = np.ports;
    spec.healthCheckNodePort = np.healthCheckNodePort;
    const service = shallowCopy(s);
    service.spec = spec;
    service.status = { loadBalancer: { ingress: loadBalancerIngress } };
    const sim: SimService = {
      namespace: s.metadata.namespace, name: s.metadata.name, clusterIPs, headless, service,
      loadBalancerIngress, internalLoadBalancer, endpointsFrom: endpointsFrom(s),
    };
    sims?.set(s, sim);
    return sim;
  });
  return { services, pools, diagnostics };
}
