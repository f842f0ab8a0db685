/**
 * An engine object as `kubectl get -o yaml|json` prints it: real Kubernetes fields only. The decoded objects
 * (src/api/types.ts) carry the simulation's own bookkeeping — where they were written, who created them, a
 * `terminating` flag standing for metadata.deletionTimestamp, an Ingress's original apiVersion, an
 * IngressClass's default flag, a Secret's key names — none of which is a field of the API. This drops or
 * maps them back:
 * - `source`, `createdBy`, `convertedFrom`, `isDefault`, `dataKeys`, `raw`: dropped (the default class is
 *   already the `ingressclass.kubernetes.io/is-default-class` annotation; Secret values are never kept, so no
 *   `data` is invented);
 * - metadata.terminating: dropped — the real field is deletionTimestamp, a time the simulation does not know;
 *   empty labels, annotations and ownerReferences are omitted, as the API server omits them;
 * - Service spec.sessionAffinityTimeoutSeconds → spec.sessionAffinityConfig.clientIP.timeoutSeconds (ClientIP only);
 * - Service policy fields the engine keeps for every type are printed only where the API server defaults them
 *   (SetDefaults_Service, pkg/apis/core/v1/defaults.go): externalTrafficPolicy on externally-accessible
 *   Services (NodePort, LoadBalancer, or ClusterIP with externalIPs), internalTrafficPolicy on all but
 *   ExternalName, allocateLoadBalancerNodePorts on LoadBalancer only. Validation refuses them elsewhere, so a
 *   Service that exists never has them set there;
 * - empty lists, empty maps and nulls the engine keeps for convenience (an Ingress's status.loadBalancer.ingress
 *   before it has an address, spec.tls, a Service's externalIPs, a pod's nodeSelector…) are omitted, as the API
 *   server's JSON omits them: these fields are `omitempty` in the Go types, so `kubectl get -o jsonpath=
 *   '{.status.loadBalancer.ingress[0].ip}'` prints nothing for an Ingress without an address instead of failing
 *   on an empty list. An empty struct (status.loadBalancer: {}) is kept, as Go's encoder keeps it. The two
 *   EndpointSlice lists declared without omitempty (endpoints, ports) read back as null when empty.
 */
import type { ObjectMeta } from '../api/types';

const ENGINE_ONLY = ['source', 'createdBy', 'convertedFrom', 'isDefault', 'dataKeys', 'raw'] as const;

/** Tolerates partial metadata (rows the CLI builds itself, e.g. a Namespace implied by its objects). */
function metadata(m: Partial<ObjectMeta>): Record<string, unknown> {
  const { terminating: _t, labels, annotations, ownerReferences, namespace, ...rest } = m;
  return {
    ...rest,
    ...(namespace ? { namespace } : {}),
    ...(labels && Object.keys(labels).length ? { labels } : {}),
    ...(annotations && Object.keys(annotations).length ? { annotations } : {}),
    ...(ownerReferences?.length ? { ownerReferences } : {}),
  };
}

function serviceSpec(spec: Record<string, unknown>): Record<string, unknown> {
  const { sessionAffinityTimeoutSeconds: timeout, ...rest } = spec;
  const type = rest.type;
  const externalIPs = Array.isArray(rest.externalIPs) ? rest.externalIPs.length : 0;
  const externallyAccessible = type === 'NodePort' || type === 'LoadBalancer' || (type === 'ClusterIP' && externalIPs > 0);
  if (!externallyAccessible) delete rest.externalTrafficPolicy;
  if (type === 'ExternalName') delete rest.internalTrafficPolicy;
  if (type !== 'LoadBalancer') delete rest.allocateLoadBalancerNodePorts;
  return rest.sessionAffinity === 'ClientIP' && typeof timeout === 'number'
    ? { ...rest, sessionAffinityConfig: { clientIP: { timeoutSeconds: timeout } } }
    : rest;
}

/** Fields of type map[string]… in the kinds PodPath prints: an empty one is omitted (any other {} is a struct). */
const MAP_FIELDS: ReadonlySet<string> = new Set(['labels', 'annotations', 'selector', 'nodeSelector', 'matchLabels', 'data', 'binaryData', 'stringData', 'limits', 'requests', 'capacity', 'allocatable']);
/** List fields declared without omitempty (discovery/v1 EndpointSlice): empty, they decode to nil and print as null. */
const LISTS_WITHOUT_OMITEMPTY: Readonly<Record<string, ReadonlySet<string>>> = { EndpointSlice: new Set(['endpoints', 'ports']) };

/**
 * `bool` fields declared `omitempty` (or pointers the API server leaves unset) that the engine keeps as false:
 * Go's encoder leaves a false one out (core/v1 PodSpec.hostNetwork, ServiceSpec.publishNotReadyAddresses,
 * NodeSpec.unschedulable; PodSpec.setHostnameAsFQDN is a *bool nobody set). EndpointSlice conditions are *bool the
 * controller sets, false included: they stay.
 */
const FALSE_OMITTED: Readonly<Record<string, readonly (readonly [string, string])[]>> = {
  Pod: [['spec', 'hostNetwork'], ['spec', 'setHostnameAsFQDN']],
  Service: [['spec', 'publishNotReadyAddresses']],
  Node: [['spec', 'unschedulable']],
};

/** Drop what an `omitempty` field would not print: null, [], and {} for map fields. undefined: leave the key out. */
function omitEmpty(v: unknown, key: string): unknown {
  if (v === null || v === undefined) return undefined;
  if (Array.isArray(v)) return v.length === 0 ? undefined : v.map((x) => omitEmpty(x, '') ?? null);
  if (typeof v !== 'object') return v;
  const out: Record<string, unknown> = {};
  for (const [k, x] of Object.entries(v)) {
    const kept = omitEmpty(x, k);
    if (kept !== undefined) out[k] = kept;
  }
  return Object.keys(out).length === 0 && MAP_FIELDS.has(key) ? undefined : out;
}

/**
 * core/v1 EndpointPort.Name and ServicePort.Name are strings with omitempty (where discovery/v1's is a *string the
 * controller sets, so an EndpointSlice prints `name: ""`): an unnamed port of an Endpoints object or of a Service
 * has no name key. `shaped` is a fresh copy.
 */
function omitUnnamedPorts(shaped: Record<string, unknown>): void {
  const lists: unknown[] = [];
  if (Array.isArray(shaped.subsets)) for (const ss of shaped.subsets as { ports?: unknown }[]) lists.push(ss?.ports);
  const spec = shaped.spec as { ports?: unknown } | undefined;
  if (shaped.kind === 'Service' && spec) lists.push(spec.ports);
  for (const ports of lists) {
    if (!Array.isArray(ports)) continue;
    for (const port of ports as Record<string, unknown>[]) if (port?.name === '') delete port.name;
  }
}

/** The object with only real Kubernetes fields (see the header). Never mutates `o`. */
export function kubernetesShape<T extends { kind: string; metadata: ObjectMeta }>(o: T): Record<string, unknown> {
  const out: Record<string, unknown> = { ...o };
  for (const k of ENGINE_ONLY) delete out[k];
  out.metadata = metadata(o.metadata);
  if (o.kind === 'Service' && typeof out.spec === 'object' && out.spec !== null) out.spec = serviceSpec(out.spec as Record<string, unknown>);
  const shaped = omitEmpty(out, '') as Record<string, unknown>;
  for (const [parent, field] of FALSE_OMITTED[o.kind] ?? []) {
    const p = shaped[parent] as Record<string, unknown> | undefined;
    if (p && p[field] === false) delete p[field];
  }
  for (const k of LISTS_WITHOUT_OMITEMPTY[o.kind] ?? []) if (k in out && !(k in shaped)) shaped[k] = null;
  if (o.kind === 'Endpoints' || o.kind === 'Service') omitUnnamedPorts(shaped);
  return shaped;
}
