/**
 * The console's command lines → requests for the engine. Pure: no DOM, no engine state.
 * Knows dig, nslookup, curl, cat /etc/resolv.conf, kubectl get and kubectl exec (which runs one of the
 * others from a pod), plus help and clear. Anything else becomes an `invalid` command whose message says
 * what is possible — the console never throws on what a learner types.
 */
import { parseCurl } from './curl';
import { parseDig, parseNslookup } from './dns-commands';
import { outputSupport, parseGoBool } from './kubectl-printers';
import { tokenize } from './tokenize';
import type { ConsoleCommand, ConsoleSource, DescribableResource, KubectlResource } from './types';

export const HELP_TEXT = [
  'Commands (run from the source picked on the left, or from a pod with kubectl exec):',
  '  dig [@server] NAME [TYPE] [+search] [+short]   DNS lookup (A, AAAA, SRV, CNAME, PTR, TXT; -x ADDR)',
  '  nslookup [-type=TYPE] NAME [SERVER]            lookup through the search list',
  "  curl [-v] [-k] [-H 'Host: NAME'] [--resolve HOST:PORT:ADDR] URL   (-k: no certificate check; --cacert: the cluster CA)",
  '  cat /etc/resolv.conf                           the resolver configuration',
  '  cat /etc/hosts                                 the hosts file, read before DNS',
  '  kubectl get svc,ep,endpointslices,ingress,pods,nodes [-A | -n NS] [-o wide]',
  "  kubectl get ingress NAME -o jsonpath='{.status.loadBalancer.ingress[0].ip}'   (also -o json, -o name)",
  '  kubectl describe svc|ingress [NAME] [-n NS]    a Service with its endpoints, an Ingress with its rules',
  '  kubectl exec [-it] POD [-n NS] -- COMMAND      run a command from a pod',
  '  clear, help',
  'Shell, as in bash (no pipes, redirections or loops):',
  '  NAME=value   export NAME=value   NAME=$(command)   NAME=`command`   unset NAME   X+=more',
  '  echo $NAME ${NAME} "$NAME" ~    a line ending in \\ goes on on the next line',
  '  cmd1; cmd2   cmd1 && cmd2   cmd1 || cmd2',
].join('\n');

const RESOURCE_ALIASES: Readonly<Record<string, KubectlResource>> = {
  svc: 'services', service: 'services', services: 'services',
  ep: 'endpoints', endpoints: 'endpoints',
  endpointslice: 'endpointslices', endpointslices: 'endpointslices', 'endpointslices.discovery.k8s.io': 'endpointslices',
  ing: 'ingresses', ingress: 'ingresses', ingresses: 'ingresses',
  ingressclass: 'ingressclasses', ingressclasses: 'ingressclasses',
  po: 'pods', pod: 'pods', pods: 'pods',
  no: 'nodes', node: 'nodes', nodes: 'nodes',
  ns: 'namespaces', namespace: 'namespaces', namespaces: 'namespaces',
};

/** `kubectl get all` in a real cluster lists pods, services and workloads; here: what the simulation has. */
const ALL: readonly KubectlResource[] = ['pods', 'services'];

export function parseCommandLine(line: string, source: ConsoleSource): ConsoleCommand {
  const { words, error } = tokenize(line);
  if (error) return { kind: 'invalid', message: `sh: ${error}` };
  return parseWords(words, source);
}

export function parseWords(words: readonly string[], source: ConsoleSource): ConsoleCommand {
  if (words.length === 0) return { kind: 'empty' };
  const [cmd, ...args] = words;
  switch (cmd) {
    case 'dig': return parseDig(args, source);
    case 'nslookup': return parseNslookup(args, source);
    case 'curl': return parseCurl(args, source);
    case 'cat':
      if (args.length === 1 && args[0] === '/etc/resolv.conf') return { kind: 'resolv.conf', source };
      if (args.length === 1 && args[0] === '/etc/hosts') return { kind: 'hosts', source };
      if (args.length > 1) return { kind: 'invalid', message: 'cat: one file at a time here: cat /etc/resolv.conf or cat /etc/hosts' };
      return { kind: 'invalid', message: `cat: only /etc/resolv.conf and /etc/hosts are simulated${args[0] ? ` (not ${args[0]})` : ''}` };
    case 'kubectl': return parseKubectl(args);
    case 'help': case '?': return { kind: 'help' };
    case 'clear': case 'cls': return { kind: 'clear' };
    case 'host': case 'ping': case 'wget': case 'ssh': case 'telnet': case 'nc':
      return { kind: 'invalid', message: `${cmd}: not simulated here. Try dig, nslookup or curl (type help).` };
    default:
      return { kind: 'invalid', message: `${cmd}: command not found. Type help to see what you can run.` };
  }
}

interface KubectlFlags {
  namespace?: string;
  allNamespaces: boolean;
  output?: string;
  template?: string;
  allowMissingTemplateKeys?: boolean;
  rest: string[];
  afterDashDash?: string[];
  error?: string;
}

/** Pull out the flags kubectl accepts anywhere (-n, -A, -o, -it, -c), keeping positional words in order. */
function kubectlFlags(args: readonly string[]): KubectlFlags {
  const f: KubectlFlags = { allNamespaces: false, rest: [] };
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '--') {
      f.afterDashDash = args.slice(i + 1);
      break;
    }
    const eq = /^(--namespace|-n|--output|-o|--container|-c|--template|--allow-missing-template-keys)=(.*)$/s.exec(a);
    const flag = eq ? eq[1] : a;
    const value = (): string | undefined => (eq ? eq[2] : args[++i]);
    // cobra's message for a flag at the end of the line with no value (kubectl 1.32).
    const needs = () => (flag.startsWith('--') ? `Error: flag needs an argument: ${flag}` : `Error: flag needs an argument: '${flag[1]}' in ${flag}`);
    if (flag === '-n' || flag === '--namespace') {
      f.namespace = value();
      if (f.namespace === undefined) f.error = needs();
    } else if (flag === '-o' || flag === '--output') {
      f.output = value();
      if (f.output === undefined) f.error = needs();
    } else if (flag === '-c' || flag === '--container') {
      value();
    } else if (flag === '--template') {
      f.template = value();
    } else if (flag === '--allow-missing-template-keys') {
      // A bool flag: only --flag=value sets false (a separate word is an argument).
      f.allowMissingTemplateKeys = eq ? parseGoBool(eq[2]) : true;
      if (f.allowMissingTemplateKeys === undefined) f.error = `Error: invalid argument "${eq?.[2]}" for "--allow-missing-template-keys" flag: strconv.ParseBool: parsing "${eq?.[2]}": invalid syntax`;
    } else if (a === '-A' || a === '--all-namespaces') f.allNamespaces = true;
    else if (/^-(i|t|it|ti)$/.test(a) || a === '--stdin' || a === '--tty' || a === '--quiet' || a === '-q') continue;
    else if (/^-n[a-z0-9]/.test(a)) f.namespace = a.slice(2);
    else if (/^-o./s.test(a)) f.output = a.slice(2); // -owide, -ojsonpath={…}
    else if (a.startsWith('-')) f.error = `kubectl: flag ${a} is not simulated`;
    else f.rest.push(a);
  }
  return f;
}

const DESCRIBABLE: Partial<Record<KubectlResource, DescribableResource>> = { services: 'services', ingresses: 'ingresses' };

/**
 * `kubectl describe svc|ingress [NAME…]`, `kubectl describe svc/NAME…`, with kubectl 1.32's messages
 * (resource types are case-sensitive; a name across all namespaces is refused, as for get).
 */
function parseDescribe(rest: readonly string[], f: KubectlFlags): ConsoleCommand {
  if (f.afterDashDash) return { kind: 'invalid', message: 'kubectl describe: unexpected --' };
  if (f.output !== undefined) return { kind: 'invalid', message: "error: unknown shorthand flag: 'o' in -o" };
  if (rest.length === 0) {
    return { kind: 'invalid', message: 'error: You must specify the type of resource to describe. Use "kubectl api-resources" for a complete list of supported resources.' };
  }
  const describe = parseDescribeArgs(rest);
  if (typeof describe === 'string') return { kind: 'invalid', message: describe };
  if (f.allNamespaces && describe.names.length > 0) return { kind: 'invalid', message: 'error: a resource cannot be retrieved by name across all namespaces' };
  return { kind: 'kubectl.describe', ...describe, namespace: f.namespace, allNamespaces: f.allNamespaces };
}

/** The resource and names of `kubectl describe`'s arguments (shared with `podpath describe`), or kubectl's error. */
export function parseDescribeArgs(rest: readonly string[]): { resource: DescribableResource; names: string[]; slashForm: boolean } | string {
  let type = rest[0];
  let names = rest.slice(1);
  const slashForm = type.includes('/');
  if (slashForm) {
    const pairs = rest.map((w) => w.split('/'));
    if (pairs.some((p) => p.length > 2)) return 'error: arguments in resource/name form may not have more than one slash';
    if (pairs.some((p) => p.length !== 2 || p[0] === '' || p[1] === '')) return 'error: arguments in resource/name form must have a single resource and name';
    if (pairs.some((p) => p[0] !== pairs[0][0])) return 'kubectl describe: one resource type at a time here';
    type = pairs[0][0];
    names = pairs.map((p) => p[1]);
  } else if (names.some((n) => n.includes('/'))) {
    return 'error: there is no need to specify a resource type as a separate argument when passing arguments in resource/name form (e.g. \'kubectl get resource/<resource_name>\' instead of \'kubectl get resource resource/<resource_name>\'';
  }
  const r = RESOURCE_ALIASES[type];
  const resource = r && DESCRIBABLE[r];
  if (!resource) return r ? `kubectl describe ${type}: not simulated here; describe svc and describe ingress are` : `error: the server doesn't have a resource type "${type}"`;
  return { resource, names, slashForm };
}

function parseKubectl(args: readonly string[]): ConsoleCommand {
  const f = kubectlFlags(args);
  if (f.error?.startsWith('Error: ')) {
    // A flag error cobra reports (exit 1), with the usage pointer of the command it was parsing.
    const verb = f.rest[0];
    return { kind: 'invalid', message: `${f.error}\nSee 'kubectl${verb === 'get' || verb === 'describe' || verb === 'exec' ? ` ${verb}` : ''} --help' for usage.`, exitCode: 1 };
  }
  if (f.error) return { kind: 'invalid', message: f.error };
  const [verb, ...rest] = f.rest;
  if (verb === 'get') {
    if (f.afterDashDash) return { kind: 'invalid', message: 'kubectl get: unexpected --' };
    if (rest.length === 0) return { kind: 'invalid', message: 'kubectl get: which resources? e.g. kubectl get svc,ep,pods -o wide' };
    const printed = f.output !== undefined && f.output !== 'wide' ? outputSupport(f.output, f.template) : undefined;
    if (printed && !printed.printed) return { kind: 'invalid', message: printed.message };
    if (f.output === undefined && f.template) return { kind: 'invalid', message: 'kubectl get: --template without -o is a go-template, which is not simulated; try -o jsonpath=TEMPLATE' };
    const output = printed ? { format: f.output as string, template: f.template, allowMissingKeys: f.allowMissingTemplateKeys ?? true } : undefined;
    const resources: KubectlResource[] = [];
    let names = rest.slice(1);
    let tuples: { resource: KubectlResource; name: string }[] | undefined;
    // `kubectl get svc/web pod/web-0` form.
    if (rest[0].includes('/')) {
      names = [];
      tuples = [];
      for (const word of rest) {
        const [type, name] = word.split('/', 2);
        const r = RESOURCE_ALIASES[type.toLowerCase()];
        if (!r || !name) return { kind: 'invalid', message: `kubectl get: cannot read ${word} (use TYPE/NAME)` };
        if (!resources.includes(r)) resources.push(r);
        names.push(name);
        tuples.push({ resource: r, name });
      }
    } else {
      for (const word of rest[0].split(',')) {
        const w = word.toLowerCase();
        const list = w === 'all' ? ALL : RESOURCE_ALIASES[w] ? [RESOURCE_ALIASES[w]] : undefined;
        if (!list) return { kind: 'invalid', message: `error: the server doesn't have a resource type "${word}" (simulated: svc, ep, endpointslices, ingress, ingressclass, pods, nodes, ns)` };
        for (const r of list) if (!resources.includes(r)) resources.push(r);
      }
    }
    return {
      kind: 'kubectl.get', resources, names, namespace: f.namespace, allNamespaces: f.allNamespaces, wide: f.output === 'wide',
      ...(output ? { output } : {}), ...(tuples ? { tuples } : {}),
    };
  }
  if (verb === 'exec') {
    let pod = rest[0];
    if (!pod) return { kind: 'invalid', message: 'kubectl exec: which pod? e.g. kubectl exec -it web-0 -- dig web' };
    if (pod.startsWith('pod/') || pod.startsWith('pods/')) pod = pod.slice(pod.indexOf('/') + 1);
    if (!f.afterDashDash || f.afterDashDash.length === 0) {
      return { kind: 'invalid', message: `kubectl exec: put the command after --, e.g. kubectl exec -it ${pod} -- cat /etc/resolv.conf` };
    }
    if (f.afterDashDash[0] === 'kubectl') return { kind: 'invalid', message: 'kubectl exec: there is no kubectl inside the pod' };
    const inner = f.afterDashDash[0] === 'sh' && f.afterDashDash[1] === '-c' && f.afterDashDash[2] !== undefined
      ? tokenize(f.afterDashDash[2]).words
      : f.afterDashDash;
    return parseWords(inner, { kind: 'pod', namespace: f.namespace ?? 'default', name: pod });
  }
  if (verb === 'describe') return parseDescribe(rest, f);
  if (verb === undefined) return { kind: 'invalid', message: 'kubectl: which command? get, describe or exec (type help)' };
  return { kind: 'invalid', message: `kubectl ${verb}: not simulated here; get, describe and exec are (type help)` };
}
