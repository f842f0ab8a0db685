/**
 * `curl -v` output for a simulated request: `*   Trying IP:PORT...`, the request lines (`> GET / HTTP/1.1`,
 * `> Host: …`), the status and response headers (`< HTTP/1.1 200 OK`), then the body; failures end the
 * way curl ends them (`curl: (7) Failed to connect to … port 80 after 0 ms: Couldn't connect to server`).
 */
import { certificateProblemLine } from '../request/certificate';
import { hostForHeader, ipPort } from '../request/url';
import type { RequestOutcome } from '../request/types';
import type { Trace } from '../trace/types';

export interface CurlView {
  method: string;
  /** The URL as given. */
  url: string;
  /** Host and port curl connects to (after --resolve / DNS). */
  host: string;
  port: number;
  path: string;
  scheme: 'http' | 'https';
  /** Where the name resolved to; absent when it did not. */
  ip?: string;
  /** Request headers in order (Host first, then curl's defaults, then -H). */
  requestHeaders: readonly (readonly [string, string])[];
  connected: boolean;
  /** HTTP status, when a response came back. */
  status?: number;
  responseHeaders?: readonly (readonly [string, string])[];
  body?: string;
  /** curl's exit code and message for a failure (6 could not resolve, 7 could not connect, 28 timeout, 52 empty reply…). */
  error?: { code: number; message: string };
  /** Lines curl prints with `* ` (TLS, --resolve notes…), before `Trying`. */
  notes?: readonly string[];
  /** Why connect() failed, as curl's verbose line says it (strerror), when it is not "Connection refused" or a timeout. */
  connectFailure?: string;  /** The status line's reason phrase, when the server's differs from REASONS (nginx's own answers). */
  statusText?: string;
}

/** Reason phrases of the statuses a simulation produces. */
export const REASONS: Readonly<Record<number, string>> = {
  200: 'OK', 301: 'Moved Permanently', 302: 'Found', 308: 'Permanent Redirect', 400: 'Bad Request',
  403: 'Forbidden', 404: 'Not Found', 421: 'Misdirected Request', 426: 'Upgrade Required',
  500: 'Internal Server Error', 502: 'Bad Gateway', 503: 'Service Unavailable', 504: 'Gateway Timeout',
};

/** curl's default request headers after Host. */
export const CURL_DEFAULT_HEADERS: readonly (readonly [string, string])[] = [
  ['User-Agent', 'curl/8.5.0'],
  ['Accept', '*/*'],
];

/**
 * Reason phrases nginx writes where they differ from the others (ngx_http_header_filter_module.c
 * ngx_http_status_lines): what curl shows for an answer ingress-nginx made itself.
 */
const NGINX_REASONS: Readonly<Record<number, string>> = {
  302: 'Moved Temporarily', 503: 'Service Temporarily Unavailable', 504: 'Gateway Time-out',
};

/** The status line as the server sent it (`HTTP/1.1 200 OK`). */
export function statusLine(status: number, reason = REASONS[status] ?? ''): string {
  return `HTTP/1.1 ${status} ${reason}`.trimEnd();
}

/**
 * nginx's built-in page for a status it answers itself (ngx_http_special_response.c), as ingress-nginx sends
 * it: `server-tokens` is off by default, so the tail names no version. The plain-HTTP-to-HTTPS page (nginx's
 * internal 497) is the only one with a second line; lines end in CRLF on the wire.
 */
export function nginxPage(title: string): string {
  const PLAIN = '400 The plain HTTP request was sent to HTTPS port';
  const heading = title === PLAIN ? '400 Bad Request' : title;
  return [
    '<html>', `<head><title>${title}</title></head>`, '<body>', `<center><h1>${heading}</h1></center>`,
    ...(title === PLAIN ? ['<center>The plain HTTP request was sent to HTTPS port</center>'] : []),
    '<hr><center>nginx</center>', '</body>', '</html>', '',
  ].join('\n');
}

/**
 * `curl -v`, and `curl -iv` with `include`: each response header line is then printed twice, the verbose `< `
 * copy (standard error) and the `-i` copy (standard output), as a terminal shows them interleaved line by line;
 * at the end of the headers the `-i` blank line comes before the verbose `< ` (observed with curl 7.88.1 on a
 * terminal, `script -qc "curl -iv …"`).
 */
export function formatCurlVerbose(v: CurlView, include = false): string {
  const lines: string[] = [];
  for (const n of v.notes ?? []) lines.push(`* ${n}`);
  if (!v.ip) {
    lines.push(`* Could not resolve host: ${v.host}`, '* Closing connection');
    lines.push(`curl: (${v.error?.code ?? 6}) ${v.error?.message ?? `Could not resolve host: ${v.host}`}`);
    return lines.join('\n') + '\n';
  }
  lines.push(`*   Trying ${ipPort(v.ip, v.port)}...`);
  if (!v.connected) {
    lines.push(`* connect to ${v.ip} port ${v.port} failed: ${v.connectFailure ?? (v.error?.code === 28 ? 'Connection timed out' : 'Connection refused')}`);
    lines.push('* Closing connection');
    lines.push(`curl: (${v.error?.code ?? 7}) ${v.error?.message ?? `Failed to connect to ${v.host} port ${v.port} after 0 ms: Couldn't connect to server`}`);
    return lines.join('\n') + '\n';
  }
  lines.push(`* Connected to ${v.host} (${v.ip}) port ${v.port}`);
  if (v.error?.code === CERTIFICATE_ERROR) {
    // curl 7.88.1 prints the verify error, closes, then its exit line and advice (no request was sent).
    lines.push(`* ${v.error.message.split('\n')[0]}`, '* Closing connection');
    lines.push(`curl: (${CERTIFICATE_ERROR}) ${v.error.message}`);
    return lines.join('\n') + '\n';
  }
  if (v.scheme === 'https') lines.push('* SSL connection using TLSv1.3 / TLS_AES_256_GCM_SHA384');
  lines.push(`> ${v.method} ${v.path} HTTP/1.1`);
  for (const [k, val] of v.requestHeaders) lines.push(`> ${k}: ${val}`);
  lines.push('> ');
  if (v.status === undefined) {
    lines.push('* Empty reply from server', '* Closing connection');
    lines.push(`curl: (${v.error?.code ?? 52}) ${v.error?.message ?? 'Empty reply from server'}`);
    return lines.join('\n') + '\n';
  }
  const head = [statusLine(v.status, v.statusText), ...(v.responseHeaders ?? []).map(([k, val]) => `${k}: ${val}`)];
  for (const h of head) {
    lines.push(`< ${h}`);
    if (include) lines.push(h);
  }
  if (include) lines.push('');
  lines.push('< ');
  const body = v.body ?? '';
  lines.push(`${body}${body.endsWith('\n') || !body ? '' : '\n'}* Connection #0 to host ${v.host} left intact`);
  return lines.join('\n') + '\n';
}

/** Plain `curl` (no -v): just the body, or the error line. */
export function formatCurlPlain(v: CurlView): string {
  if (v.status !== undefined) return v.body ? (v.body.endsWith('\n') ? v.body : `${v.body}\n`) : '';
  const code = v.error?.code ?? (v.ip ? 7 : 6);
  return `curl: (${code}) ${v.error?.message ?? ''}\n`;
}

export interface CurlSummaryRow {
  status: number | null;
  outcome: string;
  pod: string | null;
  endpoint: string | null;
  clientIPSeen: string | null;
}

/**
 * `--repeat N` as text: one line per request (which pod answered, at which endpoint, seeing which client
 * address), then how the requests spread over the pods — load balancing at a glance.
 */
export function formatCurlSummary(rows: readonly CurlSummaryRow[]): string {
  const w = (xs: string[]) => Math.max(...xs.map((x) => x.length));
  const cells = rows.map((r, i) => [
    String(i + 1), r.status === null ? '-' : String(r.status), r.outcome, r.pod ?? '-', r.endpoint ?? '-', r.clientIPSeen ?? '-',
  ]);
  const header = ['#', 'STATUS', 'OUTCOME', 'POD', 'ENDPOINT', 'CLIENT-IP-SEEN'];
  const all = [header, ...cells];
  const widths = header.map((_, i) => w(all.map((r) => r[i])));
  const line = (r: string[]) => r.map((c, i) => (i === r.length - 1 ? c : c.padEnd(widths[i] + 2))).join('');
  const counts = new Map<string, number>();
  for (const r of rows) counts.set(r.pod ?? `(${r.outcome})`, (counts.get(r.pod ?? `(${r.outcome})`) ?? 0) + 1);
  const spread = [...counts].map(([pod, n]) => `${pod} ×${n}`).join(', ');
  return `${all.map(line).join('\n')}\n\n${rows.length} requests: ${spread}\n`;
}

/** What a curl command asked for: enough to print it as curl does. */
export interface CurlAsked {
  method: string;
  /** The URL as given. */
  url: string;
  scheme: 'http' | 'https';
  host: string;
  port: number;
  path: string;
  /** -H headers, in order. */
  headers: readonly { name: string; value: string }[];
}

const answered = (o: RequestOutcome): boolean => o.httpStatus !== null && o.httpStatus !== undefined;

/** Where curl's TCP connection went: the outcome's `connectedTo`, else the first TCP packet's destination. */
function destination(asked: CurlAsked, t: Trace<RequestOutcome>): { ip: string; port: number } | undefined {
  const first = t.steps.find((x) => x.packet && x.packet.protocol === 'TCP')?.packet?.dst;
  const c = t.outcome.connectedTo;
  if (!c) return first ? { ip: first.ip, port: first.port } : undefined;
  const m = /^(?:\[([^\]]+)\]|([^:]+)):(\d+)$/.exec(c);
  return m ? { ip: m[1] ?? m[2], port: Number(m[3]) } : { ip: c, port: first?.port ?? asked.port };
}

/** curl's exit code for a certificate it could not verify (CURLE_PEER_FAILED_VERIFICATION). */
export const CERTIFICATE_ERROR = 60;

/** What curl 7.88.1 prints after `curl: (60) ` for a certificate it refuses (its advice included). */
export function certificateErrorMessage(line: string): string {
  return [
    line,
    'More details here: https://curl.se/docs/sslcerts.html',
    '',
    'curl failed to verify the legitimacy of the server and therefore could not',
    'establish a secure connection to it. To learn more about this situation and',
    'how to fix it, please visit the web page mentioned above.',
  ].join('\n');
}

/** curl's exit code and message for a request that got no response (6, 7, 28, 52, 60 as curl numbers them). */
function curlError(o: RequestOutcome, asked: CurlAsked, ip: string | undefined): CurlView['error'] {
  switch (o.outcome) {
    case 'tls-failure':
      return { code: CERTIFICATE_ERROR, message: certificateErrorMessage(certificateProblemLine(o.reason ?? '', asked.host)) };
    case 'dns-failure': return { code: 6, message: `Could not resolve host: ${asked.host}` };
    case 'refused': return { code: 7, message: `Failed to connect to ${asked.host} port ${asked.port} after 0 ms: Couldn't connect to server` };
    case 'timeout':
    case 'dropped': return { code: 28, message: `Failed to connect to ${ip ?? asked.host} port ${asked.port} after 3000 ms: Timeout was reached` };
    default: return answered(o) ? undefined : { code: 52, message: 'Empty reply from server' };
  }
}

/** A request's trace as curl would show it (shared by `podpath curl` and the app's console). */
export function curlView(asked: CurlAsked, t: Trace<RequestOutcome>): CurlView {
  const o = t.outcome;
  const dest = destination(asked, t);
  const given = asked.headers;
  const hostHeader = given.find((h) => h.name.toLowerCase() === 'host')?.value ?? hostForHeader(asked);
  const requestHeaders: [string, string][] = [['Host', hostHeader]];
  for (const [k, v] of CURL_DEFAULT_HEADERS) if (!given.some((h) => h.name.toLowerCase() === k.toLowerCase())) requestHeaders.push([k, v]);
  for (const h of given) if (h.name.toLowerCase() !== 'host') requestHeaders.push([h.name, h.value]);
  const ok = answered(o);
  const responseHeaders: [string, string][] = Object.entries(o.headers ?? {});
  const nginx = o.page === 'nginx' && o.httpStatus !== null && o.httpStatus !== undefined;
  if (ok && !responseHeaders.some(([k]) => k.toLowerCase() === 'content-type')) responseHeaders.unshift(['Content-Type', nginx ? 'text/html' : 'text/plain']);
  const ip = o.outcome === 'dns-failure' ? undefined : dest?.ip;
  return {
    method: asked.method, url: asked.url, host: asked.host, port: dest?.port ?? asked.port, path: asked.path, scheme: asked.scheme, ip,
    requestHeaders, connected: ok || o.outcome === 'http-error' || o.outcome === 'tls-failure', status: ok ? (o.httpStatus as number) : undefined,
    responseHeaders, body: nginx && o.body !== undefined ? nginxPage(o.body) : o.body, error: curlError(o, asked, ip),
    ...(nginx && NGINX_REASONS[o.httpStatus as number] ? { statusText: NGINX_REASONS[o.httpStatus as number] } : {}),
    ...(o.reason === 'network-unreachable' ? { connectFailure: 'Network is unreachable' } : {}),
  };
}
