/**
 * STUB — owned by the routing helper. Contract:
 * Teaching diagnostics: why something will not work, before anyone sends a request. Each has a stable code
 * and points at the field to fix (source + field; the engine turns that into a range).
 */
import type { ClusterState } from '../cluster/state';
import type { Diagnostic } from '../manifest/diagnostics';

export function lint(_state: ClusterState): Diagnostic[] {
  return [];
}
