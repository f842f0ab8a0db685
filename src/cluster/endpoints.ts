/**
 * Service endpoints: the EndpointSlice controller for Services with a selector, the mirroring controller
 * for selector-less Services with hand-written Endpoints, hand-written EndpointSlices kept as written, and
 * the legacy Endpoints view.
 *
 * Hand-written slices labelled managed-by endpointslice-controller.k8s.io (for a Service with a selector)
 * or endpointslicemirroring-controller.k8s.io (for Endpoints that are mirrored) belong to those
 * controllers, which rewrite them to match the cluster: they are replaced by what the controller computes.
 * Any other slice labelled kubernetes.io/service-name (no managed-by, or another manager) is used as written,
 * even next to a selector — kube-proxy and CoreDNS read every slice of the Service.
 */
import {
  LABEL_MANAGED_BY, LABEL_SERVICE_NAME, MANAGED_BY_CONTROLLER, MANAGED_BY_MIRRORING, type EndpointSlice, type Endpoints, type Service,
} from '../api/types';
import type { Diagnostic } from '../manifest/diagnostics';
import { endpointsForService } from '../controllers/endpoint/endpoints';
import { desiredEndpointSlices } from '../controllers/endpointslice/reconciler';
import { mirrorEndpoints, shouldMirror } from '../controllers/endpointslicemirroring/reconciler';
import { LabelIndex } from './labels';
import { clusterDiagnostic } from './messages';
import { nsName, type SimNode, type SimPod, type SimService } from './state';

export interface EndpointsResult {
  endpointSlices: EndpointSlice[];
  endpoints: Endpoints[];
  diagnostics: Diagnostic[];
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * WHY the memos: a Service's slices and Endpoints are pure functions of its (allocated) Service object, the
 * SimPods it selects and the nodes' zones; mirrored slices, of the Endpoints object. services.ts and pods.ts
 * hand back the same objects while nothing about them changed, so after an edit only the Services whose
 * inputs changed rebuild their slices. Keyed by object identity (WeakMap): no cache to invalidate or leak.
 */
const selectorMemo = new WeakMap<Service, { pods: readonly SimPod[]; zones: string; slices: EndpointSlice[]; endpoints: Endpoints }>();
const mirrorMemo = new WeakMap<Endpoints, EndpointSlice[]>();

const sameItems = <T>(a: readonly T[], b: readonly T[]) => a.length === b.length && a.every((x, i) => x === b[i]);

export function buildEndpoints(
  services: readonly SimService[], pods: readonly SimPod[], nodes: readonly SimNode[],
  writtenSlices: readonly EndpointSlice[], writtenEndpoints: readonly Endpoints[],
): EndpointsResult {
  const diagnostics: Diagnostic[] = [];
  const nodeMap = new Map(nodes.map((n) => [n.name, n]));
  const index = new LabelIndex<SimPod>((p) => p.labels, (p) => p.namespace);
  for (const p of pods) index.add(p);
  const svcByKey = new Map(services.map((s) => [nsName(s.namespace, s.name), s]));
  const epByKey = new Map(writtenEndpoints.map((e) => [nsName(e.metadata.namespace, e.metadata.name), e]));

  const slices: EndpointSlice[] = [];
  const endpoints: Endpoints[] = [];
  const mirrored = new Set<string>();
  // Endpoints read only each node's zone: that is all the nodes a memoized result depends on.
  const zones = nodes.map((n) => `${n.name}=${n.zone ?? ''}`).join();
  for (const s of services) {
    const key = nsName(s.namespace, s.name);
    if (s.endpointsFrom === 'selector') {
      const selected = index.select(s.namespace, s.service.spec.selector ?? {});
      const prev = selectorMemo.get(s.service);
      if (prev && prev.zones === zones && sameItems(prev.pods, selected)) {
        slices.push(...prev.slices);
        endpoints.push(prev.endpoints);
        continue;
      }
      const made = { pods: selected, zones, slices: desiredEndpointSlices(s.service, selected, nodeMap), endpoints: endpointsForService(s.service, selected) };
      selectorMemo.set(s.service, made);
      slices.push(...made.slices);
      endpoints.push(made.endpoints);
    } else if (s.endpointsFrom === 'manual') {
      const ep = epByKey.get(key);
      if (ep && shouldMirror(ep, s.service)) {
        mirrored.add(key);
        let mirror = mirrorMemo.get(ep);
        if (!mirror) mirrorMemo.set(ep, (mirror = mirrorEndpoints(ep)));
        slices.push(...mirror);
      }
    }
  }
  for (const ep of writtenEndpoints) {
    const svc = svcByKey.get(nsName(ep.metadata.namespace, ep.metadata.name));
    if (!svc || svc.endpointsFrom !== 'selector') endpoints.push(ep);
  }

  for (const slice of writtenSlices) {
    const svcKey = nsName(slice.metadata.namespace, slice.metadata.labels[LABEL_SERVICE_NAME] ?? '');
    const manager = slice.metadata.labels[LABEL_MANAGED_BY];
    const replaced =
      (manager === MANAGED_BY_CONTROLLER && svcByKey.get(svcKey)?.endpointsFrom === 'selector') ||
      (manager === MANAGED_BY_MIRRORING && mirrored.has(svcKey));
    if (replaced) {
      diagnostics.push(clusterDiagnostic('info', 'cluster/endpointslice-replaced', { slice: nsName(slice.metadata.namespace, slice.metadata.name), manager: manager ?? '' }, slice));
      continue;
    }
    slices.push(slice);
  }
  slices.sort((a, b) =>
    cmp(a.metadata.namespace, b.metadata.namespace) ||
    cmp(a.metadata.labels[LABEL_SERVICE_NAME] ?? '', b.metadata.labels[LABEL_SERVICE_NAME] ?? '') ||
    cmp(a.metadata.name, b.metadata.name));
  endpoints.sort((a, b) => cmp(nsName(a.metadata.namespace, a.metadata.name), nsName(b.metadata.namespace, b.metadata.name)));
  return { endpointSlices: slices, endpoints, diagnostics };
}
