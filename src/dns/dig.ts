/**
 * The DNS questions a learner asks, as traces:
 * - `dig`: one query (or, with +search, dig's own search walk) to one server, answer sections as dig prints
 *   them. Without `from`, the client is a pod-less machine in the cluster asking the cluster DNS
 *   (`dig @10.96.0.10`); with `from`, the pod's first nameserver.
 * - `resolve`: what getaddrinfo() in a pod does: resolv.conf, the search list and ndots, every query in order.
 * - `resolvConf`: the pod's /etc/resolv.conf.
 */
import type { Simulation } from '../engine';
import type { SimPod } from '../cluster/state';
import type { Diagnostic } from '../manifest/diagnostics';
import { renderMessage } from '../messages/index';
import { gid } from '../graph/ids';
import type { Rcode, ResourceRecord, Trace } from '../trace/types';
import { fnv1a32 } from '../cluster/hash';
import { fqdn } from './names';
import { hostsFileOf, hostsStep } from './hosts';
import { podResolvConf, type ResolvConf } from './resolvconf';
import { attemptsOf, digSearch, ndotsOf, resSearch, searchCandidates, type Candidate, type CandidateResult, type SearchOutcome } from './resolver';
import { dnsWorld, serveAt, serverAt, serverGid, type DnsWorld } from './server';
import { addressesOf, QTYPES, record, type DnsResponse, type QType, type Tracer } from './types';
import './messages';

export interface DnsOutcome {
  rcode: Rcode;
  answers: ResourceRecord[];
  /** Every query sent, in order (rcode 'SERVFAIL' with timedOut when nothing answered). */
  queries: { name: string; type: string; rcode: Rcode }[];
  authority?: ResourceRecord[];
  additional?: ResourceRecord[];
  /** The nameserver asked. */
  server: string;
  /** 'namespace/pod' the query was made from. */
  from?: string;
  /** No server answered ("connection timed out; no servers could be reached"). */
  timedOut?: boolean;
  /** A problem with the question itself (unknown pod, type or name): the code of a dns.error.* message;
   *  nothing was sent and rcode is FORMERR. */
  error?: string;
}

/** Which response of a series this is, for CoreDNS's `loadbalance` order (src/dns/server.ts). */
export interface QueryChoice {
  /** Seed of the scenario's "random" choices (default 0). */
  seed?: number | string;
  /** The query's number in a series (`digRepeat`, a request's number in `curlRepeat`). Default 0. */
  queryIndex?: number;
}

export interface DigRequest extends QueryChoice {
  name: string;
  type?: string;
  from?: string;
  search?: boolean;
  server?: string;
}

export interface ResolveRequest extends QueryChoice {
  name: string;
  /** 'A' (AF_INET), 'AAAA' (AF_INET6); omitted: AF_UNSPEC, A and AAAA together. */
  type?: string;
  from: string;
}

const worlds = new WeakMap<object, DnsWorld>();
function worldOf(sim: Simulation): DnsWorld {
  let w = worlds.get(sim.zone);
  if (!w) worlds.set(sim.zone, (w = dnsWorld(sim.zone, sim.cluster.world)));
  return w;
}

function findPod(sim: Simulation, ref: string): SimPod | undefined {
  const [ns, name] = ref.includes('/') ? ref.split('/', 2) : ['default', ref];
  return sim.zone.pods.get(`${ns}/${name}`);
}

/** What dig and getaddrinfo accept as a name: labels of 1–63 octets, 253 characters in all (RFC 1035 §2.3.4). */
function validName(n: string): boolean {
  if (n === '.' ) return true;
  const body = n.endsWith('.') ? n.slice(0, -1) : n;
  return body.length > 0 && body.length <= 253 && !/\s/.test(body) && body.split('.').every((l) => l.length > 0 && l.length <= 63);
}

interface Client {
  id?: string;
  ip?: string;
  ref?: string;
}

interface Run extends Tracer {
  w: DnsWorld;
  client: Client;
  queries: DnsOutcome['queries'];
  port: number;
  /** How far CoreDNS's loadbalance rotates address records in this run's responses. */
  rotation: number;
  /** The last server a query went to. */
  server?: string;
}

/** One query from the client to one server, and its answer, as trace steps. */
function exchange(run: Run, server: string, qname: string, qtype: QType): DnsResponse | undefined {
  run.server = server;
  const kind = serverAt(run.w, server);
  const to = kind ? serverGid(kind) : undefined;
  const via = server === run.w.zone.dnsServiceIP ? [gid.service('kube-system', 'kube-dns')] : [];
  record(run, 'dns.query', 'dns.query.sent', { qname, qtype, server }, {
    actor: run.client.id, from: run.client.id, to,
    touches: [run.client.id, ...via, to].filter((g): g is string => g !== undefined),
    dns: { qname, qtype, server },
    packet: run.client.ip ? { protocol: 'UDP', src: { ip: run.client.ip, port: run.port++ }, dst: { ip: server, port: 53 }, dns: { qname, qtype } } : undefined,
  });
  const r = serveAt(run.w, server, qname, qtype, run, run.rotation);
  if (!r) {
    record(run, 'dns.answer', 'dns.server.timeout', { server, qname, qtype }, { actor: run.client.id });
    run.queries.push({ name: qname, type: qtype, rcode: 'SERVFAIL' });
    return undefined;
  }
  record(run, 'dns.answer', 'dns.answer.received', { server, qname, qtype, rcode: r.rcode, count: r.answer.length }, {
    from: to, to: run.client.id, dns: { qname, qtype, server, rcode: r.rcode, answers: r.answer, authoritative: r.authoritative },
  });
  run.queries.push({ name: qname, type: qtype, rcode: r.rcode });
  return r;
}

const NEXT_NS: ReadonlySet<Rcode> = new Set(['SERVFAIL', 'NOTIMP', 'REFUSED']);

/**
 * glibc's send loop (resolv/res_send.c __res_context_send): `attempts` rounds over the nameservers; a timeout,
 * SERVFAIL, NOTIMP or REFUSED moves on to the next nameserver (send_dg `next_ns`), the last one to the next
 * round. The queries of one lookup (A and AAAA for AF_UNSPEC) go out together (send_dg with buf2) and move on
 * together: only when neither reply is usable. The last reply of each type is returned.
 */
function ask(run: Run, nameservers: readonly string[], qname: string, qtypes: readonly QType[], attempts: number): (DnsResponse | undefined)[] {
  const last: (DnsResponse | undefined)[] = qtypes.map(() => undefined);
  for (let round = 0; round < attempts; round++) {
    for (const ns of nameservers) {
      const got = qtypes.map((qtype) => exchange(run, ns, qname, qtype));
      got.forEach((r, i) => { if (r) last[i] = r; });
      if (got.some((r) => r && !NEXT_NS.has(r.rcode))) return got;
    }
  }
  return last;
}

function traceCandidate(run: Run, name: string, c: Candidate, ndots: number, count: number): void {
  const dots = (name.match(/\./g) ?? []).length;
  record(run, 'dns.candidate', `dns.candidate.${c.reason}`, {
    name, qname: c.qname, dots, ndots, position: (c.index ?? 0) + 1, count, domain: c.domain ?? '',
  }, { actor: run.client.id });
}

function traceResolvConf(run: Run, pod: SimPod, conf: ResolvConf): void {
  // An empty list renders as a key ("(none)"), not as "search ; options " (src/messages/render.ts expandParams).
  const keys: Record<string, string> = {};
  for (const [name, list] of [['nameservers', conf.nameservers], ['search', conf.search], ['options', conf.options]] as const) {
    if (list.length === 0) keys[`${name}Key`] = 'dns.resolvconf.none';
  }
  record(run, 'dns.resolv-conf', 'dns.resolvconf.read', {
    pod: `${pod.namespace}/${pod.name}`, nameservers: conf.nameservers.join(' '), search: conf.search.join(' '), options: conf.options.join(' '), ...keys,
  }, { actor: run.client.id });
}

function failed(server: string, error: string, params: Record<string, string>, from?: string): Trace<DnsOutcome> {
  const step = { kind: 'note' as const, message: error, params, touches: [] };
  return { steps: [step], outcome: { rcode: 'FORMERR', answers: [], queries: [], server, from, error } };
}

function startRun(sim: Simulation, pod: SimPod | undefined, choice: QueryChoice): Run {
  const client: Client = pod ? { id: gid.pod(pod.namespace, pod.name), ip: pod.podIP || undefined, ref: `${pod.namespace}/${pod.name}` } : {};
  const seed = choice.seed === undefined || choice.seed === 0 || choice.seed === '' ? 0 : fnv1a32(`loadbalance|${choice.seed}`);
  return { steps: [], w: worldOf(sim), client, queries: [], port: 40000, rotation: seed + Math.max(0, Math.floor(choice.queryIndex ?? 0)) };
}

/** `dig` n times in a row (queries 0..n-1 from `queryIndex`): loadbalance rotates multi-record answers. */
export function digRepeat(sim: Simulation, req: DigRequest, n: number): Trace<DnsOutcome>[] {
  const start = req.queryIndex ?? 0;
  return Array.from({ length: Math.max(0, Math.min(1000, Math.floor(n))) }, (_, i) => dig(sim, { ...req, queryIndex: start + i }));
}

export function dig(sim: Simulation, req: DigRequest): Trace<DnsOutcome> {
  const qtype = (req.type ?? 'A').toUpperCase() as QType;
  const pod = req.from ? findPod(sim, req.from) : undefined;
  if (req.from && !pod) return failed(req.server ?? '', 'dns.error.podNotFound', { pod: req.from }, req.from);
  if (!QTYPES.includes(qtype)) return failed(req.server ?? '', 'dns.error.badType', { qtype: req.type ?? '' }, req.from);
  if (!validName(req.name)) return failed(req.server ?? '', 'dns.error.badName', { name: req.name }, req.from);
  const run = startRun(sim, pod, req);
  const conf: ResolvConf | undefined = pod ? podResolvConf(pod, sim.cluster.world) : undefined;
  if (pod && conf) traceResolvConf(run, pod, conf);
  const servers = req.server ? [req.server] : conf ? conf.nameservers : [sim.zone.dnsServiceIP];
  if (servers.length === 0) return failed('', 'dns.error.noNameserver', { pod: req.from ?? '' }, req.from);

  let response: DnsResponse | undefined;
  let qname = fqdn(req.name);
  if (req.search) {
    // A pod-less client has no resolv.conf: it gets the one a ClusterFirst pod in `default` would have.
    const search = conf?.search ?? [`default.svc.${sim.zone.domain}`, `svc.${sim.zone.domain}`, sim.zone.domain];
    const ndots = ndotsOf(conf?.options ?? ['ndots:5']);
    const cands = searchCandidates(req.name, search, ndots);
    const out: SearchOutcome = digSearch(cands, (c) => {
      traceCandidate(run, req.name, c, ndots, search.length);
      return { responses: [{ qtype, response: askDig(run, servers, c.qname, qtype) }] };
    });
    qname = out.answered?.candidate.qname ?? qname;
    response = out.answered?.result.responses[0]?.response;
  } else {
    record(run, 'dns.candidate', 'dns.candidate.dig', { name: req.name, qname }, { actor: run.client.id });
    response = askDig(run, servers, qname, qtype);
  }
  const server = run.server ?? servers[0];
  const rcode: Rcode = response?.rcode ?? 'SERVFAIL';
  record(run, 'dns.result', 'dns.result.dig', { qname, qtype, rcode, count: response?.answer.length ?? 0 }, {
    actor: run.client.id, dns: { qname, qtype, server, rcode, answers: response?.answer ?? [] },
  });
  return {
    steps: run.steps,
    outcome: {
      rcode, answers: response?.answer ?? [], queries: run.queries, authority: response?.authority ?? [],
      additional: response?.additional ?? [], server, from: run.client.ref, timedOut: response ? undefined : true,
    },
  };
}

/** dig's `+tries` default (bin/dig/dighost.c: tries = 3, i.e. `+retry=2`). */
export const DIG_TRIES = 3;

/**
 * dig tries the next server only when one does not answer at all (+nofail is not the default: a SERVFAIL is
 * printed, not retried). A UDP query that times out is sent again to the same server until `+tries` (3) are
 * spent (dighost.c recv_done: `if (l->retries > 1 && !l->tcp_mode)` inserts a copy of the query after itself);
 * then the next server, and after the last ";; connection timed out; no servers could be reached".
 */
function askDig(run: Run, servers: readonly string[], qname: string, qtype: QType): DnsResponse | undefined {
  // l->retries counts for the whole lookup: the first silent server uses up the retries, later ones get one try.
  let retries = DIG_TRIES;
  for (const s of servers) {
    for (;;) {
      const r = exchange(run, s, qname, qtype);
      if (r) return r;
      if (retries <= 1) break;
      retries--;
    }
  }
  return undefined;
}

export function resolve(sim: Simulation, req: ResolveRequest): Trace<DnsOutcome & { addresses: string[] }> {
  const pod = findPod(sim, req.from);
  const bad = (t: Trace<DnsOutcome>): Trace<DnsOutcome & { addresses: string[] }> => ({ ...t, outcome: { ...t.outcome, addresses: [] } });
  if (!pod) return bad(failed('', 'dns.error.podNotFound', { pod: req.from }, req.from));
  const family = req.type?.toUpperCase();
  if (family !== undefined && family !== 'A' && family !== 'AAAA') return bad(failed('', 'dns.error.badType', { qtype: req.type ?? '' }, req.from));
  if (!validName(req.name)) return bad(failed('', 'dns.error.badName', { name: req.name }, req.from));
  const run = startRun(sim, pod, req);
  const conf = podResolvConf(pod, sim.cluster.world);
  traceResolvConf(run, pod, conf);
  // glibc 2.36+ `options no-aaaa` (resolv/res-noaaaa.c): getaddrinfo asks for A records only, and an AAAA lookup
  // sends an A query in its place, keeps its rcode (so NXDOMAIN still means the name does not exist) and drops
  // its records: "no AAAA record". /etc/hosts is still read for both families. glibc matches an option by its prefix.
  const noAAAA = conf.options.some((o) => o.startsWith('no-aaaa'));
  const qtypes: QType[] = family ? [family as QType] : noAAAA ? ['A'] : ['A', 'AAAA'];
  // nsswitch `hosts: files dns`: /etc/hosts first (src/dns/hosts.ts).
  const fromFile = hostsStep(run, hostsFileOf(sim, pod), pod, req.name, family as 'A' | 'AAAA' | undefined, run.client.id);
  if (fromFile) {
    return { steps: run.steps, outcome: { rcode: 'NOERROR', answers: fromFile, addresses: addressesOf(fromFile), queries: [], server: '/etc/hosts', from: run.client.ref } };
  }
  if (conf.nameservers.length === 0) return bad(failed('', 'dns.error.noNameserver', { pod: req.from }, req.from));
  const ndots = ndotsOf(conf.options);
  const attempts = attemptsOf(conf.options);
  const cands = searchCandidates(req.name, conf.search, ndots);
  if (noAAAA && family !== 'A') record(run, 'note', family === 'AAAA' ? 'dns.noaaaa.translated' : 'dns.noaaaa.aOnly', { name: req.name }, { actor: run.client.id });
  // Under no-aaaa an AAAA lookup sends an A query in its place and drops its records.
  const translated = (qtype: QType) => qtype === 'AAAA' && noAAAA;
  const out = resSearch(cands, (c): CandidateResult => {
    traceCandidate(run, req.name, c, ndots, conf.search.length);
    const got = ask(run, conf.nameservers, c.qname, qtypes.map((qtype) => (translated(qtype) ? 'A' : qtype)), attempts);
    return {
      responses: qtypes.map((qtype, i) => {
        const r = got[i];
        return { qtype, response: translated(qtype) && r ? { ...r, answer: [], authority: [], additional: [] } : r };
      }),
    };
  });
  // A and AAAA answers together; a CNAME both carry is listed once.
  const answers: ResourceRecord[] = [];
  for (const a of out.answered ? out.answered.result.responses.flatMap((r) => r.response?.answer ?? []) : []) {
    if (!answers.some((b) => b.name === a.name && b.type === a.type && b.data === a.data)) answers.push(a);
  }
  const addresses = addressesOf(answers);
  const qname = out.answered?.candidate.qname ?? fqdn(req.name);
  const rcode: Rcode = out.answered ? 'NOERROR' : out.failure === 'timeout' ? 'SERVFAIL' : (out.failure ?? 'NXDOMAIN');
  const message = !out.answered ? 'dns.result.failed' : addresses.length ? 'dns.result.addresses' : 'dns.result.empty';
  record(run, 'dns.result', message, { name: req.name, qname, addresses: addresses.join(', '), rcode, tries: out.tried.length, count: answers.length }, {
    actor: run.client.id, dns: { qname, qtype: qtypes.join('+'), rcode, answers },
  });
  return {
    steps: run.steps,
    outcome: {
      rcode, answers, addresses, queries: run.queries, server: run.server ?? conf.nameservers[0], from: run.client.ref,
      timedOut: out.failure === 'timeout' ? true : undefined,
    },
  };
}

export type ResolvConfAnswer = (ResolvConf & { warnings: Diagnostic[] }) | { error: Diagnostic };

export function resolvConf(sim: Simulation, ref: string): ResolvConfAnswer {
  const pod = findPod(sim, ref);
  if (!pod) {
    const params = { pod: ref };
    return { error: { severity: 'error', code: 'dns.error.podNotFound', message: renderMessage('dns.error.podNotFound', params), params } };
  }
  const c = podResolvConf(pod, sim.cluster.world);
  return { nameservers: c.nameservers, search: c.search, options: c.options, warnings: c.warnings };
}
