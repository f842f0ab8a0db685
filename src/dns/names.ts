/**
 * Domain-name and address helpers shared by the DNS modules. Names are compared case-insensitively
 * (RFC 4343) but answered in the case they were asked, as CoreDNS does (`state.QName()`).
 */
import ipaddr from 'ipaddr.js';

/** `name` with exactly one trailing dot; '' and '.' are the root. */
export function fqdn(name: string): string {
  const n = name.trim();
  if (n === '' || n === '.') return '.';
  return n.endsWith('.') ? n : `${n}.`;
}

/** Lower-cased absolute name: the key used in every lookup map. */
export function key(name: string): string {
  return fqdn(name).toLowerCase();
}

/** Labels of an absolute or relative name, without the empty root label. */
export function labels(name: string): string[] {
  const n = name.endsWith('.') ? name.slice(0, -1) : name;
  return n === '' ? [] : n.split('.');
}

/** dns.IsSubDomain(parent, child): is `child` equal to or below `parent`? */
export function isSubdomain(parent: string, child: string): boolean {
  const p = key(parent);
  const c = key(child);
  return p === '.' || c === p || c.endsWith(`.${p}`);
}

/** plugin.Zones.Matches: the longest zone `name` falls in, or '' (CoreDNS picks the most specific zone). */
export function matchZone(zones: readonly string[], name: string): string {
  let best = '';
  for (const z of zones) if (isSubdomain(z, name) && key(z).length > best.length) best = key(z);
  return best;
}

/** dnsutil.TrimZone: the part of `name` in front of `zone` ('' at the apex). */
export function trimZone(name: string, zone: string): string {
  const n = key(name);
  const z = key(zone);
  if (n === z) return '';
  return n.slice(0, n.length - z.length - 1);
}

export type Family = 'IPv4' | 'IPv6';

/** The family of a textual IP address, or undefined when it is not one (Go's net.ParseIP, strict IPv4). */
const IPV4 = /^(0|[1-9]\d{0,2})\.(0|[1-9]\d{0,2})\.(0|[1-9]\d{0,2})\.(0|[1-9]\d{0,2})$/;

export function ipFamily(ip: string): Family | undefined {
  const m = IPV4.exec(ip);
  if (m) return m.slice(1).every((o) => Number(o) <= 255) ? 'IPv4' : undefined;
  if (ip.includes(':') && ipaddr.IPv6.isValid(ip)) return 'IPv6';
  return undefined;
}

/** Canonical text of an address (IPv6 compressed), so index keys agree whatever way it was written. */
export function canonicalIP(ip: string): string {
  return ip.includes(':') && ipFamily(ip) === 'IPv6' ? ipaddr.IPv6.parse(ip).toString() : ip;
}

/** The reverse-lookup name of an address: 4.3.2.1.in-addr.arpa. or the 32 nibbles of ip6.arpa. (RFC 1035 §3.5, RFC 3596 §2.5). */
export function reverseName(ip: string): string | undefined {
  const fam = ipFamily(ip);
  if (fam === 'IPv4') return `${ip.split('.').reverse().join('.')}.in-addr.arpa.`;
  if (fam === 'IPv6') {
    const hex = ipaddr.IPv6.parse(ip).toByteArray().map((b) => b.toString(16).padStart(2, '0')).join('');
    return `${hex.split('').reverse().join('.')}.ip6.arpa.`;
  }
  return undefined;
}

/**
 * dnsutil.ExtractAddressFromReverse: the address a full reverse name stands for, or '' when the name is not a
 * complete in-addr.arpa./ip6.arpa. name (CoreDNS then treats it as an ordinary, unanswerable name).
 */
export function addressFromReverse(name: string): string {
  const k = key(name);
  if (k.endsWith('.in-addr.arpa.')) {
    const parts = labels(k.slice(0, -'.in-addr.arpa.'.length));
    const ip = parts.reverse().join('.');
    return parts.length === 4 && ipFamily(ip) === 'IPv4' ? ip : '';
  }
  if (k.endsWith('.ip6.arpa.')) {
    const nibbles = labels(k.slice(0, -'.ip6.arpa.'.length));
    if (nibbles.length !== 32 || !nibbles.every((n) => /^[0-9a-f]$/.test(n))) return '';
    const hex = nibbles.reverse().join('');
    const groups = hex.match(/.{4}/g) ?? [];
    return canonicalIP(groups.join(':'));
  }
  return '';
}

/** dnsutil.IsReverse: is the name under in-addr.arpa. or ip6.arpa.? */
export function isReverse(name: string): boolean {
  return isSubdomain('in-addr.arpa.', name) || isSubdomain('ip6.arpa.', name);
}

/**
 * The reverse zones a CIDR covers, as CoreDNS's plugin.normalize/SplitCIDR turns `kubernetes … 10.0.0.0/24`
 * into zones: octet (or nibble) aligned prefixes give one zone; others are split into the aligned subnets.
 */
export function cidrToReverseZones(cidr: string): string[] | undefined {
  if (!ipaddr.isValidCIDR(cidr)) return undefined;
  const [addr, bits] = ipaddr.parseCIDR(cidr);
  const step = addr.kind() === 'ipv4' ? 8 : 4;
  const aligned = Math.ceil(bits / step) * step;
  const bytes = addr.toByteArray();
  const digits: number[] = addr.kind() === 'ipv4' ? bytes : bytes.flatMap((b) => [b >> 4, b & 15]);
  const width = addr.kind() === 'ipv4' ? 8 : 4;
  const keep = aligned / step;
  const spare = aligned - bits;
  const zones: string[] = [];
  const suffix = addr.kind() === 'ipv4' ? 'in-addr.arpa.' : 'ip6.arpa.';
  for (let i = 0; i < 1 << spare; i++) {
    const d = digits.slice(0, keep);
    if (keep > 0) d[keep - 1] = (d[keep - 1] & ~((1 << spare) - 1) & ((1 << width) - 1)) | i;
    const fmt = d.map((x) => (addr.kind() === 'ipv4' ? String(x) : x.toString(16)));
    zones.push(fmt.length ? `${fmt.reverse().join('.')}.${suffix}` : suffix);
  }
  return zones;
}
