/**
 * How many pods the simulation creates for one workload.
 *
 * WHY a cap: the API server accepts any int32 `replicas` (up to 2,147,483,647), but a simulation that created
 * them one by one would never finish, and a lab gains nothing past a few hundred pods (a node's /24 pod CIDR
 * holds 253). A workload asking for more gets its first MAX_PODS_PER_WORKLOAD pods, and one info diagnostic
 * (`cluster/workload-pods-capped`) says the rest are not simulated. Pods written in the text always count.
 */
import { objectKey, type Diagnostic, type FieldPath } from '../../manifest/diagnostics';
import { CLUSTER_MESSAGES } from '../../cluster/messages';
import { renderTemplate } from '../../messages/render';

export const MAX_PODS_PER_WORKLOAD = 1000;

/** The number of pods a workload asking for `replicas` gets in the simulation. */
export function simulatedReplicas(replicas: number): number {
  return replicas > MAX_PODS_PER_WORKLOAD ? MAX_PODS_PER_WORKLOAD : replicas;
}

/** A workload whose `replicas` exceeded the cap. */
export interface CappedWorkload {
  kind: 'ReplicaSet' | 'StatefulSet';
  namespace: string;
  name: string;
  replicas: number;
}


/** The info diagnostic for a capped workload, pointing at the object the user wrote (`spec.replicas`). */
export function cappedDiagnostic(kind: string, namespace: string, name: string, replicas: number, obj?: { source?: { doc: number; path: FieldPath } }): Diagnostic {
  const params = { kind, workload: `${namespace}/${name}`, replicas, limit: MAX_PODS_PER_WORKLOAD };
  const d: Diagnostic = {
    severity: 'info', code: 'cluster/workload-pods-capped',
    message: renderTemplate(CLUSTER_MESSAGES['cluster/workload-pods-capped'], params), params,
    object: objectKey(kind, namespace, name),
  };
  if (obj?.source) {
    d.source = { doc: obj.source.doc, path: obj.source.path };
    d.field = ['spec', 'replicas'];
  }
  return d;
}
