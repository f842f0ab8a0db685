/**
 * `podpath dig`, `podpath resolve` and `podpath resolv-conf`: the cluster's DNS as dig, a program's
 * stub resolver (getaddrinfo with the search list) and /etc/resolv.conf show it.
 */
import type { Simulation } from '../../engine';
import { formatDig, formatDigShort } from '../../format/dig';
import { formatHost, formatQueries } from '../../format/nslookup';
import { formatResolvConf, parseResolvConf, type ResolvConf } from '../../format/resolvconf';
import type { ResourceRecord, Trace, TraceStep } from '../../trace/types';
import ipaddr from 'ipaddr.js';
import { type FlagSpec, type ParsedArgs, bool, str } from '../args';
import type { Command } from '../command';
import {
  HELP_FLAG, INPUT_FLAGS, JSON_FLAG, TRACE_FLAG, formatSteps, loadSimulation, printJSON, requirePod, stepJSON,
} from '../common';
import { CliError } from '../input';
import type { CliIO } from '../io';
import { dnsModule, need } from '../modules';
import type { DnsOutcome } from '../../dns/dig';
import { renderMessage } from '../../messages/index';

export const QTYPES = ['A', 'AAAA', 'CNAME', 'SRV', 'PTR', 'TXT', 'SOA', 'NS', 'MX', 'ANY'] as const;

const FROM_POD: FlagSpec = { names: ['--from'], key: 'from', kind: 'string', value: 'NS/POD', help: 'the pod the query is sent from' };

/** `NAME [TYPE]` in either order, like dig. */
function nameAndType(positionals: readonly string[], cmd: string): { name: string; type: string; typeGiven: boolean; server?: string } {
  let name: string | undefined;
  let type: string | undefined;
  let server: string | undefined;
  for (const p of positionals) {
    if (p.startsWith('@') && p.length > 1) server = p.slice(1);
    else if (!type && name !== undefined && (QTYPES as readonly string[]).includes(p.toUpperCase())) type = p.toUpperCase();
    else if (name === undefined) name = p;
    else if (!type) throw new CliError(`unknown record type "${p}" (try ${QTYPES.join(', ')})`);
    else throw new CliError(`unexpected argument "${p}"`);
  }
  if (name === undefined) throw new CliError(`which name? usage: podpath ${cmd} NAME [TYPE]`);
  if (name === '' || name.length > 253) throw new CliError(`"${name}" is not a domain name`);
  return { name, type: type ?? 'A', typeGiven: type !== undefined, server };
}

/** `dig -x ADDR`: the in-addr.arpa / ip6.arpa name of an address. */
export function reverseName(addr: string): string {
  if (!ipaddr.isValid(addr)) throw new CliError(`-x takes an IPv4 or IPv6 address, got "${addr}"`);
  const ip = ipaddr.parse(addr);
  if (ip.kind() === 'ipv4') return `${[...ip.toByteArray()].reverse().join('.')}.in-addr.arpa.`;
  const hex = ip.toByteArray().map((b) => b.toString(16).padStart(2, '0')).join('');
  return `${[...hex].reverse().join('.')}.ip6.arpa.`;
}

/** The server that answered: from the outcome, else the last query step, else kube-dns. */
function serverOf(sim: Simulation, t: Trace<DnsOutcome>): string {
  if (t.outcome.server) return t.outcome.server;
  const q = [...t.steps].reverse().find((s: TraceStep) => s.dns?.server);
  return q?.dns?.server ?? sim.cluster.world.cluster.dnsServiceIP;
}

function authoritativeOf(t: Trace<DnsOutcome>): boolean {
  const a = [...t.steps].reverse().find((s) => s.kind === 'dns.answer' && s.dns?.authoritative !== undefined);
  return a?.dns?.authoritative ?? true;
}

/** The JSON contract of dig and resolve. */
function dnsJSON(t: Trace<DnsOutcome>) {
  const o = t.outcome;
  return {
    rcode: o.rcode,
    answers: o.answers.map(({ name, type, ttl, data }: ResourceRecord) => ({ name, type, ttl, data })),
    queries: o.queries.map(({ name, type, rcode }) => ({ name, type, rcode })),
    server: o.server,
    ...('addresses' in o ? { addresses: (o as { addresses: string[] }).addresses } : {}),
    ...(o.timedOut ? { timedOut: true } : {}),
    ...(o.authority?.length ? { authority: o.authority } : {}),
    steps: t.steps.map(stepJSON),
  };
}

/**
 * A question the engine refused (unknown pod, type or name): one line, exit 2. A pod whose resolv.conf has
 * no nameserver is not a mistake on the command line but what the manifests say: it returns 1 after saying so.
 */
function questionError(t: Trace<DnsOutcome>, io: CliIO): number | undefined {
  const e = t.outcome.error;
  if (!e) return undefined;
  const text = renderMessage(e, t.steps[0]?.params ?? {});
  if (e === 'dns.error.noNameserver') {
    io.stdout(`;; ${text}\n`);
    return 1;
  }
  throw new CliError(text);
}

function printTrace(io: CliIO, args: ParsedArgs, steps: readonly TraceStep[]): void {
  if (bool(args, 'trace')) io.stderr(formatSteps(steps));
}

export const digCommand: Command = {
  name: 'dig',
  summary: 'ask the cluster DNS a question, and print the answer as dig does',
  usage: 'podpath dig NAME [TYPE] [@SERVER] [-x ADDR] [--from NS/POD] [+search] [+short] [-f FILE] [--json]',
  plus: true,
  flags: [FROM_POD, { names: ['-t'], key: 'type', kind: 'string', value: 'TYPE', help: 'record type (A, AAAA, SRV, CNAME, PTR, TXT…)' },
    { names: ['-x'], key: 'reverse', kind: 'string', value: 'ADDR', help: 'reverse lookup: ask for the PTR record of an address' },
    ...INPUT_FLAGS, JSON_FLAG, TRACE_FLAG, HELP_FLAG],
  details: [
    'dig does not use the search list unless +search is given: `podpath dig web` asks for "web." itself.',
    'Options: +search (apply the pod\'s resolv.conf search list and ndots), +nosearch, +short, +noshort.',
    'Exit status 0 whatever the rcode (as dig); 2 for a bad file or flag.',
    'Examples:',
    '  podpath dig kubernetes.default.svc.cluster.local -f app.yaml',
    '  podpath dig web --from default/client +search -f app.yaml',
    '  podpath dig _http._tcp.web.default.svc.cluster.local SRV +short -f app.yaml',
    '  podpath dig -x 10.96.0.10 +short -f app.yaml',
  ].join('\n'),
  async run(args, io) {
    const rev = str(args, 'reverse');
    const q = rev !== undefined
      ? { ...nameAndType([reverseName(rev), ...args.positionals], 'dig'), type: 'PTR', typeGiven: true }
      : nameAndType(args.positionals, 'dig');
    const t = str(args, 'type');
    if (t) {
      if (!(QTYPES as readonly string[]).includes(t.toUpperCase())) throw new CliError(`unknown record type "${t}" (try ${QTYPES.join(', ')})`);
      q.type = t.toUpperCase();
    }
    let search = false;
    let short = false;
    for (const p of args.plus) {
      const o = p.toLowerCase();
      if (o === 'search' || o === 'nosearch') search = o === 'search';
      else if (o === 'short' || o === 'noshort') short = o === 'short';
      else throw new CliError(`unknown dig option +${p} (podpath understands +search, +nosearch, +short, +noshort)`);
    }
    const { sim } = await loadSimulation(args, io);
    const from = str(args, 'from');
    if (from !== undefined) requirePod(sim, from);
    const dig = need((await dnsModule()).dig, 'dig');
    const trace = dig(sim, { name: q.name, type: q.type, ...(from ? { from } : {}), search, ...(q.server ? { server: q.server } : {}) });
    const refused = questionError(trace, io);
    if (refused !== undefined) return refused;
    printTrace(io, args, trace.steps);
    // dig itself exits 9 when no server answers; podpath keeps to 0/1/2.
    const status = trace.outcome.timedOut ? 1 : 0;
    if (bool(args, 'json')) {
      printJSON(io, dnsJSON(trace));
      return status;
    }
    if (trace.outcome.timedOut) {
      io.stdout(`;; connection timed out; no servers could be reached\n`);
      return status;
    }
    if (short) {
      io.stdout(formatDigShort({ answers: trace.outcome.answers }));
      return 0;
    }
    const o = trace.outcome;
    const banner = [...(rev ? ['-x', rev] : []), ...args.positionals, ...(str(args, 'type') ? ['-t', str(args, 'type')] : []), ...args.plus.map((p) => `+${p}`)].join(' ');
    io.stdout(formatDig({
      qname: o.queries.length ? o.queries[o.queries.length - 1].name : q.name,
      qtype: q.type,
      rcode: o.rcode,
      answers: o.answers,
      authority: o.authority,
      additional: o.additional,
      authoritative: authoritativeOf(trace),
      recursionAvailable: !authoritativeOf(trace),
      server: serverOf(sim, trace),
      args: banner,
    }));
    return 0;
  },
};

export const resolveCommand: Command = {
  name: 'resolve',
  summary: "resolve a name the way a program in a pod does (resolv.conf's search list and ndots), query by query",
  usage: 'podpath resolve NAME [A|AAAA] --from NS/POD [-f FILE] [--json]',
  flags: [FROM_POD, ...INPUT_FLAGS, JSON_FLAG, TRACE_FLAG, HELP_FLAG],
  details: [
    'Prints every query the stub resolver sent, in order, with its rcode, then the addresses (as `host` prints them).',
    'Without a TYPE it asks for A and AAAA, as getaddrinfo(AF_UNSPEC) does.',
    'Exit status 0 when the name resolved, 1 when it did not, 2 for a bad file or flag.',
    'Example:',
    '  podpath resolve web --from default/client -f app.yaml',
  ].join('\n'),
  async run(args, io) {
    const q = nameAndType(args.positionals, 'resolve');
    const from = str(args, 'from');
    if (from === undefined) throw new CliError('--from NS/POD is required: a name resolves differently in every namespace');
    const { sim } = await loadSimulation(args, io);
    requirePod(sim, from);
    const resolve = need((await dnsModule()).resolve, 'resolve');
    const trace = resolve(sim, { name: q.name, ...(q.typeGiven ? { type: q.type } : {}), from });
    const refused = questionError(trace, io);
    if (refused !== undefined) return refused;
    printTrace(io, args, trace.steps);
    const ok = trace.outcome.rcode === 'NOERROR' && trace.outcome.answers.length > 0;
    if (bool(args, 'json')) {
      printJSON(io, dnsJSON(trace));
      return ok ? 0 : 1;
    }
    const o = trace.outcome;
    io.stdout(formatQueries(o.queries));
    const lastAsked = o.queries.length ? o.queries[o.queries.length - 1].name : q.name;
    io.stdout(formatHost({ name: o.rcode === 'NOERROR' ? lastAsked : q.name, rcode: o.rcode, answers: o.answers }));
    return ok ? 0 : 1;
  },
};

/** Whatever shape the engine's resolvConf returns (an object, a trace of one, or the file's text) → ResolvConf. */
export function toResolvConf(value: unknown): ResolvConf | undefined {
  if (typeof value === 'string') return parseResolvConf(value);
  if (!value || typeof value !== 'object') return undefined;
  const v = value as Record<string, unknown>;
  if ('outcome' in v && 'steps' in v) return toResolvConf(v.outcome);
  if ('resolvConf' in v) return toResolvConf(v.resolvConf);
  if (!Array.isArray(v.nameservers)) return undefined;
  const opts = Array.isArray(v.options) ? v.options : [];
  return {
    nameservers: v.nameservers.map(String),
    search: Array.isArray(v.search) ? v.search.map(String) : Array.isArray(v.searches) ? v.searches.map(String) : [],
    options: opts.map((o: unknown) => {
      if (typeof o === 'string') return o;
      const { name, value: val } = o as { name: string; value?: string | number };
      return val === undefined || val === '' ? name : `${name}:${val}`;
    }),
  };
}

export const resolvConfCommand: Command = {
  name: 'resolv-conf',
  aliases: ['resolvconf'],
  summary: "print a pod's /etc/resolv.conf, as the kubelet writes it",
  usage: 'podpath resolv-conf NS/POD [-f FILE] [--json]',
  flags: [...INPUT_FLAGS, JSON_FLAG, HELP_FLAG],
  details: 'Example:\n  podpath resolv-conf default/client -f app.yaml',
  async run(args, io) {
    if (args.positionals.length !== 1) throw new CliError('which pod? usage: podpath resolv-conf NS/POD');
    const { sim } = await loadSimulation(args, io);
    const pod = args.positionals[0];
    requirePod(sim, pod, 'NS/POD');
    const resolvConf = need((await dnsModule()).resolvConf, 'resolvConf');
    const answer = resolvConf(sim, pod);
    if ('error' in answer) throw new CliError(answer.error.message);
    for (const w of answer.warnings ?? []) io.stderr(`warning ${w.code}: ${w.message}\n`);
    const rc = toResolvConf(answer);
    if (!rc) throw new CliError(`the engine returned no resolv.conf for ${pod}`);
    if (bool(args, 'json')) printJSON(io, { nameservers: rc.nameservers, search: rc.search, options: rc.options });
    else io.stdout(formatResolvConf(rc));
    return 0;
  },
};
