/**
 * STUB — owned by the cluster helper. Contract:
 * Run the controllers in a fixed, documented order over the decoded objects and return the ClusterState:
 * ipallocator → podipam/scheduling → workloads → endpointslice (+ mirroring) → load balancers/ingress addresses.
 * Pure and deterministic: same input, same output.
 */
import type { KubeObject, UnknownObject } from '../api/types';
import type { WorldSpec } from '../api/world';
import type { Diagnostic } from '../manifest/diagnostics';
import type { ClusterState } from './state';

export interface ReconcileInput {
  objects: readonly KubeObject[];
  unknown: readonly UnknownObject[];
  world: WorldSpec;
}

export function reconcile(input: ReconcileInput): ClusterState {
  const diagnostics: Diagnostic[] = [];
  return {
    world: input.world, namespaces: ['default'], nodes: [], pods: [], services: [], endpointSlices: [],
    ingresses: [], ingressClasses: [], ingressControllers: [], secrets: [], objects: input.objects,
    unknown: input.unknown, diagnostics,
  };
}
