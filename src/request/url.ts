/** `http(s)://host[:port][/path]` → parts; a missing scheme means http (curl's default). null when invalid. */
export interface RequestUrl {
  scheme: 'http' | 'https';
  host: string;
  port: number;
  path: string;
  /** The port was written in the URL. */
  explicitPort: boolean;
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
  return { scheme, host: m[2].replace(/^\[|\]$/g, '').toLowerCase(), port, path, explicitPort: m[3] !== undefined };
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
