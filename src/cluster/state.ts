/**
 * ClusterState: what the simulated cluster looks like after every controller has run.
 * Plain readonly data (JSON-safe), produced by src/cluster/reconcile.ts and read by dns/, proxy/,
 * ingress/, graph/, lint/ and the CLI. Nothing here is computed lazily or holds back-references.
 */
import type {
  EndpointSlice, Endpoints, Ingress, IngressClass, KubeObject, LoadBalancerIngress, Pod, Secret, Service, Taint, UnknownObject,
} from '../api/types';
import type { WorldSpec, IngressControllerSpec } from '../api/world';
import type { Diagnostic } from '../manifest/diagnostics';

export interface SimNode {
  name: string;
  internalIP: string;
  externalIP?: string;
  podCIDR: string;
  controlPlane: boolean;
  /** Schedulable for ordinary pods (ready, no NoSchedule/NoExecute taint, not cordoned). */
  schedulable: boolean;
  ready: boolean;
  /** spec.unschedulable (`kubectl cordon`). */
  unschedulable: boolean;
  /** spec.taints (kubeadm taints the control plane node-role.kubernetes.io/control-plane:NoSchedule). */
  taints: readonly Taint[];
  zone?: string;
  labels: Readonly<Record<string, string>>;
  /** Came from a Node manifest (a real dump) or from the World document / defaults. */
  from: 'manifest' | 'world' | 'default';
}

/** A pod as the kubelet and the CNI would report it. */
export interface SimPod {
  namespace: string;
  name: string;
  uid: string;
  labels: Readonly<Record<string, string>>;
  nodeName: string;
  podIP: string;
  hostIP: string;
  /** The Ready condition (defaults to true for a Running pod). */
  ready: boolean;
  terminating: boolean;
  phase: NonNullable<Pod['status']['phase']>;
  /** The pod's object: written by the user, or created by a workload controller. */
  pod: Pod;
  /** The controller that owns it, e.g. { kind: 'StatefulSet', name: 'web' }. */
  owner?: { kind: string; name: string };
}

/** A Service after IP allocation: clusterIPs/nodePorts/load-balancer addresses filled in. */
export interface SimService {
  namespace: string;
  name: string;
  /** Empty for headless and ExternalName Services. */
  clusterIPs: readonly string[];
  headless: boolean;
  /** Ports with nodePort allocated where the type calls for it. */
  service: Service;
  /** Addresses the load balancer got (status.loadBalancer.ingress): from the manifest or allocated. */
  loadBalancerIngress: readonly LoadBalancerIngress[];
  /** The LB is only reachable from the LAN/VNet (an internal-LB annotation of the provider). */
  internalLoadBalancer: boolean;
  /** Who owns its endpoints: the EndpointSlice controller (selector), the user (no selector), none (ExternalName). */
  endpointsFrom: 'selector' | 'manual' | 'none';
}

/** Ingress controllers, as installed from the World document. */
export interface SimIngressController {
  spec: IngressControllerSpec;
  /** in-cluster style: the controller's Service and pods (namespace/name). */
  serviceKey?: string;
  podKeys: readonly string[];
  /** The address `kubectl get ingress` shows for Ingresses it serves. */
  address: LoadBalancerIngress[];
}

export interface ClusterState {
  world: WorldSpec;
  /** All namespaces: declared, implied by objects, and the system ones. */
  namespaces: readonly string[];
  nodes: readonly SimNode[];
  pods: readonly SimPod[];
  services: readonly SimService[];
  /** Every EndpointSlice: controller-made, mirrored from Endpoints, and hand-written. */
  endpointSlices: readonly EndpointSlice[];
  /**
   * core/v1 Endpoints as `kubectl get endpoints` shows them: computed by the endpoints controller for Services
   * with a selector, as written for selector-less Services. A view only; routing reads endpointSlices.
   */
  endpoints: readonly Endpoints[];
  ingresses: readonly Ingress[];
  ingressClasses: readonly IngressClass[];
  ingressControllers: readonly SimIngressController[];
  /**
   * The ADDRESS of each Ingress (`namespace/name` → status.loadBalancer.ingress): its in-cluster controller's
   * Service address, a per-Ingress cloud L7 address, or the status written in the manifest (a dump).
   * Ingresses no controller claims (or whose controller's load balancer is pending) map to [].
   */
  ingressAddresses: Readonly<Record<string, readonly LoadBalancerIngress[]>>;
  secrets: readonly Secret[];
  /** Everything decoded from the text plus what controllers created, in a stable order. */
  objects: readonly KubeObject[];
  /** Kinds kept but not simulated (CRDs, ConfigMaps…). */
  unknown: readonly UnknownObject[];
  /** Diagnostics from decoding, validation and reconcile (lint adds teaching diagnostics on top). */
  diagnostics: readonly Diagnostic[];
}

/** `namespace/name`, the key used in lookups and in graph ids. */
export function nsName(namespace: string, name: string): string {
  return `${namespace}/${name}`;
}

/**
 * The order of `nsName(aNs, aName)` against `nsName(bNs, bName)` (-1, 0, 1: plain string order), without
 * building either string. WHY: sorting thousands of objects by their `namespace/name` key compared freshly
 * built strings on every comparison (or allocated a wrapper and a key per object); within one namespace the
 * answer is the names' order, and across namespaces the first differing character is found in place.
 */
export function compareNsName(aNs: string, aName: string, bNs: string, bName: string): number {
  if (aNs === bNs) return aName < bName ? -1 : aName > bName ? 1 : 0;
  const aLen = aNs.length + 1 + aName.length;
  const bLen = bNs.length + 1 + bName.length;
  const n = aLen < bLen ? aLen : bLen;
  for (let i = 0; i < n; i++) {
    const x = i < aNs.length ? aNs.charCodeAt(i) : i === aNs.length ? 0x2f : aName.charCodeAt(i - aNs.length - 1);
    const y = i < bNs.length ? bNs.charCodeAt(i) : i === bNs.length ? 0x2f : bName.charCodeAt(i - bNs.length - 1);
    if (x !== y) return x < y ? -1 : 1;
  }
  return aLen < bLen ? -1 : aLen > bLen ? 1 : 0;
}

/** compareNsName for two objects' metadata: a sort comparator for lists of Kubernetes objects. */
export function compareByNsName(a: { metadata: { namespace: string; name: string } }, b: { metadata: { namespace: string; name: string } }): number {
  return compareNsName(a.metadata.namespace, a.metadata.name, b.metadata.namespace, b.metadata.name);
}
