/**
 * The ADDRESS column of `kubectl get ingress`: status.loadBalancer.ingress as the ingress controllers write it.
 *
 * - in-cluster (ingress-nginx with --publish-service): every Ingress it serves gets the address of the
 *   controller's own Service (status.go statusAddressFromService): a LoadBalancer's status ingress plus its
 *   externalIPs; a NodePort Service's externalIPs, or else its clusterIP; a ClusterIP Service's clusterIP.
 *   Sorted by hostname then IP (lessLoadBalancerIngress). So all nginx Ingresses share one address, and
 *   an internal-LB annotation on the controller's Service makes that address a private one (seed 003).
 * - cloud-l7 (GKE ingress-gce): each Ingress gets its own load balancer and address; `gce-internal`
 *   Ingresses get one from the internal pool.
 * - status written in the manifest (a dump) is kept.
 */
import type { LoadBalancerIngress } from '../../api/types';
import type { IngressControllerSpec } from '../../api/world';
import type { SimService } from '../../cluster/state';
import type { LoadBalancerPools } from '../cloudprovider/loadbalancer';

const cmp = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);
const less = (a: LoadBalancerIngress, b: LoadBalancerIngress) => cmp(a.hostname ?? '', b.hostname ?? '') || cmp(a.ip ?? '', b.ip ?? '');

/** statusAddressFromService: what ingress-nginx publishes for its Service. */
export function statusAddressFromService(svc: SimService | undefined): LoadBalancerIngress[] {
  if (!svc) return [];
  const spec = svc.service.spec;
  let out: LoadBalancerIngress[];
  switch (spec.type) {
    case 'ExternalName':
      out = spec.externalName ? [{ hostname: spec.externalName }] : [];
      break;
    case 'ClusterIP':
      out = svc.clusterIPs[0] ? [{ ip: svc.clusterIPs[0] }] : [];
      break;
    case 'NodePort':
      out = spec.externalIPs.length > 0 ? spec.externalIPs.map((ip) => ({ ip })) : svc.clusterIPs[0] ? [{ ip: svc.clusterIPs[0] }] : [];
      break;
    case 'LoadBalancer':
      out = [...svc.loadBalancerIngress.map((i) => ({ ...i })), ...spec.externalIPs.map((ip) => ({ ip }))];
      break;
  }
  return out.sort(less);
}

/** The address of one Ingress claimed by `controller` (undefined: no controller). */
export function ingressAddress(
  ingressKey: string, written: readonly LoadBalancerIngress[], controller: IngressControllerSpec | undefined,
  controllerAddress: readonly LoadBalancerIngress[], pools: LoadBalancerPools,
): LoadBalancerIngress[] {
  if (written.length > 0) return [...written];
  if (!controller) return [];
  if (controller.style === 'in-cluster') return [...controllerAddress];
  const ip = pools.allocate(`ingress/${ingressKey}`, controller.className === 'gce-internal');
  return ip ? [{ ip }] : [];
}
