/**
 * A request, as `curl` would send it from somewhere in (or outside) the simulated world, and what came of it.
 */
import type { Rcode, ResourceRecord, TraceStep } from '../trace/types';

/** Where the request starts. */
export type RequestSource =
  /** An external client of the World document (`world.clients`): on the internet or on the office LAN. */
  | { kind: 'client'; name: string }
  /** A host on the LAN (`world.lan.hosts`). */
  | { kind: 'lanHost'; name: string }
  /** A node itself (curl run on the node, in its network namespace). */
  | { kind: 'node'; name: string }
  | { kind: 'pod'; namespace: string; name: string };

export interface CurlRequest {
  /** A RequestSource, or text: 'ns/name' (a pod), a client name ('internet', 'lan'), a node name, a LAN host name. */
  from: RequestSource | string;
  /** `http(s)://host[:port][/path]`; a missing scheme means http. */
  url: string;
  method?: string;
  /** Request headers as with `curl -H` (a Host header overrides the URL's host in HTTP only). */
  headers?: Readonly<Record<string, string>>;
  /** `--resolve HOST:PORT:ADDR` entries: skip DNS for that host and port. */
  resolve?: readonly string[];
  /** Use this source address instead of the source's own (a client behind NAT, a spoof test). */
  clientIP?: string;
  /** Seed for every "random" choice (endpoint, LB node). Default 0. */
  seed?: number | string;
  /** The request's number in a series (`--repeat`), so choices spread like real random picks. Default 0. */
  requestIndex?: number;
  /**
   * `curl -k` (`--insecure`): do not check the server's certificate. Without it curl, like the real one, refuses a
   * certificate that no authority it trusts signed, and stops before sending the request (exit 60): ingress-nginx's
   * self-signed fake certificate, and kube-apiserver's, signed by the cluster CA. Default false.
   */
  insecure?: boolean;
  /**
   * `curl --cacert` with the cluster CA: the service account's `/var/run/secrets/kubernetes.io/serviceaccount/ca.crt`
   * in a pod, kubeadm's `/etc/kubernetes/pki/ca.crt` on a node. curl then trusts kube-apiserver's certificate, and
   * checks the URL's host against the names and addresses it was issued for. Default false.
   */
  trustClusterCA?: boolean;
}

export type RequestOutcomeKind = 'delivered' | 'dropped' | 'refused' | 'timeout' | 'dns-failure' | 'http-error' | 'tls-failure';

export interface RequestOutcome {
  outcome: RequestOutcomeKind;
  /** The HTTP status the client got (null when no HTTP response came back). */
  httpStatus: number | null;
  /** 'ns/service:port' that served it, 'default' for a controller's default backend, null when none. */
  backend: string | null;
  /** The Ingress whose rule was used ('ns/name'). */
  ingress: string | null;
  /** The pod that answered ('ns/name'), or null (a world host, a controller's own 404, no answer). */
  pod: string | null;
  /** The final ip:port the last connection reached. */
  endpoint: string | null;
  /** The source address the answering server saw on its connection. */
  clientIPSeen: string | null;
  /** Why it ended this way: a stable key (e.g. 'no-endpoints', 'internal-lb-from-internet'). */
  reason?: string;
  /** The response body (the echo server's line, an error page). */
  body?: string;
  /** Response headers worth showing (Location on a redirect). */
  headers?: Readonly<Record<string, string>>;
  /**
   * 'nginx': the response is one nginx made itself (ingress-nginx's 404 default server, a 503 for a backend without
   * endpoints, a redirect…) and `body` is the title of its built-in page; curl prints that HTML page.
   */
  page?: 'nginx';
  /** The address and port curl connected to (after DNS / --resolve), when it got one: `ip:port`, `[ip]:port` for IPv6. */
  connectedTo?: string;
}

/** What a name lookup gave the client. */
export interface NameResolution {
  rcode: Rcode;
  /** Addresses in answer order (the client uses the first). */
  addresses: readonly string[];
  /** The CNAME chain, first to last target. */
  cnames: readonly string[];
  answers: readonly ResourceRecord[];
  steps: readonly TraceStep[];
}

/** Which request of a series asks (CoreDNS's loadbalance order of answers depends on it). */
export interface ResolveChoice {
  seed: string | number;
  requestIndex: number;
}

/** Resolves a name for a source: a pod uses its resolv.conf (CoreDNS), a node and clients the LAN/public DNS. */
export type NameResolver = (name: string, from: ResolvedSource, choice?: ResolveChoice) => NameResolution;

/** A source resolved against the cluster: its graph id and address. */
export type ResolvedSource =
  | { kind: 'client'; name: string; ip: string; network: 'internet' | 'lan' }
  | { kind: 'lanHost'; name: string; ip: string }
  | { kind: 'node'; name: string; ip: string }
  | { kind: 'pod'; namespace: string; name: string; ip: string; nodeName: string };
