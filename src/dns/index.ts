/**
 * DNS in PodPath: CoreDNS's kubernetes plugin (kubeadm Corefile defaults), the forward chain to the LAN DNS and
 * the internet, the kubelet's resolv.conf and a glibc-like stub resolver — all answered as traces.
 */
export { dig, digRepeat, resolve, resolvConf } from './dig';
export type { DigRequest, DnsOutcome, QueryChoice, ResolveRequest, ResolvConfAnswer } from './dig';
export { buildZone } from './zone';
export type { DnsZone } from './zone';
export { parseCorefile } from './corefile';
export { hostsFile, lookupHosts, podHostsFile } from './hosts';
export type { HostAlias, HostsFile, HostsLine } from './hosts';
export { formatResolvConf, podResolvConf, nodeResolvConf } from './resolvconf';
export type { ResolvConf, ResolvConfResult } from './resolvconf';
export { searchCandidates, ndotsOf } from './resolver';
export type { Candidate } from './resolver';
export { QTYPES } from './types';
export type { QType, DnsResponse } from './types';
export { dnsCatalog } from './messages';
