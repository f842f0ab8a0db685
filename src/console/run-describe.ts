/**
 * `kubectl describe svc|ingress` over the simulated cluster, printed by src/format/describe.
 * As kubectl's describe command (pkg/cmd/describe/describe.go): several objects are separated by two blank
 * lines; one name that does not exist falls back to every object whose name starts with it (so
 * `kubectl describe svc web` also finds `web-headless` when there is no `web`); no object at all is NotFound.
 */
import type { Simulation } from '../engine';
import { describeIngress, describeService, KubectlPanic, slicesOf } from '../format/describe';
import { notFoundError } from '../format/kubectl-objects';
import type { ConsoleResult, KubectlDescribeRequest } from './types';

interface Named {
  namespace: string;
  name: string;
  describe(): string;
}

function candidates(req: KubectlDescribeRequest, sim: Simulation): Named[] {
  const c = sim.cluster;
  if (req.resource === 'services') {
    return c.services.map((s) => ({ namespace: s.namespace, name: s.name, describe: () => describeService(s, slicesOf(c.endpointSlices, s.namespace, s.name)) }));
  }
  const look = {
    service: (ns: string, name: string) => c.services.find((s) => s.namespace === ns && s.name === name),
    slices: (ns: string, name: string) => slicesOf(c.endpointSlices, ns, name),
  };
  return c.ingresses.map((ing) => {
    const { namespace, name } = ing.metadata;
    const address = c.ingressAddresses[`${namespace}/${name}`] ?? ing.status.loadBalancer.ingress;
    return { namespace, name, describe: () => describeIngress(ing, address, look) };
  });
}

const byNsName = (a: Named, b: Named) => (a.namespace === b.namespace ? cmp(a.name, b.name) : cmp(a.namespace, b.namespace));
const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** What `kubectl describe` prints: `out` (stdout), one NotFound line per missing name (stderr). */
export interface Described {
  out: string;
  errors: string[];
  /** `No resources found…` (stderr) when nothing was asked by name and there is nothing to describe. */
  none?: string;
}

/**
 * As kubectl 1.32's describe command (pkg/cmd/describe/describe.go): the objects asked for, each description after
 * the first preceded by "\n\n" (two blank lines, as each ends with its own newline). One name given as `TYPE NAME` that does not exist falls back to
 * DescribeMatchingResources: every object whose name starts with it, each printed with `%s\n` (so a blank line
 * follows each one); none matching is the NotFound of the name itself.
 */
export function describeObjects(req: KubectlDescribeRequest, sim: Simulation): Described {
  // An empty name (`kubectl describe svc "$UNSET"`) is refused before anything is fetched.
  if (req.names.includes('')) return { out: '', errors: ['error: resource name may not be empty'] };
  const ns = req.allNamespaces ? undefined : (req.namespace ?? 'default');
  const inScope = candidates(req, sim).filter((o) => ns === undefined || o.namespace === ns).sort(byNsName);
  if (req.names.length === 0) {
    // `No resources found in NS namespace.` for one namespace; across all of them, no period (fmt.Fprintln).
    if (inScope.length === 0) return { out: '', errors: [], none: ns === undefined ? 'No resources found' : `No resources found in ${ns} namespace.` };
    return { out: inScope.map((o) => o.describe()).join('\n\n'), errors: [] };
  }
  if (req.names.length === 1 && !req.slashForm && !inScope.some((o) => o.name === req.names[0])) {
    const matches = inScope.filter((o) => o.name.startsWith(req.names[0]));
    if (matches.length > 0) return { out: matches.map((o) => `${o.describe()}\n`).join(''), errors: [] };
  }
  const chosen: Named[] = [];
  const errors: string[] = [];
  for (const name of req.names) {
    const found = inScope.filter((o) => o.name === name);
    if (found.length === 0) errors.push(notFoundError(req.resource, name));
    chosen.push(...found);
  }
  return { out: chosen.map((o) => o.describe()).join('\n\n'), errors };
}

export function runKubectlDescribe(req: KubectlDescribeRequest, sim: Simulation): ConsoleResult {
  let d: Described;
  try {
    d = describeObjects(req, sim);
  } catch (e) {
    if (!(e instanceof KubectlPanic)) throw e;
    return { output: `${e.message}\n`, exitCode: 2 };
  }
  // `No resources found` and NotFound go to standard error: $(kubectl describe …) holds only the descriptions.
  if (d.none) return { output: `${d.none}\n`, stdout: '', exitCode: 0 };
  return { output: d.out + d.errors.map((e) => `${e}\n`).join(''), stdout: d.out, exitCode: d.errors.length ? 1 : 0 };
}
