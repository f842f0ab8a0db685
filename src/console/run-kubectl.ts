/**
 * `kubectl get` over the simulated cluster, printed by src/format/kubectl. Several resource types at once
 * print one table each, names prefixed with the type (`service/web`), like kubectl.
 */
import type { Simulation } from '../engine';
import { notFoundError } from '../format/kubectl-objects';
import {
  endpointSlicesTable, endpointsTable, formatTable, ingressClassesTable, ingressesTable, nodesTable, podRow, podsTable,
  renderTable, servicesTable, type Table,
} from '../format/kubectl';
import type { ConsoleResult, KubectlGetRequest, KubectlResource } from './types';

const PREFIX: Readonly<Record<KubectlResource, string>> = {
  services: 'service', endpoints: 'endpoints', endpointslices: 'endpointslice.discovery.k8s.io',
  ingresses: 'ingress.networking.k8s.io', ingressclasses: 'ingressclass.networking.k8s.io', pods: 'pod',
  nodes: 'node', namespaces: 'namespace',
};
const CLUSTER_SCOPED: ReadonlySet<KubectlResource> = new Set(['nodes', 'namespaces', 'ingressclasses']);

function tableFor(r: KubectlResource, sim: Simulation, req: KubectlGetRequest, ns: string | undefined): Table {
  const c = sim.cluster;
  const opts = { allNamespaces: req.allNamespaces && !CLUSTER_SCOPED.has(r), wide: req.wide };
  const inNs = <T extends { namespace: string; name: string }>(xs: readonly T[]) =>
    xs.filter((x) => (ns === undefined || x.namespace === ns) && (req.names.length === 0 || req.names.includes(x.name)));
  const meta = <T extends { metadata: { namespace: string; name: string } }>(xs: readonly T[]) =>
    xs.filter((x) => (ns === undefined || x.metadata.namespace === ns) && (req.names.length === 0 || req.names.includes(x.metadata.name)));
  const named = <T extends { name: string }>(xs: readonly T[]) => xs.filter((x) => req.names.length === 0 || req.names.includes(x.name));
  switch (r) {
    case 'services': return servicesTable(inNs(c.services), opts);
    case 'endpoints': return endpointsTable(meta(c.endpoints ?? []), opts);
    case 'endpointslices': return endpointSlicesTable(meta(c.endpointSlices), opts);
    case 'ingresses': return ingressesTable(meta(c.ingresses).map((ingress) => ({
      ingress, address: c.ingressAddresses?.[`${ingress.metadata.namespace}/${ingress.metadata.name}`] ?? ingress.status.loadBalancer.ingress,
    })), opts);
    case 'ingressclasses': return ingressClassesTable(c.ingressClasses.filter((x) => req.names.length === 0 || req.names.includes(x.metadata.name)), opts);
    case 'pods': return podsTable(inNs(c.pods).map(podRow), opts);
    case 'nodes': return nodesTable(named(c.nodes), opts);
    case 'namespaces': {
      const names = c.namespaces.filter((n) => req.names.length === 0 || req.names.includes(n));
      return { headers: ['NAME', 'STATUS'], rows: names.map((n) => [n, 'Active']) };
    }
    default: {
      const never: never = r;
      return never;
    }
  }
}

export function runKubectlGet(req: KubectlGetRequest, sim: Simulation): ConsoleResult {
  const ns = req.allNamespaces ? undefined : (req.namespace ?? 'default');
  const scope = (r: KubectlResource) => (CLUSTER_SCOPED.has(r) ? undefined : ns);
  // Each TYPE/NAME asked for (svc/web pod/web-0), else every type with every name: what kubectl fetches one by one.
  const asked = req.tuples ?? req.resources.flatMap((resource) => req.names.map((name) => ({ resource, name })));
  if (asked.some((a) => a.name === '')) return { output: 'error: resource name may not be empty\n', stdout: '', exitCode: 1 };
  const parts: string[] = [];
  for (const r of req.resources) {
    const names = req.tuples ? req.tuples.filter((t) => t.resource === r).map((t) => t.name) : req.names;
    const t = tableFor(r, sim, { ...req, names }, scope(r));
    if (t.rows.length === 0) continue;
    if (req.resources.length > 1) {
      const nameCol = t.headers.indexOf('NAME');
      t.rows = t.rows.map((row) => row.map((cell, i) => (i === nameCol ? `${PREFIX[r]}/${cell}` : cell)));
    }
    parts.push(renderTable(t));
  }
  // One NotFound per name that is not there, after the tables (stderr), as kubectl reports each failed GET.
  const missing = asked.filter((a) => tableFor(a.resource, sim, { ...req, names: [a.name] }, scope(a.resource)).rows.length === 0);
  const errors = missing.map((a) => `${notFoundError(a.resource, a.name)}\n`).join('');
  if (parts.length === 0 && asked.length === 0) {
    // get.go: `No resources found in NS namespace.` when every type asked is namespaced and -A was not given;
    // otherwise fmt.Fprintln(…, "No resources found"), without a period.
    const namespaced = ns !== undefined && !req.resources.some((r) => CLUSTER_SCOPED.has(r));
    return { output: namespaced ? `No resources found in ${ns} namespace.\n` : 'No resources found\n', exitCode: 0 };
  }
  const tables = parts.join('\n');
  return { output: tables + errors, stdout: tables, exitCode: missing.length ? 1 : 0 };
}

export { formatTable };
