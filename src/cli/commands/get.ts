/**
 * `podpath get KIND[,KIND…] [NAME…]`: the simulated cluster as `kubectl get` prints it (tables from
 * src/format/kubectl.ts), or as a kubectl-style `List` with -o json / -o yaml, or `kind/name` with -o name.
 */
import { kubernetesShape } from '../../format/object';
import { stringify } from 'yaml';
import type { Simulation } from '../../engine';
import {
  endpointSlicesTable, endpointsTable, ingressClassesTable, ingressesTable, nodesTable, podRow, podsTable, renderTable,
  servicesTable, type Table, type TableOptions,
} from '../../format/kubectl';
import { bool, str } from '../args';
import type { Command } from '../command';
import { HELP_FLAG, INPUT_FLAGS, loadSimulation } from '../common';
import { CliError } from '../input';

interface Row {
  namespace: string;
  name: string;
  /** The object for -o json/yaml. */
  object: unknown;
}

interface KindDef {
  resource: string;
  aliases: readonly string[];
  /** kubectl's `kind.group` prefix of names when several kinds are listed (and of -o name). */
  prefix: string;
  namespaced: boolean;
  rows(sim: Simulation): Row[];
  table(rows: Row[], opts: TableOptions): Table;
}

/** Drop the engine's bookkeeping (where it was written, who created it) from an object for output. */
function clean<T extends object>(o: T): Omit<T, 'source' | 'createdBy'> {
  const { source: _s, createdBy: _c, ...rest } = o as T & { source?: unknown; createdBy?: unknown };
  return rest;
}

const cast = <T,>(rows: Row[]) => rows.map((r) => r.object as T);

export const KINDS: readonly KindDef[] = [
  {
    resource: 'services', aliases: ['service', 'svc'], prefix: 'service', namespaced: true,
    rows: (sim) => sim.cluster.services.map((s) => ({
      namespace: s.namespace, name: s.name,
      object: { ...s, service: s.service },
    })),
    table: (rows, o) => servicesTable(cast(rows), o),
  },
  {
    resource: 'endpoints', aliases: ['endpoint', 'ep'], prefix: 'endpoints', namespaced: true,
    rows: (sim) => (sim.cluster.endpoints ?? []).map((e) => ({ namespace: e.metadata.namespace, name: e.metadata.name, object: e })),
    table: (rows, o) => endpointsTable(cast(rows), o),
  },
  {
    resource: 'endpointslices', aliases: ['endpointslice'], prefix: 'endpointslice.discovery.k8s.io', namespaced: true,
    rows: (sim) => sim.cluster.endpointSlices.map((e) => ({ namespace: e.metadata.namespace, name: e.metadata.name, object: e })),
    table: (rows, o) => endpointSlicesTable(cast(rows), o),
  },
  {
    resource: 'pods', aliases: ['pod', 'po'], prefix: 'pod', namespaced: true,
    rows: (sim) => sim.cluster.pods.map((p) => ({ namespace: p.namespace, name: p.name, object: p })),
    table: (rows, o) => podsTable(cast<Simulation['cluster']['pods'][number]>(rows).map(podRow), o),
  },
  {
    resource: 'nodes', aliases: ['node', 'no'], prefix: 'node', namespaced: false,
    rows: (sim) => sim.cluster.nodes.map((n) => ({ namespace: '', name: n.name, object: n })),
    table: (rows, o) => nodesTable(cast(rows), o),
  },
  {
    resource: 'ingresses', aliases: ['ingress', 'ing'], prefix: 'ingress.networking.k8s.io', namespaced: true,
    rows: (sim) => sim.cluster.ingresses.map((i) => ({
      namespace: i.metadata.namespace, name: i.metadata.name,
      object: { ingress: i, address: sim.cluster.ingressAddresses?.[`${i.metadata.namespace}/${i.metadata.name}`] ?? i.status.loadBalancer.ingress },
    })),
    table: (rows, o) => ingressesTable(cast(rows), o),
  },
  {
    resource: 'ingressclasses', aliases: ['ingressclass'], prefix: 'ingressclass.networking.k8s.io', namespaced: false,
    rows: (sim) => sim.cluster.ingressClasses.map((c) => ({ namespace: '', name: c.metadata.name, object: c })),
    table: (rows, o) => ingressClassesTable(cast(rows), o),
  },
  {
    resource: 'namespaces', aliases: ['namespace', 'ns'], prefix: 'namespace', namespaced: false,
    rows: (sim) => sim.cluster.namespaces.map((n) => ({ namespace: '', name: n, object: n })),
    table: (rows) => ({ headers: ['NAME', 'STATUS'], rows: rows.map((r) => [r.name, 'Active']) }),
  },
];

export function findKind(word: string): KindDef | undefined {
  const w = word.toLowerCase();
  return KINDS.find((k) => k.resource === w || k.aliases.includes(w));
}

/**
 * The object as -o json/yaml prints it: a Kubernetes object with the simulation's allocations filled in, in
 * Kubernetes' own shape (no engine-only fields such as metadata.terminating; sessionAffinityConfig as written).
 */
function toKubeObject(kind: KindDef, row: Row): unknown {
  const o = toKubeObjectRaw(kind, row) as { kind?: unknown; metadata?: unknown };
  return typeof o.kind === 'string' && typeof o.metadata === 'object' && o.metadata !== null
    ? kubernetesShape(o as Parameters<typeof kubernetesShape>[0])
    : o;
}

function toKubeObjectRaw(kind: KindDef, row: Row): unknown {
  const o = row.object as Record<string, never>;
  switch (kind.resource) {
    case 'services': {
      const s = o as unknown as Simulation['cluster']['services'][number];
      const svc = clean(s.service);
      return {
        ...svc,
        spec: { ...svc.spec, ...(s.clusterIPs.length ? { clusterIP: s.clusterIPs[0], clusterIPs: s.clusterIPs } : {}) },
        status: { loadBalancer: { ingress: s.loadBalancerIngress } },
      };
    }
    case 'pods': {
      const p = o as unknown as Simulation['cluster']['pods'][number];
      const pod = clean(p.pod);
      return {
        ...pod,
        spec: { ...pod.spec, nodeName: p.nodeName || pod.spec.nodeName },
        status: { ...pod.status, phase: p.phase, podIP: p.podIP || pod.status.podIP, hostIP: p.hostIP || pod.status.hostIP },
      };
    }
    case 'nodes': {
      const n = o as unknown as Simulation['cluster']['nodes'][number];
      return {
        apiVersion: 'v1', kind: 'Node',
        metadata: { name: n.name, labels: n.labels },
        spec: { podCIDR: n.podCIDR, podCIDRs: [n.podCIDR], unschedulable: !n.schedulable },
        status: {
          addresses: [
            { type: 'InternalIP', address: n.internalIP },
            ...(n.externalIP ? [{ type: 'ExternalIP', address: n.externalIP }] : []),
            { type: 'Hostname', address: n.name },
          ],
          conditions: [{ type: 'Ready', status: n.ready ? 'True' : 'False' }],
        },
      };
    }
    case 'ingresses': {
      const { ingress, address } = o as unknown as { ingress: Simulation['cluster']['ingresses'][number]; address: unknown };
      return { ...clean(ingress), status: { loadBalancer: { ingress: address } } };
    }
    case 'namespaces':
      return { apiVersion: 'v1', kind: 'Namespace', metadata: { name: row.name }, status: { phase: 'Active' } };
    default:
      return clean(o as object);
  }
}

export const getCommand: Command = {
  name: 'get',
  summary: 'list objects of the simulated cluster as kubectl get does (with addresses and ports allocated)',
  usage: 'podpath get KIND[,KIND…] [NAME…] [-n NS | -A] [-o wide|json|yaml|name] [-f FILE]',
  flags: [
    { names: ['-n', '--namespace'], key: 'namespace', kind: 'string', value: 'NS', help: 'the namespace (default: default)' },
    { names: ['-A', '--all-namespaces'], key: 'all', kind: 'boolean', help: 'every namespace (adds a NAMESPACE column)' },
    { names: ['-o', '--output'], key: 'output', kind: 'string', value: 'FORMAT', help: 'wide, json, yaml or name' },
    ...INPUT_FLAGS, HELP_FLAG,
  ],
  details: [
    `Kinds: ${KINDS.map((k) => `${k.resource} (${k.aliases.join(', ')})`).join(', ')}.`,
    'There is no AGE column: a simulation has no clock.',
    'Exit status 0; 1 when a NAME was not found; 2 for a bad file or flag.',
    'Examples:',
    '  podpath get svc -A -f app.yaml',
    '  podpath get pods,svc -o wide -f app.yaml',
    '  podpath get ingress web -o json -f app.yaml',
  ].join('\n'),
  async run(args, io) {
    const [kindsArg, ...names] = args.positionals;
    if (!kindsArg) throw new CliError(`which kind? usage: podpath get KIND[,KIND…] (kinds: ${KINDS.map((k) => k.resource).join(', ')})`);
    const kinds = kindsArg.split(',').filter(Boolean).map((w) => {
      const k = findKind(w.split('.')[0]);
      if (!k) throw new CliError(`the server doesn't have a resource type "${w}" (kinds: ${KINDS.map((x) => x.resource).join(', ')})`);
      return k;
    });
    const output = str(args, 'output') ?? '';
    if (!['', 'wide', 'json', 'yaml', 'name'].includes(output)) throw new CliError(`-o takes wide, json, yaml or name, got "${output}"`);
    const all = bool(args, 'all');
    const namespace = str(args, 'namespace') ?? 'default';
    if (all && names.length) throw new CliError('a resource cannot be retrieved by name across all namespaces');
    const { sim } = await loadSimulation(args, io);

    const opts: TableOptions = { allNamespaces: all, wide: output === 'wide' };
    const picked: { kind: KindDef; rows: Row[] }[] = [];
    let missing = 0;
    for (const kind of kinds) {
      let rows = kind.rows(sim).filter((r) => !kind.namespaced || all || r.namespace === namespace);
      rows.sort((a, b) => a.namespace.localeCompare(b.namespace) || a.name.localeCompare(b.name));
      if (names.length) {
        for (const n of names) {
          if (!rows.some((r) => r.name === n)) {
            io.stderr(`Error from server (NotFound): ${kind.resource} "${n}" not found${kind.namespaced ? ` in namespace "${namespace}"` : ''}\n`);
            missing++;
          }
        }
        rows = rows.filter((r) => names.includes(r.name));
      }
      picked.push({ kind, rows });
    }

    if (output === 'json' || output === 'yaml') {
      const items = picked.flatMap(({ kind, rows }) => rows.map((r) => toKubeObject(kind, r)));
      const list = { apiVersion: 'v1', kind: 'List', items, metadata: { resourceVersion: '' } };
      // No anchors or aliases: simulated objects share data (a ReplicaSet's pods share its template's), and kubectl
      // prints every object in full.
      io.stdout(output === 'json' ? `${JSON.stringify(list, null, 4)}\n` : stringify(list, { aliasDuplicateObjects: false }));
      return missing ? 1 : 0;
    }
    if (output === 'name') {
      io.stdout(picked.flatMap(({ kind, rows }) => rows.map((r) => `${kind.prefix}/${r.name}\n`)).join(''));
      return missing ? 1 : 0;
    }
    const prefixed = kinds.length > 1;
    const tables: string[] = [];
    for (const { kind, rows } of picked) {
      if (!rows.length) continue;
      const t = kind.table(rows, { ...opts, allNamespaces: opts.allNamespaces && kind.namespaced });
      if (prefixed) {
        const col = t.headers.indexOf('NAME');
        t.rows.forEach((r) => { r[col] = `${kind.prefix}/${r[col]}`; });
      }
      tables.push(renderTable(t));
    }
    if (!tables.length && !missing) {
      io.stderr(all ? 'No resources found\n' : `No resources found in ${namespace} namespace.\n`);
    }
    io.stdout(tables.join('\n'));
    return missing ? 1 : 0;
  },
};
