/**
 * `curl -v` output for a simulated request: `*   Trying IP:PORT...`, the request lines (`> GET / HTTP/1.1`,
 * `> Host: …`), the status and response headers (`< HTTP/1.1 200 OK`), then the body; failures end the
 * way curl ends them (`curl: (7) Failed to connect to … port 80 after 0 ms: Couldn't connect to server`).
 */

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

export function formatCurlVerbose(v: CurlView): string {
  const lines: string[] = [];
  for (const n of v.notes ?? []) lines.push(`* ${n}`);
  if (!v.ip) {
    lines.push(`* Could not resolve host: ${v.host}`, '* Closing connection');
    lines.push(`curl: (${v.error?.code ?? 6}) ${v.error?.message ?? `Could not resolve host: ${v.host}`}`);
    return lines.join('\n') + '\n';
  }
  lines.push(`*   Trying ${v.ip}:${v.port}...`);
  if (!v.connected) {
    lines.push(`* connect to ${v.ip} port ${v.port} failed: ${v.error?.code === 28 ? 'Connection timed out' : 'Connection refused'}`);
    lines.push('* Closing connection');
    lines.push(`curl: (${v.error?.code ?? 7}) ${v.error?.message ?? `Failed to connect to ${v.host} port ${v.port} after 0 ms: Couldn't connect to server`}`);
    return lines.join('\n') + '\n';
  }
  lines.push(`* Connected to ${v.host} (${v.ip}) port ${v.port}`);
  if (v.scheme === 'https') lines.push('* SSL connection using TLSv1.3 / TLS_AES_256_GCM_SHA384');
  lines.push(`> ${v.method} ${v.path} HTTP/1.1`);
  for (const [k, val] of v.requestHeaders) lines.push(`> ${k}: ${val}`);
  lines.push('> ');
  if (v.status === undefined) {
    lines.push('* Empty reply from server', '* Closing connection');
    lines.push(`curl: (${v.error?.code ?? 52}) ${v.error?.message ?? 'Empty reply from server'}`);
    return lines.join('\n') + '\n';
  }
  lines.push(`< HTTP/1.1 ${v.status} ${REASONS[v.status] ?? ''}`.trimEnd());
  for (const [k, val] of v.responseHeaders ?? []) lines.push(`< ${k}: ${val}`);
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
