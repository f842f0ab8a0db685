/**
 * The short text on each graph card: addresses on the first line, ports/type on the second, badges.
 * Everything is read from ClusterState; nothing here decides how traffic flows.
 */
import type { EndpointSlice, LoadBalancerIngress, ServicePort } from '../api/types';
import type { SimNode, SimPod, SimService } from '../cluster/state';
import type { Readiness, ServiceBadge } from './types';

export function lbAddress(ingress: readonly LoadBalancerIngress[]): string {
  return ingress.map((i) => i.ip ?? i.hostname ?? '').filter(Boolean).join(', ');
}

/** "http 80→8080/TCP" or "80/TCP" with ":30080" when a nodePort is allocated. */
export function servicePortText(p: ServicePort): string {
  const name = p.name ? `${p.name} ` : '';
  const target = p.targetPort !== p.port ? `→${p.targetPort}` : '';
  const node = p.nodePort ? ` :${p.nodePort}` : '';
  return `${name}${p.port}${target}/${p.protocol}${node}`;
}

export function serviceBadge(s: SimService): ServiceBadge {
  const spec = s.service.spec;
  if (spec.type === 'ExternalName') return 'ExternalName';
  if (s.headless) return 'Headless';
  return spec.type;
}

/** Extra traits beyond the main badge. */
export function serviceExtraBadges(s: SimService): string[] {
  const spec = s.service.spec;
  const out: string[] = [];
  if (s.headless && spec.type !== 'ClusterIP' && spec.type !== 'ExternalName') out.push('Headless');
  if (spec.externalIPs.length) out.push('ExternalIPs');
  if (spec.type !== 'ExternalName' && spec.selector === null) out.push('selector-less');
  if (s.internalLoadBalancer) out.push('internal');
  if (spec.externalTrafficPolicy === 'Local' && (spec.type === 'LoadBalancer' || spec.type === 'NodePort')) out.push('eTP: Local');
  if (spec.internalTrafficPolicy === 'Local') out.push('iTP: Local');
  if (spec.sessionAffinity === 'ClientIP') out.push('affinity: ClientIP');
  if (spec.publishNotReadyAddresses) out.push('publishNotReady');
  return out;
}

export function serviceSublabel(s: SimService): string {
  const spec = s.service.spec;
  if (spec.type === 'ExternalName') return `→ ${spec.externalName ?? ''}`;
  const ips = s.headless ? 'None' : s.clusterIPs.join(', ');
  return spec.externalIPs.length ? `${ips} · ext ${spec.externalIPs.join(', ')}` : ips;
}

export function serviceDetail(s: SimService): string {
  return s.service.spec.ports.map(servicePortText).join(' · ');
}

export function podStatus(p: SimPod): Readiness {
  if (p.terminating) return 'terminating';
  return p.ready ? 'ready' : 'notReady';
}

export function podBadges(p: SimPod): string[] {
  const out: string[] = [];
  if (p.phase !== 'Running') out.push(p.phase);
  else if (!p.ready) out.push('not ready');
  if (p.terminating) out.push('terminating');
  if (p.pod.spec.hostNetwork) out.push('hostNetwork');
  return out;
}

export function nodeBadges(n: SimNode): string[] {
  const out: string[] = [];
  if (n.controlPlane) out.push('control-plane');
  if (!n.ready) out.push('NotReady');
  if (!n.schedulable) out.push('NoSchedule');
  return out;
}

export function endpointStatus(c: { ready: boolean; terminating: boolean }): Readiness {
  if (c.terminating) return 'terminating';
  return c.ready ? 'ready' : 'notReady';
}

export function sliceSublabel(s: EndpointSlice): string {
  const ready = s.endpoints.filter((e) => e.conditions.ready).length;
  const total = s.endpoints.length;
  return total === ready ? `${total} endpoint${total === 1 ? '' : 's'}` : `${ready}/${total} ready`;
}

export function sliceDetail(s: EndpointSlice): string {
  const ports = s.ports.map((p) => `${p.name ? `${p.name} ` : ''}${p.port ?? '*'}/${p.protocol}`).join(' · ');
  return s.addressType === 'IPv4' ? ports : `${s.addressType} · ${ports}`;
}
