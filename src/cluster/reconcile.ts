/**
 * reconcile: the decoded objects and the World in, the ClusterState out — every controller run once, in a
 * fixed order, each reading only what the earlier ones produced. Pure and deterministic: the same input
 * gives a deep-equal output, and allocation is hashed by name so unrelated objects do not renumber others.
 *
 *  1. nodes            Node manifests, else World nodes; pod CIDRs from node IPAM (controllers/nodeipam)
 *  2. system objects   kubeadm/apiserver objects and World ingress controllers the text lacks (system.ts)
 *  3. workloads        Deployment → ReplicaSet → Pods, StatefulSet → Pods (controllers/workloads)
 *  4. scheduler        pods onto nodes (controllers/scheduler)
 *  5. pod IPAM         pod IPs from each node's pod CIDR (controllers/podipam)
 *  6. ipallocator      ClusterIPs, then node ports (controllers/ipallocator, controllers/portallocator)
 *  7. load balancers   status.loadBalancer of LoadBalancer Services (controllers/cloudprovider)
 *  8. endpoints        EndpointSlices (+ mirroring) and the Endpoints view (controllers/endpointslice…)
 *  9. ingress status   controllers' addresses and each Ingress's ADDRESS (controllers/ingressstatus)
 */
import type {
  Deployment, EndpointSlice, Endpoints, Ingress, IngressClass, KubeObject, Namespace, Node, Pod, ReplicaSet, Secret,
  Service, StatefulSet, UnknownObject,
} from '../api/types';
import { NAMESPACED_KINDS } from '../api/types';
import type { WorldSpec } from '../api/world';
import type { Diagnostic } from '../manifest/diagnostics';
import { createWorkloadsMemory, type WorkloadsMemory } from '../controllers/workloads/namespaced';
import { createZoneMemory, type ZoneMemory } from '../dns/zone';
import { buildEndpoints, createEndpointsMemory, type EndpointsMemory } from './endpoints';
import { buildIngresses } from './ingresses';
import { matchesSet } from './labels';
import { IdentityMemo } from './memo';
import { clusterDiagnostic } from './messages';
import { buildNodes } from './nodes';
import { buildPods } from './pods';
import { buildServices, type ServicesMemory } from './services';
import { compareByNsName, nsName, type ClusterState, type SimPod } from './state';
import { CREATED_BY_KUBEADM, createSystemMemory, systemObjects, type SystemMemory } from './system';
import { append } from '../api/append';

export interface ReconcileInput {
  objects: readonly KubeObject[];
  unknown: readonly UnknownObject[];
  world: WorldSpec;
  /** One engine's memory of its previous reconcile (createReconcileMemory); without it, nothing is reused. */
  memory?: ReconcileMemory;
}

/** What one engine keeps from one reconcile to the next, to hand back equal objects (see SystemMemory). */
export interface ReconcileMemory {
  system: SystemMemory;
  workloads: WorkloadsMemory;
  /** SimPods by pod object (pods.ts). */
  pods: IdentityMemo<Pod, SimPod>;
  services: ServicesMemory;
  endpoints: EndpointsMemory;
  /** The DNS zone's (dns/zone.ts): built after reconcile, from its result, by the same engine. */
  zone: ZoneMemory;
}

export function createReconcileMemory(): ReconcileMemory {
  return {
    system: createSystemMemory(), workloads: createWorkloadsMemory(), pods: new IdentityMemo(), services: { sims: new IdentityMemo() },
    endpoints: createEndpointsMemory(), zone: createZoneMemory(),
  };
}

interface ByKind {
  Namespace: Namespace[]; Node: Node[]; Pod: Pod[]; Deployment: Deployment[]; ReplicaSet: ReplicaSet[];
  StatefulSet: StatefulSet[]; Service: Service[]; Endpoints: Endpoints[]; EndpointSlice: EndpointSlice[];
  Ingress: Ingress[]; IngressClass: IngressClass[]; Secret: Secret[];
}

function classify(objects: readonly KubeObject[]): ByKind {
  const by: ByKind = {
    Namespace: [], Node: [], Pod: [], Deployment: [], ReplicaSet: [], StatefulSet: [], Service: [], Endpoints: [],
    EndpointSlice: [], Ingress: [], IngressClass: [], Secret: [],
  };
  // An indexed loop: reconcile runs once per simulation, mostly unoptimized, where for…of over an array
  // allocates an iterator result per element.
  for (let i = 0; i < objects.length; i++) (by[objects[i].kind] as KubeObject[] | undefined)?.push(objects[i]);
  return by;
}

/** classify(first ++ second) without building the concatenation: per kind, `first`'s objects then `second`'s. */
function concatByKind(first: ByKind, second: ByKind): ByKind {
  const out = {} as Record<keyof ByKind, KubeObject[]>;
  for (const k of Object.keys(first) as (keyof ByKind)[]) out[k] = [...first[k], ...second[k]];
  return out as ByKind;
}

/** Sorted by `namespace/name` (a copy). */
const byName = <T extends KubeObject>(list: readonly T[]) => list.slice().sort(compareByNsName);

export function reconcile(input: ReconcileInput): ClusterState {
  const { world } = input;
  const diagnostics: Diagnostic[] = [];
  const given = classify(input.objects);

  // 1. Nodes.
  const nodes = buildNodes(given.Node, world);
  const nodeObjs = new Map(given.Node.map((o) => [o.metadata.name, o]));
  for (const n of nodes) {
    const obj = nodeObjs.get(n.name);
    if (!n.internalIP) diagnostics.push(clusterDiagnostic('warning', 'cluster/node-no-internal-ip', { node: n.name }, obj));
    if (!n.podCIDR) {
      diagnostics.push(clusterDiagnostic('warning', 'cluster/node-cidr-exhausted', { node: n.name, podCIDR: world.cluster.podCIDR, maskSize: world.cluster.nodeCIDRMaskSize }, obj));
    }
  }

  // 2. System objects the text does not define; they reach the API server first. (hasPods is asked once
  // or twice per simulation: a scan is cheaper than indexing every pod's labels for it.)
  const system = systemObjects({
    world, nodes, defined: input.objects, memory: input.memory?.system,
    hasPods: (ns, labels) => given.Pod.some((p) => p.metadata.namespace === ns && matchesSet(labels, p.metadata.labels)),
  });
  const sys = classify(system);
  const all = concatByKind(sys, given);

  // 3-5. Workloads, scheduling, pod IPs.
  const tolerate = new Set(sys.Deployment.filter((d) => d.createdBy === CREATED_BY_KUBEADM).map((d) => nsName(d.metadata.namespace, d.metadata.name)));
  const podsRes = buildPods({
    pods: all.Pod, deployments: all.Deployment, replicaSets: all.ReplicaSet, statefulSets: all.StatefulSet, nodes,
    tolerateControlPlane: tolerate, memory: input.memory?.workloads, simPods: input.memory?.pods,
  });
  append(diagnostics, podsRes.diagnostics);

  // 6-7. Service IPs, node ports, load balancers.
  const writtenIngressIPs: string[] = []; // loops, not flatMap (a slow path in V8); every reconcile runs this
  for (const i of all.Ingress) for (const x of i.status.loadBalancer.ingress) if (x.ip) writtenIngressIPs.push(x.ip);
  const svcRes = buildServices(all.Service, world, writtenIngressIPs, input.memory?.services);
  append(diagnostics, svcRes.diagnostics);

  // 8. Endpoints.
  const epRes = buildEndpoints(svcRes.services, podsRes.pods, nodes, all.EndpointSlice, all.Endpoints, input.memory?.endpoints);
  append(diagnostics, epRes.diagnostics);

  // 9. Ingress controllers and addresses.
  const ingressClasses = byName(all.IngressClass);
  const ingRes = buildIngresses(world, all.Ingress, ingressClasses, svcRes.services, podsRes.pods, svcRes.pools);

  const namespaces = new Set<string>(all.Namespace.map((n) => n.metadata.name));
  for (const list of [system, input.objects]) {
    for (let i = 0; i < list.length; i++) {
      const o = list[i];
      if (o.metadata.namespace && NAMESPACED_KINDS.has(o.kind)) namespaces.add(o.metadata.namespace);
    }
  }
  for (let i = 0; i < podsRes.pods.length; i++) namespaces.add(podsRes.pods[i].namespace);
  const secrets = byName(all.Secret);

  // Appended list by list: one array literal of many spreads was a visible part of reconcile's own time.
  const objects: KubeObject[] = [];
  append(objects, byName(all.Namespace));
  append(objects, byName(all.Node));
  append(objects, byName(all.Deployment));
  append(objects, byName(all.ReplicaSet.concat(podsRes.replicaSets)));
  append(objects, byName(all.StatefulSet));
  for (let i = 0; i < podsRes.pods.length; i++) objects.push(podsRes.pods[i].pod);
  for (let i = 0; i < svcRes.services.length; i++) objects.push(svcRes.services[i].service);
  append(objects, epRes.endpoints);
  append(objects, epRes.endpointSlices);
  append(objects, ingressClasses);
  append(objects, ingRes.ingresses);
  append(objects, secrets);

  return {
    world,
    namespaces: [...namespaces].sort(),
    nodes,
    pods: podsRes.pods,
    services: svcRes.services,
    endpointSlices: epRes.endpointSlices,
    endpoints: epRes.endpoints,
    ingresses: ingRes.ingresses,
    ingressClasses,
    ingressControllers: ingRes.controllers,
    ingressAddresses: ingRes.addresses,
    secrets,
    objects,
    unknown: input.unknown,
    diagnostics,
  };
}
