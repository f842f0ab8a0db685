/**
 * The world outside the cluster, and the cluster's own settings: PodPath's own document kind.
 *
 *   apiVersion: podpath.dev/v1alpha1
 *   kind: World
 *
 * Every field has a default, so plain manifests just work. The defaults mirror a kubeadm / kind cluster:
 * pod CIDR 10.244.0.0/16 with a /24 per node, service CIDR 10.96.0.0/12, kube-dns at 10.96.0.10,
 * the kubeadm Corefile (pods insecure, ttl 30, forward . /etc/resolv.conf, cache 30).
 * Addresses outside the cluster use the documentation ranges of RFC 5737 (198.51.100.0/24, 203.0.113.0/24)
 * and a private LAN (192.168.0.0/24), so nothing in a scenario points at a real host.
 */

export const WORLD_API_VERSION = 'podpath.dev/v1alpha1';
export const WORLD_KIND = 'World';

export interface DnsRecordSpec {
  /** Absolute or relative to the zone; stored absolute with a trailing dot. */
  name: string;
  type: 'A' | 'AAAA' | 'CNAME' | 'TXT' | 'SRV' | 'PTR' | 'MX';
  data: string;
  ttl?: number;
}

export interface WorldHost {
  name: string;
  ip: string;
  /** TCP ports something listens on (default [80, 443]). */
  ports?: readonly number[];
}

/** A DNS server outside the cluster: the LAN's resolver or the public internet's authoritative view. */
export interface DnsServerSpec {
  /** The address pods/nodes send queries to. */
  address: string;
  records: readonly DnsRecordSpec[];
}

export interface ExternalClient {
  name: string;
  /** Which network it sits on: the public internet or the office LAN. */
  network: 'internet' | 'lan';
  ip: string;
}

export interface WorldNode {
  name: string;
  internalIP: string;
  externalIP?: string;
  /** Defaults to the next /24 of the pod CIDR, in the order nodes are listed. */
  podCIDR?: string;
  controlPlane?: boolean;
  zone?: string;
  labels?: Readonly<Record<string, string>>;
}

/** The `kubernetes` plugin block of CoreDNS's Corefile (https://coredns.io/plugins/kubernetes/). */
export interface CoreDNSConfig {
  /** The zones the plugin is authoritative for (kubeadm: cluster.local in-addr.arpa ip6.arpa). */
  zones: readonly string[];
  pods: 'insecure' | 'verified' | 'disabled';
  /** Only these namespaces are exposed; empty means all. */
  namespaces: readonly string[];
  endpointPodNames: boolean;
  ignoreEmptyService: boolean;
  /** TTL of answers from the kubernetes plugin (kubeadm: 30; plugin default 5). */
  ttl: number;
  /** `fallthrough` zones: names in these zones that the plugin cannot answer go on to the next plugin. */
  fallthrough: readonly string[];
  /** The `forward . X` target: /etc/resolv.conf of the node (the LAN's DNS) by default. */
  forwardTo: readonly string[];
  /** `cache N` seconds (0: no cache plugin). */
  cacheSeconds: number;
  /** The `loadbalance` plugin (in the kubeadm Corefile): A/AAAA answers are rotated per response. */
  loadbalance: boolean;
}

export type IngressControllerStyle = 'in-cluster' | 'cloud-l7';

/** An ingress controller installed in the cluster (its Deployment/Service are simulated too). */
export interface IngressControllerSpec {
  /** The IngressClass it serves, and the value of `kubernetes.io/ingress.class` it answers to. */
  className: string;
  /** The `spec.controller` string of its IngressClass (k8s.io/ingress-nginx, networking.gke.io/ingress-gce…). */
  controller: string;
  style: IngressControllerStyle;
  /** in-cluster: where its pods and LoadBalancer Service live. */
  namespace?: string;
  serviceName?: string;
  replicas?: number;
  /** The controller's Service type: LoadBalancer (default) or NodePort. */
  serviceType?: 'LoadBalancer' | 'NodePort';
  /** Annotations on its Service, e.g. an internal-load-balancer annotation. */
  serviceAnnotations?: Readonly<Record<string, string>>;
  /** ingress-nginx `--watch-ingress-without-class`. */
  watchIngressWithoutClass?: boolean;
  /** ingress-nginx `--disable-svc-external-name` (CVE-2021-25740 hardening). */
  disableServiceExternalName?: boolean;
  /** Is its IngressClass the cluster default? */
  isDefaultClass?: boolean;
}

export interface LoadBalancerProvider {
  /** Which cloud's behaviour to mimic for annotations (internal LBs) and addressing. */
  provider: 'generic' | 'azure' | 'gke' | 'aws' | 'none';
  /** Public addresses handed to LoadBalancer Services, in order. */
  publicPool: string;
  /** Private (LAN/VNet) addresses handed to internal load balancers. */
  internalPool: string;
}

export interface WorldSpec {
  cluster: {
    domain: string;
    serviceCIDRs: readonly string[];
    podCIDR: string;
    nodeCIDRMaskSize: number;
    dnsServiceIP: string;
    nodePortRange: { min: number; max: number };
    coredns: CoreDNSConfig;
    loadBalancer: LoadBalancerProvider;
    ingressControllers: readonly IngressControllerSpec[];
    /** Add what every cluster has (the `kubernetes` and `kube-dns` Services, CoreDNS pods) unless the manifests do. */
    systemObjects: boolean;
  };
  nodes: readonly WorldNode[];
  lan: {
    cidr: string;
    /** The LAN's DNS server: the nodes' /etc/resolv.conf nameserver, and where CoreDNS forwards. */
    dns: DnsServerSpec;
    /** The search domains the nodes' resolv.conf carries (pods with dnsPolicy Default inherit them). */
    searchDomains: readonly string[];
    hosts: readonly WorldHost[];
  };
  internet: {
    /** Public DNS, as a recursive resolver on the internet would answer. */
    dns: DnsServerSpec;
    hosts: readonly WorldHost[];
  };
  clients: readonly ExternalClient[];
}

export function defaultCoreDNS(domain = 'cluster.local'): CoreDNSConfig {
  return {
    zones: [`${domain}.`, 'in-addr.arpa.', 'ip6.arpa.'],
    pods: 'insecure',
    namespaces: [],
    endpointPodNames: false,
    ignoreEmptyService: false,
    ttl: 30,
    fallthrough: ['in-addr.arpa.', 'ip6.arpa.'],
    forwardTo: ['/etc/resolv.conf'],
    cacheSeconds: 30,
    loadbalance: true,
  };
}

/** The world a scenario gets when it says nothing about it: a kind/kubeadm-like cluster on an office LAN. */
export function defaultWorld(): WorldSpec {
  return {
    cluster: {
      domain: 'cluster.local',
      serviceCIDRs: ['10.96.0.0/12'],
      podCIDR: '10.244.0.0/16',
      nodeCIDRMaskSize: 24,
      dnsServiceIP: '10.96.0.10',
      nodePortRange: { min: 30000, max: 32767 },
      coredns: defaultCoreDNS(),
      loadBalancer: { provider: 'generic', publicPool: '203.0.113.10/28', internalPool: '192.168.0.200/29' },
      ingressControllers: [
        {
          className: 'nginx',
          controller: 'k8s.io/ingress-nginx',
          style: 'in-cluster',
          namespace: 'ingress-nginx',
          serviceName: 'ingress-nginx-controller',
          replicas: 1,
          serviceType: 'LoadBalancer',
          watchIngressWithoutClass: false,
          disableServiceExternalName: false,
          isDefaultClass: false,
        },
      ],
      systemObjects: true,
    },
    nodes: [
      { name: 'control-plane', internalIP: '192.168.0.10', controlPlane: true },
      { name: 'worker-1', internalIP: '192.168.0.11' },
      { name: 'worker-2', internalIP: '192.168.0.12' },
    ],
    lan: {
      cidr: '192.168.0.0/24',
      dns: { address: '192.168.0.2', records: [] },
      searchDomains: [],
      hosts: [],
    },
    internet: {
      dns: { address: '198.51.100.53', records: [] },
      hosts: [],
    },
    clients: [
      { name: 'internet', network: 'internet', ip: '198.51.100.7' },
      { name: 'lan', network: 'lan', ip: '192.168.0.50' },
    ],
  };
}
