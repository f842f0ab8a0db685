/**
 * `dig` and `nslookup` command lines → requests. Follows the tools' own argument rules:
 * dig: `dig [@server] [-t TYPE | TYPE] [-x ADDR] [+search|+nosearch] [+short] name` — query options
 * and the type may come in any order, the first word that is not a type/class/option is the name;
 * +nosearch is dig's default, so a relative name is sent as-is unless +search is given.
 * nslookup: `nslookup [-type=TYPE] name [server]` — always uses the search list.
 */
import type { ConsoleCommand, ConsoleSource } from './types';

export const QTYPES: ReadonlySet<string> = new Set(['A', 'AAAA', 'CNAME', 'SRV', 'PTR', 'TXT', 'SOA', 'NS', 'MX', 'ANY']);

/** `10.96.0.10` → `10.0.96.10.in-addr.arpa.` (what `dig -x` asks for). */
export function reverseName(address: string): string | undefined {
  const m = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(address);
  if (!m || m.slice(1).some((o) => Number(o) > 255)) return undefined;
  return `${m[4]}.${m[3]}.${m[2]}.${m[1]}.in-addr.arpa.`;
}

export function parseDig(args: readonly string[], source: ConsoleSource): ConsoleCommand {
  let name: string | undefined;
  let qtype: string | undefined;
  let server: string | undefined;
  let search = false;
  let short = false;
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a.startsWith('@')) {
      server = a.slice(1);
      if (!server) return { kind: 'invalid', message: 'dig: @ needs a server, e.g. @10.96.0.10' };
    } else if (a.startsWith('+')) {
      const opt = a.slice(1).toLowerCase();
      if (opt === 'search') search = true;
      else if (opt === 'nosearch') search = false;
      else if (opt === 'short') short = true;
      else if (opt === 'noshort') short = false;
      // Other query options (+noall, +answer, +tcp, +time=…) do not change what the engine answers.
    } else if (a === '-t') {
      const t = args[++i]?.toUpperCase();
      if (!t || !QTYPES.has(t)) return { kind: 'invalid', message: `dig: unknown type after -t: ${args[i] ?? '(missing)'}. Try A, AAAA, SRV, CNAME, PTR, TXT.` };
      qtype = t;
    } else if (a === '-x') {
      const addr = args[++i];
      const rev = addr ? reverseName(addr) : undefined;
      if (!rev) return { kind: 'invalid', message: `dig: -x needs an IPv4 address, got ${addr ?? '(nothing)'}` };
      name = rev;
      qtype = 'PTR';
    } else if (a === '-4' || a === '-6') {
      // address family of the transport: ignored
    } else if (a.startsWith('-')) {
      return { kind: 'invalid', message: `dig: option ${a} is not simulated. Try: dig [@server] name [TYPE] [+search] [+short]` };
    } else if (QTYPES.has(a.toUpperCase()) && qtype === undefined) {
      // Like dig, a word that names a type is the type, wherever it stands (`dig SRV _http._tcp.web`).
      qtype = a.toUpperCase();
    } else if (a.toUpperCase() === 'IN') {
      // the class: only IN is simulated
    } else if (name === undefined) {
      name = a;
    } else {
      return { kind: 'invalid', message: `dig: unexpected argument ${a} (the name is already ${name})` };
    }
  }
  return { kind: 'dig', source, name: name ?? '.', qtype: qtype ?? (name === undefined ? 'NS' : 'A'), server, search, short };
}

export function parseNslookup(args: readonly string[], source: ConsoleSource): ConsoleCommand {
  let qtype = 'A';
  const rest: string[] = [];
  for (const a of args) {
    const m = /^-(?:type|querytype|q)=(\w+)$/i.exec(a);
    if (m) {
      const t = m[1].toUpperCase();
      if (!QTYPES.has(t)) return { kind: 'invalid', message: `nslookup: unknown query type ${m[1]}` };
      qtype = t;
    } else if (a.startsWith('-')) {
      return { kind: 'invalid', message: `nslookup: option ${a} is not simulated. Try: nslookup [-type=SRV] name [server]` };
    } else rest.push(a);
  }
  if (rest.length === 0) return { kind: 'invalid', message: 'nslookup: which name? e.g. nslookup web.default' };
  if (rest.length > 2) return { kind: 'invalid', message: 'nslookup: expected a name and at most one server' };
  const rev = reverseName(rest[0]);
  return {
    kind: 'nslookup',
    source,
    name: rev ?? rest[0],
    qtype: rev ? 'PTR' : qtype,
    server: rest[1],
  };
}
