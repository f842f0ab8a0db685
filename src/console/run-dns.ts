/**
 * dig, nslookup and cat /etc/resolv.conf against the engine's DNS (src/dns), printed with src/format.
 * Where a command runs decides which server it asks by default: a pod its resolv.conf's nameserver
 * (the engine reads it), a node or a LAN client the LAN resolver, an internet client the public DNS.
 */
import type { Simulation } from '../engine';
import type { DnsOutcome } from '../dns/dig';
import { formatDig, formatDigShort } from '../format/dig';
import { formatNslookup } from '../format/nslookup';
import { formatResolvConf } from '../format/resolvconf';
import { renderMessage } from '../messages/index';
import type { Trace } from '../trace/types';
import { notReady, type ConsoleTools } from './tools';
import type { ConsoleResult, ConsoleSource, DigRequest, NslookupRequest, ResolvConfRequest } from './types';

const podRef = (s: ConsoleSource) => (s.kind === 'pod' ? `${s.namespace}/${s.name}` : undefined);

/** The resolver a machine outside the pod network uses, from the World document. */
export function defaultServer(sim: Simulation, source: ConsoleSource): string | undefined {
  if (source.kind === 'pod') return undefined;
  const world = sim.cluster.world;
  if (source.kind === 'node') return world.lan.dns.address;
  const client = world.clients.find((c) => c.name === source.name);
  return client?.network === 'lan' ? world.lan.dns.address : world.internet.dns.address;
}

function questionError(t: Trace<DnsOutcome>): ConsoleResult | undefined {
  if (!t.outcome.error) return undefined;
  return { output: `${renderMessage(t.outcome.error, t.steps[0]?.params ?? {})}\n`, exitCode: 1 };
}

function authoritative(t: Trace<DnsOutcome>): boolean {
  const a = [...t.steps].reverse().find((s) => s.kind === 'dns.answer' && s.dns?.authoritative !== undefined);
  return a?.dns?.authoritative ?? true;
}

const withTrace = (r: Omit<ConsoleResult, 'trace'>, t: Trace<unknown>, summary?: string): ConsoleResult => ({ ...r, trace: { steps: t.steps, summary } });

/** dig and nslookup print everything to standard output, their failures included (`** server can't find …`). */
const toStdout = (r: ConsoleResult): ConsoleResult => ({ ...r, stdout: r.output });

export function runDig(req: DigRequest, sim: Simulation, tools: ConsoleTools): ConsoleResult {
  return toStdout(dig(req, sim, tools));
}

function dig(req: DigRequest, sim: Simulation, tools: ConsoleTools): ConsoleResult {
  if (!tools.dig) return notReady('dig');
  const server = req.server ?? defaultServer(sim, req.source);
  const from = podRef(req.source);
  const t = tools.dig(sim, { name: req.name, type: req.qtype, search: req.search, ...(from ? { from } : {}), ...(server ? { server } : {}) });
  const bad = questionError(t);
  if (bad) return withTrace(bad, t);
  const o = t.outcome;
  const summary = `${o.rcode}, ${o.answers.length} answer${o.answers.length === 1 ? '' : 's'}`;
  if (o.timedOut) return withTrace({ output: ';; connection timed out; no servers could be reached\n', exitCode: 9 }, t, 'timed out');
  if (req.short) return withTrace({ output: formatDigShort({ answers: o.answers }), exitCode: 0 }, t, summary);
  const aa = authoritative(t);
  const banner = [req.server ? `@${req.server}` : '', req.name, req.qtype, req.search ? '+search' : '', req.short ? '+short' : ''].filter(Boolean).join(' ');
  const output = formatDig({
    qname: o.queries.length ? o.queries[o.queries.length - 1].name : req.name,
    qtype: req.qtype, rcode: o.rcode, answers: o.answers, authority: o.authority, additional: o.additional,
    authoritative: aa, recursionAvailable: !aa, server: o.server || server, args: banner,
  });
  return withTrace({ output, exitCode: 0 }, t, summary);
}

export function runNslookup(req: NslookupRequest, sim: Simulation, tools: ConsoleTools): ConsoleResult {
  return toStdout(nslookup(req, sim, tools));
}

function nslookup(req: NslookupRequest, sim: Simulation, tools: ConsoleTools): ConsoleResult {
  const from = podRef(req.source);
  let t: Trace<DnsOutcome>;
  if (from && !req.server && (req.qtype === 'A' || req.qtype === 'AAAA')) {
    // From a pod, nslookup goes through the pod's resolv.conf: search list and ndots, like getaddrinfo.
    if (!tools.resolve) return notReady('resolve');
    t = tools.resolve(sim, { name: req.name, from, ...(req.qtype === 'AAAA' ? { type: 'AAAA' } : {}) });
  } else {
    if (!tools.dig) return notReady('dig');
    const server = req.server ?? defaultServer(sim, req.source);
    t = tools.dig(sim, { name: req.name, type: req.qtype, search: true, ...(from ? { from } : {}), ...(server ? { server } : {}) });
  }
  const bad = questionError(t);
  if (bad) return withTrace(bad, t);
  const o = t.outcome;
  if (o.timedOut) return withTrace({ output: ';; connection timed out; no servers could be reached\n', exitCode: 1 }, t, 'timed out');
  const output = formatNslookup({ name: req.name, rcode: o.rcode, answers: o.answers, server: o.server, authoritative: authoritative(t) });
  const ok = o.rcode === 'NOERROR' && o.answers.length > 0;
  return withTrace({ output, exitCode: ok ? 0 : 1 }, t, `${o.rcode}, ${o.answers.length} answers`);
}

export function runResolvConf(req: ResolvConfRequest, sim: Simulation, tools: ConsoleTools): ConsoleResult {
  const source = req.source;
  if (source.kind === 'pod') {
    if (!tools.resolvConf) return notReady('resolvConf');
    const a = tools.resolvConf(sim, `${source.namespace}/${source.name}`);
    if ('error' in a) return { output: `cat: /etc/resolv.conf: ${a.error.message}\n`, exitCode: 1 };
    const warnings = a.warnings.map((w) => `# warning: ${w.message}\n`).join('');
    return { output: formatResolvConf(a) + warnings, exitCode: 0 };
  }
  if (source.kind === 'node' || defaultServer(sim, source) === sim.cluster.world.lan.dns.address) {
    if (!tools.nodeResolvConf) return notReady('the node resolv.conf');
    return { output: formatResolvConf(tools.nodeResolvConf(sim)), exitCode: 0 };
  }
  return { output: formatResolvConf({ nameservers: [sim.cluster.world.internet.dns.address], search: [], options: [] }), exitCode: 0 };
}
