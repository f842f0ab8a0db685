/**
 * The /etc/resolv.conf the kubelet writes into a pod (pkg/kubelet/network/dns/dns.go, GetPodDNS):
 * - ClusterFirst (and ClusterFirstWithHostNet): `nameserver <kube-dns IP>`, search
 *   `<ns>.svc.<domain> svc.<domain> <domain>` followed by the node's search domains (duplicates dropped),
 *   `options ndots:5`; the node's nameservers and options are replaced, not kept;
 * - ClusterFirst on a hostNetwork pod falls back to Default (getPodDNSType) — the classic surprise;
 * - Default: the node's own resolv.conf (the LAN DNS and the LAN's search domains);
 * - None: empty, only what `dnsConfig` brings.
 * `dnsConfig` is then merged (appendDNSConfig): nameservers and searches appended without duplicates,
 * options overriding by name. The kubelet rebuilds options from a Go map, so their order is unspecified;
 * PodPath keeps the existing order and appends new names.
 * Limits (formDNSConfigFitsLimits): at most 3 nameservers; search paths longer than 253 characters dropped; at most
 * 32 search domains and 2048 characters (the ExpandedDNSConfig limits, GA since 1.28); each cut is a
 * warning, as the kubelet's DNSConfigForming event.
 */
import type { WorldSpec } from '../api/world';
import type { SimPod } from '../cluster/state';
import type { Diagnostic } from '../manifest/diagnostics';
import { renderMessage } from '../messages/index';
import './messages';

export const MAX_DNS_NAMESERVERS = 3;
export const MAX_DNS_SEARCH_PATHS = 32;
export const MAX_DNS_SEARCH_LIST_CHARS = 2048;
/** utilvalidation.DNS1123SubdomainMaxLength: longer search paths are dropped (glibc 2.28 aborts on them). */
const MAX_SEARCH_PATH_LENGTH = 253;
export const DEFAULT_DNS_OPTIONS: readonly string[] = ['ndots:5'];

export interface ResolvConf {
  nameservers: string[];
  search: string[];
  /** As written on the `options` line, e.g. "ndots:5". */
  options: string[];
}

export interface ResolvConfResult extends ResolvConf {
  /** Which rule produced it: ClusterFirst, Default (incl. the hostNetwork fallback) or None. */
  policy: 'cluster' | 'host' | 'none';
  warnings: Diagnostic[];
}

function diag(code: string, params: Record<string, string | number>, object: string): Diagnostic {
  return { severity: 'warning', code, message: renderMessage(code, params), params, object };
}

function omitDuplicates(list: readonly string[]): string[] {
  return [...new Set(list)];
}

/** mergeDNSOptions: pod options override the existing ones by name. */
export function mergeDNSOptions(existing: readonly string[], pod: readonly { name: string; value?: string }[]): string[] {
  const out = new Map<string, string>();
  for (const op of existing) {
    const i = op.indexOf(':');
    out.set(i === -1 ? op : op.slice(0, i), i === -1 ? '' : op.slice(i + 1));
  }
  for (const op of pod) out.set(op.name, op.value ?? '');
  return [...out].map(([n, v]) => (v !== '' ? `${n}:${v}` : n));
}

/** getPodDNSType. */
export function podDNSType(pod: Pick<SimPod['pod']['spec'], 'dnsPolicy' | 'hostNetwork'>): ResolvConfResult['policy'] {
  switch (pod.dnsPolicy) {
    case 'None': return 'none';
    case 'ClusterFirstWithHostNet': return 'cluster';
    case 'ClusterFirst': return pod.hostNetwork ? 'host' : 'cluster';
    default: return 'host';
  }
}

/** The node's own /etc/resolv.conf (what `Default` copies and `forward . /etc/resolv.conf` reads). */
export function nodeResolvConf(world: WorldSpec): ResolvConf {
  return { nameservers: [world.lan.dns.address], search: world.lan.searchDomains.map((s) => s.replace(/\.$/, '')), options: [] };
}

export function podResolvConf(pod: SimPod, world: WorldSpec): ResolvConfResult {
  const spec = pod.pod.spec;
  const object = `Pod/${pod.namespace}/${pod.name}`;
  const policy = podDNSType(spec);
  const host = nodeResolvConf(world);
  let conf: ResolvConf;
  if (policy === 'none') conf = { nameservers: [], search: [], options: [] };
  else if (policy === 'cluster') {
    const domain = world.cluster.domain;
    conf = {
      nameservers: [world.cluster.dnsServiceIP],
      search: omitDuplicates([`${pod.namespace}.svc.${domain}`, `svc.${domain}`, domain, ...host.search]),
      options: [...DEFAULT_DNS_OPTIONS],
    };
  } else conf = host;

  const dc = spec.dnsConfig;
  if (dc) {
    conf = {
      nameservers: omitDuplicates([...conf.nameservers, ...dc.nameservers]),
      search: omitDuplicates([...conf.search, ...dc.searches]),
      options: mergeDNSOptions(conf.options, dc.options),
    };
  }

  const warnings: Diagnostic[] = [];
  if (conf.nameservers.length > MAX_DNS_NAMESERVERS) {
    conf.nameservers = conf.nameservers.slice(0, MAX_DNS_NAMESERVERS);
    warnings.push(diag('dns/nameserver-limit', { limit: MAX_DNS_NAMESERVERS, applied: conf.nameservers.join(' ') }, object));
  }
  let search = conf.search;
  let cut = false;
  if (search.length > MAX_DNS_SEARCH_PATHS) {
    search = search.slice(0, MAX_DNS_SEARCH_PATHS);
    cut = true;
  }
  const fitting = search.filter((s) => s.length <= MAX_SEARCH_PATH_LENGTH);
  if (fitting.length !== search.length) cut = true;
  search = fitting;
  while (search.join(' ').length > MAX_DNS_SEARCH_LIST_CHARS) {
    search = search.slice(0, -1);
    cut = true;
  }
  if (cut) warnings.push(diag('dns/search-limit', { paths: MAX_DNS_SEARCH_PATHS, chars: MAX_DNS_SEARCH_LIST_CHARS, applied: search.join(' ') }, object));
  if (policy === 'none' && conf.nameservers.length === 0) warnings.push(diag('dns/none-without-nameservers', {}, object));
  return { ...conf, search, policy, warnings };
}

/** The resolv.conf text, as `cat /etc/resolv.conf` prints it in the pod. */
export function formatResolvConf(c: ResolvConf): string {
  const lines: string[] = [];
  if (c.search.length) lines.push(`search ${c.search.join(' ')}`);
  for (const n of c.nameservers) lines.push(`nameserver ${n}`);
  if (c.options.length) lines.push(`options ${c.options.join(' ')}`);
  return lines.join('\n') + '\n';
}
