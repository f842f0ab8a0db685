/**
 * Checks of the merged World: every CIDR and address parses (ipaddr.js), kube-dns's address lies in a
 * Service range, the NodePort range is sane. Also the option overrides (CLI --service-cidr), which behave like
 * kube-apiserver's --service-cluster-ip-range, and kubeadm's rule for the DNS Service address (the 10th
 * address of the Service range) when the range changes and no dnsServiceIP was written.
 */
import ipaddr from 'ipaddr.js';
import type { WorldSpec } from '../../api/world';
import type { DecodeContext } from '../decode/context';
import type { FieldPath } from '../diagnostics';
import { cidrContains, cidrProblems, isValidIP, parseCidr } from '../validation/ip';
import { isDNS1123Subdomain } from '../validation/names';

const C: FieldPath = ['spec', 'cluster'];

export function validateWorld(w: WorldSpec, ctx: DecodeContext): void {
  const cidr = (v: string, at: FieldPath, strict = true) => {
    const errs = strict ? cidrProblems(v) : parseCidr(v) ? [] : cidrProblems(v);
    if (errs.length) ctx.error('world/invalid-cidr', at, { value: v, reason: errs.join('; ') });
  };
  const ip = (v: string, at: FieldPath) => {
    if (isValidIP(v).length) ctx.error('world/invalid-ip', at, { value: v });
  };
  const domainErrs = isDNS1123Subdomain(w.cluster.domain);
  if (domainErrs.length) ctx.error('world/invalid-domain', [...C, 'domain'], { value: w.cluster.domain, reason: domainErrs.join('; ') });
  if (w.cluster.serviceCIDRs.length === 0) ctx.error('world/service-cidrs-required', [...C, 'serviceCIDRs']);
  w.cluster.serviceCIDRs.forEach((c, i) => cidr(String(c), [...C, 'serviceCIDRs', i]));
  cidr(w.cluster.podCIDR, [...C, 'podCIDR']);
  const pod = parseCidr(w.cluster.podCIDR);
  const mask = w.cluster.nodeCIDRMaskSize;
  if (pod && (!Number.isInteger(mask) || mask < pod.bits || mask > (pod.family === 'IPv4' ? 32 : 128))) {
    ctx.error('world/node-cidr-mask-invalid', [...C, 'nodeCIDRMaskSize'], { value: mask, podCIDR: w.cluster.podCIDR });
  }
  ip(w.cluster.dnsServiceIP, [...C, 'dnsServiceIP']);
  const ranges = w.cluster.serviceCIDRs.map((c) => parseCidr(String(c))).filter((c) => c !== undefined);
  if (!isValidIP(w.cluster.dnsServiceIP).length && ranges.length && !ranges.some((r) => cidrContains(r, w.cluster.dnsServiceIP))) {
    ctx.error('world/dns-ip-outside-service-cidr', [...C, 'dnsServiceIP'], { ip: w.cluster.dnsServiceIP, ranges: w.cluster.serviceCIDRs.join(', ') });
  }
  const { min, max } = w.cluster.nodePortRange;
  if (!(Number.isInteger(min) && Number.isInteger(max) && min >= 1 && max <= 65535 && min <= max)) {
    ctx.error('world/node-port-range-invalid', [...C, 'nodePortRange'], { min, max });
  }
  cidr(w.cluster.loadBalancer.publicPool, [...C, 'loadBalancer', 'publicPool'], false);
  cidr(w.cluster.loadBalancer.internalPool, [...C, 'loadBalancer', 'internalPool'], false);

  // Entries are well-typed here (merge.ts checked them against ./items.ts): what is left is their values.
  w.nodes.forEach((n, i) => {
    const at: FieldPath = ['spec', 'nodes', i];
    ip(n.internalIP, [...at, 'internalIP']);
    if (n.externalIP !== undefined) ip(n.externalIP, [...at, 'externalIP']);
    if (n.podCIDR !== undefined) cidr(n.podCIDR, [...at, 'podCIDR']);
  });
  cidr(w.lan.cidr, ['spec', 'lan', 'cidr'], false);
  ip(w.lan.dns.address, ['spec', 'lan', 'dns', 'address']);
  ip(w.internet.dns.address, ['spec', 'internet', 'dns', 'address']);
  for (const [section, hosts] of [['lan', w.lan.hosts], ['internet', w.internet.hosts]] as const) {
    hosts.forEach((h, i) => ip(h.ip, ['spec', section, 'hosts', i, 'ip']));
  }
  w.clients.forEach((c, i) => ip(c.ip, ['spec', 'clients', i, 'ip']));
}

/** Apply --service-cidr: valid ranges replace the World's; invalid ones are reported and ignored. */
export function applyServiceCIDROption(w: WorldSpec, cidrs: readonly string[], ctx: DecodeContext): WorldSpec {
  const valid: string[] = [];
  for (const c of cidrs) {
    const errs = cidrProblems(c);
    if (errs.length) ctx.error('world/invalid-service-cidr-option', [], { value: c, reason: errs.join('; ') });
    else valid.push(c);
  }
  return valid.length ? { ...w, cluster: { ...w.cluster, serviceCIDRs: valid } } : w;
}

/** kubeadm's DNS Service address: the 10th address of the (first) Service range, e.g. 10.96.0.10. */
export function tenthAddress(cidr: string): string | undefined {
  const c = parseCidr(cidr);
  if (!c) return undefined;
  const bytes = c.addr.toByteArray();
  let carry = 10;
  for (let i = bytes.length - 1; i >= 0 && carry; i--) {
    const v = bytes[i] + carry;
    bytes[i] = v & 0xff;
    carry = v >> 8;
  }
  return ipaddr.fromByteArray(bytes).toString();
}
