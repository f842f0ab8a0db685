/**
 * A pod's /etc/hosts, as the kubelet writes it (pkg/kubelet/kubelet_pods.go ensureHostsFile;
 * https://kubernetes.io/docs/tasks/network/customize-hosts-file-for-pods/):
 *
 *   # Kubernetes-managed hosts file.
 *   127.0.0.1	localhost
 *   ::1	localhost ip6-localhost ip6-loopback
 *   fe00::0	ip6-localnet
 *   fe00::0	ip6-mcastprefix
 *   fe00::1	ip6-allnodes
 *   fe00::2	ip6-allrouters
 *   <podIP>	<hostname>.<subdomain>.<namespace>.svc.<zone>	<hostname>     (the FQDN only with a subdomain)
 *
 *   # Entries added by HostAliases.
 *   <ip>	<hostnames…>
 *
 * The hostname is spec.hostname or the pod's name, cut to 63 characters (GeneratePodHostNameAndDomain).
 * A hostNetwork pod gets the node's own /etc/hosts instead (nodeHostsFileContent), under the header
 * "# Kubernetes-managed hosts file (host network)." plus its hostAliases. The node's file is not Kubernetes';
 * PodPath models it as the localhost lines and `<InternalIP> <node name>`, what a kind or kubeadm node has.
 *
 * getaddrinfo() reads it before DNS: `hosts: files dns` in /etc/nsswitch.conf (Debian/Ubuntu images; musl,
 * as in Alpine, and Go's resolver read /etc/hosts first too). nss_files compares names case-insensitively
 * and exactly as written — no search list, no ndots — and returns every line of the asked family
 * (glibc's `multi on`, Debian's /etc/host.conf). The order of an AF_UNSPEC answer is the file's; a real
 * getaddrinfo then sorts by RFC 6724, which PodPath does not model. `dig` never reads /etc/hosts.
 *
 * spec.hostAliases is read when the decoded PodSpec carries it (`hostAliases: [{ ip, hostnames }]`).
 */
import type { HostAlias } from '../api/types';
import type { SimNode, SimPod } from '../cluster/state';
import type { Simulation } from '../engine';
import type { Diagnostic } from '../manifest/diagnostics';
import { renderMessage } from '../messages/index';
import type { ResourceRecord } from '../trace/types';
import { record, type Tracer } from './types';
import './messages';

export type { HostAlias };

export interface HostsLine {
  ip: string;
  names: readonly string[];
  /** Which part of the file wrote it. */
  from: 'localhost' | 'pod' | 'node' | 'hostAliases';
}

export interface HostsFile {
  /** Lines as written, comments and blank lines included. */
  text: string;
  lines: readonly HostsLine[];
  /** The node's file (a hostNetwork pod), not the kubelet-managed one. */
  hostNetwork: boolean;
}

const LOCALHOST: readonly HostsLine[] = [
  { ip: '127.0.0.1', names: ['localhost'], from: 'localhost' },
  { ip: '::1', names: ['localhost', 'ip6-localhost', 'ip6-loopback'], from: 'localhost' },
];
const IPV6_EXTRAS: readonly HostsLine[] = [
  { ip: 'fe00::0', names: ['ip6-localnet'], from: 'localhost' },
  { ip: 'fe00::0', names: ['ip6-mcastprefix'], from: 'localhost' },
  { ip: 'fe00::1', names: ['ip6-allnodes'], from: 'localhost' },
  { ip: 'fe00::2', names: ['ip6-allrouters'], from: 'localhost' },
];

/** spec.hostAliases, once the manifest decoder keeps it (src/api/types.ts PodSpec has no field for it yet). */
export function hostAliasesOf(pod: SimPod): readonly HostAlias[] {
  return (pod.pod.spec.hostAliases ?? []).filter((a) => a.ip !== '');
}

/** GeneratePodHostNameAndDomain: the hostname (≤ 63 characters) and, with a subdomain, the domain. */
export function podHostname(pod: SimPod, zone: string): { hostname: string; domain?: string } {
  const raw = pod.pod.spec.hostname || pod.name;
  const hostname = raw.length > 63 ? raw.slice(0, 63).replace(/[-.]+$/, '') : raw;
  const sub = pod.pod.spec.subdomain;
  return sub ? { hostname, domain: `${sub}.${pod.namespace}.svc.${zone.replace(/\.$/, '')}` } : { hostname };
}

const line = (l: HostsLine) => `${l.ip}\t${l.names.join(l.from === 'hostAliases' ? '\t' : l.from === 'localhost' ? ' ' : '\t')}`;

/** The node's own /etc/hosts, as PodPath models it: localhost and `<InternalIP> <node name>`. */
export function nodeHostsFile(node: SimNode | undefined): HostsFile {
  const lines: HostsLine[] = [...LOCALHOST, ...(node ? [{ ip: node.internalIP, names: [node.name], from: 'node' as const }] : [])];
  return { text: `${lines.map(line).join('\n')}\n`, lines, hostNetwork: true };
}

export function podHostsFile(pod: SimPod, node: SimNode | undefined, zone: string): HostsFile {
  const aliases: HostsLine[] = hostAliasesOf(pod).map((a) => ({ ip: a.ip, names: [...(a.hostnames ?? [])], from: 'hostAliases' }));
  const aliasText = aliases.length ? ['', '# Entries added by HostAliases.', ...aliases.map(line)] : [];
  if (pod.pod.spec.hostNetwork) {
    const base = nodeHostsFile(node);
    const text = ['# Kubernetes-managed hosts file (host network).', base.text.trimEnd(), ...aliasText].join('\n');
    return { text: `${text}\n`, lines: [...base.lines, ...aliases], hostNetwork: true };
  }
  const { hostname, domain } = podHostname(pod, zone);
  const ips = pod.podIP ? [pod.podIP, ...pod.pod.status.podIPs.filter((ip) => ip !== pod.podIP)] : [];
  const own: HostsLine[] = ips.map((ip) => ({ ip, names: domain ? [`${hostname}.${domain}`, hostname] : [hostname], from: 'pod' }));
  const lines = [...LOCALHOST, ...IPV6_EXTRAS, ...own, ...aliases];
  const text = ['# Kubernetes-managed hosts file.', ...[...LOCALHOST, ...IPV6_EXTRAS, ...own].map(line), ...aliasText].join('\n');
  return { text: `${text}\n`, lines, hostNetwork: false };
}

const isV6 = (ip: string) => ip.includes(':');

/**
 * nss_files for getaddrinfo: the lines naming `name` (case-insensitive, exact) with an address of the asked
 * family ('A', 'AAAA', or both when undefined). Empty: not in the file, go on to DNS.
 */
export function lookupHosts(file: HostsFile, name: string, family?: 'A' | 'AAAA'): HostsLine[] {
  const want = name.toLowerCase();
  return file.lines.filter((l) => l.names.some((n) => n.toLowerCase() === want)
    && (family === undefined || (family === 'AAAA') === isV6(l.ip)));
}

/** The file the pod sees for `pod`: the kubelet-managed one, or its node's for a hostNetwork pod. */
export function hostsFileOf(sim: Simulation, pod: SimPod): HostsFile {
  return podHostsFile(pod, sim.cluster.nodes.find((n) => n.name === pod.nodeName), sim.zone.domain);
}

/** `cat /etc/hosts` in pod 'namespace/name' (or 'name' in default). */
export function hostsFile(sim: Simulation, ref: string): HostsFile | { error: Diagnostic } {
  const [ns, name] = ref.includes('/') ? ref.split('/', 2) : ['default', ref];
  const pod = sim.zone.pods.get(`${ns}/${name}`);
  if (!pod) {
    const params = { pod: ref };
    return { error: { severity: 'error', code: 'dns.error.podNotFound', message: renderMessage('dns.error.podNotFound', params), params } };
  }
  return hostsFileOf(sim, pod);
}

/** The /etc/hosts step of getaddrinfo: the records it answers with, or undefined (not there: ask DNS). */
export function hostsStep(run: Tracer, file: HostsFile, pod: SimPod, name: string, family: 'A' | 'AAAA' | undefined, actor?: string): ResourceRecord[] | undefined {
  const hits = lookupHosts(file, name, family);
  const params = { pod: `${pod.namespace}/${pod.name}`, name, familyKey: `dns.hosts.family.${family ?? 'any'}`, fileKey: `dns.hosts.file.${file.hostNetwork ? 'node' : 'kubelet'}` };
  if (hits.length === 0) {
    record(run, 'dns.lookup', 'dns.hosts.miss', params, { actor });
    return undefined;
  }
  const answers: ResourceRecord[] = hits.map((l) => ({ name, type: l.ip.includes(':') ? 'AAAA' : 'A', ttl: 0, data: l.ip }));
  const addresses = answers.map((a) => a.data).join(', ');
  record(run, 'dns.result', 'dns.hosts.found', { ...params, addresses, line: hits.map((l) => `${l.ip} ${l.names.join(' ')}`).join('; '), fromKey: `dns.hosts.from.${hits[0].from}` }, {
    actor, dns: { qname: name, qtype: family ?? 'A+AAAA', rcode: 'NOERROR', answers },
  });
  return answers;
}
