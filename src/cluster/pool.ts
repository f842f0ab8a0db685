/**
 * Choosing a free address or port from a range the way Kubernetes' allocators do — start somewhere and walk
 * forward, wrapping, until a free one turns up (ipallocator.ipIterator, portallocator, host-local IPAM) —
 * except that "somewhere" is a hash of the requester's name instead of a random number. So an object keeps its
 * address when unrelated objects come and go, unless it has to step over a collision.
 */
import { fnv1a32, hash64 } from './hash';
import { formatIP, type IPFamily } from './ipmath';

/** A contiguous run of addresses: `count` addresses from `first`. */
export interface AddressRange {
  family: IPFamily;
  first: bigint;
  count: bigint;
}

function formatV4(n: number): string {
  return `${(n >>> 24) & 255}.${(n >>> 16) & 255}.${(n >>> 8) & 255}.${n & 255}`;
}

/**
 * The first free address walking from hash(seed) through `range` (wrapping), or undefined when all are taken.
 * `isFree` receives canonical text addresses. At most `maxProbes` candidates are tried (default: the whole range).
 */
export function probeAddress(
  range: AddressRange, seed: string, isFree: (ip: string) => boolean, maxProbes?: number,
): string | undefined {
  if (range.count <= 0n) return undefined;
  if (range.family === 'IPv4') {
    // IPv4 ranges fit in a double: stay off bigint on the hot path (thousands of pods).
    const first = Number(range.first);
    const count = Number(range.count);
    const limit = Math.min(count, maxProbes ?? count);
    let off = fnv1a32(seed) % count;
    for (let i = 0; i < limit; i++) {
      const ip = formatV4((first + off) >>> 0);
      if (isFree(ip)) return ip;
      off = off + 1 === count ? 0 : off + 1;
    }
    return undefined;
  }
  const limit = maxProbes !== undefined && BigInt(maxProbes) < range.count ? BigInt(maxProbes) : range.count;
  let off = hash64(seed) % range.count;
  for (let i = 0n; i < limit; i++) {
    const ip = formatIP(range.first + off, range.family);
    if (isFree(ip)) return ip;
    off = off + 1n === range.count ? 0n : off + 1n;
  }
  return undefined;
}

/** The same walk over integers (node ports): the first free value of [min, min+count) from hash(seed). */
export function probeNumber(min: number, count: number, seed: string, isFree: (n: number) => boolean): number | undefined {
  if (count <= 0) return undefined;
  let off = fnv1a32(seed) % count;
  for (let i = 0; i < count; i++) {
    if (isFree(min + off)) return min + off;
    off = off + 1 === count ? 0 : off + 1;
  }
  return undefined;
}
