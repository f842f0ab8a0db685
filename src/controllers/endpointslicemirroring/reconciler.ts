/**
 * The EndpointSlice mirroring controller (pkg/controller/endpointslicemirroring): for a Service WITHOUT a
 * selector, the hand-written core/v1 Endpoints of the same name are copied into EndpointSlices, so that
 * kube-proxy and CoreDNS (which only read slices) see them.
 *
 * Skipped when: there is no Service of that name, the Service has a selector, is ExternalName, the
 * Endpoints carries `endpointslice.kubernetes.io/skip-mirror: "true"` (the apiserver sets it on
 * default/kubernetes) or a leader-election annotation.
 * Each address becomes an endpoint (addressToEndpoint): `addresses` → ready, `notReadyAddresses` →
 * ready: false; only `ready` is set upstream, and consumers read the unset `serving` as true and
 * `terminating` as false, which is what is stored here. Invalid IPs are dropped; addressType follows each IP.
 * Slices group endpoints by port set and address type, copy the Endpoints' labels, and are labelled
 * managed-by endpointslicemirroring-controller.k8s.io; at most 1000 endpoints per subset are mirrored.
 */
import {
  LABEL_MANAGED_BY, LABEL_SERVICE_NAME, MANAGED_BY_MIRRORING, type Endpoint, type EndpointAddress, type EndpointSlice,
  type EndpointSlicePort, type Endpoints, type Service,
} from '../../api/types';
import { shallowCopy } from '../../cluster/copy';
import { generateName } from '../../cluster/hash';
import { canonicalFamily, canonicalIP } from '../../cluster/ipmath';
import { portMapKey } from '../endpointslice/utils';
import { controllerRef, simulatedUID } from '../workloads/podTemplate';

export const LABEL_SKIP_MIRROR = 'endpointslice.kubernetes.io/skip-mirror';
export const ANNOTATION_LEADER = 'control-plane.alpha.kubernetes.io/leader';
export const MAX_MIRRORED_PER_SUBSET = 1000;

/** Does the mirroring controller copy these Endpoints for this Service? */
export function shouldMirror(ep: Endpoints, svc: Service | undefined): boolean {
  if (!svc || svc.spec.type === 'ExternalName') return false;
  if (svc.spec.selector && Object.keys(svc.spec.selector).length > 0) return false;
  if (ep.metadata.labels[LABEL_SKIP_MIRROR] === 'true') return false;
  return !(ANNOTATION_LEADER in ep.metadata.annotations);
}

function addressToEndpoint(a: EndpointAddress, ready: boolean): { ep: Endpoint; family: 'IPv4' | 'IPv6' } | undefined {
  const ip = canonicalIP(a.ip); // '' when invalid; canonical text otherwise, so no second parse for the family
  if (!ip) return undefined;
  const family = canonicalFamily(ip);
  const ep: Endpoint = { addresses: [ip], conditions: { ready, serving: true, terminating: false } };
  if (a.targetRef) ep.targetRef = a.targetRef;
  if (a.nodeName) ep.nodeName = a.nodeName;
  if (a.hostname) ep.hostname = a.hostname;
  return { ep, family };
}

export function mirrorEndpoints(ep: Endpoints): EndpointSlice[] {
  const ns = ep.metadata.namespace;
  const groups = new Map<string, { family: 'IPv4' | 'IPv6'; ports: EndpointSlicePort[]; endpoints: Endpoint[] }>();
  for (const subset of ep.subsets) {
    const ports: EndpointSlicePort[] = subset.ports.map((p) => ({
      name: p.name, port: p.port, protocol: p.protocol, ...(p.appProtocol !== undefined ? { appProtocol: p.appProtocol } : {}),
    }));
    const all = [
      ...subset.addresses.map((a) => addressToEndpoint(a, true)),
      ...subset.notReadyAddresses.map((a) => addressToEndpoint(a, false)),
    ].slice(0, MAX_MIRRORED_PER_SUBSET);
    for (const item of all) {
      if (!item) continue;
      const key = `${item.family}/${portMapKey(ports)}`;
      const g = groups.get(key);
      if (g) g.endpoints.push(item.ep);
      else groups.set(key, { family: item.family, ports, endpoints: [item.ep] });
    }
  }
  // { ...labels, service-name, managed-by }, by a copy (cluster/copy.ts).
  const labels: Record<string, string> = shallowCopy(ep.metadata.labels);
  labels[LABEL_SERVICE_NAME] = ep.metadata.name;
  labels[LABEL_MANAGED_BY] = MANAGED_BY_MIRRORING;
  const annotations: Record<string, string> = {};
  for (const [k, v] of Object.entries(ep.metadata.annotations)) {
    if (k !== 'endpoints.kubernetes.io/last-change-trigger-time' && k !== 'kubectl.kubernetes.io/last-applied-configuration') annotations[k] = v;
  }
  return [...groups.keys()].sort().map((key) => {
    const g = groups.get(key)!;
    const name = generateName(`${ep.metadata.name}-`, `${ns}/${ep.metadata.name}/mirror/${key}`);
    return {
      kind: 'EndpointSlice',
      apiVersion: 'discovery.k8s.io/v1',
      metadata: {
        name, namespace: ns, labels, annotations,
        uid: simulatedUID('EndpointSlice', ns, name),
        // newEndpointSlice (endpointslicemirroring/utils.go): metav1.NewControllerRef(endpoints, …).
        ownerReferences: [controllerRef(ep)],
        terminating: false,
      },
      addressType: g.family,
      endpoints: g.endpoints,
      ports: g.ports,
      createdBy: 'endpointslicemirroring-controller',
    } satisfies EndpointSlice;
  });
}
