/**
 * What the app's console asks the engine. A command line is parsed (parse.ts) into one of these plain,
 * structured-cloneable requests; the worker runs it against the current Simulation (run.ts).
 */

/** Where a command runs: a pod (kubectl exec or the source picker), a node, or a client outside the cluster. */
export type ConsoleSource =
  | { kind: 'pod'; namespace: string; name: string }
  | { kind: 'node'; name: string }
  | { kind: 'client'; name: string };

export interface DigRequest {
  kind: 'dig';
  source: ConsoleSource;
  /** As typed (relative or absolute); '' asks for the root NS like real dig. */
  name: string;
  qtype: string;
  /** `@server`: an address or a name. */
  server?: string;
  /** `+search`: apply resolv.conf's search list and ndots (dig's default is +nosearch). */
  search: boolean;
  /** `+short`: print only the answer data. */
  short: boolean;
}

export interface NslookupRequest {
  kind: 'nslookup';
  source: ConsoleSource;
  name: string;
  qtype: string;
  server?: string;
}

export interface CurlResolve {
  host: string;
  port: number;
  address: string;
}

export interface CurlRequest {
  kind: 'curl';
  source: ConsoleSource;
  url: string;
  scheme: 'http' | 'https';
  /** Host part of the URL (a name or an IP, without brackets). */
  host: string;
  port: number;
  path: string;
  method: string;
  verbose: boolean;
  /** `-i`: include response headers. */
  includeHeaders: boolean;
  insecure: boolean;
  /** `--cacert FILE` naming the cluster CA (the service account's ca.crt in a pod, kubeadm's on a node). */
  trustClusterCA?: boolean;
  /** `-s`: no error message (`-S` with it: the message after all). */
  silent?: boolean;
  showError?: boolean;
  /** Request headers as given with -H, in order (names as typed). */
  headers: readonly { name: string; value: string }[];
  resolve: readonly CurlResolve[];
}

export interface ResolvConfRequest {
  kind: 'resolv.conf';
  source: ConsoleSource;
}

/** `cat /etc/hosts`: the file getaddrinfo reads before DNS (kubelet-managed in a pod). */
export interface HostsRequest {
  kind: 'hosts';
  source: ConsoleSource;
}

export type KubectlResource =
  | 'services' | 'endpoints' | 'endpointslices' | 'ingresses' | 'ingressclasses' | 'pods' | 'nodes' | 'namespaces';

export interface KubectlGetRequest {
  kind: 'kubectl.get';
  resources: readonly KubectlResource[];
  /** Names to filter by (kubectl get svc web db). */
  names: readonly string[];
  /** undefined: the current context's namespace (default). */
  namespace?: string;
  allNamespaces: boolean;
  wide: boolean;
  /** `-o json|name|jsonpath=TEMPLATE` (anything but the table and -o wide), printed by run-kubectl-output.ts. */
  output?: KubectlGetOutput;
  /** `kubectl get TYPE/NAME …`: the pairs as written (otherwise every resource is asked for every name). */
  tuples?: readonly { resource: KubectlResource; name: string }[];
}

/** kubectl get's printer flags, as typed: checked when the objects are printed, as kubectl checks them. */
export interface KubectlGetOutput {
  /** The -o value (`jsonpath={.a}`, `json`, …). */
  format: string;
  /** --template. */
  template?: string;
  /** --allow-missing-template-keys (true unless set false). */
  allowMissingKeys: boolean;
}

/** The kinds `kubectl describe` prints here (describe.go's Service and Ingress describers). */
export type DescribableResource = 'services' | 'ingresses';

export interface KubectlDescribeRequest {
  kind: 'kubectl.describe';
  resource: DescribableResource;
  /** Names (none: every one in the namespace). */
  names: readonly string[];
  namespace?: string;
  allNamespaces: boolean;
  /** Written as TYPE/NAME: kubectl then never falls back to a prefix match. */
  slashForm?: boolean;
}

/** A request the engine answers. */
export type EngineRequest =
  | DigRequest | NslookupRequest | CurlRequest | ResolvConfRequest | HostsRequest | KubectlGetRequest | KubectlDescribeRequest;

/** What a command line becomes: a request for the engine, or something the console handles itself. */
export type ConsoleCommand =
  | EngineRequest
  | { kind: 'help' }
  | { kind: 'clear' }
  | { kind: 'empty' }
  /** A line the console cannot run; `message` says why and what to try instead. */
  | {
    kind: 'invalid'; message: string;
    /** The real tool's exit status for this refusal when it has one (curl 3 for a bad URL); else the console's 127 or 2. */
    exitCode?: number;
  };

/** The answer to one request: printed text, and the trace the player can step through. */
export interface ConsoleResult {
  output: string;
  /** Non-zero like the real tool's exit status (dig 9 on no servers, curl 6 could not resolve, 7 could not connect). */
  exitCode: number;
  /**
   * What the tool writes to standard output, when that is not all of `output` (the rest went to standard
   * error). A shell's $(…) keeps only this; when it is not set, `output` is standard output if the exit status
   * is 0 and standard error otherwise.
   */
  stdout?: string;
  trace?: {
    steps: readonly import('../trace/types').TraceStep[];
    /** A short outcome summary ("3 A records", "HTTP 200 from pod/default/web-…"). */
    summary?: string;
  };
}

export function sourceId(source: ConsoleSource): string {
  switch (source.kind) {
    case 'pod': return `pod/${source.namespace}/${source.name}`;
    case 'node': return `node/${source.name}`;
    case 'client': return `client/${source.name}`;
    default: {
      const never: never = source;
      return never;
    }
  }
}

/** The inverse of sourceId: `pod/ns/name`, `node/name`, `client/name` (the graph ids of the same elements). */
export function parseSourceId(id: string): ConsoleSource | undefined {
  const parts = id.split('/');
  if (parts[0] === 'pod' && parts.length === 3 && parts[1] && parts[2]) return { kind: 'pod', namespace: parts[1], name: parts[2] };
  if (parts[0] === 'node' && parts.length === 2 && parts[1]) return { kind: 'node', name: parts[1] };
  if (parts[0] === 'client' && parts.length === 2 && parts[1]) return { kind: 'client', name: parts[1] };
  return undefined;
}
