/**
 * English templates for the diagnostics reconcile reports (code → template with {param} placeholders).
 * Each code is also the i18n key the app translates.
 */
import { registerCatalog } from '../messages/registry';
import { renderTemplate } from '../messages/render';
import type { Catalog } from '../messages/render';
import { objectKey, type Diagnostic, type FieldPath, type Severity } from '../manifest/diagnostics';

export const CLUSTER_MESSAGES = {
  'cluster/node-no-internal-ip': 'Node {node} has no InternalIP address; pods on it get no hostIP.',
  'cluster/node-cidr-exhausted': 'The pod CIDR {podCIDR} has no free /{maskSize} left for node {node}.',
  'cluster/pod-node-not-found': 'Pod {pod} is bound to node {node}, which is not in the cluster. Paste the Node objects too (kubectl get nodes -o yaml), or list the node in a World document\'s spec.nodes.',
  'cluster/pod-unschedulable': 'No node can run pod {pod}: it stays Pending with no IP.',
  'cluster/pod-ip-outside-node-cidr': 'Pod {pod} has IP {ip}, outside the pod CIDR {podCIDR} of its node {node}.',
  'cluster/pod-ip-duplicate': 'Pods {pod} and {other} both have IP {ip}.',
  'cluster/pod-ip-exhausted': 'Node {node} has no free address left in {podCIDR} for pod {pod}.',
  'cluster/service-ip-invalid': 'Service {service}: {ip} is not a valid IP address.',
  'cluster/service-ip-out-of-range': 'Service {service}: clusterIP {ip} is not in a service CIDR ({cidrs}); the API server would reject it.',
  'cluster/service-ip-duplicate': 'Service {service}: clusterIP {ip} is already allocated to {other}; the API server would reject it.',
  'cluster/service-cidr-full': 'Service {service}: no free {family} address left in the service CIDRs.',
  'cluster/service-dualstack-unavailable': 'Service {service} requires dual-stack, but the cluster has no {family} service CIDR.',
  'cluster/nodeport-out-of-range': 'Service {service}: nodePort {nodePort} is outside the range {min}-{max}; the API server would reject it.',
  'cluster/nodeport-duplicate': 'Service {service}: nodePort {nodePort} is already allocated to {other}; the API server would reject it.',
  'cluster/nodeport-range-full': 'Service {service}: no free node port left in {min}-{max}.',
  'cluster/lb-pending-no-provider': 'LoadBalancer Service {service} stays <pending>: no cloud provider hands out load balancers here.',
  'cluster/lb-pending-class': 'LoadBalancer Service {service} stays <pending>: loadBalancerClass {class} is not handled by the default cloud controller.',
  'cluster/lb-pool-exhausted': 'LoadBalancer Service {service} stays <pending>: no free address left in {pool}.',
  'cluster/endpointslice-replaced': 'EndpointSlice {slice} is managed by {manager}; the simulation recomputes it from the Service and its pods.',
  'cluster/workload-pods-capped': '{kind} {workload} asks for {replicas} replicas: only the first {limit} pods are simulated, the rest are not.',
  'cluster/workload-failed-create': '{kind} {workload} gets no pods: the API server refuses the pods made from its template, and {controller} records FailedCreate on {on}: {event}. A hostNetwork pod\'s hostPort defaults to its containerPort, so two ports with the same containerPort and protocol claim the same port on the node; the template itself was accepted, because since Kubernetes 1.28 a template\'s hostPort is not defaulted.',
} as const satisfies Catalog;

export type ClusterMessageCode = keyof typeof CLUSTER_MESSAGES;

registerCatalog(CLUSTER_MESSAGES);

/** Anything with metadata and maybe a source: the object a diagnostic is about. */
interface Located {
  kind: string;
  metadata: { name: string; namespace: string };
  source?: { doc: number; path: FieldPath };
}

/** A reconcile diagnostic with its English message rendered, pointing at `obj` and `field` where known. */
export function clusterDiagnostic(
  severity: Severity, code: ClusterMessageCode, params: Record<string, string | number>, obj?: Located, field?: FieldPath,
): Diagnostic {
  const d: Diagnostic = { severity, code, message: renderTemplate(CLUSTER_MESSAGES[code], params), params };
  if (obj) {
    d.object = objectKey(obj.kind, obj.metadata.namespace || undefined, obj.metadata.name);
    if (obj.source) d.source = { doc: obj.source.doc, path: obj.source.path };
    if (field) d.field = field;
  }
  return d;
}
