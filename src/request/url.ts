import ipaddr from 'ipaddr.js';

/** `http(s)://host[:port][/path]` → parts; a missing scheme means http (curl's default). null when invalid. */
export interface RequestUrl {
  scheme: 'http' | 'https';
  host: string;
  port: number;
  path: string;
  /** The port was written in the URL. */
  explicitPort: boolean;
  /** The host is an IPv6 address written in brackets (`http://[fd00::1]/`); `host` holds it without them. */
  ipv6: boolean;
}

export function parseRequestUrl(raw: string): RequestUrl | null {
  const m = /^(?:([a-zA-Z][a-zA-Z0-9+.-]*):\/\/)?(\[[^\]]+\]|[^/:?#\s]+)(?::(\d+))?([/?#]\S*)?$/.exec(raw.trim());
  if (!m) return null;
  const scheme = (m[1] ?? 'http').toLowerCase();
  if (scheme !== 'http' && scheme !== 'https') return null;
  const port = m[3] ? Number(m[3]) : scheme === 'https' ? 443 : 80;
  if (!Number.isInteger(port) || port < 1 || port > 65535) return null;
  let path = (m[4] ?? '/').split('#')[0];
  if (!path.startsWith('/')) path = `/${path}`;
  const bracketed = m[2].startsWith('[');
  const host = (bracketed ? m[2].slice(1, -1) : m[2]).toLowerCase();
  // curl takes only an IPv6 address between brackets (lib/urlapi.c ipv6_parse; a zone id is not modelled).
  if (bracketed && !ipaddr.IPv6.isValid(host)) return null;
  return { scheme, host, port, path, explicitPort: m[3] !== undefined, ipv6: bracketed };
}

/**
 * The Host header curl sends for a URL: an IPv6 address between brackets, and the port only when it is not the
 * scheme's default — even when the URL writes it (`http://web:80/` sends `Host: web`: lib/http.c leaves out
 * port 80 for HTTP and 443 for HTTPS; checked with curl 7.88.1).
 */
export function hostForHeader(url: Pick<RequestUrl, 'scheme' | 'host' | 'port'>): string {
  const host = url.host.includes(':') ? `[${url.host}]` : url.host;
  return url.port === (url.scheme === 'https' ? 443 : 80) ? host : `${host}:${url.port}`;
}

/** `ip:port`, or `[ip]:port` for an IPv6 address (as curl prints `Trying [::1]:80...`). */
export function ipPort(ip: string, port: number): string {
  return ip.includes(':') ? `[${ip}]:${port}` : `${ip}:${port}`;
}

export const isIPv4 = (s: string): boolean => /^\d{1,3}(\.\d{1,3}){3}$/.test(s) && s.split('.').every((o) => Number(o) <= 255);

/** `--resolve HOST:PORT:ADDR` → the address for (host, port), if an entry matches. */
export function resolveOverride(entries: readonly string[] | undefined, host: string, port: number): string | null {
  for (const e of entries ?? []) {
    const m = /^([^:]+):(\d+):\[?([^\]]+)\]?$/.exec(e.trim());
    if (m && m[1].toLowerCase() === host && (Number(m[2]) === port || m[2] === '*')) return m[3];
  }
  return null;
}
