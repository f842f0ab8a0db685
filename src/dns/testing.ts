/**
 * A small ClusterState builder for the DNS tests, independent of the manifest parser and reconcile:
 * Services, pods and EndpointSlices written tersely, plus what every kubeadm cluster has (the `kubernetes`
 * Service 10.96.0.1, kube-system/kube-dns 10.96.0.10 with one CoreDNS pod, the system namespaces).
 */
import type { Endpoint, EndpointSlice, Pod, PodDNSConfig, Service, ServiceType, Protocol, DNSPolicy } from '../api/types';
import { LABEL_SERVICE_NAME } from '../api/types';
import { defaultWorld, type WorldSpec } from '../api/world';
import type { ClusterState, SimPod, SimService } from '../cluster/state';
import type { Simulation } from '../engine';
import { buildZone } from './zone';

const meta = (namespace: string, name: string, labels: Record<string, string> = {}) => ({
  name, namespace, labels, annotations: {}, uid: `${namespace}/${name}`, ownerReferences: [], terminating: false,
});

export interface PortLite { name?: string; port: number; protocol?: Protocol }
export interface ServiceLite {
  ns?: string;
  name: string;
  type?: ServiceType;
  /** 'None' for headless. */
  clusterIP?: string;
  clusterIPs?: string[];
  ports?: PortLite[];
  externalName?: string;
}
export interface PodLite {
  ns?: string;
  name: string;
  ip: string;
  labels?: Record<string, string>;
  hostname?: string;
  subdomain?: string;
  dnsPolicy?: DNSPolicy;
  hostNetwork?: boolean;
  dnsConfig?: Partial<PodDNSConfig>;
}
export interface SliceLite {
  ns?: string;
  service: string;
  name?: string;
  addressType?: 'IPv4' | 'IPv6';
  ports?: PortLite[];
  endpoints: { ip: string; hostname?: string; ready?: boolean; pod?: string }[];
}

export function service(s: ServiceLite): SimService {
  const ns = s.ns ?? 'default';
  const type = s.type ?? 'ClusterIP';
  const headless = s.clusterIP === 'None';
  const clusterIPs = type === 'ExternalName' || headless ? [] : (s.clusterIPs ?? [s.clusterIP ?? '10.96.100.1']);
  const svc: Service = {
    kind: 'Service', apiVersion: 'v1', metadata: meta(ns, s.name),
    spec: {
      type, selector: null, clusterIP: s.clusterIP, clusterIPs: headless ? ['None'] : clusterIPs, ipFamilies: ['IPv4'],
      ports: (s.ports ?? []).map((p) => ({ name: p.name ?? '', protocol: p.protocol ?? 'TCP', port: p.port, targetPort: p.port })),
      externalName: s.externalName, externalIPs: [], sessionAffinity: 'None', sessionAffinityTimeoutSeconds: 10800,
      externalTrafficPolicy: 'Cluster', internalTrafficPolicy: 'Cluster', publishNotReadyAddresses: false,
      loadBalancerSourceRanges: [], allocateLoadBalancerNodePorts: true,
    },
    status: { loadBalancer: { ingress: [] } },
  };
  return { namespace: ns, name: s.name, clusterIPs, headless, service: svc, loadBalancerIngress: [], internalLoadBalancer: false, endpointsFrom: 'selector' };
}

export function pod(p: PodLite): SimPod {
  const ns = p.ns ?? 'default';
  const obj: Pod = {
    kind: 'Pod', apiVersion: 'v1', metadata: meta(ns, p.name, p.labels),
    spec: {
      nodeName: 'worker-1', hostname: p.hostname, subdomain: p.subdomain, setHostnameAsFQDN: false,
      hostNetwork: p.hostNetwork ?? false, dnsPolicy: p.dnsPolicy ?? 'ClusterFirst',
      dnsConfig: p.dnsConfig ? { nameservers: [], searches: [], options: [], ...p.dnsConfig } : undefined,
      containers: [], nodeSelector: {},
    },
    status: { phase: 'Running', podIP: p.ip, podIPs: [p.ip], hostIP: '192.168.0.11', conditions: [] },
  };
  return {
    namespace: ns, name: p.name, uid: obj.metadata.uid, labels: p.labels ?? {}, nodeName: 'worker-1', podIP: p.ip,
    hostIP: '192.168.0.11', ready: true, terminating: false, phase: 'Running', pod: obj,
  };
}

export function slice(s: SliceLite): EndpointSlice {
  const ns = s.ns ?? 'default';
  const endpoints: Endpoint[] = s.endpoints.map((e) => ({
    addresses: [e.ip],
    conditions: { ready: e.ready ?? true, serving: e.ready ?? true, terminating: false },
    hostname: e.hostname,
    targetRef: e.pod ? { kind: 'Pod', namespace: ns, name: e.pod } : undefined,
  }));
  return {
    kind: 'EndpointSlice', apiVersion: 'discovery.k8s.io/v1', metadata: meta(ns, s.name ?? `${s.service}-abcde`, { [LABEL_SERVICE_NAME]: s.service }),
    addressType: s.addressType ?? 'IPv4', endpoints,
    ports: (s.ports ?? []).map((p) => ({ name: p.name ?? '', port: p.port, protocol: p.protocol ?? 'TCP' })),
  };
}

export interface StateLite {
  namespaces?: string[];
  services?: ServiceLite[];
  pods?: PodLite[];
  slices?: SliceLite[];
  world?: (w: WorldSpec) => void;
}

export function buildState(s: StateLite): ClusterState {
  const world = defaultWorld();
  s.world?.(world);
  const services = [
    service({ name: 'kubernetes', clusterIP: '10.96.0.1', ports: [{ name: 'https', port: 443 }] }),
    service({ ns: 'kube-system', name: 'kube-dns', clusterIP: world.cluster.dnsServiceIP, ports: [{ name: 'dns', port: 53, protocol: 'UDP' }, { name: 'dns-tcp', port: 53 }] }),
    ...(s.services ?? []).map(service),
  ];
  const pods = [pod({ ns: 'kube-system', name: 'coredns-0', ip: '10.244.0.2', labels: { 'k8s-app': 'kube-dns' } }), ...(s.pods ?? []).map(pod)];
  const slices = [
    slice({ ns: 'kube-system', service: 'kube-dns', ports: [{ name: 'dns', port: 53, protocol: 'UDP' }], endpoints: [{ ip: '10.244.0.2', pod: 'coredns-0' }] }),
    ...(s.slices ?? []).map(slice),
  ];
  const namespaces = [...new Set(['default', 'kube-system', 'kube-public', 'kube-node-lease', ...(s.namespaces ?? []), ...pods.map((p) => p.namespace), ...services.map((x) => x.namespace)])];
  return {
    world, namespaces, nodes: [], pods, services, endpointSlices: slices, endpoints: [], ingresses: [], ingressClasses: [],
    ingressControllers: [], ingressAddresses: {}, secrets: [], objects: [], unknown: [], diagnostics: [],
  };
}

export function buildSim(s: StateLite): Simulation {
  const cluster = buildState(s);
  return { cluster, zone: buildZone(cluster), diagnostics: [], documents: 0, rejected: [] };
}
