/**
 * From an Ingress backend to what the controller sends to.
 *
 * An Ingress backend names a Service *in the Ingress's own namespace* and a port by number or name
 * (networking/v1 IngressServiceBackend); a name like `svc.other-ns.svc.cluster.local` is just a Service
 * name that does not exist (and is not even a valid one), so the path answers 503.
 * ingress-nginx resolves the Service port and then uses the endpoints of that port from the EndpointSlices
 * — pod IPs and target ports — never the cluster IP. An ExternalName Service becomes an upstream with the
 * externalName host and the port (the Ingress's port when the Service lists none), resolved by DNS from
 * the controller pod; `--disable-svc-external-name` turns that off (CVE-2021-25740 hardening).
 * ingress-gce sends to the Service's nodePort on the nodes (instance groups), or with container-native
 * load balancing (`cloud.google.com/neg: '{"ingress": true}'`) straight to the pod IPs (NEGs).
 */
import type { IngressBackend, ServicePort } from '../api/types';
import type { ClusterState, SimService } from '../cluster/state';
import { serviceByName } from '../cluster/lookup';

export type BackendResolution =
  /** byTargetPort: ingress-nginx found the port by its targetPort, not by its port or name (see resolveBackend). */
  | { kind: 'service'; service: SimService; port: ServicePort; byTargetPort?: boolean }
  | { kind: 'external-name'; service: SimService; externalName: string; port: number; servicePort?: ServicePort }
  | { kind: 'error'; reason: 'no-service-backend' | 'service-not-found' | 'port-not-found' | 'looks-like-dns-name'; service?: SimService; name?: string };

export const ANNOTATION_NEG = 'cloud.google.com/neg';

/** `svc.ns`, `svc.ns.svc`, `svc.ns.svc.cluster.local` — someone meant a Service in another namespace. */
export function crossNamespaceReference(name: string, domain = 'cluster.local'): { service: string; namespace: string } | null {
  const m = new RegExp(`^([a-z0-9-]+)\\.([a-z0-9-]+)(\\.svc(\\.${domain.replace(/\./g, '\\.')})?)?\\.?$`, 'i').exec(name);
  return m ? { service: m[1], namespace: m[2] } : null;
}

/**
 * The Service and port an Ingress backend names. `flavor` 'ingress-nginx': the controller's serviceEndpoints
 * (internal/ingress/controller/controller.go) takes the first Service port whose port, targetPort or name equals
 * the backend's port as a string, so a backend written with the targetPort (port 80 → targetPort 8080, backend
 * port 8080) or with a named targetPort still reaches the pods there; the spec (and ingress-gce) match the port's
 * number or name only.
 */
export function resolveBackend(state: ClusterState, namespace: string, backend: IngressBackend, flavor: 'spec' | 'ingress-nginx' = 'spec'): BackendResolution {
  const ref = backend.service;
  if (!ref) return { kind: 'error', reason: 'no-service-backend' };
  const svc = serviceByName(state, namespace, ref.name);
  if (!svc) {
    return { kind: 'error', reason: ref.name.includes('.') ? 'looks-like-dns-name' : 'service-not-found', name: ref.name };
  }
  const ports = svc.service.spec.ports;
  const port = ref.port.name !== undefined && ref.port.name !== ''
    ? ports.find((p) => p.name === ref.port.name)
    : ports.find((p) => p.port === ref.port.number);
  if (svc.service.spec.type === 'ExternalName') {
    const number = port ? (typeof port.targetPort === 'number' ? port.targetPort : port.port) : ref.port.number;
    if (number === undefined) return { kind: 'error', reason: 'port-not-found', service: svc };
    return { kind: 'external-name', service: svc, externalName: svc.service.spec.externalName ?? '', port: number, servicePort: port };
  }
  if (flavor === 'ingress-nginx') {
    const want = ref.port.name !== undefined && ref.port.name !== '' ? ref.port.name : String(ref.port.number ?? '');
    const first = ports.find((p) => String(p.port) === want || String(p.targetPort ?? p.port) === want || p.name === want);
    if (first) return { kind: 'service', service: svc, port: first, ...(first !== port ? { byTargetPort: true } : {}) };
  }
  if (!port) return { kind: 'error', reason: 'port-not-found', service: svc };
  return { kind: 'service', service: svc, port };
}

/** GKE container-native load balancing for this Service (NEG annotation with "ingress": true). */
export function usesNEG(svc: SimService): boolean {
  const v = svc.service.metadata.annotations[ANNOTATION_NEG];
  return v !== undefined && /"ingress"\s*:\s*true/.test(v);
}
