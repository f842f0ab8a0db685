/**
 * The Deployment controller's first step (pkg/controller/deployment, sync.go getNewReplicaSet): a ReplicaSet
 * named `<deployment>-<pod-template-hash>` whose selector, template labels and own labels gain the
 * `pod-template-hash` label, owned by the Deployment. Rolling updates are not simulated: one template, one
 * ReplicaSet. When the manifests already hold a ReplicaSet the Deployment controls (a dump), none is created.
 */
import type { Deployment, ReplicaSet } from '../../api/types';
import { shallowCopy } from '../../cluster/copy';
import type { IdentityMemo } from '../../cluster/memo';
import { nsName } from '../../cluster/state';
import { computeHash, controllerOf, controllerRef, LABEL_POD_TEMPLATE_HASH, simulatedUID } from './podTemplate';

export const DEPLOYMENT_CONTROLLER = 'deployment-controller';

/**
 * WHY a memo (the engine's, see WorkloadMemos): the ReplicaSet is a pure function of the (immutable) decoded
 * Deployment, and hashing the pod template is the costly part. The manifest parser hands back the very same
 * Deployment object while its document is unchanged, so a re-simulation after an edit elsewhere reuses the
 * ReplicaSet (and, through its identity, the pods made from it: see replicaset.ts).
 */
export function newReplicaSet(d: Deployment, memo?: IdentityMemo<Deployment, ReplicaSet>): ReplicaSet {
  let rs = memo?.get(d);
  if (!rs) {
    rs = buildReplicaSet(d);
    memo?.set(d, rs);
  }
  return rs;
}

/** `{ ...labels, 'pod-template-hash': hash }`, by a copy (see cluster/copy.ts). */
function withHashLabel(labels: Readonly<Record<string, string>>, hash: string): Record<string, string> {
  const out: Record<string, string> = shallowCopy(labels);
  out[LABEL_POD_TEMPLATE_HASH] = hash;
  return out;
}

function buildReplicaSet(d: Deployment): ReplicaSet {
  const hash = computeHash(d.spec.template);
  const name = `${d.metadata.name}-${hash}`;
  const ns = d.metadata.namespace;
  const templateMeta = shallowCopy(d.spec.template.metadata);
  templateMeta.labels = withHashLabel(d.spec.template.metadata.labels, hash);
  return {
    kind: 'ReplicaSet',
    apiVersion: 'apps/v1',
    metadata: {
      name, namespace: ns,
      labels: withHashLabel(d.spec.template.metadata.labels, hash),
      annotations: { 'deployment.kubernetes.io/desired-replicas': String(d.spec.replicas), 'deployment.kubernetes.io/revision': '1' },
      uid: simulatedUID('ReplicaSet', ns, name),
      ownerReferences: [controllerRef(d)],
      terminating: false,
    },
    spec: {
      replicas: d.spec.replicas,
      selector: { matchLabels: withHashLabel(d.spec.selector.matchLabels, hash), matchExpressions: d.spec.selector.matchExpressions },
      template: { metadata: templateMeta, spec: d.spec.template.spec },
    },
    createdBy: DEPLOYMENT_CONTROLLER,
  };
}

/** ReplicaSets to create for Deployments that do not already control one in the manifests. */
export function reconcileDeployments(
  deployments: readonly Deployment[], existing: readonly ReplicaSet[], memo?: IdentityMemo<Deployment, ReplicaSet>,
): ReplicaSet[] {
  const controlled = new Set<string>();
  const names = new Set<string>();
  for (const rs of existing) {
    names.add(nsName(rs.metadata.namespace, rs.metadata.name));
    const ref = controllerOf(rs.metadata);
    if (ref?.kind === 'Deployment') controlled.add(nsName(rs.metadata.namespace, ref.name));
  }
  const out: ReplicaSet[] = [];
  // (No key strings to build when the manifests hold no ReplicaSet, the usual case.)
  const check = existing.length > 0;
  for (const d of deployments) {
    if (check && controlled.has(nsName(d.metadata.namespace, d.metadata.name))) continue;
    const rs = newReplicaSet(d, memo);
    if (check && names.has(nsName(rs.metadata.namespace, rs.metadata.name))) continue;
    out.push(rs);
  }
  return out;
}
