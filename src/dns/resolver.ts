/**
 * A glibc-like stub resolver: the order of queries `getaddrinfo()` sends (resolv/res_query.c,
 * __res_context_search, the BIND 4.9 res_search algorithm):
 * - a name with a trailing dot is absolute: tried as written, and only that;
 * - a name with at least `ndots` dots is tried as written first, then with each search domain;
 * - otherwise each search domain is tried first, then the name as written (unless a search domain was the
 *   root, which already tried it);
 * - the search stops at the first answer with records (NOERROR and a non-empty answer section, CNAME-only
 *   answers included); it goes on after NXDOMAIN, after NODATA ("On a NO_DATA error, keep trying, otherwise a
 *   wildcard entry of another type could keep us from finding this entry higher in the domain") and after
 *   SERVFAIL (got_servfail); any other failure (REFUSED, a timeout) ends the search list, though the name as
 *   written is still tried if it has not been;
 * - when everything fails, the error reported is the as-written attempt's if it came first, else NODATA if
 *   any candidate had the name, else the last one.
 * For AF_UNSPEC (what curl, ping and most programs ask for), A and AAAA are sent together for each candidate
 * (T_QUERY_A_AND_AAAA, in parallel on one socket) and the candidate succeeds if either has records.
 * Each query goes to the first nameserver; on a timeout, SERVFAIL, NOTIMP or REFUSED the next one is tried
 * (res_send.c send_dg `next_ns`), and after the last one the whole list again, `attempts` times in all
 * (default 2): one dead or SERVFAILing nameserver sees every query twice. A and AAAA travel together, so the
 * pair moves on only when neither reply is usable.
 */
import type { Rcode } from '../trace/types';
import { fqdn } from './names';
import type { DnsResponse, QType } from './types';

/** glibc caps `ndots` at 15 (RES_MAXNDOTS); the kubelet writes ndots:5; resolv.conf's default is 1. */
export const RES_MAXNDOTS = 15;

/**
 * How many rounds res_send makes over the nameservers (resolv/res_send.c __res_context_send,
 * `for (try = 0; try < statp->retry; try++)`): RES_DFLRETRY (2), or `options attempts:n` capped at
 * RES_MAXRETRY (5) as res_init.c reads it.
 */
export const RES_DFLRETRY = 2;
export const RES_MAXRETRY = 5;

export function attemptsOf(options: readonly string[]): number {
  let n = RES_DFLRETRY;
  for (const o of options) {
    const m = /^attempts:(\d+)$/.exec(o);
    if (m) n = Math.min(Number(m[1]), RES_MAXRETRY);
  }
  return n;
}

export function ndotsOf(options: readonly string[]): number {
  let n = 1;
  for (const o of options) {
    const m = /^ndots:(\d+)$/.exec(o);
    if (m) n = Math.min(Number(m[1]), RES_MAXNDOTS);
  }
  return n;
}

export type CandidateReason = 'absolute' | 'as-is-first' | 'search' | 'as-is-last';

export interface Candidate {
  /** Absolute name actually queried. */
  qname: string;
  reason: CandidateReason;
  /** For 'search': which search domain (0-based). */
  index?: number;
  domain?: string;
}

/** Every name res_search may try, in order (the loop stops early on success). */
export function searchCandidates(name: string, search: readonly string[], ndots: number): Candidate[] {
  const dots = (name.match(/\./g) ?? []).length;
  if (name.endsWith('.')) return [{ qname: name, reason: 'absolute' }];
  const out: Candidate[] = [];
  const asIsFirst = dots >= ndots;
  if (asIsFirst) out.push({ qname: fqdn(name), reason: 'as-is-first' });
  let rootOnList = false;
  search.forEach((d, index) => {
    const domain = d.replace(/^\./, '');
    if (domain === '' ) rootOnList = true;
    out.push({ qname: fqdn(domain ? `${name}.${domain}` : name), reason: 'search', index, domain: domain || '.' });
  });
  if (!asIsFirst && !rootOnList) out.push({ qname: fqdn(name), reason: 'as-is-last' });
  return out;
}

/** One candidate's result: the responses for each query type (undefined: no server answered). */
export interface CandidateResult {
  responses: { qtype: QType; response: DnsResponse | undefined }[];
}

/** glibc's h_errno for a candidate, as an rcode (NOERROR = NO_DATA), or 'ok'; 'timeout' when nothing answered. */
export type Verdict = 'ok' | Rcode | 'timeout';

/** __res_context_query's combination of the A and AAAA answers. */
export function verdict(r: CandidateResult): Verdict {
  const got = r.responses.map((x) => x.response);
  if (got.some((x) => x && x.rcode === 'NOERROR' && x.answer.length > 0)) return 'ok';
  const first = got[0];
  if (!first) return 'timeout';
  const second = got[1];
  const rc = first.rcode === 'NOERROR' && second ? second.rcode : first.rcode;
  return rc;
}

export interface SearchOutcome {
  /** The candidate that answered, if any. */
  answered?: { candidate: Candidate; result: CandidateResult };
  /** The h_errno reported on failure, as an rcode ('timeout' when no server answered). */
  failure?: Rcode | 'timeout';
  tried: Candidate[];
}

/** res_search: try candidates in order with `ask`, stopping as glibc does. */
export function resSearch(candidates: readonly Candidate[], ask: (c: Candidate) => CandidateResult): SearchOutcome {
  const tried: Candidate[] = [];
  let saved: Verdict | undefined;
  let gotNodata = false;
  let gotServfail = false;
  let last: Verdict = 'NXDOMAIN';
  let searchDone = false;
  for (const c of candidates) {
    if (c.reason === 'search' && searchDone) continue;
    tried.push(c);
    const result = ask(c);
    const v = verdict(result);
    if (v === 'ok') return { answered: { candidate: c, result }, tried };
    last = v;
    if (c.reason === 'absolute') break;
    if (c.reason === 'as-is-first') {
      saved = v;
      continue;
    }
    if (c.reason === 'search') {
      if (v === 'NOERROR') gotNodata = true;
      else if (v === 'SERVFAIL') gotServfail = true;
      else if (v !== 'NXDOMAIN') searchDone = true;
    }
  }
  const failure = (saved ?? (gotNodata ? 'NOERROR' : gotServfail ? 'SERVFAIL' : last)) as Rcode | 'timeout';
  return { failure, tried };
}

/**
 * dig's +search (bin/dig/dighost.c): the same candidate order, using resolv.conf's search list and ndots,
 * but dig moves on to the next name only after NXDOMAIN (next_origin); NODATA or SERVFAIL end it.
 */
export function digSearch(candidates: readonly Candidate[], ask: (c: Candidate) => CandidateResult): SearchOutcome {
  const tried: Candidate[] = [];
  let last: CandidateResult | undefined;
  for (const c of candidates) {
    tried.push(c);
    last = ask(c);
    const rc = last.responses[0]?.response?.rcode;
    if (rc !== 'NXDOMAIN') return { answered: { candidate: c, result: last }, tried };
  }
  return { failure: 'NXDOMAIN', tried, answered: last ? { candidate: tried[tried.length - 1], result: last } : undefined };
}
