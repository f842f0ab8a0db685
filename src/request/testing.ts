/**
 * A small ClusterState builder for unit tests of proxy/, ingress/, lint/ and request/ — so the decision
 * functions can be tested without the manifest parser and reconcile. Not used by the engine itself.
 * Everything gets upstream defaults (ClusterIP, TCP, targetPort = port, policies Cluster, ready pods).
 */
import {
  LABEL_SERVICE_NAME, MANAGED_BY_CONTROLLER, LABEL_MANAGED_BY,
  type Container, type EndpointSlice, type Ingress, type IngressClass, type IngressSpec, type ObjectMeta, type Pod,
  type Secret, type Service, type ServicePort, type ServiceSpec,
} from '../api/types';
import { defaultWorld, type IngressControllerSpec, type WorldSpec } from '../api/world';
import type { ClusterState, SimIngressController, SimNode, SimPod, SimService } from '../cluster/state';

export function meta(namespace: string, name: string, extra: Partial<ObjectMeta> = {}): ObjectMeta {
  return { name, namespace, labels: {}, annotations: {}, uid: `uid-${namespace}-${name}`, ownerReferences: [], terminating: false, ...extra };
}

export type PortInput = Partial<ServicePort> & { port: number };

export interface ServiceInput extends Partial<Omit<ServiceSpec, 'ports'>> {
  namespace?: string;
  name: string;
  ports?: PortInput[];
  annotations?: Record<string, string>;
  /** Load-balancer address(es). */
  lbIPs?: string[];
  internalLB?: boolean;
}

export function service(input: ServiceInput): SimService {
  const ns = input.namespace ?? 'default';
  const type = input.type ?? 'ClusterIP';
  const headless = input.clusterIP === 'None';
  const clusterIPs = headless || type === 'ExternalName' ? [] : input.clusterIPs ?? [input.clusterIP ?? '10.96.0.100'];
  const ports: ServicePort[] = (input.ports ?? []).map((p) => ({
    name: p.name ?? '', protocol: p.protocol ?? 'TCP', port: p.port, targetPort: p.targetPort ?? p.port,
    nodePort: p.nodePort, appProtocol: p.appProtocol,
  }));
  const spec: ServiceSpec = {
    type, selector: input.selector === undefined ? null : input.selector, clusterIP: input.clusterIP, clusterIPs,
    ipFamilies: ['IPv4'], ports, externalName: input.externalName, externalIPs: input.externalIPs ?? [],
    sessionAffinity: input.sessionAffinity ?? 'None', sessionAffinityTimeoutSeconds: 10800,
    externalTrafficPolicy: input.externalTrafficPolicy ?? 'Cluster', internalTrafficPolicy: input.internalTrafficPolicy ?? 'Cluster',
    publishNotReadyAddresses: input.publishNotReadyAddresses ?? false, loadBalancerSourceRanges: [],
    allocateLoadBalancerNodePorts: true, healthCheckNodePort: input.healthCheckNodePort,
  };
  const svc: Service = {
    kind: 'Service', apiVersion: 'v1', metadata: meta(ns, input.name, { annotations: input.annotations ?? {} }), spec,
    status: { loadBalancer: { ingress: (input.lbIPs ?? []).map((ip) => ({ ip })) } },
  };
  return {
    namespace: ns, name: input.name, clusterIPs, headless, service: svc,
    loadBalancerIngress: svc.status.loadBalancer.ingress, internalLoadBalancer: input.internalLB ?? false,
    endpointsFrom: type === 'ExternalName' ? 'none' : input.selector === undefined ? 'manual' : 'selector',
  };
}

export interface PodInput {
  namespace?: string;
  name: string;
  ip: string;
  node?: string;
  labels?: Record<string, string>;
  ports?: { containerPort: number; name?: string; protocol?: 'TCP' | 'UDP' }[];
  ready?: boolean;
  terminating?: boolean;
  hostname?: string;
  subdomain?: string;
}

export function pod(input: PodInput): SimPod {
  const ns = input.namespace ?? 'default';
  const containers: Container[] = [{
    name: 'app', ports: (input.ports ?? []).map((p) => ({ containerPort: p.containerPort, name: p.name, protocol: p.protocol ?? 'TCP' })),
  }];
  const podObj: Pod = {
    kind: 'Pod', apiVersion: 'v1', metadata: meta(ns, input.name, { labels: input.labels ?? {}, terminating: input.terminating ?? false }),
    spec: {
      nodeName: input.node ?? 'worker-1', hostname: input.hostname, subdomain: input.subdomain, setHostnameAsFQDN: false,
      hostNetwork: false, dnsPolicy: 'ClusterFirst', containers, nodeSelector: {},
    },
    status: { phase: 'Running', podIP: input.ip, podIPs: [input.ip], hostIP: '', conditions: [] },
  };
  return {
    namespace: ns, name: input.name, uid: podObj.metadata.uid, labels: input.labels ?? {}, nodeName: input.node ?? 'worker-1',
    podIP: input.ip, hostIP: '', ready: input.ready ?? true, terminating: input.terminating ?? false, phase: 'Running', pod: podObj,
  };
}

/** An EndpointSlice for `svc` listing pods (or raw addresses) with one port per Service port (by name). */
export function sliceFor(
  svc: SimService,
  members: readonly (SimPod | { ip: string; nodeName?: string; ready?: boolean; serving?: boolean; terminating?: boolean })[],
  ports: readonly { name?: string; port: number; protocol?: 'TCP' | 'UDP' }[],
  name = `${svc.name}-abc12`,
): EndpointSlice {
  return {
    kind: 'EndpointSlice', apiVersion: 'discovery.k8s.io/v1',
    metadata: meta(svc.namespace, name, { labels: { [LABEL_SERVICE_NAME]: svc.name, [LABEL_MANAGED_BY]: MANAGED_BY_CONTROLLER } }),
    addressType: 'IPv4',
    ports: ports.map((p) => ({ name: p.name ?? '', port: p.port, protocol: p.protocol ?? 'TCP' })),
    endpoints: members.map((m) => 'podIP' in m
      ? {
          addresses: [m.podIP], nodeName: m.nodeName,
          conditions: { ready: m.ready && !m.terminating, serving: m.ready, terminating: m.terminating },
          targetRef: { kind: 'Pod', namespace: m.namespace, name: m.name },
        }
      : {
          addresses: [m.ip], nodeName: m.nodeName,
          conditions: { ready: m.ready ?? true, serving: m.serving ?? m.ready ?? true, terminating: m.terminating ?? false },
        }),
  };
}

export function ingress(namespace: string, name: string, spec: Partial<IngressSpec>, annotations: Record<string, string> = {}, address?: string): Ingress {
  return {
    kind: 'Ingress', apiVersion: 'networking.k8s.io/v1', metadata: meta(namespace, name, { annotations }),
    spec: { tls: [], rules: [], ...spec },
    status: { loadBalancer: { ingress: address ? [{ ip: address }] : [] } },
  };
}

export function ingressClass(name: string, controller: string, isDefault = false): IngressClass {
  return {
    kind: 'IngressClass', apiVersion: 'networking.k8s.io/v1', metadata: meta('', name), spec: { controller }, isDefault,
  };
}

export function secret(namespace: string, name: string, type = 'kubernetes.io/tls'): Secret {
  return { kind: 'Secret', apiVersion: 'v1', metadata: meta(namespace, name), type, dataKeys: ['tls.crt', 'tls.key'] };
}

export function nodesFrom(world: WorldSpec): SimNode[] {
  return world.nodes.map((n, i) => ({
    name: n.name, internalIP: n.internalIP, externalIP: n.externalIP, podCIDR: n.podCIDR ?? `10.244.${i}.0/24`,
    controlPlane: n.controlPlane ?? false, schedulable: !(n.controlPlane ?? false), ready: true, unschedulable: false,
    taints: n.controlPlane ? [{ key: 'node-role.kubernetes.io/control-plane', effect: 'NoSchedule' }] : [], zone: n.zone,
    labels: n.labels ?? {}, from: 'world',
  }));
}

export interface StateInput {
  world?: WorldSpec;
  services?: SimService[];
  pods?: SimPod[];
  slices?: EndpointSlice[];
  ingresses?: Ingress[];
  ingressClasses?: IngressClass[];
  controllers?: SimIngressController[];
  secrets?: Secret[];
}

/** A ClusterState from parts; namespaces are collected from the objects. */
export function clusterState(input: StateInput): ClusterState {
  const world = input.world ?? defaultWorld();
  const ns = new Set<string>(['default', 'kube-system']);
  for (const o of [...(input.services ?? []), ...(input.pods ?? [])]) ns.add(o.namespace);
  for (const o of [...(input.ingresses ?? []), ...(input.slices ?? [])]) ns.add(o.metadata.namespace);
  return {
    world, namespaces: [...ns].sort(), nodes: nodesFrom(world), pods: input.pods ?? [], services: input.services ?? [],
    endpointSlices: input.slices ?? [], endpoints: [], ingresses: input.ingresses ?? [], ingressAddresses: addresses(input.ingresses ?? []), ingressClasses: input.ingressClasses ?? [],
    ingressControllers: input.controllers ?? [], secrets: input.secrets ?? [], objects: [], unknown: [], diagnostics: [],
  };
}

function addresses(ings: readonly Ingress[]): Record<string, Ingress['status']['loadBalancer']['ingress']> {
  return Object.fromEntries(ings.map((i) => [`${i.metadata.namespace}/${i.metadata.name}`, i.status.loadBalancer.ingress]));
}

/** An in-cluster controller record (its Service and pods must be added to the state separately). */
export function controller(spec: IngressControllerSpec, serviceKey?: string, podKeys: string[] = [], address: string[] = []): SimIngressController {
  return { spec, serviceKey, podKeys, address: address.map((ip) => ({ ip })) };
}
