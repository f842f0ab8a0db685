/**
 * The StatefulSet controller (pkg/controller/statefulset, stateful_set_utils.go): pods `<set>-0 … <set>-(n-1)`
 * (`<set>-<start> …` with spec.ordinals.start),
 * each with the labels statefulset.kubernetes.io/pod-name and apps.kubernetes.io/pod-index, and the identity
 * `hostname = <pod name>`, `subdomain = spec.serviceName` (updateIdentity). That identity is what gives each
 * pod its DNS name `<pod>.<serviceName>.<ns>.svc.<domain>` once a headless Service of that name selects it.
 * A pod of the right name already in the manifests (a dump, or a fixture that pins status.podIP) is used
 * instead of a new one. Its identity labels are updated (updateIdentity does that to every pod the set owns);
 * hostname/subdomain are immutable and set only at creation (initIdentity), so they are filled in only when the
 * pod says the StatefulSet created it (a controller ownerReference) — an adopted orphan keeps what it has.
 */
import type { Pod, StatefulSet } from '../../api/types';
import { shallowCopy } from '../../cluster/copy';
import { safeEncodeString, stableHash } from '../../cluster/hash';
import { matchesLabelSelector } from '../../cluster/labels';
import { podReady } from '../../cluster/readiness';
import { nsName } from '../../cluster/state';
import { invalidPodMessage, podCreateErrors } from './create';
import { simulatedReplicas } from './limits';
import type { SetMemo, WorkloadMemos } from './memos';
import { controllerOf, controllerRef, podFromTemplate } from './podTemplate';
import type { OwnedPod, PodRegistry } from './replicaset';

export const STATEFULSET_CONTROLLER = 'statefulset-controller';
export const LABEL_STS_POD_NAME = 'statefulset.kubernetes.io/pod-name';
export const LABEL_POD_INDEX = 'apps.kubernetes.io/pod-index';
export const LABEL_CONTROLLER_REVISION_HASH = 'controller-revision-hash';

/**
 * Per StatefulSet object (immutable; the same object while its document is unchanged): the revision hash and
 * the pods it created, by name — pure functions of the set, reused across simulations instead of rehashed.
 */
function memoOf(set: StatefulSet, memos: WorkloadMemos | undefined): SetMemo {
  let m = memos?.statefulSets.get(set);
  if (!m) {
    m = { revision: `${set.metadata.name}-${safeEncodeString(String(stableHash(set.spec.template)))}`, pods: new Map(), ownerReferences: [controllerRef(set)] };
    memos?.statefulSets.set(set, m);
  }
  return m;
}

/** The pod with ordinal `i`, adopted from the manifests or created. Returns created pods; adopted ones are updated in place. */
export function reconcileStatefulSet(set: StatefulSet, reg: PodRegistry, memos?: WorkloadMemos): OwnedPod[] {
  const ns = set.metadata.namespace;
  const created: OwnedPod[] = [];
  const m = memoOf(set, memos);
  const want = simulatedReplicas(set.spec.replicas);
  // getStartOrdinal: spec.ordinals.start (0 unless written); the pods are start … start + replicas - 1.
  const start = set.spec.ordinalsStart ?? 0;
  // OrderedReady (the default) is monotonic: stateful_set_control.go processReplica creates no pod while a
  // predecessor is terminating or not Running and Ready (isTerminating, isRunningAndReady); Parallel bursts.
  const monotonic = set.spec.podManagementPolicy !== 'Parallel';
  let blocked = false;
  let refusedOnce = false;
  for (let k = 0; k < want; k++) {
    const i = start + k;
    const name = `${set.metadata.name}-${i}`;
    const existing = reg.byKey.get(nsName(ns, name));
    if (existing) {
      const ctl = controllerOf(existing.pod.metadata);
      const ours = ctl ? ctl.kind === 'StatefulSet' && ctl.name === set.metadata.name : !reg.claimed.has(existing);
      if (ours && matchesLabelSelector(set.spec.selector, existing.pod.metadata.labels)) {
        reg.claimed.add(existing);
        existing.owner = { kind: 'StatefulSet', name: set.metadata.name };
        existing.pod = withIdentity(existing.pod, set, name, i, !!ctl);
        if (monotonic && !runningAndReady(existing.pod)) blocked = true;
      }
      continue;
    }
    if (blocked) continue;
    const refused = podCreateErrors(set.spec.template.spec, memos?.createErrors);
    if (refused.length) {
      // stateful_pod_control.go recordPodEvent: the first missing ordinal is refused; with the default
      // OrderedReady policy the controller goes no further, and with Parallel every other one is refused too.
      if (!refusedOnce) {
        refusedOnce = true;
        reg.failed.push({
          kind: 'StatefulSet', namespace: ns, name: set.metadata.name,
          event: `create Pod ${name} in StatefulSet ${set.metadata.name} failed error: ${invalidPodMessage(name, refused)}`,
        });
      }
      continue;
    }
    reg.taken.add(nsName(ns, name));
    let pod = m.pods.get(name);
    if (!pod) {
      pod = podFromTemplate(set.spec.template, ns, name, m.ownerReferences, STATEFULSET_CONTROLLER, {
        labels: { [LABEL_STS_POD_NAME]: name, [LABEL_POD_INDEX]: String(i), [LABEL_CONTROLLER_REVISION_HASH]: m.revision },
        hostname: name,
        subdomain: set.spec.serviceName,
      });
      m.pods.set(name, pod);
    }
    created.push({ pod, owner: { kind: 'StatefulSet', name: set.metadata.name } });
    // A created pod runs, and is Ready unless a readiness gate holds it back (nobody writes its condition here).
    if (monotonic && !runningAndReady(pod)) blocked = true;
  }
  return created;
}

/**
 * isRunningAndReady as the StatefulSet controller asks it: phase Running (a pod written without a status is taken
 * to run, as the simulation runs it) and Ready (./readiness.ts: its Ready condition, else its readiness gates), not
 * being deleted.
 */
function runningAndReady(pod: Pod): boolean {
  const phase = pod.status.phase ?? 'Running';
  return phase === 'Running' && !pod.metadata.terminating && podReady(pod, phase);
}

/**
 * updateIdentity (labels) and, for a pod the set created, the creation-time initIdentity fields a partial
 * dump may have left out (hostname/subdomain, only when absent).
 */
function withIdentity(pod: Pod, set: StatefulSet, name: string, ordinal: number, createdBySet: boolean): Pod {
  // { ...labels, ...identity } and { ...spec, hostname, subdomain }, by copies (cluster/copy.ts).
  const labels: Record<string, string> = shallowCopy(pod.metadata.labels);
  labels[LABEL_STS_POD_NAME] = name;
  labels[LABEL_POD_INDEX] = String(ordinal);
  let spec = pod.spec;
  if (createdBySet) {
    spec = shallowCopy(pod.spec);
    spec.hostname = pod.spec.hostname ?? name;
    spec.subdomain = pod.spec.subdomain ?? set.spec.serviceName;
  }
  return { ...pod, metadata: { ...pod.metadata, labels }, spec };
}
