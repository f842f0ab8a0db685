/**
 * Builders for fully-defaulted objects in the shapes of src/api/types.ts: used by the system objects reconcile
 * adds (kubeadm's Services, CoreDNS, an ingress controller) and, through testing.ts, by tests that must not
 * depend on the manifest parser. Defaults follow the API server's (protocol TCP, targetPort = port, type ClusterIP,
 * sessionAffinity None, allocateLoadBalancerNodePorts true, namespace 'default').
 */
import type {
  Container, ContainerPort, Deployment, EndpointAddress, EndpointPort, Endpoints, EndpointSlice, Endpoint,
  EndpointSlicePort, Ingress, IngressClass, IngressRule, Namespace, Node, ObjectMeta, OwnerReference, Pod,
  PodCondition, Protocol, ReplicaSet, Service, ServicePort, ServiceSpec, StatefulSet, Taint,
} from '../api/types';
import { fnv1a32 } from './hash';

export interface MetaInput {
  name: string;
  namespace?: string;
  labels?: Record<string, string>;
  annotations?: Record<string, string>;
  uid?: string;
  ownerReferences?: OwnerReference[];
  terminating?: boolean;
}

export function meta(kind: string, m: MetaInput, clusterScoped = false): ObjectMeta {
  const namespace = clusterScoped ? '' : (m.namespace ?? 'default');
  return {
    name: m.name,
    namespace,
    labels: m.labels ?? {},
    annotations: m.annotations ?? {},
    uid: m.uid ?? `uid-${fnv1a32(`${kind}/${namespace}/${m.name}`).toString(16)}`,
    ownerReferences: m.ownerReferences ?? [],
    terminating: m.terminating ?? false,
  };
}

export type PortInput = Partial<ServicePort> & { port: number };

export function servicePort(p: PortInput): ServicePort {
  return { name: p.name ?? '', protocol: p.protocol ?? 'TCP', port: p.port, targetPort: p.targetPort ?? p.port,
    ...(p.nodePort !== undefined ? { nodePort: p.nodePort } : {}),
    ...(p.appProtocol !== undefined ? { appProtocol: p.appProtocol } : {}) };
}

export function service(
  m: MetaInput & Partial<Omit<ServiceSpec, 'ports'>> & { ports?: PortInput[]; lbIngress?: Service['status']['loadBalancer']['ingress'] },
): Service {
  const type = m.type ?? 'ClusterIP';
  return {
    kind: 'Service', apiVersion: 'v1', metadata: meta('Service', m),
    spec: {
      type,
      selector: m.selector === undefined ? null : m.selector,
      clusterIP: m.clusterIP,
      clusterIPs: m.clusterIPs ?? (m.clusterIP ? [m.clusterIP] : []),
      ipFamilies: m.ipFamilies ?? [],
      ipFamilyPolicy: m.ipFamilyPolicy,
      ports: (m.ports ?? []).map(servicePort),
      externalName: m.externalName,
      externalIPs: m.externalIPs ?? [],
      sessionAffinity: m.sessionAffinity ?? 'None',
      sessionAffinityTimeoutSeconds: m.sessionAffinityTimeoutSeconds ?? 10800,
      externalTrafficPolicy: m.externalTrafficPolicy ?? 'Cluster',
      internalTrafficPolicy: m.internalTrafficPolicy ?? 'Cluster',
      publishNotReadyAddresses: m.publishNotReadyAddresses ?? false,
      loadBalancerIP: m.loadBalancerIP,
      loadBalancerClass: m.loadBalancerClass,
      loadBalancerSourceRanges: m.loadBalancerSourceRanges ?? [],
      allocateLoadBalancerNodePorts: m.allocateLoadBalancerNodePorts ?? true,
      healthCheckNodePort: m.healthCheckNodePort,
    },
    status: { loadBalancer: { ingress: m.lbIngress ?? [] } },
  };
}

export function container(name: string, ports: (Partial<ContainerPort> & { containerPort: number })[] = []): Container {
  return { name, ports: ports.map((p) => ({ ...p, protocol: p.protocol ?? 'TCP' })) };
}

export interface PodInput extends MetaInput {
  nodeName?: string;
  hostname?: string;
  subdomain?: string;
  hostNetwork?: boolean;
  containers?: Container[];
  ports?: (Partial<ContainerPort> & { containerPort: number })[];
  podIP?: string;
  podIPs?: string[];
  hostIP?: string;
  phase?: Pod['status']['phase'];
  ready?: boolean;
  nodeSelector?: Record<string, string>;
}

export function podSpec(p: PodInput): Pod['spec'] {
  return {
    nodeName: p.nodeName, hostname: p.hostname, subdomain: p.subdomain, setHostnameAsFQDN: false,
    hostNetwork: p.hostNetwork ?? false, dnsPolicy: 'ClusterFirst',
    containers: p.containers ?? [container('app', p.ports ?? [])],
    nodeSelector: p.nodeSelector ?? {},
  };
}

export function pod(p: PodInput): Pod {
  const conditions: PodCondition[] = p.ready === undefined ? [] : [{ type: 'Ready', status: p.ready ? 'True' : 'False' }];
  return {
    kind: 'Pod', apiVersion: 'v1', metadata: meta('Pod', p), spec: podSpec(p),
    status: { phase: p.phase, podIP: p.podIP, podIPs: p.podIPs ?? (p.podIP ? [p.podIP] : []), hostIP: p.hostIP, conditions },
  };
}

export interface WorkloadInput extends MetaInput {
  replicas?: number;
  /** Selector matchLabels; defaults to the template labels. */
  selector?: Record<string, string>;
  template: PodInput | Omit<PodInput, 'name'>;
}

function workloadSpec(w: WorkloadInput) {
  const labels = w.template.labels ?? {};
  return {
    replicas: w.replicas ?? 1,
    selector: { matchLabels: w.selector ?? labels, matchExpressions: [] },
    template: { metadata: { labels, annotations: w.template.annotations ?? {} }, spec: podSpec({ name: '', ...w.template }) },
  };
}

export function deployment(w: WorkloadInput): Deployment {
  return { kind: 'Deployment', apiVersion: 'apps/v1', metadata: meta('Deployment', w), spec: workloadSpec(w) };
}

export function replicaSet(w: WorkloadInput): ReplicaSet {
  return { kind: 'ReplicaSet', apiVersion: 'apps/v1', metadata: meta('ReplicaSet', w), spec: workloadSpec(w) };
}

export function statefulSet(w: WorkloadInput & { serviceName: string }): StatefulSet {
  return {
    kind: 'StatefulSet', apiVersion: 'apps/v1', metadata: meta('StatefulSet', w),
    spec: { ...workloadSpec(w), serviceName: w.serviceName, podManagementPolicy: 'OrderedReady' },
  };
}

export function endpoints(m: MetaInput & {
  subsets: { addresses?: EndpointAddress[]; notReadyAddresses?: EndpointAddress[]; ports?: (Partial<EndpointPort> & { port: number })[] }[];
}): Endpoints {
  return {
    kind: 'Endpoints', apiVersion: 'v1', metadata: meta('Endpoints', m),
    subsets: m.subsets.map((s) => ({
      addresses: s.addresses ?? [], notReadyAddresses: s.notReadyAddresses ?? [],
      ports: (s.ports ?? []).map((p) => ({ name: p.name ?? '', port: p.port, protocol: p.protocol ?? 'TCP' })),
    })),
  };
}

export function endpointSlice(m: MetaInput & {
  addressType?: EndpointSlice['addressType']; endpoints: (Partial<Endpoint> & { addresses: string[] })[];
  ports?: (Partial<EndpointSlicePort> & { port: number })[];
}): EndpointSlice {
  return {
    kind: 'EndpointSlice', apiVersion: 'discovery.k8s.io/v1', metadata: meta('EndpointSlice', m),
    addressType: m.addressType ?? 'IPv4',
    endpoints: m.endpoints.map((e) => ({ ...e, conditions: e.conditions ?? { ready: true, serving: true, terminating: false } })),
    ports: (m.ports ?? []).map((p) => ({ name: p.name ?? '', port: p.port, protocol: p.protocol ?? ('TCP' as Protocol) })),
  };
}

export function ingress(m: MetaInput & {
  ingressClassName?: string; rules?: IngressRule[]; lbIngress?: Ingress['status']['loadBalancer']['ingress'];
}): Ingress {
  return {
    kind: 'Ingress', apiVersion: 'networking.k8s.io/v1', metadata: meta('Ingress', m),
    spec: { ingressClassName: m.ingressClassName, tls: [], rules: m.rules ?? [] },
    status: { loadBalancer: { ingress: m.lbIngress ?? [] } },
  };
}

export function ingressClass(m: MetaInput & { controller: string; isDefault?: boolean }): IngressClass {
  return {
    kind: 'IngressClass', apiVersion: 'networking.k8s.io/v1', metadata: meta('IngressClass', m, true),
    spec: { controller: m.controller }, isDefault: m.isDefault ?? false,
  };
}

export function namespace(name: string): Namespace {
  return { kind: 'Namespace', apiVersion: 'v1', metadata: meta('Namespace', { name }, true) };
}

export function node(m: MetaInput & {
  internalIP?: string; externalIP?: string; podCIDR?: string; taints?: Taint[]; unschedulable?: boolean; ready?: boolean;
}): Node {
  return {
    kind: 'Node', apiVersion: 'v1', metadata: meta('Node', m, true),
    spec: { podCIDR: m.podCIDR, podCIDRs: m.podCIDR ? [m.podCIDR] : [], unschedulable: m.unschedulable ?? false, taints: m.taints ?? [] },
    status: {
      addresses: [
        ...(m.internalIP ? [{ type: 'InternalIP' as const, address: m.internalIP }] : []),
        ...(m.externalIP ? [{ type: 'ExternalIP' as const, address: m.externalIP }] : []),
        { type: 'Hostname' as const, address: m.name },
      ],
      ready: m.ready ?? true,
    },
  };
}
