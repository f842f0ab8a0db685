/**
 * A pod's readiness as the kubelet reports it (pkg/kubelet/status/generate.go): the Ready and ContainersReady
 * conditions, and the readiness gates. Pure, no engine imports: the kubectl printers use it too.
 */
import type { Pod } from '../api/types';

type Phase = Pod['status']['phase'];

/**
 * Readiness as the kubelet reports it: the Ready condition when present; otherwise a Running pod (or one
 * whose phase is not given) is taken as ready, anything else is not — unless it has readiness gates: the
 * kubelet's GeneratePodReadyCondition (pkg/kubelet/status/generate.go) reports Ready False
 * (ReadinessGatesNotReady) until every gate's condition is in status.conditions with status True, which only
 * another controller (a load balancer's, say) writes.
 */
export function podReady(pod: Pod, phase: Phase): boolean {
  const cond = pod.status.conditions.find((c) => c.type === 'Ready');
  if (cond) return cond.status === 'True';
  return phase === 'Running' && readinessGatesTrue(pod) === (pod.spec.readinessGates?.length ?? 0);
}

/** How many of the pod's readiness gates have their condition True (kubectl's READINESS GATES `n/m`). */
export function readinessGatesTrue(pod: Pod): number {
  let n = 0;
  for (const gate of pod.spec.readinessGates ?? []) {
    if (pod.status.conditions.find((c) => c.type === gate)?.status === 'True') n++;
  }
  return n;
}

/**
 * Whether the containers are ready (the ContainersReady condition; kubectl's READY counts ready containers): as
 * written in a dump, else as the Ready condition says, else a Running pod's are — a readiness gate holds back
 * the pod's Ready condition, not its containers.
 */
export function containersReady(pod: Pod, phase: Phase): boolean {
  const cond = pod.status.conditions.find((c) => c.type === 'ContainersReady') ?? pod.status.conditions.find((c) => c.type === 'Ready');
  if (cond) return cond.status === 'True';
  return phase === 'Running';
}
