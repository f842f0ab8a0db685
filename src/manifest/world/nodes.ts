/**
 * Node manifests (a real `kubectl get nodes -o yaml`, or hand-written ones) replace the World's node list:
 * the cluster has exactly the nodes the manifests describe. Each keeps its InternalIP/ExternalIP, podCIDR,
 * zone (topology.kubernetes.io/zone) and control-plane role (node-role.kubernetes.io/control-plane, or the
 * pre-1.20 …/master label). A Node without an InternalIP takes the World node of the same name's address,
 * or the next free LAN address — the simulation needs an address to route to.
 */
import ipaddr from 'ipaddr.js';
import type { Node } from '../../api/types';
import type { WorldNode, WorldSpec } from '../../api/world';
import { parseCidr } from '../validation/ip';

export interface AssignedAddress {
  node: Node;
  ip: string;
}

export function nodesFromObjects(nodes: readonly Node[], world: WorldSpec): { nodes: WorldNode[]; assigned: AssignedAddress[] } {
  const used = new Set<string>();
  for (const n of nodes) for (const a of n.status.addresses) used.add(a.address);
  const assigned: AssignedAddress[] = [];
  const lan = parseCidr(world.lan.cidr);
  let next = 10;
  const nextFree = (): string => {
    if (!lan || lan.family !== 'IPv4') return '';
    const base = lan.addr.toByteArray();
    const size = 2 ** (32 - lan.bits);
    for (; next < size - 1; next++) {
      const n = ((base[0] << 24) | (base[1] << 16) | (base[2] << 8) | base[3]) + next;
      const ip = ipaddr.fromByteArray([(n >>> 24) & 255, (n >>> 16) & 255, (n >>> 8) & 255, n & 255]).toString();
      if (!used.has(ip)) {
        used.add(ip);
        next++;
        return ip;
      }
    }
    return '';
  };
  const out = nodes.map((n): WorldNode => {
    const addr = (t: string) => n.status.addresses.find((a) => a.type === t)?.address;
    let internalIP = addr('InternalIP');
    if (!internalIP) {
      internalIP = world.nodes.find((w) => w.name === n.metadata.name)?.internalIP ?? nextFree();
      assigned.push({ node: n, ip: internalIP });
    }
    const labels = n.metadata.labels;
    const wn: WorldNode = { name: n.metadata.name, internalIP };
    const externalIP = addr('ExternalIP');
    if (externalIP) wn.externalIP = externalIP;
    if (n.spec.podCIDR) wn.podCIDR = n.spec.podCIDR;
    if ('node-role.kubernetes.io/control-plane' in labels || 'node-role.kubernetes.io/master' in labels) wn.controlPlane = true;
    const zone = labels['topology.kubernetes.io/zone'] ?? labels['failure-domain.beta.kubernetes.io/zone'];
    if (zone) wn.zone = zone;
    if (Object.keys(labels).length) wn.labels = labels;
    return wn;
  });
  return { nodes: out, assigned };
}
