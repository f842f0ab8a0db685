/**
 * `loadBalancerSourceRanges`: which clients may use a Service's load balancer.
 *
 * - kube-proxy reads `spec.loadBalancerSourceRanges` only, trimmed (validation lets whitespace through), of its
 *   own IP family; a zero-masked range (`0.0.0.0/0`) means "allow any", like no ranges at all
 *   (pkg/proxy/serviceport.go newBaseServiceInfo). It applies them to its VIP-mode load-balancer IPs: the
 *   KUBE-FW-… chain sends an allowed source on to KUBE-EXT-…, anything else is not DNATed and the filter
 *   table's KUBE-PROXY-FIREWALL DROPs it (pkg/proxy/iptables/proxier.go syncProxyRules). NodePorts and external
 *   IPs are not subject to them ("nodeports are not subect to loadBalancerSourceRanges").
 * - Cloud providers program the load balancer's firewall from the field, or, when it is empty, from the
 *   `service.beta.kubernetes.io/load-balancer-source-ranges` annotation (comma-separated), default allow-all
 *   (pkg/api/v1/service/util.go GetLoadBalancerSourceRanges;
 *   https://kubernetes.io/docs/tasks/access-application-cluster/configure-cloud-provider-firewall/).
 */
import { cidrContains, parseCIDR, parseIP, type ParsedCIDR } from '../cluster/ipmath';
import type { SimService } from '../cluster/state';

export const ANNOTATION_LB_SOURCE_RANGES = 'service.beta.kubernetes.io/load-balancer-source-ranges';

const trimmed = (ranges: readonly string[]) => ranges.map((r) => r.trim()).filter((r) => r !== '');

/** What kube-proxy programs: spec.loadBalancerSourceRanges only. */
export function kubeProxySourceRanges(svc: SimService): string[] {
  return trimmed(svc.service.spec.loadBalancerSourceRanges);
}

/** What a cloud provider programs on its load balancer: the field, else the annotation. */
export function cloudSourceRanges(svc: SimService): string[] {
  const spec = svc.service.spec.loadBalancerSourceRanges;
  return spec.length > 0 ? trimmed(spec) : trimmed((svc.service.metadata.annotations[ANNOTATION_LB_SOURCE_RANGES] ?? '').split(','));
}

/**
 * May `ip` use the load balancer? kube-proxy keeps the ranges of the address's family: none (or a zero-masked
 * one) means no firewall chain, so every source passes; a cloud firewall lets through only what a range
 * (of any family) allows. No ranges at all: every source.
 */
export function sourceAllowed(ranges: readonly string[], ip: string, by: 'kube-proxy' | 'cloud'): boolean {
  if (ranges.length === 0) return true;
  const addr = parseIP(ip);
  if (!addr) return false;
  const same = ranges.map((r) => parseCIDR(r)).filter((c): c is ParsedCIDR => c !== undefined && c.family === addr.family);
  if (same.some((c) => c.prefix === 0)) return true;
  if (same.length === 0) return by === 'kube-proxy';
  return same.some((c) => cidrContains(c, addr));
}
