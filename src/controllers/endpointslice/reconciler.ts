/**
 * The EndpointSlice controller's desired state for one Service (staging/src/k8s.io/endpointslice/reconciler.go).
 *
 * For each address type the Service supports (its ipFamilies), every selected pod that has an IP of that
 * family becomes an endpoint; endpoints are grouped by their resolved port set (a named targetPort may
 * resolve differently, or not at all, per pod), and each group is cut into slices of at most 100 endpoints
 * (--max-endpoints-per-slice). A family with no endpoints at all still gets one empty placeholder slice.
 * Slices are named by generateName `<service>-<5 chars>` (deterministic here), labelled with the Service's
 * own labels plus kubernetes.io/service-name, endpointslice.kubernetes.io/managed-by and, for a headless
 * Service, service.kubernetes.io/headless, and owned by the Service.
 */
import {
  LABEL_MANAGED_BY, LABEL_SERVICE_NAME, MANAGED_BY_CONTROLLER, type Endpoint, type EndpointSlice, type EndpointSlicePort,
  type Service,
} from '../../api/types';
import { generateName } from '../../cluster/hash';
import type { SimNode, SimPod } from '../../cluster/state';
import { getEndpointPorts, podToEndpoint, portMapKey, portsIndependentOfPod, shouldPodBeInEndpoints } from './utils';
import { EMPTY_MAP } from '../../api/empty';
import { controllerRef, simulatedUID } from '../workloads/podTemplate';

export const MAX_ENDPOINTS_PER_SLICE = 100;
export const ANNOTATION_TOPOLOGY_MODE = 'service.kubernetes.io/topology-mode';
const ANNOTATION_TOPOLOGY_HINTS_LEGACY = 'service.kubernetes.io/topology-aware-hints';

/**
 * Does the controller put same-zone hints on the endpoints (staging/src/k8s.io/endpointslice/trafficdist,
 * preferCloseHeuristic)? For spec.trafficDistribution PreferClose or PreferSameZone, unless the topology-mode
 * annotation asks for topology-aware hints, which take precedence (reconciler.go, hintsEnabled) and whose
 * proportional allocation (by the zones' allocatable CPU) PodPath does not model: no hints then.
 */
export function sameZoneHints(svc: Service): boolean {
  const mode = svc.metadata.annotations[ANNOTATION_TOPOLOGY_MODE] || svc.metadata.annotations[ANNOTATION_TOPOLOGY_HINTS_LEGACY] || '';
  if (mode === 'Auto' || mode === 'auto') return false;
  return svc.spec.trafficDistribution === 'PreferClose' || svc.spec.trafficDistribution === 'PreferSameZone';
}
export const LABEL_HEADLESS = 'service.kubernetes.io/headless';

const RESERVED = new Set([LABEL_SERVICE_NAME, LABEL_MANAGED_BY, LABEL_HEADLESS]);

/** setEndpointSliceLabels: Service labels (minus the reserved keys) + the controller's own labels. */
export function endpointSliceLabels(svc: Service, managedBy: string): Record<string, string> {
  const labels: Record<string, string> = {};
  for (const [k, v] of Object.entries(svc.metadata.labels)) if (!RESERVED.has(k)) labels[k] = v;
  const ipSet = !!svc.spec.clusterIP && svc.spec.clusterIP !== 'None';
  if (!ipSet) labels[LABEL_HEADLESS] = '';
  labels[LABEL_SERVICE_NAME] = svc.metadata.name;
  labels[LABEL_MANAGED_BY] = managedBy;
  return labels;
}

function newSlice(svc: Service, family: 'IPv4' | 'IPv6', ports: EndpointSlicePort[], endpoints: Endpoint[], seed: string): EndpointSlice {
  const ns = svc.metadata.namespace;
  const name = generateName(`${svc.metadata.name}-`, `${ns}/${svc.metadata.name}/${seed}`);
  return {
    kind: 'EndpointSlice',
    apiVersion: 'discovery.k8s.io/v1',
    metadata: {
      name, namespace: ns,
      labels: endpointSliceLabels(svc, MANAGED_BY_CONTROLLER),
      annotations: EMPTY_MAP,
      uid: simulatedUID('EndpointSlice', ns, name),
      // newEndpointSlice: metav1.NewControllerRef(service, …), so controller and blockOwnerDeletion.
      ownerReferences: [controllerRef(svc)],
      terminating: false,
    },
    addressType: family,
    endpoints,
    ports,
    createdBy: 'endpointslice-controller',
  };
}

function portsAndKey(svc: Service, pod: SimPod): { ports: EndpointSlicePort[]; key: string } {
  const ports = getEndpointPorts(svc, pod);
  return { ports, key: portMapKey(ports) };
}

function sortedByName(pods: readonly SimPod[]): boolean {
  for (let i = 1; i < pods.length; i++) if (pods[i - 1].name > pods[i].name) return false;
  return true;
}

/**
 * Desired slices for a Service (with its allocated spec: ipFamilies, clusterIP) and the pods its selector
 * matched. `nodes` gives each endpoint's zone.
 */
export function desiredEndpointSlices(svc: Service, pods: readonly SimPod[], nodes: ReadonlyMap<string, SimNode>): EndpointSlice[] {
  const families = svc.spec.ipFamilies.length > 0 ? svc.spec.ipFamilies : (['IPv4'] as const);
  // reconciler.go skips a pod whose Node is not found. PodPath keeps it: only a pasted dump without its Node
  // objects gives a pod an address on a node PodPath lacks, and that dump's cluster had the node (the parser warns
  // cluster/pod-node-not-found; a pod bound to a node that never existed has no address and is left out above).
  const included = pods.filter((p) => shouldPodBeInEndpoints(p, true));
  // By name; the selected pods usually come in that order already (a sort would still copy them).
  if (!sortedByName(included)) included.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const samePorts = portsIndependentOfPod(svc);
  const hints = sameZoneHints(svc);
  const out: EndpointSlice[] = [];
  for (const family of families) {
    const groups = new Map<string, { ports: EndpointSlicePort[]; endpoints: Endpoint[] }>();
    // Ports resolved once per family when no pod can change them (the usual numeric targetPorts).
    let shared: { ports: EndpointSlicePort[]; key: string } | undefined;
    for (const pod of included) {
      const ep = podToEndpoint(pod, nodes.get(pod.nodeName), svc, family);
      if (ep.addresses.length === 0) continue;
      // preferCloseHeuristic.update: a ready endpoint with a zone is hinted for that zone.
      if (hints && ep.conditions.ready && ep.zone) ep.hints = { forZones: [{ name: ep.zone }] };
      if (samePorts) shared ??= portsAndKey(svc, pod);
      const { ports, key } = shared ?? portsAndKey(svc, pod);
      const g = groups.get(key);
      if (g) g.endpoints.push(ep);
      else groups.set(key, { ports, endpoints: [ep] });
    }
    if (groups.size === 0) {
      out.push(newSlice(svc, family, [], [], `${family}/placeholder`));
      continue;
    }
    for (const key of [...groups.keys()].sort()) {
      const g = groups.get(key)!;
      for (let i = 0; i * MAX_ENDPOINTS_PER_SLICE < g.endpoints.length; i++) {
        const chunk = g.endpoints.slice(i * MAX_ENDPOINTS_PER_SLICE, (i + 1) * MAX_ENDPOINTS_PER_SLICE);
        out.push(newSlice(svc, family, g.ports, chunk, `${family}/${key}/${i}`));
      }
    }
  }
  return out;
}
