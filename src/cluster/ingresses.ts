/**
 * Ingress controllers from the World and the address each Ingress gets (see controllers/ingressstatus).
 * In-cluster controllers are found through their Service (`namespace/serviceName`) and the pods it selects.
 */
import type { Ingress, IngressClass, LoadBalancerIngress } from '../api/types';
import type { WorldSpec } from '../api/world';
import type { LoadBalancerPools } from '../controllers/cloudprovider/loadbalancer';
import { ingressAddress, statusAddressFromService } from '../controllers/ingressstatus/status';
import { controllerForIngress } from './ingressClass';
import { matchesSet } from './labels';
import { shallowCopy } from './copy';
import { compareByNsName, nsName, type SimIngressController, type SimPod, type SimService } from './state';
import { ingressControllerNamespace, ingressControllerServiceName } from './system';

export interface IngressesResult {
  controllers: SimIngressController[];
  ingresses: Ingress[];
  addresses: Record<string, readonly LoadBalancerIngress[]>;
}

export function buildIngresses(
  world: WorldSpec, ingresses: readonly Ingress[], classes: readonly IngressClass[],
  services: readonly SimService[], pods: readonly SimPod[], pools: LoadBalancerPools,
): IngressesResult {
  const svcByKey = new Map(services.map((s) => [nsName(s.namespace, s.name), s]));
  const controllers: SimIngressController[] = world.cluster.ingressControllers.map((spec) => {
    if (spec.style !== 'in-cluster') return { spec, podKeys: [], address: [] };
    const serviceKey = nsName(ingressControllerNamespace(spec), ingressControllerServiceName(spec));
    const svc = svcByKey.get(serviceKey);
    const selector = svc?.service.spec.selector;
    const podKeys = svc && selector && Object.keys(selector).length > 0
      ? pods.filter((p) => p.namespace === svc.namespace && matchesSet(selector, p.labels)).map((p) => nsName(p.namespace, p.name))
      : [];
    return { spec, ...(svc ? { serviceKey } : {}), podKeys, address: statusAddressFromService(svc) };
  });

  const addresses: Record<string, readonly LoadBalancerIngress[]> = {};
  // By `namespace/name`, compared in place (compareByNsName): the comparator used to build both keys on
  // every comparison.
  const sorted = ingresses.slice().sort(compareByNsName);
  const out = sorted.map((ing) => {
    const key = nsName(ing.metadata.namespace, ing.metadata.name);
    const spec = controllerForIngress(ing, classes, world.cluster.ingressControllers);
    const ctl = spec ? controllers.find((c) => c.spec === spec) : undefined;
    const address = ingressAddress(key, ing.status.loadBalancer.ingress, spec, ctl?.address ?? [], pools);
    addresses[key] = address;
    // { ...ing, status: { loadBalancer: { ingress: address } } }, by a copy (copy.ts).
    const copy = shallowCopy(ing);
    copy.status = { loadBalancer: { ingress: address } };
    return copy;
  });
  return { controllers, ingresses: out, addresses };
}
