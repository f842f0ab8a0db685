/**
 * Service checks: selectors that select nothing, targetPorts no pod exposes, externalName on a non-ExternalName
 * Service (seed 000's `clusterIP: None` + externalName without `type`), ExternalName to an IP, and
 * externalTrafficPolicy: Local with nodes that would drop traffic.
 */
import { groupByNamespace, sameItems } from '../cluster/lookup';
import type { ContainerPort } from '../api/types';
import type { ClusterState, SimPod, SimService } from '../cluster/state';
import type { Diagnostic } from '../manifest/diagnostics';
import { endpointsForServicePort } from '../proxy/endpoints';
import { externallyAccessible } from '../proxy/servicePort';
import { podsMatching } from '../cluster/lookup';
import { LabelIndex } from '../cluster/labels';
import { runningContainers } from '../cluster/containers';
import { diag } from './diag';
import { append } from '../api/append';

const IPV4 = /^\d{1,3}(\.\d{1,3}){3}$/;

/** The pods a Service's selector picks, in state order (through the state's label index: no scan of every pod). */
export function selectedPods(state: ClusterState, svc: SimService): SimPod[] {
  const sel = svc.service.spec.selector;
  if (!sel || Object.keys(sel).length === 0) return [];
  return podsMatching(state, svc.namespace, sel);
}

/**
 * WHY per namespace: a Service's checks read only the Service, the pods of its namespace its selector picks
 * and — for externalTrafficPolicy: Local — the nodes and endpoints. services.ts and pods.ts hand back the
 * very same SimService/SimPod objects while nothing about them changed, so after an edit the namespaces whose
 * Services and pods are all the same objects as in the previous call reuse their diagnostics, and only the
 * changed namespaces index their own pods (not every pod of the cluster). A namespace with a Local-policy
 * check is always recomputed (it reads more than its own objects). Kept in the engine's LintMemory, holding
 * only the previous call's namespaces.
 */
interface NamespaceLint {
  services: SimService[];
  pods: SimPod[];
  /** Diagnostics per Service, aligned with `services`. */
  out: Diagnostic[][];
  reusable: boolean;
}

/** One engine's memory of its previous lint (lint/index.ts createLintMemory). */
export interface ServicesLintMemory {
  previousByNs: Map<string, NamespaceLint>;
}



export function lintServices(state: ClusterState, memory: ServicesLintMemory = { previousByNs: new Map() }): Diagnostic[] {
  const podsByNs = groupByNamespace(state.pods);
  const next = new Map<string, NamespaceLint>();
  for (const [ns, services] of groupByNamespace(state.services)) {
    const pods = podsByNs.get(ns) ?? [];
    const prev = memory.previousByNs.get(ns);
    if (prev && prev.reusable && sameItems(prev.services, services) && sameItems(prev.pods, pods)) {
      next.set(ns, prev);
      continue;
    }
    // The namespace's own pods, in state order: the same answer as podsMatching over the whole state.
    let index: LabelIndex<SimPod> | undefined;
    const select = (svc: SimService): SimPod[] => {
      if (!index) {
        index = new LabelIndex<SimPod>((p) => p.labels, (p) => p.namespace);
        for (const p of pods) index.add(p);
      }
      return index.select(ns, svc.service.spec.selector ?? {});
    };
    const done: NamespaceLint = { services, pods, out: [], reusable: true };
    for (const svc of services) {
      const out: Diagnostic[] = [];
      if (!lintService(state, svc, select, out)) done.reusable = false;
      done.out.push(out);
    }
    next.set(ns, done);
  }
  memory.previousByNs = next;
  // In state order, Service by Service, exactly as one pass over state.services would emit them.
  const out: Diagnostic[] = [];
  const seen = new Map<string, number>();
  for (const svc of state.services) {
    const i = seen.get(svc.namespace) ?? 0;
    seen.set(svc.namespace, i + 1);
    append(out, next.get(svc.namespace)!.out[i]);
  }
  return out;
}

/** One Service's checks into `out`; false when they read more than the Service and its pods (not reusable). */
function lintService(state: ClusterState, svc: SimService, select: (svc: SimService) => SimPod[], out: Diagnostic[]): boolean {
  const s = svc.service;
  if (s.createdBy) return true;
  const spec = s.spec;
  const name = `${svc.namespace}/${svc.name}`;
  if (spec.externalName !== undefined && spec.type !== 'ExternalName') {
    const shape = svc.headless && spec.selector === null ? 'a headless Service with no selector and no endpoints (its name resolves to nothing)'
      : svc.headless ? 'a headless Service' : `a ${spec.type} Service`;
    out.push(diag('warning', 'service/externalname-ignored', s, ['spec', 'externalName'], { service: name, type: spec.type, shape, externalName: spec.externalName }));
  }
  if (spec.type === 'ExternalName' && spec.externalName && IPV4.test(spec.externalName)) {
    out.push(diag('warning', 'service/externalname-ip', s, ['spec', 'externalName'], { service: name, externalName: spec.externalName }));
  }
  if (spec.type === 'ExternalName' || spec.selector === null || Object.keys(spec.selector).length === 0) return true;
  const pods = select(svc);
  if (pods.length === 0) {
    const selector = Object.entries(spec.selector).map(([k, v]) => `${k}=${v}`).join(',');
    out.push(diag('warning', 'service/selector-matches-no-pods', s, ['spec', 'selector'], { service: name, selector, namespace: svc.namespace }));
    return true;
  }
  // Loops, not flatMap: this runs for every Service and flatMap is a slow path in V8.
  const declared: ContainerPort[] = [];
  for (const p of pods) for (const c of runningContainers(p.pod.spec)) for (const cp of c.ports) declared.push(cp);
  spec.ports.forEach((port, i) => {
    if (typeof port.targetPort === 'string') {
      if (!declared.some((cp) => cp.name === port.targetPort)) {
        out.push(diag('error', 'service/target-port-name-unknown', s, ['spec', 'ports', i, 'targetPort'], {
          service: name, targetPort: port.targetPort, pods: pods.map((p) => p.name).join(', '),
        }));
      }
    } else if (declared.length > 0 && !declared.some((cp) => cp.containerPort === port.targetPort && cp.protocol === port.protocol)) {
      out.push(diag('warning', 'service/target-port-not-exposed', s, ['spec', 'ports', i, 'targetPort'], {
        service: name, port: port.port, targetPort: port.targetPort, declared: [...new Set(declared.map((d) => d.containerPort))].join(', '),
      }));
    }
  });
  if (spec.externalTrafficPolicy === 'Local' && externallyAccessible(svc) && spec.ports[0]) {
    const eps = endpointsForServicePort(state, svc, spec.ports[0]).filter((e) => e.ready);
    const lacking = state.nodes.filter((n) => !n.controlPlane && !eps.some((e) => e.nodeName === n.name)).map((n) => n.name);
    if (lacking.length > 0) {
      out.push(diag('info', 'service/external-traffic-policy-local-nodes', s, ['spec', 'externalTrafficPolicy'], { service: name, nodes: lacking.join(', ') }));
    }
    return false;
  }
  return true;
}
