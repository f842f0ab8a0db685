/**
 * Teaching diagnostics: why something will not work, before anyone sends a request. Each has a stable code
 * (src/lint/messages.ts), a severity, and points at the field to fix (source + field; the engine turns that
 * into a range). Pure: reads the ClusterState only.
 */
import type { ClusterState } from '../cluster/state';
import type { Diagnostic } from '../manifest/diagnostics';
import { lintEndpointSlices } from './endpointslices';
import { lintIngresses } from './ingresses';
import { lintServices } from './services';
import { lintWorkloads } from './workloads';
import './messages';

export function lint(state: ClusterState): Diagnostic[] {
  return [...lintServices(state), ...lintWorkloads(state), ...lintIngresses(state), ...lintEndpointSlices(state)];
}

export { lintCatalog } from './messages';
export type { LintCode } from './diag';
