/**
 * Names that need a headless Service: a StatefulSet's serviceName (per-pod DNS names
 * pod-0.svc.ns.svc.cluster.local) and a pod's spec.subdomain (hostname.subdomain.ns.svc.cluster.local) —
 * https://kubernetes.io/docs/concepts/services-networking/dns-pod-service/#pod-s-hostname-and-subdomain-fields.
 */
import type { StatefulSet } from '../api/types';
import type { ClusterState } from '../cluster/state';
import type { Diagnostic } from '../manifest/diagnostics';
import { serviceByName } from '../cluster/lookup';
import { diag } from './diag';

export function lintWorkloads(state: ClusterState): Diagnostic[] {
  const out: Diagnostic[] = [];
  const svc = (ns: string, name: string) => serviceByName(state, ns, name);
  for (const obj of state.objects) {
    if (obj.kind !== 'StatefulSet') continue;
    const sts = obj as StatefulSet;
    const ns = sts.metadata.namespace;
    const params = { statefulset: `${ns}/${sts.metadata.name}`, service: sts.spec.serviceName ?? '', namespace: ns };
    if (!sts.spec.serviceName) out.push(diag('warning', 'statefulset/service-name-missing', sts, ['spec', 'serviceName'], params));
    else {
      const s = svc(ns, sts.spec.serviceName);
      if (!s) out.push(diag('warning', 'statefulset/service-not-found', sts, ['spec', 'serviceName'], params));
      else if (!s.headless) out.push(diag('warning', 'statefulset/service-not-headless', sts, ['spec', 'serviceName'], params));
    }
  }
  for (const p of state.pods) {
    const sub = p.pod.spec.subdomain;
    if (!sub || !p.pod.source) continue;
    const s = svc(p.namespace, sub);
    if (!s || !s.headless) {
      out.push(diag('warning', 'pod/subdomain-no-headless-service', p.pod, ['spec', 'subdomain'], {
        pod: `${p.namespace}/${p.name}`, subdomain: sub, namespace: p.namespace, hostname: p.pod.spec.hostname ?? p.name,
      }));
    }
  }
  return out;
}
