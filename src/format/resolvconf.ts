/**
 * /etc/resolv.conf as the kubelet writes it for a pod (pkg/kubelet/network/dns):
 * `search …` (at most 32 domains since Kubernetes 1.28), one `nameserver` line per server (the stub
 * resolver reads at most 3), then `options` (`ndots:5` for ClusterFirst pods).
 */
export interface ResolvConf {
  nameservers: readonly string[];
  search: readonly string[];
  /** As written after `options`: `ndots:5`, `edns0`, `timeout:2`… */
  options: readonly string[];
}

export function formatResolvConf(rc: ResolvConf): string {
  const lines: string[] = [];
  if (rc.search.length) lines.push(`search ${rc.search.join(' ')}`);
  for (const ns of rc.nameservers) lines.push(`nameserver ${ns}`);
  if (rc.options.length) lines.push(`options ${rc.options.join(' ')}`);
  return lines.join('\n') + '\n';
}

/** Read resolv.conf text back (the inverse of formatResolvConf; last `search` wins, as in glibc). */
export function parseResolvConf(text: string): ResolvConf {
  const nameservers: string[] = [];
  let search: string[] = [];
  const options: string[] = [];
  for (const raw of text.split('\n')) {
    const line = raw.replace(/[#;].*$/, '').trim();
    const [word, ...rest] = line.split(/\s+/);
    if (word === 'nameserver' && rest[0]) nameservers.push(rest[0]);
    else if (word === 'search' || word === 'domain') search = rest;
    else if (word === 'options') options.push(...rest);
  }
  return { nameservers, search, options };
}
