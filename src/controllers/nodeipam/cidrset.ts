/**
 * Per-node pod CIDRs, as kube-controller-manager's node IPAM "RangeAllocator" hands them out
 * (pkg/controller/nodeipam/ipam/range_allocator.go with cidrset.CidrSet): the cluster CIDR
 * (--cluster-cidr, 10.244.0.0/16 on kind/kubeadm) is cut into blocks of --node-cidr-mask-size (/24), CIDRs
 * nodes already have are marked occupied first, then each node without one gets the next free block in
 * order. That is why kind's control plane gets 10.244.0.0/24 and the workers 10.244.1.0/24, 10.244.2.0/24 …
 */
import { formatIP, parseCIDR, bitsOf } from '../../cluster/ipmath';

export interface CidrSet {
  /** Mark a CIDR a node already has as used (ignored when outside the cluster CIDR). */
  occupy(cidr: string): void;
  /** The next free block, or undefined when the cluster CIDR is exhausted. */
  allocateNext(): string | undefined;
}

export function newCidrSet(clusterCIDR: string, nodeMaskSize: number): CidrSet {
  const cluster = parseCIDR(clusterCIDR);
  const used = new Set<bigint>();
  let next = 0n;
  if (!cluster || nodeMaskSize < cluster.prefix || nodeMaskSize > bitsOf(cluster.family)) {
    return { occupy: () => undefined, allocateNext: () => undefined };
  }
  const blockSize = 1n << BigInt(bitsOf(cluster.family) - nodeMaskSize);
  const count = cluster.size / blockSize;
  return {
    occupy(text) {
      const c = parseCIDR(text);
      if (!c || c.family !== cluster.family) return;
      if (c.base < cluster.base || c.base >= cluster.base + cluster.size) return;
      used.add((c.base - cluster.base) / blockSize);
    },
    allocateNext() {
      while (next < count) {
        const i = next++;
        if (!used.has(i)) {
          used.add(i);
          return `${formatIP(cluster.base + i * blockSize, cluster.family)}/${nodeMaskSize}`;
        }
      }
      return undefined;
    },
  };
}
