/**
 * Which of a pod's containers are running once it has started: its containers, and the init containers that
 * `restartPolicy: Always` makes sidecars (Kubernetes 1.29+, KEP-753). The other init containers ran to
 * completion before the containers started, so nothing of theirs still listens.
 */
import type { Container, PodSpec } from '../api/types';

/** Init containers with `restartPolicy: Always`, in order. */
export function sidecars(spec: PodSpec): readonly Container[] {
  const init = spec.initContainers;
  if (!init) return [];
  return init.filter((c) => c.restartPolicy === 'Always');
}

/** The containers, then the sidecars: the order FindPort looks for a named port in. */
export function runningContainers(spec: PodSpec): readonly Container[] {
  return spec.initContainers ? [...spec.containers, ...sidecars(spec)] : spec.containers;
}
