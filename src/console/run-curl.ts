/**
 * curl against the engine's request routing (src/request), printed like `curl` / `curl -v` (src/format/curl).
 */
import type { Simulation } from '../engine';
import { CURL_DEFAULT_HEADERS, formatCurlPlain, formatCurlVerbose, type CurlView } from '../format/curl';
import type { RequestOutcome, RequestSource } from '../request/types';
import type { Trace, TraceStep } from '../trace/types';
import { notReady, type ConsoleTools } from './tools';
import type { ConsoleResult, CurlRequest } from './types';

const answered = (o: RequestOutcome): boolean => o.httpStatus !== null && o.httpStatus !== undefined;

function firstDestination(steps: readonly TraceStep[]): { ip: string; port: number } | undefined {
  const s = steps.find((x) => x.packet && x.packet.protocol === 'TCP');
  return s?.packet ? { ip: s.packet.dst.ip, port: s.packet.dst.port } : undefined;
}

function curlError(o: RequestOutcome, req: CurlRequest, ip: string | undefined): CurlView['error'] {
  switch (o.outcome) {
    case 'dns-failure': return { code: 6, message: `Could not resolve host: ${req.host}` };
    case 'refused': return { code: 7, message: `Failed to connect to ${req.host} port ${req.port} after 0 ms: Couldn't connect to server` };
    case 'timeout':
    case 'dropped': return { code: 28, message: `Failed to connect to ${ip ?? req.host} port ${req.port} after 3000 ms: Timeout was reached` };
    default: return answered(o) ? undefined : { code: 52, message: 'Empty reply from server' };
  }
}

export function curlView(req: CurlRequest, t: Trace<RequestOutcome>): CurlView {
  const o = t.outcome;
  const dest = firstDestination(t.steps);
  const defaultPort = req.scheme === 'https' ? 443 : 80;
  const hostHeader = req.headers.find((h) => h.name.toLowerCase() === 'host')?.value ?? (req.port === defaultPort ? req.host : `${req.host}:${req.port}`);
  const requestHeaders: [string, string][] = [['Host', hostHeader]];
  for (const [k, v] of CURL_DEFAULT_HEADERS) if (!req.headers.some((h) => h.name.toLowerCase() === k.toLowerCase())) requestHeaders.push([k, v]);
  for (const h of req.headers) if (h.name.toLowerCase() !== 'host') requestHeaders.push([h.name, h.value]);
  const ok = answered(o);
  const responseHeaders: [string, string][] = Object.entries(o.headers ?? {});
  if (ok && !responseHeaders.some(([k]) => k.toLowerCase() === 'content-type')) responseHeaders.unshift(['Content-Type', 'text/plain']);
  const ip = o.outcome === 'dns-failure' ? undefined : dest?.ip;
  return {
    method: req.method, url: req.url, host: req.host, port: dest?.port ?? req.port, path: req.path, scheme: req.scheme, ip,
    requestHeaders, connected: ok || o.outcome === 'http-error', status: ok ? (o.httpStatus as number) : undefined,
    responseHeaders, body: o.body, error: curlError(o, req, ip),
  };
}

function summary(o: RequestOutcome): string {
  if (answered(o)) return `HTTP ${o.httpStatus}${o.pod ? ` from pod ${o.pod}` : ''}${o.ingress ? ` via Ingress ${o.ingress}` : ''}`;
  return `${o.outcome}${o.reason ? ` (${o.reason})` : ''}`;
}

export function runCurl(req: CurlRequest, sim: Simulation, tools: ConsoleTools): ConsoleResult {
  if (!tools.curl) return notReady('curl (request routing)');
  const from: RequestSource = req.source.kind === 'client' && !sim.cluster.world.clients.some((c) => c.name === req.source.name)
    ? { kind: 'lanHost', name: req.source.name }
    : req.source;
  const t = tools.curl(sim, {
    from, url: req.url, method: req.method,
    headers: Object.fromEntries(req.headers.map((h) => [h.name, h.value])),
    resolve: req.resolve.map((r) => `${r.host}:${r.port}:${r.address}`),
  });
  const view = curlView(req, t);
  let output = req.verbose ? formatCurlVerbose(view) : formatCurlPlain(view);
  if (!req.verbose && req.includeHeaders && view.status !== undefined) {
    const head = [`HTTP/1.1 ${view.status}`, ...(view.responseHeaders ?? []).map(([k, v]) => `${k}: ${v}`), ''].join('\n');
    output = `${head}\n${output}`;
  }
  return { output, exitCode: answered(t.outcome) ? 0 : (view.error?.code ?? 1), trace: { steps: t.steps, summary: summary(t.outcome) } };
}
