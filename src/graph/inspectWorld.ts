/**
 * Inspector details for what is not a namespaced object: clients, DNS servers, load balancers, Nodes,
 * ingress controllers, outside hosts, 'missing' placeholders, namespaces and edges.
 */
import { gid, type GraphId } from './ids';
import type { InspectContext } from './inspect';
import { empty, kv, row, section } from './inspectObjects';
import { lbAddress, nodeBadges, servicePortText } from './describe';
import { graphModel } from './model';
import { ingressesFor } from '../ingress/class';
import type { InspectorDetails } from './types';

export function inspectWorldElement(ctx: InspectContext, id: GraphId): InspectorDetails | null {
  const { cluster } = ctx;
  const w = cluster.world;
  const [prefix, ...rest] = id.split('/');
  const name = rest.join('/');
  switch (prefix) {
    case 'client': {
      const c = w.clients.find((x) => x.name === name);
      if (!c) return null;
      return { ...empty(id, 'client', c.name), sections: section('world', [...row('ip', c.ip), ...row('network', c.network)]) };
    }
    case 'dns': return inspectDns(ctx, id);
    case 'host': {
      const h = [...w.lan.hosts, ...w.internet.hosts].find((x) => x.name === name);
      return { ...empty(id, 'host', h?.name ?? name), sections: section('world', h ? [...row('ip', h.ip), ...row('ports', (h.ports ?? [80, 443]).join(', '))] : row('defined', 'not in the World document')) };
    }
    case 'node': {
      const n = cluster.nodes.find((x) => x.name === name);
      if (!n) return null;
      const pods = cluster.pods.filter((p) => p.nodeName === n.name);
      return {
        ...empty(id, 'node', n.name), badges: nodeBadges(n), diagnostics: ctx.diagnosticsFor(id),
        sections: [
          ...section('status', [...row('status.addresses[InternalIP]', n.internalIP), ...row('status.addresses[ExternalIP]', n.externalIP), ...row('Ready', n.ready)]),
          ...section('spec', [
            ...row('spec.podCIDR', n.podCIDR), ...row('spec.unschedulable', n.unschedulable || undefined),
            ...row('spec.taints', n.taints.map((t) => `${t.key}${t.value ? `=${t.value}` : ''}:${t.effect}`).join(', ')),
            ...row('metadata.labels', kv(n.labels)), ...row('topology zone', n.zone),
          ]),
          ...section('pods', pods.map((p) => ({ field: `${p.namespace}`, value: `${p.name} ${p.podIP}`, ref: gid.pod(p.namespace, p.name) }))),
        ],
      };
    }
    case 'lb': {
      const [ns, svcName] = [rest[0], rest.slice(1).join('/')];
      const s = cluster.services.find((x) => x.namespace === ns && x.name === svcName);
      if (!s) return null;
      return {
        ...empty(id, 'loadBalancer', svcName), namespace: ns, badges: s.internalLoadBalancer ? ['internal'] : [],
        sections: [
          ...section('status', [...row('status.loadBalancer.ingress', lbAddress(s.loadBalancerIngress) || 'pending'), ...row('Service', `${ns}/${svcName}`, gid.service(ns, svcName))]),
          ...section('ports', s.service.spec.ports.map((p, i) => ({ field: `spec.ports[${i}]`, value: servicePortText(p) }))),
          ...section('provider', [...row('provider', w.cluster.loadBalancer.provider), ...row('spec.externalTrafficPolicy', s.service.spec.externalTrafficPolicy)]),
        ],
      };
    }
    case 'l7': {
      const [ns, ing] = [rest[0], rest.slice(1).join('/')];
      const address = lbAddress(cluster.ingressAddresses?.[`${ns}/${ing}`] ?? []);
      return { ...empty(id, 'loadBalancer', ing), namespace: ns, badges: ['cloud-l7'], sections: section('status', [...row('address', address || 'pending'), ...row('Ingress', `${ns}/${ing}`, gid.ingress(ns, ing))]) };
    }
    case 'ingctl': {
      const c = cluster.ingressControllers.find((x) => x.spec.className === name);
      if (!c) return null;
      return {
        ...empty(id, 'ingressController', name), badges: [c.spec.style], diagnostics: ctx.diagnosticsFor(id),
        sections: [
          ...section('spec', [
            ...row('IngressClass', c.spec.className), ...row('spec.controller', c.spec.controller), ...row('style', c.spec.style),
            ...row('Service', c.serviceKey, c.serviceKey ? gid.service(...(c.serviceKey.split('/') as [string, string])) : undefined),
            ...row('address', lbAddress(c.address)),
            ...row('--watch-ingress-without-class', c.spec.watchIngressWithoutClass || undefined),
            ...row('--disable-svc-external-name', c.spec.disableServiceExternalName || undefined),
            ...row('default class', c.spec.isDefaultClass || undefined),
          ]),
          ...section('ingresses', ingressesFor(cluster, c).map((i) => ({ field: i.metadata.namespace, value: i.metadata.name, ref: gid.ingress(i.metadata.namespace, i.metadata.name) }))),
        ],
      };
    }
    case 'missing': {
      const [, ns, svc] = rest;
      const model = graphModel(cluster, ctx.diagnostics);
      const incoming = model.edges.filter((e) => e.target === id);
      if (!incoming.length) return null;
      return {
        ...empty(id, 'missing', svc), namespace: ns,
        sections: section('referencedBy', incoming.map((e) => ({ field: e.label ?? 'backend', value: e.source, ref: e.source }))),
        diagnostics: incoming.flatMap((e) => (e.problem ? [e.problem] : [])),
      };
    }
    default: return null;
  }
}

function inspectDns(ctx: InspectContext, id: GraphId): InspectorDetails | null {
  const w = ctx.cluster.world;
  if (id === gid.coredns()) {
    const c = w.cluster.coredns;
    return {
      ...empty(id, 'dns', 'CoreDNS'), namespace: 'kube-system',
      sections: section('Corefile', [
        ...row('kube-dns Service IP', w.cluster.dnsServiceIP, gid.service('kube-system', 'kube-dns')),
        ...row('kubernetes zones', c.zones.join(' ')), ...row('pods', c.pods), ...row('ttl', c.ttl),
        ...row('namespaces', c.namespaces.join(' ')), ...row('endpoint_pod_names', c.endpointPodNames || undefined),
        ...row('ignore empty_service', c.ignoreEmptyService || undefined),
        ...row('fallthrough', c.fallthrough.join(' ')), ...row('forward .', c.forwardTo.join(' ')), ...row('cache', c.cacheSeconds || undefined),
      ]),
    };
  }
  if (id === gid.lanDns()) {
    return { ...empty(id, 'dns', 'LAN DNS'), sections: section('world', [...row('address', w.lan.dns.address), ...row('records', w.lan.dns.records.length), ...row('hosts', w.lan.hosts.map((h) => h.name).join(', ')), ...row('search domains', w.lan.searchDomains.join(' '))]) };
  }
  if (id === gid.publicDns()) {
    return { ...empty(id, 'dns', 'public DNS'), sections: section('world', [...row('address', w.internet.dns.address), ...row('records', w.internet.dns.records.length), ...row('hosts', w.internet.hosts.map((h) => h.name).join(', '))]) };
  }
  return null;
}

export function inspectNamespace(ctx: InspectContext, name: string): InspectorDetails | null {
  const { cluster } = ctx;
  if (!cluster.namespaces.includes(name)) return null;
  const count = (n: number, what: string) => row(what, n || undefined);
  return {
    ...empty(gid.namespace(name), 'namespace', name),
    sections: section('contents', [
      ...count(cluster.services.filter((s) => s.namespace === name).length, 'Services'),
      ...count(cluster.pods.filter((p) => p.namespace === name).length, 'Pods'),
      ...count(cluster.ingresses.filter((i) => i.metadata.namespace === name).length, 'Ingresses'),
      ...count(cluster.endpointSlices.filter((e) => e.metadata.namespace === name).length, 'EndpointSlices'),
    ]),
    diagnostics: ctx.diagnosticsFor(gid.namespace(name)),
  };
}

export function inspectEdge(ctx: InspectContext, id: GraphId): InspectorDetails | null {
  const e = graphModel(ctx.cluster, ctx.diagnostics).edges.find((x) => x.id === id);
  if (!e) return null;
  return {
    ...empty(id, 'edge', e.label ?? e.kind),
    sections: section('edge', [...row('from', e.source, e.source), ...row('to', e.target, e.target), ...row('kind', e.kind), ...row('label', e.label), ...row('endpoint', e.status)]),
    diagnostics: e.problem ? [e.problem] : [],
  };
}
