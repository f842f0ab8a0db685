/**
 * What the API server's allocators reject when Services are created in order (pkg/registry/core/service/
 * ipallocator and portallocator): a clusterIP outside the Service range(s) in force ("the provided IP (…) is
 * not in the valid range. The range of valid IPs is …"), a clusterIP or nodePort already taken by an earlier
 * Service ("provided IP/port is already allocated"), a nodePort outside --service-node-port-range.
 * The node-port allocator is one bitmap for every protocol, so two Services cannot share a nodePort even on
 * TCP and UDP (only the ports of one Service can).
 *
 * A dump pasted from a cloud cluster (AKS 10.0.0.0/16, EKS 10.100.0.0/16 or 172.20.0.0/16, …) uses another range
 * than kubeadm's default: the error then says where to declare it and suggests the smallest CIDR that covers
 * every out-of-range clusterIP in the text.
 */
import ipaddr from 'ipaddr.js';
import type { Service } from '../../api/types';
import type { WorldSpec } from '../../api/world';
import { objectKey, type FieldPath, type SourceRef } from '../diagnostics';
import type { Issue } from '../decode/context';
import { cidrContains, coveringCidr, ipFamily, parseCidr, type Cidr } from './ip';

export interface PlacedService {
  service: Service;
  source: SourceRef;
}

export interface GlobalIssue extends Issue {
  target: PlacedService;
}

const KUBE_DNS = objectKey('Service', 'kube-system', 'kube-dns');
const KUBERNETES = objectKey('Service', 'default', 'kubernetes');

/**
 * WHY a memo: the checks read only the Services and four World settings, and the parser hands back the very
 * same Service objects (with their sources) while their documents are unchanged and unmoved — an edit of a
 * Deployment would otherwise re-check every Service. One parser's memory (parse.ts keeps one per parser), one
 * previous call; a miss recomputes.
 */
export interface AllocationMemory {
  previous?: { services: readonly Service[]; settings: string; issues: GlobalIssue[] };
}

export function checkServiceAllocations(services: readonly PlacedService[], world: WorldSpec, memory: AllocationMemory = {}): GlobalIssue[] {
  const c = world.cluster;
  const settings = JSON.stringify([c.serviceCIDRs, c.systemObjects, c.dnsServiceIP, c.nodePortRange]);
  const p = memory.previous;
  if (p && p.settings === settings && p.services.length === services.length && services.every((s, i) => s.service === p.services[i])) {
    return p.issues.slice();
  }
  const issues = checkAll(services, world);
  memory.previous = { services: services.map((s) => s.service), settings, issues: issues.slice() };
  return issues;
}

function checkAll(services: readonly PlacedService[], world: WorldSpec): GlobalIssue[] {
  const issues: GlobalIssue[] = [];
  const ranges = world.cluster.serviceCIDRs.map((c) => parseCidr(String(c))).filter((c): c is Cidr => c !== undefined);
  const add = (target: PlacedService, code: string, field: FieldPath, params: Record<string, string | number>) =>
    issues.push({ target, severity: 'error', code, field, params: { field: field.join('.').replace(/\.(\d+)/g, '[$1]'), ...params } });

  const owners = new Map<string, string>();
  if (world.cluster.systemObjects) {
    const keys = new Set(services.map((s) => keyOf(s.service)));
    if (!keys.has(KUBE_DNS)) owners.set(world.cluster.dnsServiceIP, KUBE_DNS);
    const first = ranges[0] ? firstAddress(ranges[0]) : undefined;
    if (first && !keys.has(KUBERNETES)) owners.set(first, KUBERNETES);
  }

  const outOfRange: { target: PlacedService; ip: string; field: FieldPath }[] = [];
  for (const ps of services) {
    const spec = ps.service.spec;
    // Most Services have no address written (the allocator picks one in reconcile), or are headless.
    if (spec.type === 'ExternalName' || spec.clusterIPs.length === 0) continue;
    const me = keyOf(ps.service);
    spec.clusterIPs.forEach((ip, i) => {
      if (ip === 'None' || !ipFamily(ip)) return;
      const field: FieldPath = i === 0 && spec.clusterIP === ip ? ['spec', 'clusterIP'] : ['spec', 'clusterIPs', i];
      const inRange = ranges.some((r) => cidrContains(r, ip) && !isNetworkOrBroadcast(r, ip));
      if (!inRange) {
        outOfRange.push({ target: ps, ip, field });
        return;
      }
      const owner = owners.get(ip);
      if (owner && owner !== me) add(ps, 'service/cluster-ip-allocated', field, { ip, owner });
      else owners.set(ip, me);
    });
  }

  if (outOfRange.length) {
    const byFamily = (fam: string) => outOfRange.filter((o) => ipFamily(o.ip) === fam).map((o) => o.ip);
    const suggestion = [coveringCidr(byFamily('IPv4')), coveringCidr(byFamily('IPv6'))].filter(Boolean).join(',');
    for (const o of outOfRange) {
      add(o.target, 'service/cluster-ip-out-of-range', o.field, {
        ip: o.ip,
        ranges: world.cluster.serviceCIDRs.join(', '),
        suggestion: suggestion || o.ip,
      });
    }
  }

  const { min, max } = world.cluster.nodePortRange;
  const nodePorts = new Map<number, string>();
  for (const ps of services) {
    // Only NodePort and LoadBalancer Services written with a nodePort take part (ClusterIP ones are skipped below).
    if (ps.service.spec.type === 'ClusterIP' || !ps.service.spec.ports.some((p) => p.nodePort !== undefined)) continue;
    const me = keyOf(ps.service);
    const mine = new Set<number>();
    ps.service.spec.ports.forEach((p, i) => {
      if (p.nodePort === undefined || ps.service.spec.type === 'ClusterIP') return;
      const field: FieldPath = ['spec', 'ports', i, 'nodePort'];
      if (p.nodePort < min || p.nodePort > max) {
        add(ps, 'service/node-port-out-of-range', field, { nodePort: p.nodePort, min, max });
        return;
      }
      const owner = nodePorts.get(p.nodePort);
      if (owner !== undefined && owner !== me) add(ps, 'service/node-port-allocated', field, { nodePort: p.nodePort, owner });
      else if (!mine.has(p.nodePort)) {
        nodePorts.set(p.nodePort, me);
        mine.add(p.nodePort);
      }
    });
  }
  return issues;
}

function keyOf(s: Service): string {
  return objectKey('Service', s.metadata.namespace, s.metadata.name);
}

function firstAddress(r: Cidr): string {
  const bytes = r.addr.toByteArray();
  bytes[bytes.length - 1] += 1;
  return ipaddr.fromByteArray(bytes).toString();
}

/** The allocator never hands out a range's network address (nor, for IPv4, its broadcast address). */
function isNetworkOrBroadcast(r: Cidr, ip: string): boolean {
  if (r.family !== 'IPv4') return false;
  const n = ip.split('.').reduce((a, o) => a * 256 + Number(o), 0);
  const base = r.addr.toByteArray().reduce((a, o) => a * 256 + o, 0);
  const size = 2 ** (32 - r.bits);
  return size > 2 && (n === base || n === base + size - 1);
}
