/**
 * Teaching diagnostics: why something will not work, before anyone sends a request. Each has a stable code
 * (src/lint/messages.ts), a severity, and points at the field to fix (source + field; the engine turns that
 * into a range). Pure: reads the ClusterState only.
 */
import type { ClusterState } from '../cluster/state';
import type { Diagnostic } from '../manifest/diagnostics';
import { lintEndpointSlices } from './endpointslices';
import { lintIngresses } from './ingresses';
import { lintServices, type ServicesLintMemory } from './services';
import { lintWorkloads } from './workloads';
import './messages';

/** One engine's memory of its previous lint, so an edit re-checks only what changed (see services.ts). */
export interface LintMemory {
  services: ServicesLintMemory;
}

export function createLintMemory(): LintMemory {
  return { services: { previousByNs: new Map() } };
}

/** `memory`: the engine's (createLintMemory); without it, nothing from an earlier call is reused. */
export function lint(state: ClusterState, memory: LintMemory = createLintMemory()): Diagnostic[] {
  return [...lintServices(state, memory.services), ...lintWorkloads(state), ...lintIngresses(state), ...lintEndpointSlices(state)];
}

export { lintCatalog } from './messages';
export type { LintCode } from './diag';
