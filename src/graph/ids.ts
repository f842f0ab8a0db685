/**
 * Stable ids for everything the graph shows. Traces name the elements each step touches with these ids,
 * the app's graph uses them as React Flow node ids, and e2e tests find nodes by them
 * (`graph.node.svc/default/web`). Keep them stable: a link or a lesson may point at one.
 */
export type GraphId = string;

export const gid = {
  client: (name: string): GraphId => `client/${name}`,
  lanDns: (): GraphId => 'dns/lan',
  publicDns: (): GraphId => 'dns/internet',
  coredns: (): GraphId => 'dns/coredns',
  worldHost: (name: string): GraphId => `host/${name}`,
  loadBalancer: (namespace: string, service: string): GraphId => `lb/${namespace}/${service}`,
  /** A cloud L7 load balancer made for one Ingress (GKE style). */
  cloudL7: (namespace: string, ingress: string): GraphId => `l7/${namespace}/${ingress}`,
  node: (name: string): GraphId => `node/${name}`,
  ingressController: (className: string): GraphId => `ingctl/${className}`,
  ingress: (namespace: string, name: string): GraphId => `ing/${namespace}/${name}`,
  service: (namespace: string, name: string): GraphId => `svc/${namespace}/${name}`,
  endpointSlice: (namespace: string, name: string): GraphId => `eps/${namespace}/${name}`,
  pod: (namespace: string, name: string): GraphId => `pod/${namespace}/${name}`,
  namespace: (name: string): GraphId => `ns/${name}`,
  /** The "by node" grouping: the background that gathers one Node's pods (not the Node element itself). */
  nodeGroup: (name: string): GraphId => `bynode/${name}`,
  /** A placeholder for a Service something points at that does not exist (a dangling Ingress backend). */
  missingService: (namespace: string, name: string): GraphId => `missing/svc/${namespace}/${name}`,
  /** An edge between two elements. */
  edge: (from: GraphId, to: GraphId): GraphId => `${from}->${to}`,
};
