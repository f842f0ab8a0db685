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
import { groupByNamespace, sameItems } from './lookup';
import {
  LABEL_MANAGED_BY, LABEL_SERVICE_NAME, MANAGED_BY_CONTROLLER, MANAGED_BY_MIRRORING, type EndpointSlice, type Endpoints, type Service,
} from '../api/types';
import type { Diagnostic } from '../manifest/diagnostics';
import { endpointsForService } from '../controllers/endpoint/endpoints';
import { desiredEndpointSlices } from '../controllers/endpointslice/reconciler';
import { mirrorEndpoints, shouldMirror } from '../controllers/endpointslicemirroring/reconciler';
import { LabelIndex } from './labels';
import { IdentityMemo } from './memo';
import { clusterDiagnostic } from './messages';
import { compareByNsName, nsName, type SimNode, type SimPod, type SimService } from './state';
import { append } from '../api/append';

export interface EndpointsResult {
  endpointSlices: EndpointSlice[];
  endpoints: Endpoints[];
  diagnostics: Diagnostic[];
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * WHY the memos (cluster/memo.ts): a Service's slices and Endpoints are pure functions of its (allocated)
 * Service object, the SimPods it selects and the nodes' zones; mirrored slices, of the Endpoints object.
 * services.ts and pods.ts hand back the same objects while nothing about them changed, so after an edit only
 * the Services whose inputs changed rebuild their slices.
 */
interface SelectorMade {
  pods: readonly SimPod[];
  zones: string;
  slices: EndpointSlice[];
  endpoints: Endpoints;
}

/**
 * One namespace's controller-made slices and Endpoints, with the SimServices and SimPods they came from.
 * WHY per namespace: a selector only selects pods of its own namespace, so when a namespace's SimServices
 * and SimPods are the very same objects as in the previous simulation (services.ts and pods.ts reuse them
 * while nothing changed), its whole result is reused without indexing its pods or asking any selector.
 * Kept in the engine's memory (EndpointsMemory), holding only the previous call's namespaces.
 */
interface NamespaceEndpoints {
  services: readonly SimService[];
  pods: readonly SimPod[];
  zones: string;
  slices: EndpointSlice[];
  endpoints: Endpoints[];
  /** Each selector Service's result, for the namespace's next run (an engine's only). */
  made?: IdentityMemo<Service, SelectorMade>;
}

/** One engine's memory of its previous run (part of its ReconcileMemory): each namespace's result. */
export interface EndpointsMemory {
  previousByNs: Map<string, NamespaceEndpoints>;
  /** Mirrored slices by Endpoints object. */
  mirrored: IdentityMemo<Endpoints, EndpointSlice[]>;
}

export function createEndpointsMemory(): EndpointsMemory {
  return { previousByNs: new Map(), mirrored: new IdentityMemo() };
}


/** The EndpointSlice and endpoints controllers over one namespace's Services with a selector. */
function selectorEndpoints(
  services: readonly SimService[], pods: readonly SimPod[], zones: string, nodeMap: ReadonlyMap<string, SimNode>, memo: IdentityMemo<Service, SelectorMade> | undefined,
): NamespaceEndpoints {
  memo?.advance();
  const out: NamespaceEndpoints = { services, pods, zones, slices: [], endpoints: [], made: memo };
  let index: LabelIndex<SimPod> | undefined;
  for (const s of services) {
    if (s.endpointsFrom !== 'selector') continue;
    if (!index) {
      index = new LabelIndex<SimPod>((p) => p.labels, (p) => p.namespace);
      for (const p of pods) index.add(p);
    }
    const selected = index.select(s.namespace, s.service.spec.selector ?? {});
    let made = memo?.get(s.service);
    if (!(made && made.zones === zones && sameItems(made.pods, selected))) {
      made = { pods: selected, zones, slices: desiredEndpointSlices(s.service, selected, nodeMap), endpoints: endpointsForService(s.service, selected) };
      memo?.set(s.service, made);
    }
    out.slices.push(...made.slices);
    out.endpoints.push(made.endpoints);
  }
  return out;
}

/**
 * A lookup by namespace, then name, over items already grouped by namespace; each namespace's map is built on
 * its first question (most namespaces are never asked), the last item of a name winning as in a map by
 * `namespace/name`.
 */
function byNamespaceAndName<T>(groups: ReadonlyMap<string, readonly T[]>, nameOf: (x: T) => string): (ns: string, name: string) => T | undefined {
  const maps = new Map<string, Map<string, T>>();
  return (ns, name) => {
    let m = maps.get(ns);
    if (!m) {
      m = new Map();
      for (const x of groups.get(ns) ?? []) m.set(nameOf(x), x);
      maps.set(ns, m);
    }
    return m.get(name);
  };
}

export function buildEndpoints(
  services: readonly SimService[], pods: readonly SimPod[], nodes: readonly SimNode[],
  writtenSlices: readonly EndpointSlice[], writtenEndpoints: readonly Endpoints[],
  engineMemory?: EndpointsMemory,
): EndpointsResult {
  const diagnostics: Diagnostic[] = [];
  const nodeMap = new Map(nodes.map((n) => [n.name, n]));
  // Without an engine's memory nothing is memoized: a cold run never asks again.
  const memory = engineMemory ?? createEndpointsMemory();
  memory.mirrored.advance();
  const servicesByNs = groupByNamespace(services);
  const svcByKey = byNamespaceAndName(servicesByNs, (s) => s.name);
  // Written Endpoints by namespace, then name (the last of a name wins, as in a map by `namespace/name`).
  const epByNs = new Map<string, Map<string, Endpoints>>();
  for (const e of writtenEndpoints) {
    let m = epByNs.get(e.metadata.namespace);
    if (!m) epByNs.set(e.metadata.namespace, (m = new Map()));
    m.set(e.metadata.name, e);
  }

  const slices: EndpointSlice[] = [];
  const endpoints: Endpoints[] = [];
  const mirrored = new Set<string>();
  // Endpoints read only each node's zone: that is all the nodes a memoized result depends on.
  const zones = nodes.map((n) => `${n.name}=${n.zone ?? ''}`).join();
  const podsByNs = groupByNamespace(pods);
  const next = new Map<string, NamespaceEndpoints>();
  for (const [ns, nsServices] of servicesByNs) {
    const nsPods = podsByNs.get(ns) ?? [];
    const prev = memory.previousByNs.get(ns);
    const done = prev && prev.zones === zones && sameItems(prev.services, nsServices) && sameItems(prev.pods, nsPods)
      ? prev : selectorEndpoints(nsServices, nsPods, zones, nodeMap, engineMemory && (prev?.made ?? new IdentityMemo()));
    next.set(ns, done);
    append(slices, done.slices);
    append(endpoints, done.endpoints);
    const nsEndpoints = epByNs.get(ns);
    if (!nsEndpoints) continue;
    for (const s of nsServices) {
      if (s.endpointsFrom !== 'manual') continue;
      const ep = nsEndpoints.get(s.name);
      if (ep && shouldMirror(ep, s.service)) {
        mirrored.add(nsName(s.namespace, s.name));
        let mirror = memory.mirrored.get(ep);
        if (!mirror) memory.mirrored.set(ep, (mirror = mirrorEndpoints(ep)));
        slices.push(...mirror);
      }
    }
  }
  memory.previousByNs = next;
  for (const ep of writtenEndpoints) {
    const svc = svcByKey(ep.metadata.namespace, ep.metadata.name);
    if (!svc || svc.endpointsFrom !== 'selector') endpoints.push(ep);
  }

  for (const slice of writtenSlices) {
    const svcName = slice.metadata.labels[LABEL_SERVICE_NAME] ?? '';
    const manager = slice.metadata.labels[LABEL_MANAGED_BY];
    const replaced =
      (manager === MANAGED_BY_CONTROLLER && svcByKey(slice.metadata.namespace, svcName)?.endpointsFrom === 'selector') ||
      (manager === MANAGED_BY_MIRRORING && mirrored.has(nsName(slice.metadata.namespace, svcName)));
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
  endpoints.sort(compareByNsName);
  return { endpointSlices: slices, endpoints, diagnostics };
}
