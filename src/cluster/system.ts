/**
 * What every cluster has before anyone applies a manifest, added when World `cluster.systemObjects` is on
 * and the text does not define the object itself:
 *
 * - Namespaces default, kube-system, kube-public, kube-node-lease.
 * - Service default/kubernetes: the first address of the first service CIDR (10.96.0.1), port https
 *   443 → 6443. Its endpoints are written by kube-apiserver itself (pkg/controlplane/reconcilers): an
 *   Endpoints labelled skip-mirror and an EndpointSlice named `kubernetes`, holding the control-plane
 *   nodes' addresses on 6443.
 * - kubeadm's CoreDNS addon: Service kube-system/kube-dns at cluster.dnsServiceIP (10.96.0.10) with ports
 *   dns 53/UDP, dns-tcp 53/TCP, metrics 9153/TCP selecting k8s-app=kube-dns, and Deployment coredns
 *   (2 replicas, dnsPolicy Default, tolerating the control-plane taint).
 * - For each in-cluster ingress controller of the World: its namespace, Deployment and Service (shaped like
 *   ingress-nginx's chart: ports http/https by name, LoadBalancer unless told otherwise) and its
 *   IngressClass (unless the text defines one of that name).
 */
import type { Deployment, EndpointSlice, Endpoints, IngressClass, KubeObject, Namespace, Service } from '../api/types';
import { LABEL_SERVICE_NAME } from '../api/types';
import type { IngressControllerSpec, WorldSpec } from '../api/world';
import { LABEL_SKIP_MIRROR } from '../controllers/endpointslicemirroring/reconciler';
import { deepEqual } from './hash';
import { familyOf, formatIP, parseCIDR } from './ipmath';
import { container, deployment, endpoints, endpointSlice, ingressClass, namespace, service } from './objects';
import type { SimNode } from './state';

export const CREATED_BY_KUBEADM = 'kubeadm';
export const CREATED_BY_APISERVER = 'kube-apiserver';
export const CREATED_BY_WORLD = 'podpath-world';

export const SYSTEM_NAMESPACES = ['default', 'kube-system', 'kube-public', 'kube-node-lease'];

/** Labels of the in-cluster ingress controller's pods (ingress-nginx chart). */
export function ingressControllerLabels(c: IngressControllerSpec): Record<string, string> {
  const name = c.controller === 'k8s.io/ingress-nginx' ? 'ingress-nginx' : c.className;
  return { 'app.kubernetes.io/name': name, 'app.kubernetes.io/instance': name, 'app.kubernetes.io/component': 'controller' };
}

export function ingressControllerNamespace(c: IngressControllerSpec): string {
  return c.namespace ?? 'ingress-nginx';
}

export function ingressControllerServiceName(c: IngressControllerSpec): string {
  return c.serviceName ?? `${c.className}-controller`;
}

export interface SystemInput {
  world: WorldSpec;
  nodes: readonly SimNode[];
  /** Everything the text defines: a system object of the same kind, namespace and name is not added. */
  defined: readonly KubeObject[];
  /** Does the text already have pods in `namespace` with these labels (a dump of the addon's pods)? */
  hasPods(namespace: string, labels: Record<string, string>): boolean;
  /** The engine's memory of its previous call (see SystemMemory); without it nothing is reused. */
  memory?: SystemMemory;
}

/**
 * The previous call's system objects by key, kept by one engine. WHY: they are rebuilt on every reconcile,
 * and a new object (even an equal one) misses every identity memo downstream — the CoreDNS Deployment's
 * ReplicaSet and pods, the kube-system and default namespaces' Services, slices and lint. Handing back the
 * previous object when the new one is deep-equal keeps those namespaces reusable after an edit elsewhere.
 * Equal plain data, so the output is the same either way. Per engine, not module-level: a fresh engine
 * starts cold, as the benchmark's cold runs must.
 */
export interface SystemMemory {
  previous: Map<string, KubeObject>;
}

export function createSystemMemory(): SystemMemory {
  return { previous: new Map() };
}

const key = (o: KubeObject) => `${o.kind}/${o.metadata.namespace}/${o.metadata.name}`;

function kubernetesService(world: WorldSpec, nodes: readonly SimNode[]): (Service | EndpointSlice | Endpoints)[] {
  const cidr = parseCIDR(world.cluster.serviceCIDRs[0]);
  const ip = cidr ? formatIP(cidr.base + 1n, cidr.family) : undefined;
  const svc = service({
    name: 'kubernetes', labels: { component: 'apiserver', provider: 'kubernetes' }, clusterIP: ip,
    ports: [{ name: 'https', port: 443, targetPort: 6443 }],
  });
  const ips = nodes.filter((n) => n.controlPlane && n.internalIP).map((n) => n.internalIP);
  const family = familyOf(ips[0]) ?? 'IPv4';
  const slice = endpointSlice({
    name: 'kubernetes', labels: { [LABEL_SERVICE_NAME]: 'kubernetes' }, addressType: family,
    endpoints: ips.filter((a) => familyOf(a) === family).map((a) => ({ addresses: [a] })),
    ports: [{ name: 'https', port: 6443 }],
  });
  const ep = endpoints({
    name: 'kubernetes', labels: { [LABEL_SKIP_MIRROR]: 'true' },
    subsets: ips.length > 0 ? [{ addresses: ips.map((a) => ({ ip: a })), ports: [{ name: 'https', port: 6443 }] }] : [],
  });
  return [{ ...svc, createdBy: CREATED_BY_APISERVER }, { ...slice, createdBy: CREATED_BY_APISERVER }, { ...ep, createdBy: CREATED_BY_APISERVER }];
}

function coreDNS(world: WorldSpec, input: SystemInput): (Service | Deployment)[] {
  const labels = { 'k8s-app': 'kube-dns' };
  const svc = service({
    name: 'kube-dns', namespace: 'kube-system',
    labels: { 'k8s-app': 'kube-dns', 'kubernetes.io/cluster-service': 'true', 'kubernetes.io/name': 'CoreDNS' },
    selector: labels, clusterIP: world.cluster.dnsServiceIP,
    ports: [
      { name: 'dns', port: 53, protocol: 'UDP' },
      { name: 'dns-tcp', port: 53, protocol: 'TCP' },
      { name: 'metrics', port: 9153, protocol: 'TCP' },
    ],
  });
  const out: (Service | Deployment)[] = [{ ...svc, createdBy: CREATED_BY_KUBEADM }];
  if (!input.hasPods('kube-system', labels)) {
    const d = deployment({
      name: 'coredns', namespace: 'kube-system', labels, replicas: 2,
      template: {
        labels,
        containers: [{
          ...container('coredns', [
            { name: 'dns', containerPort: 53, protocol: 'UDP' },
            { name: 'dns-tcp', containerPort: 53, protocol: 'TCP' },
            { name: 'metrics', containerPort: 9153, protocol: 'TCP' },
          ]),
          image: 'registry.k8s.io/coredns/coredns:v1.11.3',
        }],
      },
    });
    out.push({ ...d, spec: { ...d.spec, template: { ...d.spec.template, spec: { ...d.spec.template.spec, dnsPolicy: 'Default' } } }, createdBy: CREATED_BY_KUBEADM });
  }
  return out;
}

function ingressController(c: IngressControllerSpec, input: SystemInput): KubeObject[] {
  const ns = ingressControllerNamespace(c);
  const name = ingressControllerServiceName(c);
  const labels = ingressControllerLabels(c);
  const out: KubeObject[] = [namespace(ns)];
  if (!input.hasPods(ns, labels)) {
    out.push(deployment({
      name, namespace: ns, labels, replicas: c.replicas ?? 1,
      template: {
        labels,
        containers: [container('controller', [
          { name: 'http', containerPort: 80 }, { name: 'https', containerPort: 443 }, { name: 'webhook', containerPort: 8443 },
        ])],
      },
    }));
  }
  out.push(service({
    name, namespace: ns, labels, annotations: { ...(c.serviceAnnotations ?? {}) }, type: c.serviceType ?? 'LoadBalancer',
    selector: labels,
    ports: [
      { name: 'http', port: 80, targetPort: 'http', appProtocol: 'http' },
      { name: 'https', port: 443, targetPort: 'https', appProtocol: 'https' },
    ],
  }));
  return out;
}

function ingressClassFor(c: IngressControllerSpec): IngressClass {
  const cls = ingressClass({
    name: c.className, controller: c.controller, isDefault: c.isDefaultClass ?? false,
    labels: c.style === 'in-cluster' ? ingressControllerLabels(c) : {},
    annotations: c.isDefaultClass ? { 'ingressclass.kubernetes.io/is-default-class': 'true' } : {},
  });
  return cls;
}

/** The system objects missing from the text, each marked with `createdBy`. */
export function systemObjects(input: SystemInput): KubeObject[] {
  const { world } = input;
  const out: KubeObject[] = [];
  if (world.cluster.systemObjects) {
    for (const ns of SYSTEM_NAMESPACES) out.push({ ...namespace(ns), createdBy: CREATED_BY_KUBEADM } satisfies Namespace);
    out.push(...kubernetesService(world, input.nodes));
    out.push(...coreDNS(world, input));
  }
  for (const c of world.cluster.ingressControllers) {
    if (c.style === 'in-cluster' && world.cluster.systemObjects) {
      out.push(...ingressController(c, input).map((o) => ({ ...o, createdBy: o.createdBy ?? CREATED_BY_WORLD })));
      out.push({ ...ingressClassFor(c), createdBy: CREATED_BY_WORLD });
    }
  }
  // Only the text's objects in the namespaces system objects live in can collide with one: keying just those
  // keeps this pass from building a key string for every object of a large cluster.
  const namespaces = new Set(out.map((o) => o.metadata.namespace));
  const defined = new Set<string>();
  for (const o of input.defined) if (namespaces.has(o.metadata.namespace)) defined.add(key(o));
  const seen = new Set<string>();
  const result = out.filter((o) => {
    const k = key(o);
    if (defined.has(k) || seen.has(k)) return false;
    seen.add(k);
    return true;
  });
  const memory = input.memory;
  if (!memory) return result;
  const next = new Map<string, KubeObject>();
  const kept = result.map((o) => {
    const k = key(o);
    const prev = memory.previous.get(k);
    const same = prev && deepEqual(prev, o) ? prev : o;
    next.set(k, same);
    return same;
  });
  memory.previous = next;
  return kept;
}
