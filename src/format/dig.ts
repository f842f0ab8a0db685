/**
 * `dig` output: the header (opcode, status, id, flags and counts), the QUESTION, ANSWER, AUTHORITY and
 * ADDITIONAL sections, and the SERVER line, as BIND's dig 9.18 prints them. Records are printed
 * `name. TTL IN TYPE data`, one space apart, as in the outputs learners paste from
 * `kubectl exec … -- dig` (dig itself aligns with tabs; the words are the same).
 * Timing lines (Query time, WHEN, MSG SIZE) are left out: a simulation has no clock.
 *
 * Pure: plain data in, text out. Shared by the CLI and the app's console.
 */
import type { ResourceRecord } from '../trace/types';

export interface DigMessage {
  /** The name asked for, absolute or not (a trailing dot is added). */
  qname: string;
  qtype: string;
  rcode: string;
  answers: readonly ResourceRecord[];
  authority?: readonly ResourceRecord[];
  additional?: readonly ResourceRecord[];
  /** The server's `aa` bit (CoreDNS's kubernetes plugin sets it for the cluster zone). */
  authoritative?: boolean;
  /** The server's `ra` bit (a forwarding resolver sets it; CoreDNS answering from its zone does not). */
  recursionAvailable?: boolean;
  /** The server's address (`;; SERVER: 10.96.0.10#53(10.96.0.10) (UDP)`). */
  server?: string;
  /** Message id; derived from the question when absent, so the output is deterministic. */
  id?: number;
  /** What follows `<<>> DiG … <<>>` in the banner (the command's arguments). */
  args?: string;
}

export function absolute(name: string): string {
  return name.endsWith('.') ? name : `${name}.`;
}

/** One resource record, as in the ANSWER SECTION: `web.default.svc.cluster.local. 30 IN A 10.96.0.15`. */
export function formatRecord(rr: ResourceRecord): string {
  return `${absolute(rr.name)} ${rr.ttl} IN ${rr.type} ${rr.data}`;
}

/** The question line: `;web.default.svc.cluster.local. IN A`. */
export function formatQuestion(qname: string, qtype: string): string {
  return `;${absolute(qname)} IN ${qtype}`;
}

/** A deterministic 16-bit message id from the question (FNV-1a), so runs are reproducible. */
export function messageId(qname: string, qtype: string): number {
  let h = 0x811c9dc5;
  for (const ch of `${qname}/${qtype}`) {
    h ^= ch.charCodeAt(0);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h & 0xffff;
}

export function formatDig(m: DigMessage): string {
  const authority = m.authority ?? [];
  const additional = m.additional ?? [];
  const flags = ['qr', ...(m.authoritative ? ['aa'] : []), 'rd', ...(m.recursionAvailable ? ['ra'] : [])];
  const lines = [
    '',
    `; <<>> DiG 9.18 (podpath simulation) <<>> ${m.args ?? `${m.qname} ${m.qtype}`}`,
    ';; global options: +cmd',
    ';; Got answer:',
    `;; ->>HEADER<<- opcode: QUERY, status: ${m.rcode}, id: ${m.id ?? messageId(m.qname, m.qtype)}`,
    `;; flags: ${flags.join(' ')}; QUERY: 1, ANSWER: ${m.answers.length}, AUTHORITY: ${authority.length}, ADDITIONAL: ${additional.length}`,
  ];
  if (!m.recursionAvailable) lines.push(';; WARNING: recursion requested but not available');
  lines.push('', ';; QUESTION SECTION:', formatQuestion(m.qname, m.qtype));
  const section = (title: string, rrs: readonly ResourceRecord[]) => {
    if (rrs.length) lines.push('', `;; ${title} SECTION:`, ...rrs.map(formatRecord));
  };
  section('ANSWER', m.answers);
  section('AUTHORITY', authority);
  section('ADDITIONAL', additional);
  lines.push('');
  if (m.server) lines.push(`;; SERVER: ${m.server}#53(${m.server}) (UDP)`, '');
  return lines.join('\n') + '\n';
}

/** `dig +short`: the data of each answer, one per line. */
export function formatDigShort(m: Pick<DigMessage, 'answers'>): string {
  return m.answers.map((rr) => `${rr.data}\n`).join('');
}
