/**
 * When the API server refuses a pod a workload controller creates from its template.
 *
 * The template was validated when the Deployment, ReplicaSet or StatefulSet was applied, so a pod made from it
 * fails validation only where the pod is defaulted differently from its template. One such place matters for
 * networking: SetDefaults_Pod gives every port of a hostNetwork pod hostPort = containerPort, while since
 * Kubernetes 1.28 a template is left alone (pkg/apis/core/v1/defaults.go; the feature gate
 * DefaultHostNetworkHostPortsInPodTemplates, off by default). Two ports with the same containerPort and
 * protocol are then two claims on the same host port: checkHostPortConflicts (validation.go) rejects the pod,
 * and the controller records FailedCreate, retrying for ever. The workload is accepted and gets no pods.
 */
import type { ContainerPort, PodSpec } from '../../api/types';
import type { IdentityMemo } from '../../cluster/memo';
import { hostPortDuplicates } from '../../manifest/validation/hostPorts';

/**
 * The field errors of a pod with this spec that its template did not have, as the API server prints them
 * (`spec.containers[1].ports[0].hostPort: Duplicate value: "TCP//80"`); none for almost every spec. The decoded
 * spec already carries the pod's defaulted hostPorts (decode/pod.ts).
 */
export function podCreateErrors(spec: PodSpec, memo?: IdentityMemo<PodSpec, readonly string[]>): readonly string[] {
  if (!spec.hostNetwork) return [];
  let errs = memo?.get(spec);
  if (!errs) {
    errs = hostPortErrors(spec);
    memo?.set(spec, errs);
  }
  return errs;
}

/**
 * checkHostPortConflicts over the containers together, then over each init container alone (they run one by one).
 * Upstream checks an init container as a list of one under `spec.initContainers`, so its errors say
 * `initContainers[0]` whichever init container it is.
 */
function hostPortErrors(spec: PodSpec): string[] {
  const out: string[] = [];
  for (const c of spec.initContainers ?? []) conflicts([c.ports], 'spec.initContainers', out);
  conflicts(spec.containers.map((c) => c.ports), 'spec.containers', out);
  return out;
}

function conflicts(containers: readonly (readonly ContainerPort[])[], at: string, out: string[]): void {
  const where: string[] = [];
  const claims = containers.flatMap((ports, ci) => ports.map((p, pi) => {
    where.push(`${at}[${ci}].ports[${pi}]`);
    return { protocol: p.protocol, hostIP: p.hostIP ?? '', hostPort: p.hostPort ?? 0 };
  }));
  for (const { index, key } of hostPortDuplicates(claims)) out.push(`${where[index]}.hostPort: Duplicate value: "${key}"`);
}

/** apierrors.NewInvalid's message: `Pod "name" is invalid: <error>`, several errors in brackets. */
export function invalidPodMessage(name: string, errs: readonly string[]): string {
  return `Pod "${name}" is invalid: ${errs.length === 1 ? errs[0] : `[${errs.join(', ')}]`}`;
}
