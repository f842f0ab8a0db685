/**
 * Pod IPs, as the CNI plugin's IPAM hands them out on each node (kind's kindnet and kubeadm+flannel/calico
 * setups use host-local style IPAM over the node's spec.podCIDR): never the network address, never the
 * `.1` gateway the node's bridge takes, never the broadcast address, never an address another pod holds.
 * host-local walks sequentially; PodPath starts the walk at a hash of the pod's namespace/name so adding a pod
 * does not renumber the others.
 *
 * Addresses already in the text (status.podIP/podIPs of a dump, or a fixture pinning the blog's IPs) are
 * honoured first, before anything is allocated. hostNetwork pods share their node's IP. Pods that finished
 * (Succeeded/Failed) or found no node get none.
 */
import type { Pod } from '../../api/types';
import { canonicalIP, parseCIDR } from '../../cluster/ipmath';
import { probeAddress, type AddressRange } from '../../cluster/pool';
import type { SimNode } from '../../cluster/state';

export interface IpamPod {
  key: string;
  pod: Pod;
  /** '' when unscheduled. */
  nodeName: string;
}

export interface IpamResult {
  podIPs: Map<string, string[]>;
  /** Pods that kept an address from the text (`key`). */
  given: Set<string>;
  /** IP → first pod key holding it, and later pods that claim it too. */
  duplicates: { key: string; other: string; ip: string }[];
  /** Pods whose node had no free address left. */
  exhausted: string[];
}

function writtenIPs(pod: Pod): string[] {
  if (pod.status.podIPs.length === 0 && !pod.status.podIP) return []; // the common case: nothing written
  const ips = (pod.status.podIPs.length > 0 ? pod.status.podIPs : pod.status.podIP ? [pod.status.podIP] : [])
    .map(canonicalIP).filter((ip) => ip !== '');
  return [...new Set(ips)];
}

export function isTerminal(pod: Pod): boolean {
  return pod.status.phase === 'Succeeded' || pod.status.phase === 'Failed';
}

export function assignPodIPs(pods: readonly IpamPod[], nodes: ReadonlyMap<string, SimNode>): IpamResult {
  const podIPs = new Map<string, string[]>();
  const given = new Set<string>();
  const holder = new Map<string, string>();
  const duplicates: IpamResult['duplicates'] = [];
  const exhausted: string[] = [];

  // 1. What the text says wins, and is reserved before anything is allocated.
  for (const p of pods) {
    const ips = writtenIPs(p.pod);
    if (ips.length === 0) continue;
    podIPs.set(p.key, ips);
    given.add(p.key);
    if (p.pod.spec.hostNetwork || isTerminal(p.pod)) continue;
    for (const ip of ips) {
      const other = holder.get(ip);
      if (other !== undefined) duplicates.push({ key: p.key, other, ip });
      else holder.set(ip, p.key);
    }
  }

  // 2. hostNetwork pods use the node's address; the rest get one from the node's pod CIDR.
  const ranges = new Map<string, AddressRange | undefined>();
  const rangeOf = (node: SimNode) => {
    if (ranges.has(node.name)) return ranges.get(node.name);
    const cidr = parseCIDR(node.podCIDR);
    // Skip the network address and the .1 gateway; IPv4 also loses its broadcast address.
    const r = cidr && { family: cidr.family, first: cidr.base + 2n, count: cidr.size - 2n - (cidr.family === 'IPv4' ? 1n : 0n) };
    ranges.set(node.name, r);
    return r;
  };
  const full = new Set<string>();
  const isFree = (a: string) => !holder.has(a);
  for (const p of pods) {
    if (podIPs.has(p.key) || !p.nodeName || isTerminal(p.pod)) continue;
    const node = nodes.get(p.nodeName);
    if (!node) continue;
    if (p.pod.spec.hostNetwork) {
      if (node.internalIP) podIPs.set(p.key, [node.internalIP]);
      continue;
    }
    const range = rangeOf(node);
    if (!range) continue;
    // Addresses are only ever taken, never freed, so a range a full walk found exhausted stays exhausted:
    // later pods on that node skip the walk (otherwise every extra pod re-walks all 253 addresses of a /24).
    const ip = full.has(node.name) ? undefined : probeAddress(range, p.key, isFree);
    if (!ip) {
      full.add(node.name);
      exhausted.push(p.key);
      continue;
    }
    holder.set(ip, p.key);
    podIPs.set(p.key, [ip]);
  }
  return { podIPs, given, duplicates, exhausted };
}
