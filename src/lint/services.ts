/**
 * Service checks: selectors that select nothing, targetPorts no pod exposes, externalName on a non-ExternalName
 * Service (seed 000's `clusterIP: None` + externalName without `type`), ExternalName to an IP, and
 * externalTrafficPolicy: Local with nodes that would drop traffic.
 */
import type { ContainerPort } from '../api/types';
import type { ClusterState, SimPod, SimService } from '../cluster/state';
import type { Diagnostic } from '../manifest/diagnostics';
import { endpointsForServicePort } from '../proxy/endpoints';
import { externallyAccessible } from '../proxy/servicePort';
import { podsMatching } from '../cluster/lookup';
import { diag } from './diag';

const IPV4 = /^\d{1,3}(\.\d{1,3}){3}$/;

/** The pods a Service's selector picks, in state order (through the state's label index: no scan of every pod). */
export function selectedPods(state: ClusterState, svc: SimService): SimPod[] {
  const sel = svc.service.spec.selector;
  if (!sel || Object.keys(sel).length === 0) return [];
  return podsMatching(state, svc.namespace, sel);
}

export function lintServices(state: ClusterState): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const svc of state.services) {
    const s = svc.service;
    if (s.createdBy) continue;
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
    if (spec.type === 'ExternalName' || spec.selector === null || Object.keys(spec.selector).length === 0) continue;
    const pods = selectedPods(state, svc);
    if (pods.length === 0) {
      const selector = Object.entries(spec.selector).map(([k, v]) => `${k}=${v}`).join(',');
      out.push(diag('warning', 'service/selector-matches-no-pods', s, ['spec', 'selector'], { service: name, selector, namespace: svc.namespace }));
      continue;
    }
    // Loops, not flatMap: this runs for every Service and flatMap is a slow path in V8.
    const declared: ContainerPort[] = [];
    for (const p of pods) for (const c of p.pod.spec.containers) for (const cp of c.ports) declared.push(cp);
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
    }
  }
  return out;
}
