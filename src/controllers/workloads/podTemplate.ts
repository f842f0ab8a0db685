/**
 * Shared pieces of the workload controllers: the pod-template hash and turning a template into a Pod.
 */
import type { ObjectMeta, OwnerReference, Pod, PodTemplate } from '../../api/types';
import { shallowCopy } from '../../cluster/copy';
import { fnv1a32Path, hexDigitCode, safeEncodeString, stableHash } from '../../cluster/hash';
import { EMPTY_LIST } from '../../api/empty';

/** The label the Deployment controller adds to its ReplicaSets and their pods (apps/v1 DefaultDeploymentUniqueLabelKey). */
export const LABEL_POD_TEMPLATE_HASH = 'pod-template-hash';

/**
 * controller.ComputeHash (pkg/controller/controller_utils.go): FNV-1a 32 of the pod template, printed as a
 * decimal number and passed through rand.SafeEncodeString. So the hash has as many characters as the
 * decimal digits of a uint32 (usually 9-10) drawn from 4-9, b, c, d, f — the familiar `7d9d5c8f4`.
 * Kubernetes hashes a spew dump of the Go struct; we hash a key-sorted JSON of the decoded template, so
 * the values differ from a real cluster's but keep the format and change exactly when the template does.
 */
export function computeHash(template: PodTemplate): string {
  return safeEncodeString(String(stableHash(template))); // = fnv1a32(stableStringify(template)), without the string
}

/**
 * metav1.NewControllerRef (apimachinery pkg/apis/meta/v1/controller_ref.go): the ownerReference a controller puts on
 * what it creates, with controller and blockOwnerDeletion both true.
 */
export function controllerRef(owner: { kind: string; apiVersion: string; metadata: ObjectMeta }): OwnerReference {
  return { apiVersion: owner.apiVersion, kind: owner.kind, name: owner.metadata.name, uid: owner.metadata.uid, controller: true, blockOwnerDeletion: true };
}

/** The controller ownerReference of an object, if any (metav1.GetControllerOf). */
export function controllerOf(meta: ObjectMeta): OwnerReference | undefined {
  return meta.ownerReferences.find((r) => r.controller) ?? undefined;
}

/**
 * A deterministic uid for an object the simulation creates: with a = hex32(fnv1a32Path(kind, namespace, name))
 * and b = hex32(fnv1a32Path(name, namespace, kind)), `${a}-${b[0..4]}-4${b[5..8]}-8${a[1..4]}-${b}${a[0..4]}`.
 * Written in one String.fromCharCode (one flat string per uid, where the template left a tree of pieces alive
 * in every pod and ReplicaSet); hash.test.ts checks it against the template form.
 */
export function simulatedUID(kind: string, namespace: string, name: string): string {
  const a = fnv1a32Path(kind, namespace, name);
  const b = fnv1a32Path(name, namespace, kind);
  const h = hexDigitCode;
  return String.fromCharCode(
    h(a, 0), h(a, 1), h(a, 2), h(a, 3), h(a, 4), h(a, 5), h(a, 6), h(a, 7), 45,
    h(b, 0), h(b, 1), h(b, 2), h(b, 3), 45,
    52, h(b, 5), h(b, 6), h(b, 7), 45,
    56, h(a, 1), h(a, 2), h(a, 3), 45,
    h(b, 0), h(b, 1), h(b, 2), h(b, 3), h(b, 4), h(b, 5), h(b, 6), h(b, 7), h(a, 0), h(a, 1), h(a, 2), h(a, 3),
  );
}

/** The status of a pod the API server has just created (nothing reported yet): one object for all of them, as they are never mutated. */
export const CREATED_STATUS: Pod['status'] = Object.freeze({ podIPs: EMPTY_LIST, conditions: EMPTY_LIST });

/**
 * controller.GetPodFromTemplate: a Pod from a template, with labels/annotations copied and the owner set.
 * `ownerReferences`: `[controllerRef(owner)]`, made once per workload and shared by its pods.
 */
export function podFromTemplate(
  template: PodTemplate, namespace: string, name: string, ownerReferences: readonly OwnerReference[], createdBy: string,
  extra: { labels?: Record<string, string>; hostname?: string; subdomain?: string } = {},
): Pod {
  // { ...template labels, ...extra.labels } and { ...template.spec, hostname?, subdomain? }, by copies (cluster/copy.ts)
  // when there is something to add; otherwise the template's own objects. Decoded and simulated objects are never
  // mutated (every change is made on a copy), so a ReplicaSet's pods can share its template's labels, annotations
  // and spec, as they share its values: one object instead of one per pod, for the thousands of pods of a big paste.
  let labels: Record<string, string> = template.metadata.labels;
  if (extra.labels) {
    labels = shallowCopy(labels);
    Object.assign(labels, extra.labels);
  }
  let spec = template.spec;
  if (extra.hostname !== undefined || extra.subdomain !== undefined) {
    spec = shallowCopy(spec);
    if (extra.hostname !== undefined) spec.hostname = extra.hostname;
    if (extra.subdomain !== undefined) spec.subdomain = extra.subdomain;
  }
  return {
    kind: 'Pod',
    apiVersion: 'v1',
    metadata: {
      name, namespace,
      labels,
      annotations: template.metadata.annotations,
      uid: simulatedUID('Pod', namespace, name),
      ownerReferences,
      terminating: false,
    },
    spec,
    status: CREATED_STATUS,
    createdBy,
  };
}
