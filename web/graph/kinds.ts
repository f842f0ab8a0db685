/** How each kind of element looks: a short tag, its Kubernetes name, a colour (also used by the MiniMap). */
import type { ColumnKey, GraphNodeKind } from '../../src/index';

export const KIND_META: Readonly<Record<GraphNodeKind, { tag: string; label: string; color: string }>> = {
  client: { tag: 'CL', label: 'Client', color: '#64748b' },
  dns: { tag: 'DNS', label: 'DNS server', color: '#7c3aed' },
  loadBalancer: { tag: 'LB', label: 'Load balancer', color: '#0369a1' },
  node: { tag: 'NO', label: 'Node', color: '#475569' },
  ingressController: { tag: 'IC', label: 'Ingress controller', color: '#be185d' },
  ingress: { tag: 'ING', label: 'Ingress', color: '#c026d3' },
  service: { tag: 'SVC', label: 'Service', color: '#1d4ed8' },
  endpointSlice: { tag: 'EPS', label: 'EndpointSlice', color: '#0e7490' },
  pod: { tag: 'POD', label: 'Pod', color: '#15803d' },
  host: { tag: 'H', label: 'Outside host', color: '#a16207' },
  missing: { tag: '?', label: 'Missing', color: '#b91c1c' },
};

export const COLUMN_LABEL: Readonly<Record<ColumnKey, string>> = {
  clients: 'Clients',
  dns: 'DNS',
  loadBalancers: 'Load balancers',
  nodes: 'Nodes · NodePorts',
  ingressControllers: 'Ingress controllers',
  ingresses: 'Ingresses',
  services: 'Services',
  endpointSlices: 'EndpointSlices',
  pods: 'Pods',
  hosts: 'Outside hosts',
};
