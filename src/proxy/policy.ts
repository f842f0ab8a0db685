/**
 * What kube-proxy (iptables mode) does with a new connection that hit a Service frontend on one node:
 * which endpoints it may pick, whether the source is masqueraded, or whether the packet is rejected/dropped.
 * Modelled on pkg/proxy/iptables/proxier.go (syncProxyRules) and
 * https://kubernetes.io/docs/reference/networking/virtual-ips/#traffic-policies :
 *
 * - No usable endpoint anywhere → filter rule REJECT ("has no endpoints"): ICMP port-unreachable, which
 *   a TCP client reports as "Connection refused".
 * - Cluster IP → the internal policy: Cluster = every endpoint; Local = this node's, DROP if none.
 *   Traffic to a cluster IP from outside the pod CIDR (the node itself) is masqueraded.
 * - NodePort / externalIP / load-balancer IP → the KUBE-EXT chain (external policy):
 *   Cluster = masquerade (the pod sees the node's address) and use every endpoint;
 *   Local = keep the client's IP and use this node's endpoints only, DROP if none — except that
 *   traffic from a pod (the local-traffic detector) or from the node itself is short-circuited to the
 *   cluster-wide chain: "pods and nodes inside the cluster can always reach an external IP / LB IP".
 * - Load-balancer IP with spec.loadBalancerSourceRanges → the KUBE-FW chain first: a source outside the ranges
 *   is not DNATed and KUBE-PROXY-FIREWALL DROPs it (src/proxy/sourceRanges.ts), whoever sends it.
 */
import type { ServicePort } from '../api/types';
import type { SimService } from '../cluster/state';
import type { ProxyEndpoint } from './endpoints';
import { externallyAccessible, type FrontendKind } from './servicePort';
import { kubeProxySourceRanges, sourceAllowed } from './sourceRanges';
import { categorizeEndpoints } from './topology';

/** Where the connection came from, as kube-proxy's rules can tell. */
export type TrafficOrigin = 'pod' | 'node' | 'external';

export type MasqueradeReason =
  | 'external-policy-cluster'   // KUBE-EXT: "masquerade traffic for ns/svc external destinations"
  | 'node-local-source'         // KUBE-EXT (Local): "masquerade LOCAL traffic"
  | 'clusterip-from-outside';   // KUBE-SVC: "! -s <pod CIDR> -d <cluster IP> -j KUBE-MARK-MASQ"

export type KubeProxyDecision =
  | { action: 'reject'; comment: 'has-no-endpoints' }
  | { action: 'drop'; comment: 'has-no-local-endpoints'; policy: 'internal' | 'external' }
  /** KUBE-PROXY-FIREWALL: "traffic not accepted by KUBE-FW-…" (loadBalancerSourceRanges). */
  | { action: 'drop'; comment: 'firewall'; ranges: string[] }
  | {
      action: 'dnat';
      /** The chain the packet took: the cluster-wide KUBE-SVC or the node-local KUBE-SVL. */
      chain: 'cluster' | 'local';
      candidates: ProxyEndpoint[];
      masquerade: MasqueradeReason | null;
      /** ETP Local ignored because the source is inside the cluster. */
      shortCircuit: boolean;
      /** Only Serving+Terminating endpoints were available (KEP-1669 fallback). */
      usesTerminating: boolean;
    };

export interface KubeProxyInput {
  service: SimService;
  port: ServicePort;
  via: FrontendKind;
  nodeName: string;
  origin: TrafficOrigin;
  endpoints: readonly ProxyEndpoint[];
  /** The packet's source address, checked against loadBalancerSourceRanges (load-balancer IPs only). */
  sourceIP?: string;
  /** This node's topology.kubernetes.io/zone, for the endpoints' zone hints. */
  nodeZone?: string;
}

export function kubeProxyDecision(input: KubeProxyInput): KubeProxyDecision {
  const spec = input.service.service.spec;
  const internalLocal = spec.internalTrafficPolicy === 'Local';
  const externalLocal = spec.externalTrafficPolicy === 'Local';
  const cat = categorizeEndpoints(
    input.endpoints,
    { internalLocal, externalLocal, externallyAccessible: externallyAccessible(input.service) },
    input.nodeName,
    input.nodeZone,
  );
  if (!cat.hasAnyEndpoints) return { action: 'reject', comment: 'has-no-endpoints' };
  if (input.via === 'loadBalancer' && input.sourceIP !== undefined) {
    const ranges = kubeProxySourceRanges(input.service);
    if (!sourceAllowed(ranges, input.sourceIP, 'kube-proxy')) return { action: 'drop', comment: 'firewall', ranges };
  }

  if (input.via === 'clusterIP') {
    const masquerade: MasqueradeReason | null = input.origin === 'pod' ? null : 'clusterip-from-outside';
    if (internalLocal) {
      const local = cat.localEndpoints ?? [];
      if (local.length === 0) return { action: 'drop', comment: 'has-no-local-endpoints', policy: 'internal' };
      return { action: 'dnat', chain: 'local', candidates: local, masquerade, shortCircuit: false, usesTerminating: cat.localUsesTerminating };
    }
    return { action: 'dnat', chain: 'cluster', candidates: cat.clusterEndpoints ?? [], masquerade, shortCircuit: false, usesTerminating: cat.clusterUsesTerminating };
  }

  // External destinations: nodePort, externalIPs, load-balancer IPs (KUBE-EXT-…).
  if (!externalLocal) {
    return {
      action: 'dnat', chain: 'cluster', candidates: cat.clusterEndpoints ?? [], masquerade: 'external-policy-cluster',
      shortCircuit: false, usesTerminating: cat.clusterUsesTerminating,
    };
  }
  if (input.origin !== 'external') {
    // Short-circuit to the Cluster chain ("pod traffic for … external destinations", "route LOCAL traffic …"),
    // built for every externally accessible Service whatever its internalTrafficPolicy (UsesClusterEndpoints).
    const cluster = cat.clusterEndpoints ?? [];
    return {
      action: 'dnat', chain: 'cluster', candidates: cluster,
      masquerade: input.origin === 'node' ? 'node-local-source' : null,
      shortCircuit: true, usesTerminating: cat.clusterUsesTerminating,
    };
  }
  const local = cat.localEndpoints ?? [];
  if (local.length === 0) return { action: 'drop', comment: 'has-no-local-endpoints', policy: 'external' };
  return { action: 'dnat', chain: 'local', candidates: local, masquerade: null, shortCircuit: false, usesTerminating: cat.localUsesTerminating };
}
