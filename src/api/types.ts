/**
 * Kubernetes objects as the engine sees them after decoding and defaulting.
 *
 * Field names are upstream's (core/v1, discovery/v1, networking/v1, apps/v1) so a learner can carry
 * every name from the UI to `kubectl explain` and the docs. Only the fields the simulation uses are kept;
 * defaults are applied as the API server applies them (see src/manifest/defaults.ts), so downstream code
 * never has to ask "was this set?" except where Kubernetes itself distinguishes (e.g. `selector` absent).
 * Everything is plain readonly JSON-safe data.
 */
import type { SourceRef } from '../manifest/diagnostics';

export interface ObjectMeta {
  name: string;
  /** '' for cluster-scoped kinds (Namespace, Node, IngressClass); 'default' when omitted for namespaced kinds. */
  namespace: string;
  labels: Readonly<Record<string, string>>;
  annotations: Readonly<Record<string, string>>;
  /** metadata.uid when given (real dumps), else a deterministic one derived from kind/ns/name. */
  uid: string;
  ownerReferences: readonly OwnerReference[];
  /** metadata.deletionTimestamp set: the object is terminating. */
  terminating: boolean;
  /** metadata.creationTimestamp as written (RFC 3339), e.g. from a `kubectl get -o yaml` dump. */
  creationTimestamp?: string;
}

export interface OwnerReference {
  apiVersion: string;
  kind: string;
  name: string;
  uid?: string;
  controller?: boolean;
  /** metav1.NewControllerRef sets it (true) on everything a controller creates. */
  blockOwnerDeletion?: boolean;
}

interface Base<K extends string> {
  kind: K;
  apiVersion: string;
  metadata: ObjectMeta;
  /** Where it was written (absent for objects the simulation creates, like workload pods or system services). */
  source?: SourceRef;
  /** Set on objects the simulation itself created (e.g. 'statefulset-controller', 'kubeadm'). */
  createdBy?: string;
}

export type Protocol = 'TCP' | 'UDP' | 'SCTP';

// ---------------------------------------------------------------- core/v1 Service

export type ServiceType = 'ClusterIP' | 'NodePort' | 'LoadBalancer' | 'ExternalName';

export interface ServicePort {
  /** '' when unnamed (allowed only for single-port Services). */
  name: string;
  protocol: Protocol;
  port: number;
  /** Number, or the name of a container port. Defaults to `port`. */
  targetPort: number | string;
  /** Set by the user or allocated by reconcile for NodePort/LoadBalancer. */
  nodePort?: number;
  appProtocol?: string;
}

export interface LoadBalancerIngress {
  ip?: string;
  hostname?: string;
  /**
   * A Service's only (core/v1 LoadBalancerIngress.ipMode): VIP, the address is delivered to the node with the
   * destination unchanged; Proxy, the load balancer rewrites it. The API server sets VIP on every LoadBalancer
   * IP written without one (SetDefaults_Service; LoadBalancerIPMode, GA in 1.32).
   */
  ipMode?: 'VIP' | 'Proxy';
}

export interface ServiceSpec {
  type: ServiceType;
  /** null: no selector. An empty selector {} counts as none too ("If empty or not present, the service is assumed to
   * have an external process managing its endpoints" — core/v1 ServiceSpec): its endpoints are written by hand. */
  selector: Readonly<Record<string, string>> | null;
  /** As written: undefined (allocate), 'None' (headless) or an address. */
  clusterIP?: string;
  clusterIPs: readonly string[];
  ipFamilies: readonly ('IPv4' | 'IPv6')[];
  ipFamilyPolicy?: 'SingleStack' | 'PreferDualStack' | 'RequireDualStack';
  ports: readonly ServicePort[];
  /** Kept as written even when type is not ExternalName, so lint can explain that it is ignored. */
  externalName?: string;
  externalIPs: readonly string[];
  sessionAffinity: 'None' | 'ClientIP';
  /** sessionAffinityConfig.clientIP.timeoutSeconds (default 10800). */
  sessionAffinityTimeoutSeconds: number;
  externalTrafficPolicy: 'Cluster' | 'Local';
  internalTrafficPolicy: 'Cluster' | 'Local';
  publishNotReadyAddresses: boolean;
  loadBalancerIP?: string;
  loadBalancerClass?: string;
  loadBalancerSourceRanges: readonly string[];
  allocateLoadBalancerNodePorts: boolean;
  healthCheckNodePort?: number;
  /** spec.trafficDistribution (PreferClose, PreferSameZone…), as written. */
  trafficDistribution?: string;
}

export interface Service extends Base<'Service'> {
  spec: ServiceSpec;
  status: { loadBalancer: { ingress: readonly LoadBalancerIngress[] } };
}

// ---------------------------------------------------------------- core/v1 Pod and workloads

export interface ContainerPort {
  name?: string;
  containerPort: number;
  protocol: Protocol;
  hostPort?: number;
  /** Only when written: the host address the hostPort binds (part of what makes two host ports collide). */
  hostIP?: string;
}

export interface Container {
  name: string;
  image?: string;
  ports: readonly ContainerPort[];
}

/**
 * spec.initContainers[]: run one by one before the containers start, and exit — unless `restartPolicy: Always`
 * makes one a sidecar (Kubernetes 1.29+), which keeps running beside the containers, so its ports are served
 * and a Service may name them (FindPort looks at sidecars after the containers).
 */
export interface InitContainer extends Container {
  restartPolicy?: 'Always';
}

export type DNSPolicy = 'ClusterFirst' | 'ClusterFirstWithHostNet' | 'Default' | 'None';

export interface PodDNSConfig {
  nameservers: readonly string[];
  searches: readonly string[];
  options: readonly { name: string; value?: string }[];
}

/** spec.hostAliases: extra /etc/hosts lines the kubelet writes into the pod's hosts file. */
export interface HostAlias {
  ip: string;
  hostnames: readonly string[];
}

export interface PodSpec {
  nodeName?: string;
  hostname?: string;
  subdomain?: string;
  setHostnameAsFQDN: boolean;
  hostNetwork: boolean;
  dnsPolicy: DNSPolicy;
  dnsConfig?: PodDNSConfig;
  containers: readonly Container[];
  /** Only when the manifest lists some (an absent key keeps every other pod template's hash as it was). */
  initContainers?: readonly InitContainer[];
  nodeSelector: Readonly<Record<string, string>>;
  /** Only when the manifest lists some (so every other template's hash stays as it was). */
  tolerations?: readonly Toleration[];
  /** spec.readinessGates[].conditionType, only when the manifest lists some. */
  readinessGates?: readonly string[];
  hostAliases?: readonly HostAlias[];
}

/**
 * spec.tolerations[] (core/v1 Toleration). An empty key (with Exists) matches every taint, an absent effect every
 * effect; `operator` defaults to Equal (the API server's SetDefaults leaves it empty: "" means Equal).
 */
export interface Toleration {
  key?: string;
  operator: 'Exists' | 'Equal';
  value?: string;
  effect?: Taint['effect'];
}

export interface PodCondition {
  type: string;
  status: 'True' | 'False' | 'Unknown';
}

export interface PodStatus {
  phase?: 'Pending' | 'Running' | 'Succeeded' | 'Failed' | 'Unknown';
  /** status.reason of a dump (`Evicted`, `NodeLost`…): kubectl's STATUS shows it instead of the phase. */
  reason?: string;
  podIP?: string;
  podIPs: readonly string[];
  hostIP?: string;
  conditions: readonly PodCondition[];
}

export interface Pod extends Base<'Pod'> {
  spec: PodSpec;
  status: PodStatus;
}

export interface LabelSelectorRequirement {
  key: string;
  operator: 'In' | 'NotIn' | 'Exists' | 'DoesNotExist';
  values: readonly string[];
}

export interface LabelSelector {
  matchLabels: Readonly<Record<string, string>>;
  matchExpressions: readonly LabelSelectorRequirement[];
}

export interface PodTemplate {
  metadata: { labels: Readonly<Record<string, string>>; annotations: Readonly<Record<string, string>> };
  spec: PodSpec;
}

export interface WorkloadSpec {
  replicas: number;
  selector: LabelSelector;
  template: PodTemplate;
}

export interface Deployment extends Base<'Deployment'> {
  spec: WorkloadSpec;
}

export interface ReplicaSet extends Base<'ReplicaSet'> {
  spec: WorkloadSpec;
}

export interface StatefulSet extends Base<'StatefulSet'> {
  /**
   * `ordinalsStart`: spec.ordinals.start (StatefulSetStartOrdinal, GA in 1.31), only when written: the pods are
   * `<set>-<start>` … `<set>-<start + replicas - 1>`.
   */
  spec: WorkloadSpec & { serviceName: string; podManagementPolicy: 'OrderedReady' | 'Parallel'; ordinalsStart?: number };
}

// ---------------------------------------------------------------- Endpoints and EndpointSlices

export interface ObjectReference {
  kind: string;
  namespace?: string;
  name: string;
  uid?: string;
}

export interface EndpointAddress {
  ip: string;
  hostname?: string;
  nodeName?: string;
  targetRef?: ObjectReference;
}

export interface EndpointPort {
  name: string;
  port: number;
  protocol: Protocol;
  appProtocol?: string;
}

export interface EndpointSubset {
  addresses: readonly EndpointAddress[];
  notReadyAddresses: readonly EndpointAddress[];
  ports: readonly EndpointPort[];
}

/** core/v1 Endpoints (deprecated in favour of EndpointSlice since v1.33, still read and mirrored). */
export interface Endpoints extends Base<'Endpoints'> {
  subsets: readonly EndpointSubset[];
}

export interface EndpointConditions {
  /** nil is interpreted as true by consumers (discovery/v1). */
  ready: boolean;
  serving: boolean;
  terminating: boolean;
}

export interface Endpoint {
  addresses: readonly string[];
  conditions: EndpointConditions;
  hostname?: string;
  nodeName?: string;
  zone?: string;
  targetRef?: ObjectReference;
  /** Topology hints (discovery/v1 EndpointHints): the zones this endpoint should serve. */
  hints?: { forZones: readonly { name: string }[] };
}

export interface EndpointSlicePort {
  /** '' when unnamed. */
  name: string;
  /** undefined means "all ports" in discovery/v1; rare. */
  port?: number;
  protocol: Protocol;
  appProtocol?: string;
}

export interface EndpointSlice extends Base<'EndpointSlice'> {
  addressType: 'IPv4' | 'IPv6' | 'FQDN';
  endpoints: readonly Endpoint[];
  ports: readonly EndpointSlicePort[];
}

// ---------------------------------------------------------------- networking/v1 Ingress

export interface ServiceBackendPort {
  number?: number;
  name?: string;
}

export interface IngressBackend {
  service?: { name: string; port: ServiceBackendPort };
  resource?: { apiGroup?: string; kind: string; name: string };
}

export type PathType = 'Exact' | 'Prefix' | 'ImplementationSpecific';

export interface HTTPIngressPath {
  /** Defaults to '/' only for ImplementationSpecific in practice; kept as written. */
  path?: string;
  pathType: PathType;
  backend: IngressBackend;
}

export interface IngressRule {
  host?: string;
  http?: { paths: readonly HTTPIngressPath[] };
}

export interface IngressTLS {
  hosts: readonly string[];
  secretName?: string;
}

export interface IngressSpec {
  ingressClassName?: string;
  defaultBackend?: IngressBackend;
  tls: readonly IngressTLS[];
  rules: readonly IngressRule[];
}

export interface Ingress extends Base<'Ingress'> {
  spec: IngressSpec;
  status: { loadBalancer: { ingress: readonly LoadBalancerIngress[] } };
  /** The apiVersion it was written in, when converted from extensions/v1beta1 or networking.k8s.io/v1beta1. */
  convertedFrom?: string;
}

export interface IngressClass extends Base<'IngressClass'> {
  spec: { controller: string; parameters?: { apiGroup?: string; kind: string; name: string; namespace?: string; scope?: string } };
  /** The `ingressclass.kubernetes.io/is-default-class: "true"` annotation. */
  isDefault: boolean;
}

// ---------------------------------------------------------------- the rest

export interface Secret extends Base<'Secret'> {
  type: string;
  /** Key names of data/stringData (values are never kept). */
  dataKeys: readonly string[];
}

export type Namespace = Base<'Namespace'>;

export interface NodeAddress {
  type: 'InternalIP' | 'ExternalIP' | 'Hostname' | 'InternalDNS' | 'ExternalDNS';
  address: string;
}

export interface Taint {
  key: string;
  value?: string;
  effect: 'NoSchedule' | 'PreferNoSchedule' | 'NoExecute';
}

export interface Node extends Base<'Node'> {
  spec: { podCIDR?: string; podCIDRs: readonly string[]; unschedulable: boolean; taints: readonly Taint[] };
  status: { addresses: readonly NodeAddress[]; ready: boolean };
}

/** Any other kind, or a CRD: kept, listed, reported as not simulated. */
export interface UnknownObject extends Base<string> {
  raw: unknown;
}

export type KubeObject =
  | Service
  | Pod
  | Deployment
  | ReplicaSet
  | StatefulSet
  | Endpoints
  | EndpointSlice
  | Ingress
  | IngressClass
  | Secret
  | Namespace
  | Node;

export type SimulatedKind = KubeObject['kind'];

export const SIMULATED_KINDS: readonly SimulatedKind[] = [
  'Namespace', 'Node', 'Pod', 'Deployment', 'ReplicaSet', 'StatefulSet', 'Service',
  'Endpoints', 'EndpointSlice', 'Ingress', 'IngressClass', 'Secret',
];

/** Kinds whose objects live in a namespace. */
export const NAMESPACED_KINDS: ReadonlySet<string> = new Set([
  'Pod', 'Deployment', 'ReplicaSet', 'StatefulSet', 'Service', 'Endpoints', 'EndpointSlice', 'Ingress', 'Secret',
]);

/** The label that ties an EndpointSlice to its Service (discovery.k8s.io/v1). */
export const LABEL_SERVICE_NAME = 'kubernetes.io/service-name';
/** The label naming who manages an EndpointSlice. */
export const LABEL_MANAGED_BY = 'endpointslice.kubernetes.io/managed-by';
export const MANAGED_BY_CONTROLLER = 'endpointslice-controller.k8s.io';
export const MANAGED_BY_MIRRORING = 'endpointslicemirroring-controller.k8s.io';
