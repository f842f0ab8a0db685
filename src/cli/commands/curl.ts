/**
 * `podpath curl URL`: send a simulated HTTP request from a client outside the cluster, a pod or a node,
 * and print it as `curl -v` would, followed by the echo server's body; or the routing as JSON.
 */
import { parseRequestUrl } from '../../request/url';
import ipaddr from 'ipaddr.js';
import { curlView as sharedCurlView, formatCurlSummary, formatCurlVerbose, type CurlView } from '../../format/curl';
import type { Trace } from '../../trace/types';
import { bool, list, str } from '../args';
import type { Command } from '../command';
import { HELP_FLAG, INPUT_FLAGS, JSON_FLAG, TRACE_FLAG, formatSteps, intFlag, loadSimulation, printJSON, requirePod, stepJSON } from '../common';
import { CliError } from '../input';
import { clusterCAFile } from '../../console/curl';
import { need, requestModule } from '../modules';
import type { CurlRequest, RequestOutcome, RequestSource } from '../../request/types';

export interface ParsedUrl {
  scheme: 'http' | 'https';
  host: string;
  port: number;
  path: string;
}

/** `http://host:port/path`, `https://…`, or `host/path` (http). */
export function parseUrl(raw: string): ParsedUrl | undefined {
  // One parser for the engine, the CLI and the console (src/request/url.ts), so they never disagree on a URL.
  const u = parseRequestUrl(raw);
  return u ? { scheme: u.scheme, host: u.host, port: u.port, path: u.path } : undefined;
}

export interface CurlHeader {
  name: string;
  value: string;
}

export function parseHeader(h: string): CurlHeader {
  const colon = h.indexOf(':');
  if (colon <= 0) throw new CliError(`-H takes 'Name: value', got "${h}"`);
  return { name: h.slice(0, colon).trim(), value: h.slice(colon + 1).trim() };
}

export function parseResolve(r: string): { host: string; port: number; address: string } {
  const m = /^([^:]+):(\d{1,5}):(.+)$/.exec(r);
  if (!m) throw new CliError(`--resolve takes HOST:PORT:ADDRESS, got "${r}"`);
  return { host: m[1].toLowerCase(), port: Number(m[2]), address: m[3].replace(/^\[|\]$/g, '') };
}

/** The JSON contract of one request. */
export function curlJSON(t: Trace<RequestOutcome>) {
  const o = t.outcome;
  const n = <T,>(v: T | undefined) => (v === undefined ? null : v);
  return {
    outcome: o.outcome,
    httpStatus: n(o.httpStatus),
    backend: n(o.backend),
    ingress: n(o.ingress),
    pod: n(o.pod),
    endpoint: n(o.endpoint),
    clientIPSeen: n(o.clientIPSeen),
    reason: n(o.reason),
    connectedTo: n(o.connectedTo),
    body: n(o.body),
    steps: t.steps.map(stepJSON),
  };
}

/** Did a response come back? */
export const answered = (o: RequestOutcome): boolean => o.httpStatus !== null && o.httpStatus !== undefined;

/** The first address the client sent a TCP packet to (what curl "tries"). */
/** The trace as curl -v shows it (the shared view in src/format/curl.ts). */
export function curlView(
  url: string, u: ParsedUrl, method: string, headers: readonly CurlHeader[], t: Trace<RequestOutcome>,
): CurlView {
  return sharedCurlView({ method, url, scheme: u.scheme, host: u.host, port: u.port, path: u.path, headers }, t);
}

export const curlCommand: Command = {
  name: 'curl',
  summary: 'send a simulated HTTP request and show how it finds its pod (curl -v output, or JSON)',
  usage: 'podpath curl URL [--from external|internet|lan|NS/POD|node/NAME] [-H "Name: value"]… [--resolve HOST:PORT:ADDR] [--repeat N] [-f FILE] [--json]',
  flags: [
    { names: ['--from'], key: 'from', kind: 'string', value: 'WHERE', help: 'external (default), internet, lan, NS/POD or node/NAME' },
    { names: ['--client-ip'], key: 'clientIP', kind: 'string', value: 'IP', help: "the client's source address (default: the World client's)" },
    { names: ['-H', '--header'], key: 'header', kind: 'list', value: "'Name: value'", help: 'a request header' },
    { names: ['--resolve'], key: 'resolve', kind: 'list', value: 'HOST:PORT:ADDR', help: 'skip DNS for HOST:PORT, as curl --resolve' },
    { names: ['-X', '--request'], key: 'method', kind: 'string', value: 'METHOD', help: 'the HTTP method (default GET)' },
    { names: ['--repeat'], key: 'repeat', kind: 'string', value: 'N', help: 'send the request N times (load balancing, session affinity)' },
    { names: ['--seed'], key: 'seed', kind: 'string', value: 'N', help: 'seed of the endpoint choice (same seed, same pods)' },
    { names: ['-v', '--verbose'], key: 'verbose', kind: 'boolean', help: 'accepted for habit: the output is always curl -v\'s' },
    { names: ['--cacert'], key: 'cacert', kind: 'string', value: 'FILE', help: 'the cluster CA: /var/run/secrets/kubernetes.io/serviceaccount/ca.crt (--from a pod) or /etc/kubernetes/pki/ca.crt (--from node/NAME), which kube-apiserver\'s certificate is checked against' },
    { names: ['-k', '--insecure'], key: 'insecure', kind: 'boolean', help: 'do not check the server\'s certificate (without it, ingress-nginx\'s fake certificate and kube-apiserver\'s are refused, as curl refuses them)' },
    ...INPUT_FLAGS, JSON_FLAG, TRACE_FLAG, HELP_FLAG,
  ],
  details: [
    'Exit status 0 when an HTTP response came back (whatever its status), 1 when the request got none',
    '(could not resolve, refused, timed out, dropped, certificate refused), 2 for a bad file or flag.',
    'With --repeat N (N > 1) the text is one line per request and how they spread over the pods.',
    'JSON: one object (an array of them with --repeat): { outcome, httpStatus, backend, ingress, pod, endpoint, clientIPSeen, steps }.',
    'Examples:',
    '  podpath curl http://203.0.113.10/path1/ -H "Host: sample.example.com" -f app.yaml',
    '  podpath curl http://web.default.svc.cluster.local --from default/client -f app.yaml',
    '  podpath curl http://192.168.0.11:30080/ --from lan --repeat 5 --json -f app.yaml',
  ].join('\n'),
  async run(args, io) {
    if (args.positionals.length !== 1) throw new CliError('which URL? usage: podpath curl URL');
    const url = args.positionals[0];
    const u = parseUrl(url);
    if (!u) throw new CliError(`"${url}" is not an http:// or https:// URL`);
    const headers = list(args, 'header').map(parseHeader);
    const resolveArgs = list(args, 'resolve');
    resolveArgs.forEach(parseResolve);
    const repeat = intFlag(args, 'repeat', '--repeat', 1, 1000);
    const seed = intFlag(args, 'seed', '--seed', 0, 2 ** 32 - 1);
    const method = (str(args, 'method') ?? 'GET').toUpperCase();
    const clientIP = str(args, 'clientIP');
    if (clientIP !== undefined && !ipaddr.isValid(clientIP)) throw new CliError(`--client-ip takes an IP address, got "${clientIP}"`);
    const fromArg = str(args, 'from') ?? 'external';
    const { sim } = await loadSimulation(args, io);
    let from: RequestSource;
    if (fromArg === 'external' || fromArg === 'internet') from = { kind: 'client', name: 'internet' };
    else if (fromArg === 'lan') from = { kind: 'client', name: 'lan' };
    else if (fromArg.startsWith('node/')) {
      const name = fromArg.slice(5);
      if (!sim.cluster.nodes.some((n) => n.name === name)) throw new CliError(`no node ${name} (nodes: ${sim.cluster.nodes.map((n) => n.name).join(', ')})`);
      from = { kind: 'node', name };
    } else if (sim.cluster.world.clients.some((c) => c.name === fromArg)) from = { kind: 'client', name: fromArg };
    else if (sim.cluster.world.lan.hosts.some((h) => h.name === fromArg)) from = { kind: 'lanHost', name: fromArg };
    else from = { kind: 'pod', ...requirePod(sim, fromArg) };

    const cacert = str(args, 'cacert');
    if (cacert !== undefined) {
      const ca = clusterCAFile(cacert, from.kind === 'pod' || from.kind === 'node' ? from.kind : 'client');
      if (!ca.ok) throw new CliError(ca.message.replace(/^curl: /, ''));
    }
    const mod = await requestModule();
    const request: CurlRequest = {
      from, url, method,
      headers: Object.fromEntries(headers.map((h) => [h.name, h.value])),
      resolve: resolveArgs,
      ...(clientIP ? { clientIP } : {}),
      ...(seed !== undefined ? { seed } : {}),
      ...(bool(args, 'insecure') ? { insecure: true } : {}),
      ...(cacert !== undefined ? { trustClusterCA: true } : {}),
    };
    const curl = need(mod.curl, 'curl');
    const traces: Trace<RequestOutcome>[] = [];
    if (repeat !== undefined) {
      const many = mod.curlRepeat?.(sim, request, repeat);
      if (many) traces.push(...(Array.isArray(many) ? many : (many as { traces: Trace<RequestOutcome>[] }).traces));
      else for (let i = 0; i < repeat; i++) traces.push(curl(sim, { ...request, requestIndex: i }));
    } else {
      traces.push(curl(sim, request));
    }
    if (bool(args, 'trace')) for (const t of traces) io.stderr(formatSteps(t.steps));
    const ok = traces.every((t) => answered(t.outcome));
    if (bool(args, 'json')) {
      printJSON(io, repeat !== undefined ? traces.map(curlJSON) : curlJSON(traces[0]));
      return ok ? 0 : 1;
    }
    if (repeat !== undefined && repeat > 1) {
      io.stdout(formatCurlSummary(traces.map(({ outcome: o }) => ({
        status: o.httpStatus ?? null, outcome: o.outcome, pod: o.pod, endpoint: o.endpoint, clientIPSeen: o.clientIPSeen,
      }))));
    } else {
      io.stdout(formatCurlVerbose(curlView(url, u, method, headers, traces[0])));
    }
    return ok ? 0 : 1;
  },
};
