/**
 * Inspector details for the Kubernetes objects on the graph: Services, Pods, EndpointSlices, Ingresses.
 * Rows are labelled with upstream field paths, so a learner can carry each one to `kubectl explain`.
 */
import { LABEL_SERVICE_NAME, type ContainerPort, type Endpoint, type EndpointSlice, type ObjectMeta } from '../api/types';
import { podResolvConf } from '../dns/resolvconf';
import { resolveBackend } from '../ingress/backend';
import { requestedClass } from '../ingress/class';
import { SourceIndex } from './builder';
import { claimingControllers } from './derived';
import { endpointStatus, lbAddress, podBadges, serviceBadge, serviceExtraBadges, servicePortText } from './describe';
import { podDnsNames, serviceDnsNames } from './dnsNames';
import { gid, type GraphId } from './ids';
import type { InspectContext } from './inspect';
import { backendPortText, ingressBackends } from './modelIngress';
import type { InspectorDetails, InspectorEndpoint, InspectorIngressRule, InspectorRow, InspectorSection } from './types';

export const kv = (m: Readonly<Record<string, string>>): string => Object.entries(m).map(([k, v]) => `${k}=${v}`).join(', ');

/** A row, or nothing when the value is empty. */
export function row(field: string, value: string | number | boolean | undefined | null, ref?: GraphId): InspectorRow[] {
  if (value === undefined || value === null || value === '') return [];
  return [{ field, value: String(value), ...(ref ? { ref } : {}) }];
}

/** `http 80/TCP, 9090/TCP`: a container's ports as the inspector lists them. */
function portList(ports: readonly ContainerPort[]): string {
  return ports.map((cp) => `${cp.name ? `${cp.name} ` : ''}${cp.containerPort}/${cp.protocol}`).join(', ');
}

export function section(key: string, rows: InspectorRow[]): InspectorSection[] {
  return rows.length ? [{ key, rows }] : [];
}

export function metadataSection(m: ObjectMeta): InspectorSection[] {
  return section('metadata', [
    ...row('metadata.namespace', m.namespace), ...row('metadata.name', m.name),
    ...row('metadata.labels', kv(m.labels)), ...row('metadata.annotations', kv(m.annotations)),
    ...m.ownerReferences.map((o) => ({ field: 'metadata.ownerReferences', value: `${o.kind}/${o.name}` })),
  ]);
}

export function empty(id: GraphId, kind: InspectorDetails['kind'], title: string): InspectorDetails {
  return { id, kind, title, badges: [], sections: [], dnsNames: [], endpoints: [], ingressRules: [], diagnostics: [] };
}

export function endpointsOf(slice: EndpointSlice, filter: (e: Endpoint) => boolean = () => true): InspectorEndpoint[] {
  const ns = slice.metadata.namespace;
  const ports = slice.ports.map((p) => `${p.name ? `${p.name} ` : ''}${p.port ?? '*'}/${p.protocol}`);
  return slice.endpoints.filter(filter).map((e) => ({
    addresses: e.addresses, ports, status: endpointStatus(e.conditions), serving: e.conditions.serving,
    slice: gid.endpointSlice(ns, slice.metadata.name),
    ...(e.hostname ? { hostname: e.hostname } : {}), ...(e.nodeName ? { nodeName: e.nodeName } : {}),
    ...(e.targetRef?.kind === 'Pod' ? { pod: gid.pod(e.targetRef.namespace ?? ns, e.targetRef.name) } : {}),
  }));
}

export function inspectService(ctx: InspectContext, ns: string, name: string): InspectorDetails | null {
  const { cluster } = ctx;
  const s = cluster.services.find((x) => x.namespace === ns && x.name === name);
  if (!s) return null;
  const id = gid.service(ns, name);
  const spec = s.service.spec;
  const slices = cluster.endpointSlices.filter((e) => e.metadata.namespace === ns && e.metadata.labels[LABEL_SERVICE_NAME] === name);
  const rules: InspectorIngressRule[] = [];
  for (const ing of cluster.ingresses) {
    if (ing.metadata.namespace !== ns) continue;
    for (const ref of ingressBackends(ing)) {
      if (ref.backend.service?.name !== name) continue;
      rules.push({ ingress: gid.ingress(ns, ing.metadata.name), host: ref.host, path: ref.path, pathType: ref.pathType, port: backendPortText(ref.backend) });
    }
  }
  const source = SourceIndex.for(cluster).of(s.service);
  return {
    ...empty(id, 'service', name), namespace: ns, serviceType: serviceBadge(s), badges: serviceExtraBadges(s),
    sections: [
      ...metadataSection(s.service.metadata),
      ...section('spec', [
        ...row('spec.type', spec.type),
        ...row('spec.clusterIPs', s.headless ? 'None (headless)' : s.clusterIPs.join(', ')),
        ...row('spec.selector', spec.selector === null ? '(none: endpoints are written by hand)' : kv(spec.selector) || '{} (selects nothing)'),
        ...row('spec.externalName', spec.externalName),
        ...row('spec.externalIPs', spec.externalIPs.join(', ')),
        ...row('spec.ipFamilies', spec.ipFamilies.join(', ')),
        ...row('spec.sessionAffinity', spec.sessionAffinity),
        ...(spec.type === 'NodePort' || spec.type === 'LoadBalancer' ? row('spec.externalTrafficPolicy', spec.externalTrafficPolicy) : []),
        ...row('spec.internalTrafficPolicy', spec.internalTrafficPolicy),
        ...(spec.publishNotReadyAddresses ? row('spec.publishNotReadyAddresses', true) : []),
        ...row('spec.loadBalancerClass', spec.loadBalancerClass),
        ...row('spec.loadBalancerSourceRanges', spec.loadBalancerSourceRanges.join(', ')),
      ]),
      ...section('ports', spec.ports.map((p, i) => ({ field: `spec.ports[${i}]`, value: servicePortText(p) }))),
      ...section('status', [
        ...row('status.loadBalancer.ingress', lbAddress(s.loadBalancerIngress), spec.type === 'LoadBalancer' ? gid.loadBalancer(ns, name) : undefined),
        ...(s.internalLoadBalancer ? row('internal load balancer', true) : []),
      ]),
      ...section('endpointSlices', slices.map((e) => ({ field: 'EndpointSlice', value: e.metadata.name, ref: gid.endpointSlice(ns, e.metadata.name) }))),
    ],
    dnsNames: serviceDnsNames(ctx.zone(), s),
    endpoints: slices.flatMap((e) => endpointsOf(e)),
    ingressRules: rules,
    diagnostics: ctx.diagnosticsFor(id),
    ...(source ? { source } : {}),
  };
}

export function inspectPod(ctx: InspectContext, ns: string, name: string): InspectorDetails | null {
  const { cluster } = ctx;
  const p = cluster.pods.find((x) => x.namespace === ns && x.name === name);
  if (!p) return null;
  const id = gid.pod(ns, name);
  const spec = p.pod.spec;
  const conf = podResolvConf(p, cluster.world);
  const slices = cluster.endpointSlices.filter((e) => e.metadata.namespace === ns && e.endpoints.some((x) => x.targetRef?.kind === 'Pod' && x.targetRef.name === name));
  const services = [...new Set(slices.map((e) => e.metadata.labels[LABEL_SERVICE_NAME]).filter(Boolean))];
  const source = SourceIndex.for(cluster).of(p.pod);
  return {
    ...empty(id, 'pod', name), namespace: ns, badges: podBadges(p),
    sections: [
      ...metadataSection(p.pod.metadata),
      ...section('spec', [
        ...row('spec.nodeName', p.nodeName, p.nodeName ? gid.node(p.nodeName) : undefined),
        ...row('spec.hostname', spec.hostname), ...row('spec.subdomain', spec.subdomain),
        ...(spec.hostNetwork ? row('spec.hostNetwork', true) : []),
        ...row('spec.dnsPolicy', spec.dnsPolicy),
        ...spec.containers.flatMap((c, i) => row(`spec.containers[${i}].ports`, portList(c.ports))),
        // A sidecar's ports are served like a container's (FindPort names them too); an init container's are not.
        ...(spec.initContainers ?? []).flatMap((c, i) => row(`spec.initContainers[${i}].ports`, portList(c.ports) + (c.restartPolicy === 'Always' && c.ports.length ? ' (sidecar)' : ''))),
      ]),
      ...section('status', [
        ...row('status.phase', p.phase), ...row('status.podIPs', p.pod.status.podIPs.join(', ') || p.podIP),
        ...row('status.hostIP', p.hostIP), ...row('Ready', p.ready), ...(p.terminating ? row('terminating', true) : []),
      ]),
      ...section('resolv.conf', [
        ...conf.nameservers.map((n) => ({ field: 'nameserver', value: n })),
        ...row('search', conf.search.join(' ')), ...row('options', conf.options.join(' ')),
      ]),
      ...section('services', services.map((s) => ({ field: 'Service', value: s, ref: gid.service(ns, s) }))),
    ],
    dnsNames: podDnsNames(ctx.zone(), p),
    endpoints: slices.flatMap((e) => endpointsOf(e, (x) => x.targetRef?.name === name)),
    diagnostics: [...ctx.diagnosticsFor(id), ...conf.warnings.map((w) => ({ severity: w.severity, code: w.code, message: w.message, params: w.params }))],
    ...(source ? { source } : {}),
  };
}

export function inspectSlice(ctx: InspectContext, ns: string, name: string): InspectorDetails | null {
  const s = ctx.cluster.endpointSlices.find((x) => x.metadata.namespace === ns && x.metadata.name === name);
  if (!s) return null;
  const id = gid.endpointSlice(ns, name);
  const svc = s.metadata.labels[LABEL_SERVICE_NAME];
  const source = SourceIndex.for(ctx.cluster).of(s, svc ? `Service/${ns}/${svc}` : undefined);
  return {
    ...empty(id, 'endpointSlice', name), namespace: ns,
    sections: [
      ...metadataSection(s.metadata),
      ...section('spec', [
        ...row('addressType', s.addressType),
        ...row(`metadata.labels[${LABEL_SERVICE_NAME}]`, svc, svc ? gid.service(ns, svc) : undefined),
      ]),
      ...section('ports', s.ports.map((p, i) => ({ field: `ports[${i}]`, value: `${p.name ? `${p.name} ` : ''}${p.port ?? '*'}/${p.protocol}` }))),
    ],
    endpoints: endpointsOf(s),
    diagnostics: ctx.diagnosticsFor(id),
    ...(source ? { source } : {}),
  };
}

export function inspectIngress(ctx: InspectContext, ns: string, name: string): InspectorDetails | null {
  const { cluster } = ctx;
  const ing = cluster.ingresses.find((x) => x.metadata.namespace === ns && x.metadata.name === name);
  if (!ing) return null;
  const id = gid.ingress(ns, name);
  const asked = requestedClass(ing);
  const address = lbAddress(cluster.ingressAddresses?.[`${ns}/${name}`] ?? ing.status.loadBalancer.ingress);
  const rules: InspectorIngressRule[] = ingressBackends(ing).map((ref) => {
    const svc = ref.backend.service?.name;
    const r = resolveBackend(cluster, ns, ref.backend);
    const missing = r.kind === 'error' && r.reason !== 'port-not-found';
    return {
      ingress: id, host: ref.host, path: ref.path, pathType: ref.pathType, port: backendPortText(ref.backend),
      ...(svc ? { service: missing ? gid.missingService(ns, svc) : gid.service(ns, svc) } : {}),
      ...(missing ? { missing } : {}),
    };
  });
  const source = SourceIndex.for(cluster).of(ing);
  return {
    ...empty(id, 'ingress', name), namespace: ns, badges: ing.spec.tls.length ? ['TLS'] : [],
    sections: [
      ...metadataSection(ing.metadata),
      ...section('spec', [
        ...row(asked?.via === 'annotation' ? 'metadata.annotations[kubernetes.io/ingress.class]' : 'spec.ingressClassName', asked?.className ?? '(none)'),
        ...ing.spec.tls.map((t, i) => ({ field: `spec.tls[${i}]`, value: `${t.hosts.join(', ') || '*'} → secret ${t.secretName ?? '(none)'}` })),
      ]),
      ...section('status', row('status.loadBalancer.ingress', address || '(no address)')),
      ...section('controllers', claimingControllers(ing, cluster).map((c) => ({
        field: c.label, value: c.controller.spec.controller, ref: gid.ingressController(c.controller.spec.className),
      }))),
    ],
    ingressRules: rules,
    diagnostics: ctx.diagnosticsFor(id),
    ...(source ? { source } : {}),
  };
}
