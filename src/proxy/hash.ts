/**
 * Deterministic "randomness" for endpoint choice. kube-proxy's iptables mode picks an endpoint with
 * `-m statistic --mode random --probability 1/n` rules; the simulation replaces the coin with FNV-1a
 * of the inputs (the same hash reconcile uses for names), so the same scenario, seed and request number
 * always give the same choice and successive request numbers spread over the endpoints.
 */
import { fnv1a32 } from '../cluster/hash';

/** An index in [0, n) from the parts, or -1 when n is 0. */
export function seededIndex(n: number, ...parts: readonly (string | number)[]): number {
  if (n <= 0) return -1;
  return fnv1a32(parts.join('|')) % n;
}
