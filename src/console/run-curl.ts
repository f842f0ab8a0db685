/**
 * curl against the engine's request routing (src/request), printed like `curl` / `curl -v` (src/format/curl).
 */
import type { Simulation } from '../engine';
import { curlView as sharedCurlView, formatCurlPlain, formatCurlVerbose, statusLine, type CurlView } from '../format/curl';
import type { RequestOutcome, RequestSource } from '../request/types';
import type { Trace } from '../trace/types';
import { notReady, type ConsoleTools } from './tools';
import type { ConsoleResult, CurlRequest } from './types';

const answered = (o: RequestOutcome): boolean => o.httpStatus !== null && o.httpStatus !== undefined;

/** The trace as curl shows it (the shared view in src/format/curl.ts). */
export function curlView(req: CurlRequest, t: Trace<RequestOutcome>): CurlView {
  return sharedCurlView(req, t);
}

function summary(o: RequestOutcome): string {
  if (answered(o)) return `HTTP ${o.httpStatus}${o.pod ? ` from pod ${o.pod}` : ''}${o.ingress ? ` via Ingress ${o.ingress}` : ''}`;
  return `${o.outcome}${o.reason ? ` (${o.reason})` : ''}`;
}

/** curl's output without its last part, the `curl: (N) …` message (and any advice after it). */
function withoutErrorMessage(output: string): string {
  const at = output.startsWith('curl: (') ? 0 : output.lastIndexOf('\ncurl: (');
  return at < 0 ? output : output.slice(0, at === 0 ? 0 : at + 1);
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
    insecure: req.insecure,
    trustClusterCA: req.trustClusterCA,
  });
  const view = curlView(req, t);
  // What curl writes to standard output: with -i the status line and headers as received (reason phrase included)
  // and a blank line, then the body. The -v lines and the `curl: (N)` errors go to standard error.
  const head = req.includeHeaders && view.status !== undefined
    ? `${[statusLine(view.status), ...(view.responseHeaders ?? []).map(([k, v]) => `${k}: ${v}`), ''].join('\n')}\n`
    : '';
  const stdout = view.status !== undefined ? head + formatCurlPlain(view) : '';
  let output = req.verbose ? formatCurlVerbose(view, req.includeHeaders) : view.status !== undefined ? stdout : formatCurlPlain(view);
  // -s without -S: curl keeps its error message to itself (the -v lines still print).
  if (req.silent && !req.showError && view.status === undefined) output = withoutErrorMessage(output);
  return { output, stdout, exitCode: answered(t.outcome) ? 0 : (view.error?.code ?? 1), trace: { steps: t.steps, summary: summary(t.outcome) } };
}
