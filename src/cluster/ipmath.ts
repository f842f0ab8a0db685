/**
 * IP and CIDR arithmetic on bigints, shared by the allocators (service IPs, pod IPs, load-balancer pools).
 * Parsing goes through ipaddr.js; nothing here throws: bad input gives `undefined`.
 */
import ipaddr from 'ipaddr.js';
import { dottedQuad } from '../manifest/validation/ip';

export type IPFamily = 'IPv4' | 'IPv6';

export interface ParsedIP {
  family: IPFamily;
  value: bigint;
}

export interface ParsedCIDR {
  family: IPFamily;
  /** The network address (host bits cleared). */
  base: bigint;
  /** The address as written (may have host bits set, e.g. a pool written as 203.0.113.10/28). */
  given: bigint;
  prefix: number;
  /** Number of addresses in the block (2^(bits - prefix)). */
  size: bigint;
  text: string;
}

export function bitsOf(family: IPFamily): number {
  return family === 'IPv4' ? 32 : 128;
}

function bytesToBig(bytes: number[]): bigint {
  let v = 0n;
  for (const b of bytes) v = (v << 8n) | BigInt(b);
  return v;
}

export function parseIP(text: string | undefined): ParsedIP | undefined {
  if (!text) return undefined;
  // The usual text, a canonical IPv4 address, without ipaddr.js (see dottedQuad).
  const quad = dottedQuad(text);
  if (quad >= 0) return { family: 'IPv4', value: BigInt(quad) };
  const t = text.trim();
  if (t.includes('.') && !t.includes(':')) {
    if (!ipaddr.IPv4.isValidFourPartDecimal(t)) return undefined;
    return { family: 'IPv4', value: bytesToBig(ipaddr.IPv4.parse(t).toByteArray()) };
  }
  if (!ipaddr.IPv6.isValid(t)) return undefined;
  try {
    const a = ipaddr.IPv6.parse(t);
    if (a.isIPv4MappedAddress()) return { family: 'IPv4', value: bytesToBig(a.toIPv4Address().toByteArray()) };
    return { family: 'IPv6', value: bytesToBig(a.toByteArray()) };
  } catch {
    return undefined;
  }
}

export function formatIP(value: bigint, family: IPFamily): string {
  const n = family === 'IPv4' ? 4 : 16;
  const bytes: number[] = new Array(n);
  let v = value;
  for (let i = n - 1; i >= 0; i--) {
    bytes[i] = Number(v & 0xffn);
    v >>= 8n;
  }
  if (family === 'IPv4') return bytes.join('.');
  return ipaddr.fromByteArray(bytes).toString();
}

/** Normalise an address to its canonical text (so '10.096.0.1'-style variants compare equal); '' when invalid. */
export function canonicalIP(text: string | undefined): string {
  if (text === undefined) return '';
  // WHY the fast path: the same few thousand addresses (pod IPs, ClusterIPs) are canonicalised on every
  // simulation by the zone, the allocators and the proxy, nearly all already canonical IPv4 text; parsing goes
  // through ipaddr.js's regexes and bigint math. (No memo keyed by text: a fresh engine must cost the same.)
  if (isCanonicalIPv4(text)) return text;
  const p = parseIP(text);
  return p ? formatIP(p.value, p.family) : '';
}

/** Four dot-separated decimal bytes 0–255 without leading zeros: the canonical IPv4 text, as it is. */
export function isCanonicalIPv4(text: string): boolean {
  return dottedQuad(text) >= 0;
}

export function familyOf(text: string | undefined): IPFamily | undefined {
  return parseIP(text)?.family;
}

/** Family of an address already in canonical form (allocator output): no parsing, for hot loops. */
export function canonicalFamily(ip: string): IPFamily {
  return ip.includes(':') ? 'IPv6' : 'IPv4';
}

export function parseCIDR(text: string | undefined): ParsedCIDR | undefined {
  if (!text) return undefined;
  const slash = text.indexOf('/');
  if (slash < 0) return undefined;
  const ip = parseIP(text.slice(0, slash));
  const prefix = Number(text.slice(slash + 1));
  if (!ip || !Number.isInteger(prefix)) return undefined;
  const bits = bitsOf(ip.family);
  if (prefix < 0 || prefix > bits) return undefined;
  const size = 1n << BigInt(bits - prefix);
  const base = (ip.value / size) * size;
  return { family: ip.family, base, given: ip.value, prefix, size, text: `${formatIP(base, ip.family)}/${prefix}` };
}

export function cidrContains(cidr: ParsedCIDR, ip: ParsedIP | undefined): boolean {
  return !!ip && ip.family === cidr.family && ip.value >= cidr.base && ip.value < cidr.base + cidr.size;
}

/** Does the text address fall inside the text CIDR? */
export function inCIDR(cidrText: string | undefined, ipText: string | undefined): boolean {
  const c = parseCIDR(cidrText);
  return !!c && cidrContains(c, parseIP(ipText));
}
