/**
 * STUB — owned by the DNS helper. Contract:
 * Index the ClusterState the way CoreDNS's kubernetes plugin sees it (services, endpoints, pods),
 * so lookups are fast. Built once per simulation.
 */
import type { ClusterState } from '../cluster/state';

export interface DnsZone {
  domain: string;
}

export function buildZone(state: ClusterState): DnsZone {
  return { domain: state.world.cluster.domain };
}
