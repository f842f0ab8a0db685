/**
 * Name lookups as `nslookup` (BIND 9.18) and `host` print them, plus the list of queries a stub resolver
 * sent (what `podpath resolve` shows: the search list at work, one line per query).
 */
import type { ResourceRecord } from '../trace/types';

export interface LookupResult {
  /** The name as typed. */
  name: string;
  rcode: string;
  answers: readonly ResourceRecord[];
  /** The server's address. */
  server?: string;
  authoritative?: boolean;
}

function relative(name: string): string {
  return name.endsWith('.') ? name.slice(0, -1) : name;
}

/** `nslookup NAME`: server block, then `Name:`/`Address:` pairs or `** server can't find …`. */
export function formatNslookup(r: LookupResult): string {
  const lines: string[] = [];
  if (r.server) lines.push(`Server:\t\t${r.server}`, `Address:\t${r.server}#53`, '');
  const addresses = r.answers.filter((a) => a.type === 'A' || a.type === 'AAAA');
  if (r.rcode !== 'NOERROR' || addresses.length === 0 && r.answers.length === 0) {
    lines.push(`** server can't find ${relative(r.name)}: ${r.rcode === 'NOERROR' ? 'NXDOMAIN' : r.rcode}`, '');
    return lines.join('\n') + '\n';
  }
  if (!r.authoritative) lines.push('Non-authoritative answer:');
  for (const a of r.answers) {
    if (a.type === 'CNAME') lines.push(`${relative(a.name)}\tcanonical name = ${a.data}`);
    else if (a.type === 'A' || a.type === 'AAAA') lines.push(`Name:\t${relative(a.name)}`, `Address: ${a.data}`);
    else lines.push(`${relative(a.name)}\t${a.type.toLowerCase()} = ${a.data}`);
  }
  lines.push('');
  return lines.join('\n') + '\n';
}

/** `host NAME`: `… has address …`, `… is an alias for ….`, or `Host … not found: 3(NXDOMAIN)`. */
export function formatHost(r: LookupResult): string {
  const codes: Record<string, number> = { NOERROR: 0, FORMERR: 1, SERVFAIL: 2, NXDOMAIN: 3, NOTIMP: 4, REFUSED: 5 };
  if (r.rcode !== 'NOERROR') return `Host ${relative(r.name)} not found: ${codes[r.rcode] ?? 2}(${r.rcode})\n`;
  if (!r.answers.length) return `${relative(r.name)} has no A record\n`;
  return r.answers
    .map((a) => {
      const n = relative(a.name);
      switch (a.type) {
        case 'A': return `${n} has address ${a.data}`;
        case 'AAAA': return `${n} has IPv6 address ${a.data}`;
        case 'CNAME': return `${n} is an alias for ${a.data}`;
        case 'SRV': return `${n} has SRV record ${a.data}`;
        case 'PTR': return `${n} domain name pointer ${a.data}`;
        case 'TXT': return `${n} descriptive text ${a.data}`;
        default: return `${n} has ${a.type} record ${a.data}`;
      }
    })
    .join('\n') + '\n';
}

export interface SentQuery {
  name: string;
  type: string;
  rcode: string;
  /** Where it was sent, when known. */
  server?: string;
}

/** One line per query the stub resolver sent: `;; 1. web.default.svc.cluster.local. A  NOERROR`. */
export function formatQueries(queries: readonly SentQuery[]): string {
  const width = Math.max(0, ...queries.map((q) => `${q.name} ${q.type}`.length));
  return queries
    .map((q, i) => {
      const asked = `${q.name} ${q.type}`.padEnd(width);
      return `;; ${i + 1}. ${asked}  ${q.server ? `@${q.server} ` : ''}${q.rcode}`;
    })
    .join('\n') + (queries.length ? '\n' : '');
}
