/**
 * Test fixtures: a ClusterState built by hand, so graph tests do not depend on the parser and reconcile.
 * The EndpointSlices here are made the simplest way (one slice per Service, ready pods matching the
 * selector); the real controller lives in src/controllers and has its own tests.
 */
import {
  LABEL_MANAGED_BY, LABEL_SERVICE_NAME, MANAGED_BY_CONTROLLER,
  type EndpointSlice, type Ingress, type IngressBackend, type Pod, type Service, type ServicePort, type ServiceSpec,
} from '../api/types';
import { defaultWorld, type WorldSpec } from '../api/world';
import type { ClusterState, SimIngressController, SimNode, SimPod, SimService } from '../cluster/state';
import type { Diagnostic } from '../manifest/diagnostics';

const meta = (namespace: string, name: string, labels: Record<string, string> = {}) => ({
  name, namespace, labels, annotations: {}, uid: `${namespace}/${name}`, ownerReferences: [], terminating: false,
});

const range = (line: number) => ({ start: { line, column: 1 }, end: { line: line + 5, column: 1 } });

export interface SvcOptions {
  type?: ServiceSpec['type'];
  selector?: Record<string, string> | null;
  headless?: boolean;
  ports?: Partial<ServicePort>[];
  externalName?: string;
  externalIPs?: string[];
  lb?: string;
  internal?: boolean;
  doc?: number;
}

export interface PodOptions {
  labels?: Record<string, string>;
  node?: string;
  ip?: string;
  ready?: boolean;
  hostname?: string;
  subdomain?: string;
  dnsPolicy?: Pod['spec']['dnsPolicy'];
  hostNetwork?: boolean;
  doc?: number;
}

export class ClusterBuilder {
  world: WorldSpec = defaultWorld();
  private services: SimService[] = [];
  private pods: SimPod[] = [];
  private ingresses: Ingress[] = [];
  private slices: EndpointSlice[] = [];
  private controllers: SimIngressController[] = [];
  diagnostics: Diagnostic[] = [];
  private ipSeq = 10;

  svc(ns: string, name: string, o: SvcOptions = {}): this {
    const type = o.type ?? 'ClusterIP';
    const headless = o.headless ?? false;
    const ports: ServicePort[] = (o.ports ?? [{ name: 'http', port: 80 }]).map((p, i) => ({
      name: p.name ?? '', protocol: p.protocol ?? 'TCP', port: p.port ?? 80, targetPort: p.targetPort ?? p.port ?? 80,
      ...(type === 'NodePort' || type === 'LoadBalancer' ? { nodePort: p.nodePort ?? 30000 + this.services.length * 10 + i } : {}),
    }));
    const clusterIPs = type === 'ExternalName' || headless ? [] : [`10.96.0.${this.ipSeq++}`];
    const service: Service = {
      kind: 'Service', apiVersion: 'v1', metadata: meta(ns, name),
      ...(o.doc !== undefined ? { source: { doc: o.doc, path: [], range: range(o.doc * 10 + 1) } } : {}),
      spec: {
        type, selector: o.selector === undefined ? { app: name } : o.selector, clusterIP: headless ? 'None' : clusterIPs[0],
        clusterIPs, ipFamilies: ['IPv4'], ports, externalName: o.externalName, externalIPs: o.externalIPs ?? [],
        sessionAffinity: 'None', sessionAffinityTimeoutSeconds: 10800, externalTrafficPolicy: 'Cluster',
        internalTrafficPolicy: 'Cluster', publishNotReadyAddresses: false, loadBalancerSourceRanges: [],
        allocateLoadBalancerNodePorts: true,
      },
      status: { loadBalancer: { ingress: o.lb ? [{ ip: o.lb }] : [] } },
    };
    this.services.push({
      namespace: ns, name, clusterIPs, headless, service, loadBalancerIngress: o.lb ? [{ ip: o.lb }] : [],
      internalLoadBalancer: o.internal ?? false,
      endpointsFrom: type === 'ExternalName' ? 'none' : o.selector === null ? 'manual' : 'selector',
    });
    return this;
  }

  pod(ns: string, name: string, o: PodOptions = {}): this {
    const ip = o.ip ?? `10.244.1.${this.pods.length + 2}`;
    const node = o.node ?? 'worker-1';
    const pod: Pod = {
      kind: 'Pod', apiVersion: 'v1', metadata: meta(ns, name, o.labels ?? { app: name }),
      ...(o.doc !== undefined ? { source: { doc: o.doc, path: [], range: range(o.doc * 10 + 1) } } : {}),
      spec: {
        nodeName: node, hostname: o.hostname, subdomain: o.subdomain, setHostnameAsFQDN: false,
        hostNetwork: o.hostNetwork ?? false, dnsPolicy: o.dnsPolicy ?? 'ClusterFirst',
        containers: [{ name: 'app', ports: [{ name: 'http', containerPort: 8080, protocol: 'TCP' }] }], nodeSelector: {},
      },
      status: { phase: 'Running', podIP: ip, podIPs: [ip], hostIP: '192.168.0.11', conditions: [] },
    };
    this.pods.push({
      namespace: ns, name, uid: `${ns}/${name}`, labels: pod.metadata.labels, nodeName: node, podIP: ip,
      hostIP: '192.168.0.11', ready: o.ready ?? true, terminating: false, phase: 'Running', pod,
    });
    return this;
  }

  ingress(ns: string, name: string, rules: { host?: string; path?: string; service: string; port?: number | string }[], o: { className?: string; defaultBackend?: string } = {}): this {
    const backend = (service: string, port: number | string = 80): IngressBackend => ({
      service: { name: service, port: typeof port === 'number' ? { number: port } : { name: port } },
    });
    this.ingresses.push({
      kind: 'Ingress', apiVersion: 'networking.k8s.io/v1', metadata: meta(ns, name),
      spec: {
        ingressClassName: o.className ?? 'nginx', tls: [],
        ...(o.defaultBackend ? { defaultBackend: backend(o.defaultBackend) } : {}),
        rules: rules.map((r) => ({ host: r.host, http: { paths: [{ path: r.path ?? '/', pathType: 'Prefix', backend: backend(r.service, r.port) }] } })),
      },
      status: { loadBalancer: { ingress: [] } },
    });
    return this;
  }

  /** The default world's nginx controller, with its LoadBalancer Service in ingress-nginx. */
  nginx(address = '203.0.113.10'): this {
    const spec = this.world.cluster.ingressControllers[0];
    this.svc('ingress-nginx', 'ingress-nginx-controller', { type: 'LoadBalancer', lb: address, selector: { app: 'ingress-nginx' }, ports: [{ name: 'http', port: 80 }, { name: 'https', port: 443 }] });
    this.pod('ingress-nginx', 'ingress-nginx-controller-0', { labels: { app: 'ingress-nginx' } });
    this.controllers.push({ spec, serviceKey: 'ingress-nginx/ingress-nginx-controller', podKeys: ['ingress-nginx/ingress-nginx-controller-0'], address: [{ ip: address }] });
    return this;
  }

  diag(severity: Diagnostic['severity'], code: string, object: string, field?: (string | number)[]): this {
    this.diagnostics.push({ severity, code, message: code, params: {}, object, ...(field ? { field } : {}) });
    return this;
  }

  /** A hand-written slice (e.g. for a selector-less Service). */
  slice(s: EndpointSlice): this {
    this.slices.push(s);
    return this;
  }

  build(): ClusterState {
    const slices = [...this.slices];
    for (const s of this.services) {
      const sel = s.service.spec.selector;
      if (s.endpointsFrom !== 'selector' || !sel) continue;
      const pods = this.pods.filter((p) => p.namespace === s.namespace && Object.keys(sel).length > 0 && Object.entries(sel).every(([k, v]) => p.labels[k] === v));
      slices.push({
        kind: 'EndpointSlice', apiVersion: 'discovery.k8s.io/v1', addressType: 'IPv4',
        metadata: { ...meta(s.namespace, `${s.name}-abcde`, { [LABEL_SERVICE_NAME]: s.name, [LABEL_MANAGED_BY]: MANAGED_BY_CONTROLLER }), ownerReferences: [{ apiVersion: 'v1', kind: 'Service', name: s.name, controller: true }] },
        endpoints: pods.map((p) => ({
          addresses: [p.podIP], conditions: { ready: p.ready, serving: p.ready, terminating: false }, nodeName: p.nodeName,
          ...(p.pod.spec.hostname && p.pod.spec.subdomain === s.name ? { hostname: p.pod.spec.hostname } : {}),
          targetRef: { kind: 'Pod', namespace: p.namespace, name: p.name },
        })),
        ports: s.service.spec.ports.map((p) => ({ name: p.name, port: typeof p.targetPort === 'number' ? p.targetPort : 8080, protocol: p.protocol })),
      });
    }
    const nodes: SimNode[] = this.world.nodes.map((n, i) => ({
      name: n.name, internalIP: n.internalIP, externalIP: n.externalIP, podCIDR: `10.244.${i}.0/24`, controlPlane: n.controlPlane ?? false,
      schedulable: !n.controlPlane, unschedulable: false, ready: true,
      taints: n.controlPlane ? [{ key: 'node-role.kubernetes.io/control-plane', effect: 'NoSchedule' as const }] : [], labels: (n.controlPlane ? { 'node.kubernetes.io/exclude-from-external-load-balancers': '' } : {}) as Record<string, string>, from: 'default',
    }));
    const namespaces = [...new Set(['default', 'kube-system', ...this.services.map((s) => s.namespace), ...this.pods.map((p) => p.namespace)])].sort();
    return {
      world: this.world, namespaces, nodes, pods: this.pods, services: this.services, endpointSlices: slices, endpoints: [],
      ingresses: this.ingresses, ingressClasses: [], ingressControllers: this.controllers, ingressAddresses: {}, secrets: [],
      objects: [...this.services.map((s) => s.service), ...this.pods.map((p) => p.pod), ...this.ingresses, ...slices],
      unknown: [], diagnostics: this.diagnostics,
    };
  }
}

export const cluster = (): ClusterBuilder => new ClusterBuilder();
