/**
 * `kubectl get` tables, printed the way kubectl prints them: Go's tabwriter with minwidth 6 and
 * padding 3 (kubectl's `printers.GetNewTabWriter`), the last column unpadded, `<none>` for empty cells.
 * Column rules follow kubectl's internal printers (pkg/printers/internalversion/printers.go):
 * services (EXTERNAL-IP, PORT(S)), endpoints (three addresses then "+ N more..."), ingresses
 * (PORTS "80, 443" when TLS is configured) and so on. AGE is left out unless a caller supplies one:
 * a simulation has no clock.
 *
 * Pure: takes plain objects, returns text. Shared by the CLI and the app's console.
 */
import type {
  EndpointSlice, Endpoints, Ingress, IngressClass, LoadBalancerIngress, Pod, Service,
} from '../api/types';
import { sidecars } from '../cluster/containers';
import { containersReady, readinessGatesTrue } from '../cluster/readiness';

/** Go tabwriter as kubectl configures it: every column but the last is max(width + 3, 6) wide. */
export function formatTable(headers: readonly string[], rows: readonly (readonly string[])[]): string {
  const all = [headers, ...rows];
  // A loop, not Math.max(...column): a spread of 100,000+ rows throws RangeError.
  const widths = headers.map((_, i) => {
    let w = 6;
    for (const r of all) w = Math.max(w, (r[i] ?? '').length + 3);
    return w;
  });
  const last = headers.length - 1;
  return all
    .map((r) => headers.map((_, i) => (i === last ? (r[i] ?? '') : (r[i] ?? '').padEnd(widths[i]))).join(''))
    .join('\n') + '\n';
}

export interface TableOptions {
  /** Print a NAMESPACE column first (kubectl -A). */
  allNamespaces?: boolean;
  /** -o wide. */
  wide?: boolean;
  /** An AGE column; the simulation has no clock, so only callers that know one (tests, the app) pass it. */
  age?: (namespace: string, name: string) => string;
}

export interface Table {
  headers: string[];
  rows: string[][];
}

function withCommon(
  base: Table,
  keys: readonly { namespace: string; name: string }[],
  opts: TableOptions,
  wideHeaders: string[] = [],
  wideRows: string[][] = [],
): Table {
  const headers = [...base.headers];
  const rows = base.rows.map((r) => [...r]);
  if (opts.age) {
    headers.push('AGE');
    rows.forEach((r, i) => r.push(opts.age!(keys[i].namespace, keys[i].name)));
  }
  if (opts.wide && wideHeaders.length) {
    headers.push(...wideHeaders);
    rows.forEach((r, i) => r.push(...wideRows[i]));
  }
  if (opts.allNamespaces) {
    headers.unshift('NAMESPACE');
    rows.forEach((r, i) => r.unshift(keys[i].namespace));
  }
  return { headers, rows };
}

export function renderTable(t: Table): string {
  return formatTable(t.headers, t.rows);
}

// ---------------------------------------------------------------- Services

/** What a Service's row needs; SimService provides all of it. */
export interface ServiceRow {
  service: Service;
  /** Allocated cluster IPs (empty for headless and ExternalName). */
  clusterIPs: readonly string[];
  headless: boolean;
  loadBalancerIngress: readonly LoadBalancerIngress[];
}

/** CLUSTER-IP: the allocated address, `None` for headless, `<none>` for ExternalName. */
export function serviceClusterIP(s: ServiceRow): string {
  if (s.service.spec.type === 'ExternalName') return '<none>';
  if (s.headless) return 'None';
  return s.clusterIPs[0] ?? s.service.spec.clusterIP ?? '<none>';
}

/** EXTERNAL-IP as kubectl's getServiceExternalIP computes it. */
export function serviceExternalIP(s: ServiceRow, wide = false): string {
  const spec = s.service.spec;
  const ext = [...spec.externalIPs];
  switch (spec.type) {
    case 'ClusterIP':
    case 'NodePort':
      return ext.length ? ext.join(',') : '<none>';
    case 'LoadBalancer': {
      const lb = loadBalancerStatus(s.loadBalancerIngress, wide);
      if (ext.length) return [...(lb ? lb.split(',') : []), ...ext].join(',');
      return lb || '<pending>';
    }
    case 'ExternalName':
      return spec.externalName ?? '<none>';
  }
}

/**
 * kubectl's loadBalancerStatusStringer: IPs (or hostnames) sorted and de-duplicated, joined with
 * commas, cut to 16 characters with "..." unless -o wide.
 */
export function loadBalancerStatus(ingress: readonly LoadBalancerIngress[], wide = false): string {
  const set = [...new Set(ingress.map((i) => i.ip || i.hostname || '').filter(Boolean))].sort();
  const r = set.join(',');
  return !wide && r.length > 16 ? `${r.slice(0, 13)}...` : r;
}

/** PORT(S): `80/TCP`, `80:32139/TCP`, joined with commas; `<none>` without ports. */
export function servicePorts(service: Service): string {
  const ports = service.spec.ports.map((p) => `${p.port}${p.nodePort ? `:${p.nodePort}` : ''}/${p.protocol}`);
  return ports.length ? ports.join(',') : '<none>';
}

export function formatSelector(sel: Readonly<Record<string, string>> | null): string {
  if (!sel) return '<none>';
  const parts = Object.keys(sel).sort().map((k) => `${k}=${sel[k]}`);
  return parts.length ? parts.join(',') : '<none>';
}

export function servicesTable(services: readonly ServiceRow[], opts: TableOptions = {}): Table {
  const keys = services.map((s) => s.service.metadata);
  return withCommon(
    {
      headers: ['NAME', 'TYPE', 'CLUSTER-IP', 'EXTERNAL-IP', 'PORT(S)'],
      rows: services.map((s) => [
        s.service.metadata.name, s.service.spec.type, serviceClusterIP(s), serviceExternalIP(s, opts.wide), servicePorts(s.service),
      ]),
    },
    keys, opts, ['SELECTOR'], services.map((s) => [formatSelector(s.service.spec.selector)]),
  );
}

// ---------------------------------------------------------------- Endpoints and EndpointSlices

/** kubectl shows three items, then "+ N more...". */
export function abbreviate(items: readonly string[], max = 3): string {
  if (!items.length) return '<none>';
  const shown = items.slice(0, max).join(',');
  return items.length > max ? `${shown} + ${items.length - max} more...` : shown;
}

/**
 * ENDPOINTS of `kubectl get endpoints`: ready addresses × ports, `ip:port` (net.JoinHostPort: `[fd00::1]:80` for
 * IPv6), as printers.go formatEndpoints lists them.
 */
export function endpointsList(ep: Endpoints): string[] {
  const out: string[] = [];
  for (const ss of ep.subsets) {
    for (const port of ss.ports.length ? ss.ports : [undefined]) {
      for (const a of ss.addresses) out.push(port ? joinHostPort(a.ip, port.port) : a.ip);
    }
  }
  return out;
}

/** Go's net.JoinHostPort: brackets around a host with a colon (an IPv6 address). */
function joinHostPort(host: string, port: number): string {
  return host.includes(':') ? `[${host}]:${port}` : `${host}:${port}`;
}

/**
 * The ENDPOINTS cell (printers.go formatEndpoints): `<none>` only for an object without subsets; subsets with no
 * ready address (every pod not ready: only notReadyAddresses) print an empty cell.
 */
export function formatEndpoints(ep: Endpoints): string {
  if (ep.subsets.length === 0) return '<none>';
  const items = endpointsList(ep);
  return items.length ? abbreviate(items) : '';
}

export function endpointsTable(eps: readonly Endpoints[], opts: TableOptions = {}): Table {
  return withCommon(
    { headers: ['NAME', 'ENDPOINTS'], rows: eps.map((e) => [e.metadata.name, formatEndpoints(e)]) },
    eps.map((e) => e.metadata), opts,
  );
}

/**
 * ENDPOINTS of `kubectl get endpointslices`: printers.go formatDiscoveryEndpoints / listWithMoreString —
 * three addresses then "+ N more...", and `<unset>` (not `<none>`) for a slice without endpoints.
 */
export function discoveryList(items: readonly string[], max = 3): string {
  return items.length ? abbreviate(items, max) : '<unset>';
}

/**
 * A port of the PORTS column (printers.go formatDiscoveryPorts): its number; without one (a hand-written slice
 * meaning "all ports"), its name, else `*`. (PodPath keeps an absent name as '', so a name of "" also prints `*`.)
 */
export function discoveryPort(p: EndpointSlice['ports'][number]): string {
  if (p.port !== undefined) return String(p.port);
  return p.name || '*';
}

export function endpointSlicesTable(slices: readonly EndpointSlice[], opts: TableOptions = {}): Table {
  return withCommon(
    {
      headers: ['NAME', 'ADDRESSTYPE', 'PORTS', 'ENDPOINTS'],
      rows: slices.map((s) => {
        return [
          s.metadata.name,
          s.addressType,
          discoveryList(s.ports.map(discoveryPort)),
          discoveryList(s.endpoints.flatMap((e) => e.addresses)),
        ];
      }),
    },
    slices.map((s) => s.metadata), opts,
  );
}

// ---------------------------------------------------------------- Pods and Nodes

export interface PodRow {
  namespace: string;
  name: string;
  ready: boolean;
  terminating: boolean;
  phase: string;
  podIP: string;
  nodeName: string;
  containers: number;
  /** READY counts ready containers (default: `ready`): a readiness gate keeps the pod, not its containers, unready. */
  containersReady?: boolean;
  /** READINESS GATES: `true/total` of spec.readinessGates (default: `<none>`, no gates). */
  readinessGates?: string;
  /** status.reason (a dump's `Evicted`…), which STATUS shows instead of the phase. */
  reason?: string;
}

/**
 * STATUS as printPod computes it (without container states, which the simulation does not keep): status.reason
 * when set, else the phase; for a pod being deleted, `Unknown` when its node was lost (reason NodeLost), else
 * `Terminating` unless its phase is terminal (Succeeded/Failed).
 */
export function podStatus(p: Pick<PodRow, 'phase' | 'terminating' | 'reason'>): string {
  if (p.terminating && p.reason === 'NodeLost') return 'Unknown';
  if (p.terminating && p.phase !== 'Succeeded' && p.phase !== 'Failed') return 'Terminating';
  return p.reason || p.phase;
}

/**
 * A simulated pod as a row. READY counts as kubectl's printPod does: the containers plus the sidecars
 * (init containers with `restartPolicy: Always`, KEP-753), which keep running beside them; a plain init
 * container has exited and is not counted. READINESS GATES is printPod's `n/m`: gates whose condition is True.
 */
export function podRow(p: Omit<PodRow, 'containers'> & { pod: Pod }): PodRow {
  const gates = p.pod.spec.readinessGates?.length ?? 0;
  const phase = p.phase as Pod['status']['phase'];
  return {
    namespace: p.namespace, name: p.name, ready: p.ready, terminating: p.terminating, phase: p.phase,
    podIP: p.podIP, nodeName: p.nodeName, containers: Math.max(1, p.pod.spec.containers.length + sidecars(p.pod.spec).length),
    containersReady: containersReady(p.pod, phase),
    ...(gates ? { readinessGates: `${readinessGatesTrue(p.pod)}/${gates}` } : {}),
    ...(p.pod.status.reason ? { reason: p.pod.status.reason } : {}),
  };
}

export function podsTable(pods: readonly PodRow[], opts: TableOptions = {}): Table {
  return withCommon(
    {
      headers: ['NAME', 'READY', 'STATUS', 'RESTARTS'],
      rows: pods.map((p) => [
        p.name,
        `${(p.containersReady ?? p.ready) ? p.containers : 0}/${p.containers}`,
        podStatus(p),
        '0',
      ]),
    },
    pods, opts,
    ['IP', 'NODE', 'NOMINATED NODE', 'READINESS GATES'],
    pods.map((p) => [p.podIP || '<none>', p.nodeName || '<none>', '<none>', p.readinessGates ?? '<none>']),
  );
}

export interface NodeRow {
  name: string;
  ready: boolean;
  /** spec.unschedulable (`kubectl cordon`): the only thing STATUS calls SchedulingDisabled. */
  unschedulable: boolean;
  labels: Readonly<Record<string, string>>;
  internalIP: string;
  externalIP?: string;
}

const LABEL_NODE_ROLE_PREFIX = 'node-role.kubernetes.io/';
const LABEL_NODE_ROLE = 'kubernetes.io/role';

/**
 * ROLES as kubectl's findNodeRoles (printers.go): the `<role>` of every `node-role.kubernetes.io/<role>` label and
 * the value of a non-empty `kubernetes.io/role` label, sorted and de-duplicated, joined with commas; `<none>`.
 */
export function nodeRoles(labels: Readonly<Record<string, string>>): string {
  const roles = new Set<string>();
  for (const [k, v] of Object.entries(labels)) {
    if (k.startsWith(LABEL_NODE_ROLE_PREFIX)) {
      const role = k.slice(LABEL_NODE_ROLE_PREFIX.length);
      if (role) roles.add(role);
    } else if (k === LABEL_NODE_ROLE && v !== '') roles.add(v);
  }
  const list = [...roles].sort();
  return list.length ? list.join(',') : '<none>';
}

/**
 * printNode: STATUS is the Ready condition (`Ready`/`NotReady`), plus `SchedulingDisabled` when the node is cordoned
 * (spec.unschedulable) — a taint, a control plane or a NotReady node do not add it.
 */
export function nodesTable(nodes: readonly NodeRow[], opts: TableOptions = {}): Table {
  const keys = nodes.map((n) => ({ namespace: '', name: n.name }));
  return withCommon(
    {
      headers: ['NAME', 'STATUS', 'ROLES'],
      rows: nodes.map((n) => [
        n.name,
        `${n.ready ? 'Ready' : 'NotReady'}${n.unschedulable ? ',SchedulingDisabled' : ''}`,
        nodeRoles(n.labels),
      ]),
    },
    keys, { ...opts, allNamespaces: false },
    ['INTERNAL-IP', 'EXTERNAL-IP'],
    nodes.map((n) => [n.internalIP || '<none>', n.externalIP || '<none>']),
  );
}

// ---------------------------------------------------------------- Ingress

/**
 * HOSTS as kubectl's formatHosts (printers.go): up to three rule hosts, then "+ N more..." (N counts every rule
 * past the third, with a host or not), `*` when none.
 */
export function ingressHosts(ing: Ingress): string {
  const max = 3;
  const list: string[] = [];
  let more = false;
  for (const rule of ing.spec.rules) {
    if (list.length === max) more = true;
    if (!more && rule.host) list.push(rule.host);
  }
  if (!list.length) return '*';
  return more ? `${list.join(',')} + ${ing.spec.rules.length - max} more...` : list.join(',');
}

export interface IngressRow {
  ingress: Ingress;
  /** The address the controller published (status.loadBalancer.ingress). */
  address: readonly LoadBalancerIngress[];
}

export function ingressesTable(ings: readonly IngressRow[], opts: TableOptions = {}): Table {
  return withCommon(
    {
      headers: ['NAME', 'CLASS', 'HOSTS', 'ADDRESS', 'PORTS'],
      rows: ings.map(({ ingress, address }) => [
        ingress.metadata.name,
        ingress.spec.ingressClassName ?? '<none>',
        ingressHosts(ingress),
        loadBalancerStatus(address, opts.wide),
        ingress.spec.tls.length ? '80, 443' : '80',
      ]),
    },
    ings.map((i) => i.ingress.metadata), opts,
  );
}

export function ingressClassesTable(classes: readonly IngressClass[], opts: TableOptions = {}): Table {
  return withCommon(
    {
      headers: ['NAME', 'CONTROLLER', 'PARAMETERS'],
      rows: classes.map((c) => {
        const p = c.spec.parameters;
        const params = p ? `${p.kind}${p.apiGroup ? `.${p.apiGroup}` : ''}/${p.name}` : '<none>';
        return [c.metadata.name, c.spec.controller, params];
      }),
    },
    classes.map((c) => c.metadata), { ...opts, allNamespaces: false },
  );
}
