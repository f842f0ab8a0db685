/**
 * Per-pod pieces of the EndpointSlice controller (staging/src/k8s.io/endpointslice/utils.go and
 * util/controller_utils.go), kept close to upstream so each rule can be read next to its source.
 */
import type { Container, Endpoint, EndpointSlicePort, Service, ServicePort } from '../../api/types';
import { sidecars } from '../../cluster/containers';
import { canonicalFamily } from '../../cluster/ipmath';
import type { SimNode, SimPod } from '../../cluster/state';

/**
 * FindPort: a numeric targetPort is used as is; a named one is looked up among the pod's container ports
 * with the same name AND protocol, then among its sidecars' (init containers with restartPolicy Always).
 * Returns undefined when the pod has no such port — the pod is then left out of that Service port (which is
 * why one Service can have slices with different port sets).
 */
export function findPort(pod: SimPod, svcPort: ServicePort): number | undefined {
  if (typeof svcPort.targetPort === 'number') return svcPort.targetPort;
  const found = namedPort(pod.pod.spec.containers, svcPort);
  if (found !== undefined || !pod.pod.spec.initContainers) return found;
  return namedPort(sidecars(pod.pod.spec), svcPort);
}

function namedPort(containers: readonly Container[], svcPort: ServicePort): number | undefined {
  for (const c of containers) {
    for (const p of c.ports) if (p.name === svcPort.targetPort && p.protocol === svcPort.protocol) return p.containerPort;
  }
  return undefined;
}

/**
 * Does every port of the Service give the same getEndpointPorts for every pod? True when no targetPort is a
 * name (FindPort then never looks at the pod): the ports can be resolved once for all the Service's pods.
 */
export function portsIndependentOfPod(svc: Service): boolean {
  for (const sp of svc.spec.ports) if (typeof sp.targetPort !== 'number') return false;
  return true;
}

/** getEndpointPorts: the Service's ports resolved for one pod (none for a headless Service without ports). */
export function getEndpointPorts(svc: Service, pod: SimPod): EndpointSlicePort[] {
  const out: EndpointSlicePort[] = [];
  for (const sp of svc.spec.ports) {
    const port = findPort(pod, sp);
    if (port === undefined) continue;
    const ep: EndpointSlicePort = { name: sp.name, port, protocol: sp.protocol };
    if (sp.appProtocol !== undefined) ep.appProtocol = sp.appProtocol;
    out.push(ep);
  }
  return out;
}

/**
 * ShouldSetHostname: the endpoint carries the pod's hostname only when the pod sets spec.hostname and its
 * spec.subdomain names this Service (same namespace). That is what makes
 * `<hostname>.<service>.<ns>.svc.<domain>` resolve (the DNS spec's per-pod records for headless Services).
 */
export function shouldSetHostname(pod: SimPod, svc: Service): boolean {
  return !!pod.pod.spec.hostname && pod.pod.spec.subdomain === svc.metadata.name && pod.namespace === svc.metadata.namespace;
}

/**
 * ShouldPodBeInEndpoints (includeTerminating = true for EndpointSlices): not Succeeded/Failed, and has an IP.
 */
export function shouldPodBeInEndpoints(pod: SimPod, includeTerminating: boolean): boolean {
  if (pod.phase === 'Succeeded' || pod.phase === 'Failed') return false;
  if (pod.pod.status.podIPs.length === 0 && !pod.podIP) return false;
  if (!includeTerminating && pod.terminating) return false;
  return true;
}

/** The pod's addresses of one family (getEndpointAddresses). */
export function podAddresses(pod: SimPod, family: 'IPv4' | 'IPv6'): string[] {
  // SimPod addresses come out of pod IPAM in canonical form.
  const ips = pod.pod.status.podIPs.length > 0 ? pod.pod.status.podIPs : pod.podIP ? [pod.podIP] : [];
  return ips.filter((ip) => canonicalFamily(ip) === family);
}

/**
 * podToEndpoint: serving = the pod's Ready condition; terminating = deletionTimestamp set;
 * ready = publishNotReadyAddresses || (serving && !terminating) — "ready" is never true for a terminating
 * pod unless the Service publishes not-ready addresses.
 */
export function podToEndpoint(pod: SimPod, node: SimNode | undefined, svc: Service, family: 'IPv4' | 'IPv6'): Endpoint {
  const serving = pod.ready;
  const terminating = pod.terminating;
  const ready = svc.spec.publishNotReadyAddresses || (serving && !terminating);
  const ep: Endpoint = {
    addresses: podAddresses(pod, family),
    conditions: { ready, serving, terminating },
    targetRef: { kind: 'Pod', namespace: pod.namespace, name: pod.name, uid: pod.uid },
  };
  // Optional keys by assignment, in this order (conditional spreads cost an object and a copy each).
  if (pod.nodeName) ep.nodeName = pod.nodeName;
  if (node?.zone) ep.zone = node.zone;
  if (shouldSetHostname(pod, svc)) ep.hostname = pod.pod.spec.hostname;
  return ep;
}

/** A key for a set of endpoint ports (endpointutil.NewPortMapKey): slices are grouped by it. */
export function portMapKey(ports: readonly EndpointSlicePort[]): string {
  if (ports.length === 1) return `${ports[0].name}|${ports[0].port}|${ports[0].protocol}|${ports[0].appProtocol ?? ''}`;
  return ports
    .map((p) => `${p.name}|${p.port}|${p.protocol}|${p.appProtocol ?? ''}`)
    .sort()
    .join(',');
}
