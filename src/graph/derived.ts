/**
 * The few rules the graph needs to draw its edges, each delegated to the module that owns it
 * (src/ingress for IngressClass resolution, src/dns for resolv.conf and `forward .`), translated to graph ids.
 * The graph never grows its own copy of a networking rule.
 */
import type { Ingress } from '../api/types';
import type { ClusterState, SimIngressController, SimPod } from '../cluster/state';
import { podResolvConf } from '../dns/resolvconf';
import { worldDns, worldGid, worldServerAt } from '../dns/upstream';
import { claimingControllers as claims } from '../ingress/class';
import { gid, type GraphId } from './ids';

/** The controllers that claim an Ingress, with the class they matched on (src/ingress/class.ts). */
export function claimingControllers(ing: Ingress, cluster: ClusterState): { controller: SimIngressController; label: string }[] {
  return claims(cluster, ing).map((c) => ({
    controller: c.controller,
    label: c.className ? `class ${c.className}` : c.via,
  }));
}

/** Turns a DNS server address into the graph element listening there. */
export function dnsServerIds(cluster: ClusterState): (address: string) => GraphId | undefined {
  const world = worldDns(cluster.world);
  const coredns = new Set<string>([cluster.world.cluster.dnsServiceIP]);
  return (address) => {
    if (coredns.has(address)) return gid.coredns();
    const w = worldServerAt(world, address);
    return w ? worldGid(w) : undefined;
  };
}

/** The DNS servers a pod's /etc/resolv.conf names (the kubelet's rules, src/dns/resolvconf.ts), as graph ids. */
export function podResolvers(pod: SimPod, cluster: ClusterState, serverId: (address: string) => GraphId | undefined): GraphId[] {
  const out: GraphId[] = [];
  for (const ns of podResolvConf(pod, cluster.world).nameservers) {
    const id = serverId(ns);
    if (id && !out.includes(id)) out.push(id);
  }
  return out;
}

/**
 * Where CoreDNS's `forward .` sends what it does not answer: /etc/resolv.conf is the node's file, whose
 * nameserver is the LAN DNS; PodPath uses the first target (as src/dns/server.ts forwardTarget does).
 */
export function corednsUpstream(cluster: ClusterState, serverId: (address: string) => GraphId | undefined): GraphId | undefined {
  const first = cluster.world.cluster.coredns.forwardTo[0] ?? '/etc/resolv.conf';
  const address = first.startsWith('/') ? cluster.world.lan.dns.address : first.replace(/^dns:\/\//, '').replace(/:53$/, '');
  return serverId(address);
}
