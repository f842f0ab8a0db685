/**
 * ClusterState → GraphModel: every element a request or a DNS query can pass, left to right as traffic
 * flows (clients → DNS → load balancers → nodes/NodePorts → ingress controllers → Ingresses → Services →
 * EndpointSlices → Pods → outside hosts), with stable ids (./ids.ts) that traces name in their steps.
 * Pure and linear in the size of the cluster: maps, no nested scans over all objects.
 */
import { LABEL_SERVICE_NAME } from '../api/types';
import type { ClusterState, SimService } from '../cluster/state';
import type { Diagnostic } from '../manifest/diagnostics';
import { GraphBuilder, SourceIndex } from './builder';
import { corednsUpstream, dnsServerIds, podResolvers } from './derived';
import {
  endpointStatus, lbAddress, nodeBadges, podBadges, podStatus, serviceBadge, serviceDetail, serviceExtraBadges,
  serviceSublabel, sliceDetail, sliceSublabel,
} from './describe';
import { gid, type GraphId } from './ids';
import { addIngresses } from './modelIngress';
import { indexProblems, worstSeverity } from './problems';
import { COLUMN, COLUMNS, type GraphGroup, type GraphModel, type GraphNode } from './types';

/** kubeadm labels control-plane nodes with this, and cloud load balancers skip such nodes. */
export const LABEL_EXCLUDE_FROM_LB = 'node.kubernetes.io/exclude-from-external-load-balancers';

export function graphModel(cluster: ClusterState, diagnostics: readonly Diagnostic[] = cluster.diagnostics): GraphModel {
  const b = new GraphBuilder();
  const sources = SourceIndex.for(cluster);
  addWorld(b, cluster);
  addNodes(b, cluster);
  addServices(b, cluster, sources);
  addIngresses(b, cluster, sources, diagnostics);
  addSlicesAndPods(b, cluster, sources);

  const problems = indexProblems(diagnostics, cluster, (id) => b.has(id) || id.startsWith('ns/'));
  // A dangling backend's problem shows on its placeholder too, not only on the edge.
  for (const e of b.edges.values()) {
    if (e.problem && b.nodes.get(e.target)?.kind === 'missing') {
      const list = problems.byId.get(e.target) ?? [];
      if (!list.some((p) => p.code === e.problem?.code)) list.push(e.problem);
      problems.byId.set(e.target, list);
    }
  }
  const nodes: GraphNode[] = [];
  for (const n of b.nodes.values()) {
    const p = problems.byId.get(n.id) ?? [];
    const node: GraphNode = { ...n, problems: p };
    const worst = worstSeverity(p);
    if (worst) node.severity = worst;
    nodes.push(node);
  }
  return {
    nodes,
    edges: [...b.edges.values()],
    groups: groups(nodes, cluster, problems.byId),
    columns: COLUMNS,
    unplaced: problems.unplaced,
  };
}

function addWorld(b: GraphBuilder, cluster: ClusterState): void {
  const w = cluster.world;
  for (const c of w.clients) {
    b.node({ id: gid.client(c.name), kind: 'client', label: c.name, sublabel: c.ip, detail: c.network, column: COLUMN.clients });
  }
  b.node({ id: gid.publicDns(), kind: 'dns', label: 'public DNS', sublabel: w.internet.dns.address, detail: 'internet', column: COLUMN.dns });
  b.node({ id: gid.lanDns(), kind: 'dns', label: 'LAN DNS', sublabel: w.lan.dns.address, detail: w.lan.cidr, column: COLUMN.dns });
  b.node({
    id: gid.coredns(), kind: 'dns', label: 'CoreDNS', sublabel: w.cluster.dnsServiceIP,
    detail: w.cluster.domain, column: COLUMN.dns, namespace: 'kube-system',
  });
  for (const c of w.clients) b.edge(gid.client(c.name), c.network === 'lan' ? gid.lanDns() : gid.publicDns(), 'dns');
  b.edge(gid.lanDns(), gid.publicDns(), 'dns', { label: 'forward' });
  const up = corednsUpstream(cluster, dnsServerIds(cluster));
  if (up) b.edge(gid.coredns(), up, 'dns', { label: 'forward' });
  for (const [hosts, network] of [[w.lan.hosts, 'LAN'], [w.internet.hosts, 'internet']] as const) {
    for (const h of hosts) {
      const ports = (h.ports ?? [80, 443]).join(', ');
      b.node({ id: gid.worldHost(h.name), kind: 'host', label: h.name, sublabel: h.ip, detail: `${network} · ${ports}`, column: COLUMN.hosts });
    }
  }
}

function addNodes(b: GraphBuilder, cluster: ClusterState): void {
  const exposesNodePorts = cluster.services.some((s) => s.service.spec.ports.some((p) => p.nodePort));
  for (const n of cluster.nodes) {
    const id = gid.node(n.name);
    b.node({
      id, kind: 'node', label: n.name, sublabel: n.externalIP ? `${n.internalIP} · ${n.externalIP}` : n.internalIP,
      detail: `pods ${n.podCIDR}`, column: COLUMN.nodes, badges: nodeBadges(n),
    });
    if (!exposesNodePorts) continue;
    for (const c of cluster.world.clients) {
      if (c.network === 'lan' || n.externalIP) b.edge(gid.client(c.name), id, 'traffic', { label: 'NodePort' });
    }
  }
}

function serviceNodePorts(s: SimService): string {
  return s.service.spec.ports.filter((p) => p.nodePort).map((p) => `:${p.nodePort}`).join(', ');
}

function addServices(b: GraphBuilder, cluster: ClusterState, sources: SourceIndex): void {
  const lbNodes = cluster.nodes.filter((n) => n.labels[LABEL_EXCLUDE_FROM_LB] === undefined);

  for (const s of cluster.services) {
    const spec = s.service.spec;
    const id = gid.service(s.namespace, s.name);
    const badges = serviceExtraBadges(s);
    b.node({
      id, kind: 'service', label: s.name, namespace: s.namespace, column: COLUMN.services,
      sublabel: serviceSublabel(s), detail: serviceDetail(s), serviceType: serviceBadge(s),
      ...(badges.length ? { badges } : {}),
      ...(s.service.createdBy ? { generated: true } : {}),
      ...optional('source', sources.of(s.service)),
    });
    // Where traffic from outside enters: the node's NodePort (or an external IP), then kube-proxy's rules for this Service.
    const nodePorts = serviceNodePorts(s);
    if (nodePorts) for (const n of cluster.nodes) b.edge(gid.node(n.name), id, 'traffic', { label: nodePorts });
    if (spec.externalIPs.length) {
      const label = spec.externalIPs.join(', ');
      for (const n of cluster.nodes) b.edge(gid.node(n.name), id, 'traffic', { label });
    }
    if (spec.type === 'LoadBalancer') {
      const lb = gid.loadBalancer(s.namespace, s.name);
      const addr = lbAddress(s.loadBalancerIngress);
      b.node({
        id: lb, kind: 'loadBalancer', label: s.name, namespace: s.namespace, column: COLUMN.loadBalancers,
        sublabel: addr || 'pending', detail: spec.ports.map((p) => `${p.port}/${p.protocol}`).join(' · '),
        ...(s.internalLoadBalancer ? { badges: ['internal'] } : {}),
      });
      for (const c of cluster.world.clients) {
        if (c.network === 'lan' || !s.internalLoadBalancer) b.edge(gid.client(c.name), lb, 'traffic');
      }
      for (const n of lbNodes) b.edge(lb, gid.node(n.name), 'traffic', { label: nodePorts || undefined });
    }
    if (spec.type === 'ExternalName' && spec.externalName) addExternalName(b, cluster, id, spec.externalName);
    if (spec.clusterIP !== 'None' && s.clusterIPs.includes(cluster.world.cluster.dnsServiceIP)) {
      b.edge(gid.coredns(), id, 'owns', { label: s.clusterIPs[0] });
    }
  }
}

/** An ExternalName Service answers with a CNAME: draw it to the Service or outside host the name is. */
function addExternalName(b: GraphBuilder, cluster: ClusterState, from: GraphId, externalName: string): void {
  const name = externalName.toLowerCase().replace(/\.$/, '');
  const suffix = `.svc.${cluster.world.cluster.domain.toLowerCase()}`;
  if (name.endsWith(suffix)) {
    const [svc, ns] = name.slice(0, -suffix.length).split('.');
    const target = gid.service(ns ?? '', svc ?? '');
    if (ns && b.has(target)) return b.edge(from, target, 'dns', { label: 'CNAME' });
  }
  const hosts = [...cluster.world.lan.hosts, ...cluster.world.internet.hosts];
  const known = hosts.find((h) => h.name.toLowerCase().replace(/\.$/, '') === name);
  const target = gid.worldHost(known ? known.name : name);
  if (!known) {
    b.node({ id: target, kind: 'host', label: name, detail: 'external name', column: COLUMN.hosts });
  }
  b.edge(from, target, 'dns', { label: 'CNAME' });
}

function addSlicesAndPods(b: GraphBuilder, cluster: ClusterState, sources: SourceIndex): void {
  const serverId = dnsServerIds(cluster);
  const podsByIP = new Map<string, GraphId | null>();
  for (const p of cluster.pods) {
    const id = gid.pod(p.namespace, p.name);
    b.node({
      id, kind: 'pod', label: p.name, namespace: p.namespace, column: COLUMN.pods, sublabel: p.podIP || 'no IP',
      detail: p.nodeName || 'unscheduled', nodeName: p.nodeName, status: podStatus(p),
      ...optional('badges', nonEmpty(podBadges(p))),
      ...(p.pod.source ? {} : { generated: true }),
      ...optional('source', sources.of(p.pod)),
    });
    for (const r of podResolvers(p, cluster, serverId)) b.edge(id, r, 'dns');
    if (p.podIP) podsByIP.set(`${p.namespace}/${p.podIP}`, podsByIP.has(`${p.namespace}/${p.podIP}`) ? null : id);
  }
  const hostsByIP = new Map<string, GraphId>();
  for (const h of [...cluster.world.lan.hosts, ...cluster.world.internet.hosts]) hostsByIP.set(h.ip, gid.worldHost(h.name));

  for (const s of cluster.endpointSlices) {
    const ns = s.metadata.namespace;
    const id = gid.endpointSlice(ns, s.metadata.name);
    const svcName = s.metadata.labels[LABEL_SERVICE_NAME];
    b.node({
      id, kind: 'endpointSlice', label: s.metadata.name, namespace: ns, column: COLUMN.endpointSlices,
      sublabel: sliceSublabel(s), detail: sliceDetail(s),
      ...(s.source ? {} : { generated: true }),
      ...optional('source', sources.of(s, svcName ? `Service/${ns}/${svcName}` : undefined)),
    });
    if (svcName && b.has(gid.service(ns, svcName))) b.edge(gid.service(ns, svcName), id, 'owns');
    for (const ep of s.endpoints) {
      const ref = ep.targetRef;
      let target: GraphId | null | undefined =
        ref?.kind === 'Pod' ? gid.pod(ref.namespace ?? ns, ref.name) : undefined;
      if (!target || !b.has(target)) target = podsByIP.get(`${ns}/${ep.addresses[0]}`) ?? hostsByIP.get(ep.addresses[0]);
      if (target) b.edge(id, target, 'selects', { status: endpointStatus(ep.conditions), label: ep.hostname });
    }
  }
}

function groups(nodes: readonly GraphNode[], cluster: ClusterState, problems: Map<GraphId, unknown[]>): GraphGroup[] {
  const byNs = new Map<string, GraphId[]>();
  const byNode = new Map<string, GraphId[]>();
  for (const n of cluster.nodes) byNode.set(n.name, [gid.node(n.name)]);
  for (const n of nodes) {
    // Load balancers, CoreDNS and ingress controllers sit on the way in, not inside a namespace's box.
    if (n.namespace && n.kind !== 'loadBalancer' && n.kind !== 'dns' && n.kind !== 'ingressController') {
      const list = byNs.get(n.namespace);
      if (list) list.push(n.id);
      else byNs.set(n.namespace, [n.id]);
    }
    if (n.kind === 'pod' && n.nodeName) {
      const list = byNode.get(n.nodeName);
      if (list) list.push(n.id);
      else byNode.set(n.nodeName, [n.id]);
    }
  }
  const out: GraphGroup[] = [];
  const names = [...new Set([...cluster.namespaces, ...byNs.keys()])].sort();
  for (const ns of names) {
    const members = byNs.get(ns) ?? [];
    const id = gid.namespace(ns);
    const p = (problems.get(id) ?? []) as GraphGroup['problems'];
    if (members.length || p.length) out.push({ id, kind: 'namespace', label: ns, members, problems: p });
  }
  for (const [name, members] of byNode) out.push({ id: gid.nodeGroup(name), kind: 'node', label: name, members, problems: [] });
  return out;
}

function optional<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };
}

function nonEmpty<T>(list: T[]): T[] | undefined {
  return list.length ? list : undefined;
}

