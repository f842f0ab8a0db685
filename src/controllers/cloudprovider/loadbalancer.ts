/**
 * LoadBalancer Services, as the cloud controller manager's service controller and a cloud provider's
 * EnsureLoadBalancer leave them (k8s.io/cloud-provider/controllers/service): status.loadBalancer.ingress.
 *
 * - status.loadBalancer.ingress written in the manifest (a dump) is kept as is.
 * - spec.loadBalancerClass set: the default provider's controller skips the Service (shouldProcessService),
 *   so it stays <pending> unless something else fills the status.
 * - provider 'none' (bare kubeadm/kind without MetalLB or cloud-provider-kind): <pending> forever.
 * - Internal load balancers come from the provider's annotation and take an address from the LAN/VNet pool:
 *   azure `service.beta.kubernetes.io/azure-load-balancer-internal: "true"`,
 *   gke `networking.gke.io/load-balancer-type: "Internal"` (legacy `cloud.google.com/load-balancer-type`),
 *   aws `service.beta.kubernetes.io/aws-load-balancer-internal` (any value but "false", as the in-tree
 *   provider reads it) or the AWS Load Balancer Controller's `aws-load-balancer-scheme: internal`.
 *   'generic' (MetalLB-like) has no internal annotation: every Service gets a public-pool address.
 * - spec.loadBalancerIP (deprecated) is honoured when set.
 * - AWS ELBs are published by DNS name, not IP: the ingress gets the `…elb.amazonaws.com` hostname, plus
 *   (PodPath only) the pool address that name resolves to, so routing can follow it.
 * Pool addresses are handed out by hashing namespace/name into the pool and walking to a free one.
 */
import type { LoadBalancerIngress, Service } from '../../api/types';
import type { LoadBalancerProvider } from '../../api/world';
import { fnv1a32 } from '../../cluster/hash';
import { canonicalIP, parseCIDR, parseIP } from '../../cluster/ipmath';
import { probeAddress, type AddressRange } from '../../cluster/pool';

export const ANNOTATION_AZURE_INTERNAL = 'service.beta.kubernetes.io/azure-load-balancer-internal';
export const ANNOTATION_GKE_LB_TYPE = 'networking.gke.io/load-balancer-type';
export const ANNOTATION_GKE_LB_TYPE_LEGACY = 'cloud.google.com/load-balancer-type';
export const ANNOTATION_AWS_INTERNAL = 'service.beta.kubernetes.io/aws-load-balancer-internal';
export const ANNOTATION_AWS_SCHEME = 'service.beta.kubernetes.io/aws-load-balancer-scheme';

/** Does this provider make an internal (LAN/VNet-only) load balancer for these annotations? */
export function isInternalLoadBalancer(provider: LoadBalancerProvider['provider'], annotations: Readonly<Record<string, string>>): boolean {
  switch (provider) {
    case 'azure':
      return annotations[ANNOTATION_AZURE_INTERNAL]?.toLowerCase() === 'true';
    case 'gke':
      return (annotations[ANNOTATION_GKE_LB_TYPE] ?? annotations[ANNOTATION_GKE_LB_TYPE_LEGACY] ?? '').toLowerCase() === 'internal';
    case 'aws': {
      const legacy = annotations[ANNOTATION_AWS_INTERNAL];
      return (legacy !== undefined && legacy !== '' && legacy !== 'false') || annotations[ANNOTATION_AWS_SCHEME] === 'internal';
    }
    default:
      return false;
  }
}

/**
 * A pool as written in the World: `a.b.c.d/nn` (the block of 2^(32-nn) addresses starting at the address
 * written, so `203.0.113.10/28` is .10-.25 and an aligned `192.168.0.200/29` is .200-.207), `first-last`,
 * or a single address.
 */
export function parsePool(text: string): AddressRange | undefined {
  const dash = text.indexOf('-');
  if (dash > 0) {
    const a = parseIP(text.slice(0, dash));
    const b = parseIP(text.slice(dash + 1));
    if (!a || !b || a.family !== b.family || b.value < a.value) return undefined;
    return { family: a.family, first: a.value, count: b.value - a.value + 1n };
  }
  const c = parseCIDR(text);
  if (c) return { family: c.family, first: c.given, count: c.size };
  const ip = parseIP(text);
  return ip ? { family: ip.family, first: ip.value, count: 1n } : undefined;
}

export interface LoadBalancerPools {
  /** Mark an address some load balancer already has. */
  reserve(ip: string | undefined): void;
  /** A free address for `seed` from the public or internal pool. */
  allocate(seed: string, internal: boolean): string | undefined;
  /** An independent copy with the same addresses taken (a snapshot to replay a memoized allocation from). */
  clone(): LoadBalancerPools;
}

export function newLoadBalancerPools(lb: LoadBalancerProvider): LoadBalancerPools {
  return poolsOver(new Set<string>(), parsePool(lb.publicPool), parsePool(lb.internalPool));
}

function poolsOver(used: Set<string>, pub: AddressRange | undefined, internal: AddressRange | undefined): LoadBalancerPools {
  return {
    clone: () => poolsOver(new Set(used), pub, internal),
    reserve(ip) {
      const c = canonicalIP(ip);
      if (c) used.add(c);
    },
    allocate(seed, wantInternal) {
      const range = wantInternal ? internal : pub;
      if (!range) return undefined;
      const ip = probeAddress(range, seed, (a) => !used.has(a), 65536);
      if (ip) used.add(ip);
      return ip;
    },
  };
}

export type LoadBalancerOutcome =
  | { ingress: LoadBalancerIngress[]; internal: boolean; pending?: undefined }
  | { ingress: []; internal: boolean; pending: 'cluster/lb-pending-no-provider' | 'cluster/lb-pending-class' | 'cluster/lb-pool-exhausted' };

/** An AWS-style ELB DNS name: `[internal-]a<uid>-<digits>.<region>.elb.amazonaws.com`. */
export function awsHostname(svc: Service, internal: boolean): string {
  const id = `a${svc.metadata.uid.replace(/-/g, '')}`.slice(0, 32);
  const digits = String(fnv1a32(`${svc.metadata.namespace}/${svc.metadata.name}`)).padStart(10, '1');
  return `${internal ? 'internal-' : ''}${id}-${digits}.us-east-1.elb.amazonaws.com`;
}

/** EnsureLoadBalancer for one LoadBalancer Service (call after every written status has been reserved). */
export function ensureLoadBalancer(key: string, svc: Service, lb: LoadBalancerProvider, pools: LoadBalancerPools): LoadBalancerOutcome {
  const internal = isInternalLoadBalancer(lb.provider, svc.metadata.annotations);
  if (svc.status.loadBalancer.ingress.length > 0) return { ingress: [...svc.status.loadBalancer.ingress], internal };
  if (svc.spec.loadBalancerClass) return { ingress: [], internal, pending: 'cluster/lb-pending-class' };
  if (lb.provider === 'none') return { ingress: [], internal, pending: 'cluster/lb-pending-no-provider' };
  const ip = canonicalIP(svc.spec.loadBalancerIP) || pools.allocate(key, internal);
  if (!ip) return { ingress: [], internal, pending: 'cluster/lb-pool-exhausted' };
  return { ingress: [lb.provider === 'aws' ? { hostname: awsHostname(svc, internal), ip } : { ip }], internal };
}
