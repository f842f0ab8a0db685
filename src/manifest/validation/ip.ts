/**
 * IP and CIDR checks with ipaddr.js, strict like k8s.io/utils/net for new objects:
 * dotted-quad IPv4 only (no `010.1.1.1`, no `10.1`), IPv6 without zones.
 */
import ipaddr from 'ipaddr.js';

export type IPFamily = 'IPv4' | 'IPv6';

/** "must be a valid IP address, (e.g. 10.9.8.7 or 2001:db8::ffff)" unless valid. */
export function isValidIP(v: string): string[] {
  return ipFamily(v) ? [] : ['must be a valid IP address, (e.g. 10.9.8.7 or 2001:db8::ffff)'];
}

const IPV6_CHARS = /^[0-9a-fA-F:.]+$/;

/**
 * The address of a dotted-quad IPv4 text as an unsigned 32-bit number, or -1 unless the text is exactly four
 * decimal bytes 0–255 without leading zeros (the only IPv4 form k8s.io/utils/net accepts, and the canonical one).
 * WHY by hand: every pod, Service and node address of a simulation goes through here, and the regex, the split
 * and ipaddr.js's parser cost several times this loop.
 */
export function dottedQuad(text: string): number {
  const n = text.length;
  if (n < 7 || n > 15) return -1;
  let value = 0;
  let parts = 0;
  let i = 0;
  for (;;) {
    const start = i;
    let byte = 0;
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === 0x2e) break;
      if (c < 0x30 || c > 0x39) return -1;
      byte = byte * 10 + (c - 0x30);
      i++;
    }
    const len = i - start;
    if (len === 0 || len > 3 || byte > 255 || (len > 1 && text.charCodeAt(start) === 0x30)) return -1;
    value = value * 256 + byte;
    parts++;
    if (i === n) return parts === 4 ? value : -1;
    if (parts === 4) return -1;
    i++; // the dot
  }
}

export function ipFamily(v: string): IPFamily | undefined {
  // Cheap shape checks first: ipaddr.js reports invalid input by throwing, which is slow for host names.
  if (dottedQuad(v) >= 0) return 'IPv4';
  if (v.includes(':') && IPV6_CHARS.test(v) && ipaddr.IPv6.isValid(v)) return 'IPv6';
  return undefined;
}

export interface Cidr {
  text: string;
  family: IPFamily;
  addr: ipaddr.IPv4 | ipaddr.IPv6;
  bits: number;
}

/** A CIDR in canonical form (the address must be the network address, as kube-apiserver requires). */
export function parseCidr(v: string): Cidr | undefined {
  const slash = v.indexOf('/');
  if (slash < 0) return undefined;
  const ip = v.slice(0, slash);
  const family = ipFamily(ip);
  if (!family || !/^\d{1,3}$/.test(v.slice(slash + 1))) return undefined;
  const bits = Number(v.slice(slash + 1));
  if (bits > (family === 'IPv4' ? 32 : 128)) return undefined;
  // Family-specific parsers: ipaddr.parse/parseCIDR try IPv6 first and report failure by throwing (slow).
  const addr = family === 'IPv4' ? ipaddr.IPv4.parse(ip) : ipaddr.IPv6.parse(ip);
  return { text: v, family, addr, bits };
}

/** Why a CIDR string is not a usable network, or [] when it is. */
export function cidrProblems(v: string): string[] {
  const c = parseCidr(v);
  if (!c) return ['must be a valid CIDR value, (e.g. 10.9.8.0/24 or 2001:db8::/64)'];
  const net = networkOf(c);
  if (net !== canonical(c.addr)) return [`must be a network address, not an address inside it (use ${net}/${c.bits})`];
  return [];
}

export function cidrContains(c: Cidr, ip: string): boolean {
  const family = ipFamily(ip);
  if (family !== c.family) return false;
  const addr = family === 'IPv4' ? ipaddr.IPv4.parse(ip) : ipaddr.IPv6.parse(ip);
  return addr.match(c.addr, c.bits);
}

function canonical(a: ipaddr.IPv4 | ipaddr.IPv6): string {
  return a.toString();
}

function networkOf(c: Cidr): string {
  const bytes = c.addr.toByteArray();
  for (let i = 0; i < bytes.length; i++) {
    const keep = Math.max(0, Math.min(8, c.bits - i * 8));
    bytes[i] &= keep === 0 ? 0 : (0xff << (8 - keep)) & 0xff;
  }
  return ipaddr.fromByteArray(bytes).toString();
}

/**
 * The smallest CIDR covering every address (same family), e.g. 10.0.0.1 + 10.0.143.7 → 10.0.0.0/16.
 * undefined when that would be wider than kube-apiserver accepts for a Service range (/12 IPv4, /108 IPv6).
 */
export function coveringCidr(ips: readonly string[]): string | undefined {
  if (ips.length === 0) return undefined;
  const fam = ipFamily(ips[0]);
  if (!fam || ips.some((ip) => ipFamily(ip) !== fam)) return undefined;
  const all = ips.map((ip) => (fam === 'IPv4' ? ipaddr.IPv4.parse(ip) : ipaddr.IPv6.parse(ip)).toByteArray());
  const first = all[0];
  let bits = first.length * 8;
  for (const b of all.slice(1)) {
    let common = 0;
    while (common < bits && bitAt(first, common) === bitAt(b, common)) common++;
    bits = common;
  }
  if (bits < (fam === 'IPv4' ? 12 : 108)) return undefined;
  // A range smaller than /24 (IPv4) or /112 (IPv6) leaves almost no room for new Services: widen to that.
  bits = Math.min(bits, fam === 'IPv4' ? 24 : 112);
  const net = networkOf({ text: '', family: fam, addr: ipaddr.fromByteArray(first), bits });
  return `${net}/${bits}`;
}

function bitAt(bytes: number[], i: number): number {
  return (bytes[i >> 3] >> (7 - (i & 7))) & 1;
}
