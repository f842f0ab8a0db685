/**
 * The objects `kubectl get` shows, for each kind the simulation holds: how to list them (with the simulation's
 * allocations filled in: cluster IPs, pod IPs, nodes, load-balancer and Ingress addresses), their table, and
 * the object as `-o json|yaml|jsonpath` see it (kubernetesShape: real Kubernetes fields only). Shared by
 * `podpath get` (src/cli) and the console's kubectl (src/console), so the two never print different objects.
 */
import type { Simulation } from '../engine';
import { containersReady } from '../cluster/readiness';
import {
  endpointSlicesTable, endpointsTable, ingressClassesTable, ingressesTable, nodesTable, podRow, podsTable,
  servicesTable, type Table, type TableOptions,
} from './kubectl';
import { kubernetesShape } from './object';

export interface Row {
  namespace: string;
  name: string;
  /** The object for -o json/yaml. */
  object: unknown;
}

export interface KindDef {
  resource: string;
  aliases: readonly string[];
  /** kubectl's `kind.group` prefix of names when several kinds are listed (and of -o name). */
  prefix: string;
  namespaced: boolean;
  rows(sim: Simulation): Row[];
  table(rows: Row[], opts: TableOptions): Table;
}

/** Drop the engine's bookkeeping (where it was written, who created it) from an object for output. */
function clean<T extends object>(o: T): Omit<T, 'source' | 'createdBy'> {
  const { source: _s, createdBy: _c, ...rest } = o as T & { source?: unknown; createdBy?: unknown };
  return rest;
}

const cast = <T,>(rows: Row[]) => rows.map((r) => r.object as T);

export const KINDS: readonly KindDef[] = [
  {
    resource: 'services', aliases: ['service', 'svc'], prefix: 'service', namespaced: true,
    rows: (sim) => sim.cluster.services.map((s) => ({
      namespace: s.namespace, name: s.name,
      object: { ...s, service: s.service },
    })),
    table: (rows, o) => servicesTable(cast(rows), o),
  },
  {
    resource: 'endpoints', aliases: ['endpoint', 'ep'], prefix: 'endpoints', namespaced: true,
    rows: (sim) => (sim.cluster.endpoints ?? []).map((e) => ({ namespace: e.metadata.namespace, name: e.metadata.name, object: e })),
    table: (rows, o) => endpointsTable(cast(rows), o),
  },
  {
    resource: 'endpointslices', aliases: ['endpointslice'], prefix: 'endpointslice.discovery.k8s.io', namespaced: true,
    rows: (sim) => sim.cluster.endpointSlices.map((e) => ({ namespace: e.metadata.namespace, name: e.metadata.name, object: e })),
    table: (rows, o) => endpointSlicesTable(cast(rows), o),
  },
  {
    resource: 'pods', aliases: ['pod', 'po'], prefix: 'pod', namespaced: true,
    rows: (sim) => sim.cluster.pods.map((p) => ({ namespace: p.namespace, name: p.name, object: p })),
    table: (rows, o) => podsTable(cast<Simulation['cluster']['pods'][number]>(rows).map(podRow), o),
  },
  {
    resource: 'nodes', aliases: ['node', 'no'], prefix: 'node', namespaced: false,
    rows: (sim) => sim.cluster.nodes.map((n) => ({ namespace: '', name: n.name, object: n })),
    table: (rows, o) => nodesTable(cast(rows), o),
  },
  {
    resource: 'ingresses', aliases: ['ingress', 'ing'], prefix: 'ingress.networking.k8s.io', namespaced: true,
    rows: (sim) => sim.cluster.ingresses.map((i) => ({
      namespace: i.metadata.namespace, name: i.metadata.name,
      object: { ingress: i, address: sim.cluster.ingressAddresses?.[`${i.metadata.namespace}/${i.metadata.name}`] ?? i.status.loadBalancer.ingress },
    })),
    table: (rows, o) => ingressesTable(cast(rows), o),
  },
  {
    resource: 'ingressclasses', aliases: ['ingressclass'], prefix: 'ingressclass.networking.k8s.io', namespaced: false,
    rows: (sim) => sim.cluster.ingressClasses.map((c) => ({ namespace: '', name: c.metadata.name, object: c })),
    table: (rows, o) => ingressClassesTable(cast(rows), o),
  },
  {
    resource: 'namespaces', aliases: ['namespace', 'ns'], prefix: 'namespace', namespaced: false,
    rows: (sim) => sim.cluster.namespaces.map((n) => ({ namespace: '', name: n, object: n })),
    table: (rows) => ({ headers: ['NAME', 'STATUS'], rows: rows.map((r) => [r.name, 'Active']) }),
  },
];

export function findKind(word: string): KindDef | undefined {
  const w = word.toLowerCase();
  return KINDS.find((k) => k.resource === w || k.aliases.includes(w));
}

/** `ingresses.networking.k8s.io`: the resource as an API error names it (the group from the kind's `kind.group` prefix). */
export function qualifiedResource(kind: KindDef): string {
  const dot = kind.prefix.indexOf('.');
  return dot < 0 ? kind.resource : `${kind.resource}${kind.prefix.slice(dot)}`;
}

/** The API server's NotFound as kubectl prints it (apimachinery errors.NewNotFound: `%s %q not found`). */
export function notFoundError(resource: string, name: string): string {
  const kind = findKind(resource);
  return `Error from server (NotFound): ${kind ? qualifiedResource(kind) : resource} "${name}" not found`;
}

/**
 * The object as -o json/yaml prints it: a Kubernetes object with the simulation's allocations filled in, in
 * Kubernetes' own shape (no engine-only fields such as metadata.terminating; sessionAffinityConfig as written).
 */
export function toKubeObject(kind: KindDef, row: Row): unknown {
  const o = toKubeObjectRaw(kind, row) as { kind?: unknown; metadata?: unknown };
  return typeof o.kind === 'string' && typeof o.metadata === 'object' && o.metadata !== null
    ? kubernetesShape(o as Parameters<typeof kubernetesShape>[0])
    : o;
}

function toKubeObjectRaw(kind: KindDef, row: Row): unknown {
  const o = row.object as Record<string, never>;
  switch (kind.resource) {
    case 'services': {
      const s = o as unknown as Simulation['cluster']['services'][number];
      const svc = clean(s.service);
      return {
        ...svc,
        spec: { ...svc.spec, ...(s.clusterIPs.length ? { clusterIP: s.clusterIPs[0], clusterIPs: s.clusterIPs } : {}) },
        status: { loadBalancer: { ingress: s.loadBalancerIngress } },
      };
    }
    case 'pods': {
      const p = o as unknown as Simulation['cluster']['pods'][number];
      const pod = clean(p.pod);
      const nodeName = p.nodeName || pod.spec.nodeName;
      const podIP = p.podIP || pod.status.podIP;
      const hostIP = p.hostIP || pod.status.hostIP;
      const podIPs = pod.status.podIPs.length ? pod.status.podIPs : podIP ? [podIP] : [];
      const ready = p.ready ? 'True' : 'False';
      // A readiness gate holds back Ready, not ContainersReady (the kubelet's GeneratePodReadyCondition).
      const containersAreReady = containersReady(p.pod, p.phase);
      // The kubelet's conditions, in its order (type and status: a simulation has no clock for their times), unless a
      // dump wrote its own; a container status per container once the pod is on a node. podIPs/hostIPs are lists of
      // {ip} (core/v1 PodIP, HostIP).
      const conditions = pod.status.conditions.length ? pod.status.conditions : [
        { type: 'PodReadyToStartContainers', status: podIP ? 'True' : 'False' },
        { type: 'Initialized', status: 'True' },
        { type: 'Ready', status: ready },
        { type: 'ContainersReady', status: containersAreReady ? 'True' : 'False' },
        { type: 'PodScheduled', status: nodeName ? 'True' : 'False' },
      ];
      const containerStatuses = nodeName
        ? pod.spec.containers.map((c) => ({ name: c.name, image: c.image, ready: containersAreReady, restartCount: 0, started: p.phase === 'Running' }))
        : [];
      return {
        ...pod,
        // readinessGates are kept as their condition types; the API's shape is a list of {conditionType}.
        spec: { ...pod.spec, nodeName, ...(pod.spec.readinessGates ? { readinessGates: pod.spec.readinessGates.map((conditionType) => ({ conditionType })) } : {}) },
        status: {
          ...pod.status, phase: p.phase, podIP, podIPs: podIPs.map((ip) => ({ ip })), hostIP,
          hostIPs: hostIP ? [{ ip: hostIP }] : [], conditions, containerStatuses,
        },
      };
    }
    case 'nodes': {
      const n = o as unknown as Simulation['cluster']['nodes'][number];
      return {
        apiVersion: 'v1', kind: 'Node',
        metadata: { name: n.name, labels: n.labels },
        // spec.unschedulable is the cordon flag only; a control plane is kept off by its taint (kubeadm), not by it.
        spec: { podCIDR: n.podCIDR, podCIDRs: [n.podCIDR], unschedulable: n.unschedulable, taints: [...n.taints] },
        status: {
          addresses: [
            { type: 'InternalIP', address: n.internalIP },
            ...(n.externalIP ? [{ type: 'ExternalIP', address: n.externalIP }] : []),
            { type: 'Hostname', address: n.name },
          ],
          conditions: [{ type: 'Ready', status: n.ready ? 'True' : 'False' }],
        },
      };
    }
    case 'ingresses': {
      const { ingress, address } = o as unknown as { ingress: Simulation['cluster']['ingresses'][number]; address: unknown };
      return { ...clean(ingress), status: { loadBalancer: { ingress: address } } };
    }
    case 'namespaces':
      return { apiVersion: 'v1', kind: 'Namespace', metadata: { name: row.name }, status: { phase: 'Active' } };
    default:
      return clean(o as object);
  }
}
