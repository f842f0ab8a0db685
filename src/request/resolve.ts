/**
 * Name resolution for a request, through the DNS module:
 * - a pod resolves with its own /etc/resolv.conf (search list, ndots, CoreDNS) — src/dns `resolve()`;
 * - a node, a LAN host or a LAN client asks the LAN DNS (which recurses to the internet), an internet client
 *   asks the public DNS — src/dns `dig()` against that server, the name taken as absolute.
 * Outside the cluster, an Ingress's hosts resolve to the Ingress's ADDRESS unless the World's DNS has
 * records for the name: the simulation assumes whoever runs the Ingress published it (seed 003 registers
 * hyein.example.com in an Azure DNS zone by hand). Cluster names (svc.cluster.local) never resolve outside.
 */
import type { Simulation } from '../engine';
import { dig, resolve } from '../dns/dig';
import { lookupHosts, nodeHostsFile } from '../dns/hosts';
import { matchHost } from '../ingress/host';
import { claimingControllers } from '../ingress/class';
import type { ResourceRecord, TraceStep } from '../trace/types';
import { sourceGid } from './context';
import type { NameResolution, NameResolver, ResolvedSource } from './types';

export function defaultResolver(sim: Simulation): NameResolver {
  return (name, from, choice) => {
    if (from.kind === 'pod') {
      const t = resolve(sim, { name, from: `${from.namespace}/${from.name}`, type: 'A', seed: choice?.seed, queryIndex: choice?.requestIndex });
      return fromAnswers(t.outcome.rcode, t.outcome.answers, t.steps);
    }
    if (from.kind === 'node') {
      // The node's getaddrinfo reads its own /etc/hosts first, too (src/dns/hosts.ts).
      const hit = lookupHosts(nodeHostsFile(sim.cluster.nodes.find((n) => n.name === from.name)), name, 'A');
      if (hit.length > 0) return fromHostsFile(name, hit.map((l) => l.ip), sourceGid(from));
    }
    const world = sim.cluster.world;
    const server = from.kind === 'client' && from.network === 'internet' ? world.internet.dns.address : world.lan.dns.address;
    const qname = name.endsWith('.') ? name : `${name}.`;
    const t = dig(sim, { name: qname, type: 'A', server });
    const me = sourceGid(from);
    const steps = t.steps.map((s) => ({
      ...s,
      actor: s.actor ?? me,
      from: s.kind === 'dns.query' ? s.from ?? me : s.from,
      to: s.kind === 'dns.answer' ? s.to ?? me : s.to,
    }));
    const res = fromAnswers(t.outcome.rcode, t.outcome.answers, steps);
    if (res.addresses.length > 0) return res;
    const published = ingressHostAddress(sim, name);
    if (!published) return res;
    const rr: ResourceRecord = { name: qname, type: 'A', ttl: 300, data: published.ip };
    const note: TraceStep = {
      kind: 'dns.result', message: 'request.dns.ingress-host', params: { name, address: published.ip, ingress: published.ingress },
      actor: me, touches: [me], dns: { qname, qtype: 'A', rcode: 'NOERROR', answers: [rr] },
    };
    return { rcode: 'NOERROR', addresses: [published.ip], cnames: [], answers: [rr], steps: [note] };
  };
}

function fromHostsFile(name: string, addresses: string[], me: string): NameResolution {
  const answers: ResourceRecord[] = addresses.map((ip) => ({ name, type: 'A', ttl: 0, data: ip }));
  const step: TraceStep = {
    kind: 'dns.result', message: 'dns.hosts.found',
    params: { name, addresses: addresses.join(', '), line: addresses.map((ip) => `${ip} ${name}`).join('; '), fileKey: 'dns.hosts.file.node-self', fromKey: 'dns.hosts.from.node-self' },
    actor: me, touches: [me], dns: { qname: name, qtype: 'A', rcode: 'NOERROR', answers },
  };
  return { rcode: 'NOERROR', addresses, cnames: [], answers, steps: [step] };
}

function fromAnswers(rcode: NameResolution['rcode'], answers: readonly ResourceRecord[], steps: readonly TraceStep[]): NameResolution {
  return {
    rcode,
    addresses: answers.filter((r) => r.type === 'A').map((r) => r.data),
    cnames: answers.filter((r) => r.type === 'CNAME').map((r) => r.data),
    answers, steps,
  };
}

/** The ADDRESS of a claimed Ingress that lists `name` as a rule host (exact first, then wildcard). */
export function ingressHostAddress(sim: Simulation, name: string): { ip: string; ingress: string } | null {
  const state = sim.cluster;
  const host = name.replace(/\.$/, '').toLowerCase();
  for (const kind of ['exact', 'wildcard'] as const) {
    for (const ing of state.ingresses) {
      if (!ing.spec.rules.some((r) => r.host && matchHost(r.host, host) === kind)) continue;
      if (claimingControllers(state, ing).length === 0) continue;
      const k = `${ing.metadata.namespace}/${ing.metadata.name}`;
      const addr = (state.ingressAddresses[k] ?? ing.status.loadBalancer.ingress).find((a) => a.ip);
      if (addr?.ip) return { ip: addr.ip, ingress: k };
    }
  }
  return null;
}

export type { ResolvedSource };
