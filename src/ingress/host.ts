/**
 * Host matching (https://kubernetes.io/docs/concepts/services-networking/ingress/#hostname-wildcards):
 * a precise host matches the HTTP Host header exactly; `*.foo.com` matches exactly one extra DNS label
 * (bar.foo.com, not baz.bar.foo.com, not foo.com); a rule without a host matches every request.
 * The Host header's port is not part of the name; names compare case-insensitively.
 */

/** The host part of a Host header: lower-cased, without `:port` (IPv6 `[::1]:80` keeps its brackets off). */
export function hostOnly(hostHeader: string): string {
  const h = hostHeader.trim().toLowerCase();
  if (h.startsWith('[')) return h.slice(1, h.indexOf(']') > 0 ? h.indexOf(']') : undefined);
  const colon = h.lastIndexOf(':');
  const bare = colon > 0 && h.indexOf(':') === colon ? h.slice(0, colon) : h;
  return bare.endsWith('.') ? bare.slice(0, -1) : bare;
}

export type HostMatch = 'exact' | 'wildcard' | 'any' | null;

export function matchHost(ruleHost: string | undefined, hostHeader: string): HostMatch {
  if (!ruleHost) return 'any';
  const req = hostOnly(hostHeader);
  const rule = ruleHost.toLowerCase();
  if (rule.startsWith('*.')) {
    const suffix = rule.slice(1); // ".foo.com"
    if (!req.endsWith(suffix)) return null;
    const label = req.slice(0, req.length - suffix.length);
    return label.length > 0 && !label.includes('.') ? 'wildcard' : null;
  }
  return rule === req ? 'exact' : null;
}
