/**
 * The graph model: what the app draws, as plain JSON-safe data with stable ids (src/graph/ids.ts).
 * No layout and no React Flow types live here: columns say where an element sits along the way traffic
 * flows (left → right), and web/graph turns the model into positioned React Flow nodes.
 */
import type { ObjectKey, Range, Severity } from '../manifest/diagnostics';
import type { GraphId } from './ids';

export type GraphNodeKind =
  | 'client' | 'dns' | 'loadBalancer' | 'node' | 'ingressController' | 'ingress'
  | 'service' | 'endpointSlice' | 'pod' | 'host' | 'missing';

/**
 * The Service badge a learner reads first. The type as `kubectl get svc` shows it, except that a headless
 * Service (clusterIP: None) is badged Headless; the other traits (ExternalIPs, selector-less) are extra badges.
 */
export type ServiceBadge =
  | 'ClusterIP' | 'NodePort' | 'LoadBalancer' | 'ExternalIPs' | 'Headless' | 'ExternalName' | 'selector-less';

export interface GraphProblem {
  severity: Severity;
  /** The diagnostic's stable code (also its i18n key). */
  code: string;
  /** English text (the app may translate `code` + `params` instead). */
  message: string;
  params?: Readonly<Record<string, string | number>>;
  /** The object the diagnostic is about ('Kind/ns/name'). */
  object?: ObjectKey;
}

/** Where an element was written, so selecting it can select its lines in the editor. */
export interface GraphSource {
  doc: number;
  range: Range;
  /**
   * The object whose text this is. Differs from the element itself for objects the simulation made:
   * a Deployment's pods point at the Deployment, a controller-made EndpointSlice at its Service.
   */
  object: ObjectKey;
}

/** Ready / not ready / terminating, for pods and the endpoints that list them. */
export type Readiness = 'ready' | 'notReady' | 'terminating';

export interface GraphNode {
  id: GraphId;
  kind: GraphNodeKind;
  /** The name (an object's metadata.name, a client's or server's name). */
  label: string;
  /** Addresses: ClusterIPs, pod IP, LB address, node InternalIP… */
  sublabel?: string;
  /** A second line: ports, type, class… */
  detail?: string;
  namespace?: string;
  /** Left → right along the way traffic flows (see COLUMNS). */
  column: number;
  serviceType?: ServiceBadge;
  /** More badges (Headless, ExternalIPs, selector-less, internal, control-plane…). */
  badges?: readonly string[];
  problems: readonly GraphProblem[];
  /** The worst problem's severity, for the warning badge. */
  severity?: Severity;
  source?: GraphSource;
  /** Pods: the Node it runs on (the "by node" view groups by this). */
  nodeName?: string;
  status?: Readiness;
  /** Created by the simulation rather than written in the text (workload pods, system Services…). */
  generated?: boolean;
}

export type GraphEdgeKind = 'dns' | 'traffic' | 'owns' | 'selects' | 'backend';

export interface GraphEdge {
  /** gid.edge(source, target). */
  id: GraphId;
  source: GraphId;
  target: GraphId;
  kind: GraphEdgeKind;
  label?: string;
  /** Set on an edge that leads nowhere useful (a dangling Ingress backend). */
  problem?: GraphProblem;
  /** For EndpointSlice → Pod: the endpoint's conditions. */
  status?: Readiness;
}

export type GraphGroupKind = 'namespace' | 'node';

export interface GraphGroup {
  /** gid.namespace(name) or gid.nodeGroup(name). */
  id: GraphId;
  kind: GraphGroupKind;
  label: string;
  members: readonly GraphId[];
  problems: readonly GraphProblem[];
}

export interface GraphModel {
  nodes: readonly GraphNode[];
  edges: readonly GraphEdge[];
  /** Namespaces (kind 'namespace') and the second grouping by Node (kind 'node'). */
  groups: readonly GraphGroup[];
  /** Column keys, index = GraphNode.column (the app labels them). */
  columns: readonly ColumnKey[];
  /** Diagnostics about objects that have no element on the graph (World, Secrets, unknown kinds…). */
  unplaced: readonly GraphProblem[];
}

export type ColumnKey =
  | 'clients' | 'dns' | 'loadBalancers' | 'nodes' | 'ingressControllers' | 'ingresses'
  | 'services' | 'endpointSlices' | 'pods' | 'hosts';

export const COLUMNS: readonly ColumnKey[] = [
  'clients', 'dns', 'loadBalancers', 'nodes', 'ingressControllers', 'ingresses',
  'services', 'endpointSlices', 'pods', 'hosts',
];

export const COLUMN: Readonly<Record<ColumnKey, number>> = Object.fromEntries(
  COLUMNS.map((c, i) => [c, i]),
) as Record<ColumnKey, number>;

// ---------------------------------------------------------------- inspector

/** One row of an inspector section: an upstream field path (or a short key) and its value. */
export interface InspectorRow {
  /** e.g. 'spec.clusterIP', 'status.podIP' — upstream field names, carried to `kubectl explain`. */
  field: string;
  value: string;
  /** Another graph element the value names (click to select it). */
  ref?: GraphId;
}

export interface InspectorSection {
  /** 'metadata' | 'spec' | 'status' | 'ports' | 'world' … (the app titles it). */
  key: string;
  rows: readonly InspectorRow[];
}

export type DnsNameForm = 'short' | 'namespaced' | 'svc' | 'fqdn' | 'srv' | 'hostname' | 'pod' | 'ptr' | 'external';

export interface InspectorDnsName {
  /** Absolute names end with a dot; short and namespaced forms rely on the search list and do not. */
  name: string;
  type: 'A' | 'AAAA' | 'CNAME' | 'SRV' | 'PTR';
  form: DnsNameForm;
  /** What it answers: addresses, a CNAME target, "0 100 80 web.default.svc.cluster.local." for SRV. */
  answers: readonly string[];
  /**
   * Where the name resolves from: 'anywhere' (absolute), 'namespace' (a pod in the same namespace, through
   * its search list), 'cluster' (any pod with the cluster search list).
   */
  from: 'anywhere' | 'namespace' | 'cluster';
  /** Why CoreDNS would not answer it (namespace not exposed, pods disabled…). */
  notServed?: string;
}

export interface InspectorEndpoint {
  addresses: readonly string[];
  ports: readonly string[];
  status: Readiness;
  serving: boolean;
  hostname?: string;
  nodeName?: string;
  slice: GraphId;
  pod?: GraphId;
}

export interface InspectorIngressRule {
  ingress: GraphId;
  host: string;
  path: string;
  pathType: string;
  /** Backend port as written: a number or a port name. */
  port: string;
  /** The Service it points at (for an Ingress's own rules). */
  service?: GraphId;
  /** The backend Service does not exist. */
  missing?: boolean;
}

export interface InspectorDetails {
  id: GraphId;
  kind: GraphNodeKind | 'namespace' | 'edge' | 'unknown';
  title: string;
  namespace?: string;
  serviceType?: ServiceBadge;
  badges: readonly string[];
  sections: readonly InspectorSection[];
  dnsNames: readonly InspectorDnsName[];
  endpoints: readonly InspectorEndpoint[];
  /** Ingress rules that point at it (for a Service), or its own rules (for an Ingress). */
  ingressRules: readonly InspectorIngressRule[];
  diagnostics: readonly (GraphProblem & { range?: Range })[];
  source?: GraphSource;
}
