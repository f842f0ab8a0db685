/**
 * `cat /etc/hosts`: in a pod, the kubelet-managed file (localhost, the pod's own names, hostAliases) that
 * getaddrinfo reads before DNS; on a node, the node's own file; on a client outside the cluster, a plain
 * localhost-only file (PodPath knows nothing else about that machine).
 */
import type { Simulation } from '../engine';
import { notReady, type ConsoleTools } from './tools';
import type { ConsoleResult, HostsRequest } from './types';

const CLIENT_HOSTS = '127.0.0.1\tlocalhost\n::1\tlocalhost ip6-localhost ip6-loopback\n';

export function runHosts(req: HostsRequest, sim: Simulation, tools: ConsoleTools): ConsoleResult {
  const source = req.source;
  if (source.kind === 'pod') {
    if (!tools.hostsFile) return notReady('the pod /etc/hosts');
    const f = tools.hostsFile(sim, `${source.namespace}/${source.name}`);
    if ('error' in f) return { output: `cat: /etc/hosts: ${f.error.message}\n`, exitCode: 1 };
    return { output: f.text, exitCode: 0 };
  }
  if (source.kind === 'node') {
    if (!tools.nodeHostsFile) return notReady('the node /etc/hosts');
    return { output: tools.nodeHostsFile(sim, source.name).text, exitCode: 0 };
  }
  return { output: CLIENT_HOSTS, exitCode: 0 };
}
