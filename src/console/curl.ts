/**
 * `curl` command lines → requests: `curl [-v] [-i] [-k] [-s] [-X METHOD] [-H 'Name: value']
 * [--resolve host:port:addr] [--cacert FILE] URL`. Short flags combine (`-ivk`); -s hides curl's error
 * message (-S shows it again); options that only change what curl prints or waits for (-L, -o, -w, -m) are
 * accepted and ignored. A URL without a scheme is http.
 */
import { parseRequestUrl } from '../request/url';
import type { ConsoleCommand, ConsoleSource, CurlResolve } from './types';

const IGNORED_WITH_VALUE = new Set(['-o', '--output', '-w', '--write-out', '-m', '--max-time', '--connect-timeout', '-A', '--user-agent', '-d', '--data']);
const IGNORED_FLAGS = new Set(['-L', '--location', '-f', '--fail', '--http1.1', '-4']);

/**
 * The CA files PodPath knows, by where curl runs: both hold the cluster CA, which signed kube-apiserver's
 * certificate. In a pod, the service account's (mounted by default; /var/run is /run in most images); on a
 * kubeadm node, the cluster's own.
 */
export const CLUSTER_CA_FILES: Readonly<Record<'pod' | 'node', readonly string[]>> = {
  pod: ['/var/run/secrets/kubernetes.io/serviceaccount/ca.crt', '/run/secrets/kubernetes.io/serviceaccount/ca.crt'],
  node: ['/etc/kubernetes/pki/ca.crt'],
};

/** Whether `file` is a cluster CA file where curl runs; an explanation when PodPath cannot tell what it holds. */
export function clusterCAFile(file: string, where: 'pod' | 'node' | 'client'): { ok: true } | { ok: false; message: string } {
  if (where !== 'client' && CLUSTER_CA_FILES[where].includes(file)) return { ok: true };
  return {
    ok: false,
    message: `curl: --cacert ${file}: PodPath knows only the cluster CA's files, ${CLUSTER_CA_FILES.pod[0]} in a pod and ${CLUSTER_CA_FILES.node[0]} on a node`,
  };
}

export interface ParsedUrl {
  scheme: 'http' | 'https';
  host: string;
  port: number;
  path: string;
}

export function parseUrl(raw: string): ParsedUrl | undefined {
  // One parser for the engine, the CLI and the console (src/request/url.ts), so they never disagree on a URL.
  const u = parseRequestUrl(raw);
  return u ? { scheme: u.scheme, host: u.host, port: u.port, path: u.path } : undefined;
}

/**
 * curl takes one to three slashes after the scheme (lib/urlapi.c: "less than one or more than three slashes" is
 * the error), so `http:///path1/` — what `http://${UNSET}/path1/` becomes — is host `path1`, path `/`.
 */
export function curlSlashes(url: string): string {
  const m = /^([a-zA-Z][a-zA-Z0-9+.-]*):\/{1,3}(?!\/)/.exec(url);
  return m ? `${m[1]}://${url.slice(m[0].length)}` : url;
}

export function parseCurl(args: readonly string[], source: ConsoleSource): ConsoleCommand {
  let url: string | undefined;
  let method: string | undefined;
  let verbose = false;
  let includeHeaders = false;
  let insecure = false;
  let hasData = false;
  let trustClusterCA = false;
  let silent = false;
  let showError = false;
  const headers: { name: string; value: string }[] = [];
  const resolve: CurlResolve[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    const next = (): string | undefined => args[++i];
    if (a === '-H' || a === '--header') {
      const h = next();
      const colon = h?.indexOf(':') ?? -1;
      if (!h || colon <= 0) return { kind: 'invalid', message: `curl: -H needs 'Name: value', got ${h ?? '(nothing)'}` };
      headers.push({ name: h.slice(0, colon).trim(), value: h.slice(colon + 1).trim() });
    } else if (a === '--resolve') {
      const r = next();
      const m = r ? /^([^:]+):(\d+):(.+)$/.exec(r) : null;
      if (!m) return { kind: 'invalid', message: `curl: --resolve needs host:port:address, got ${r ?? '(nothing)'}` };
      resolve.push({ host: m[1], port: Number(m[2]), address: m[3].replace(/^\[|\]$/g, '') });
    } else if (a === '-X' || a === '--request') {
      method = next()?.toUpperCase();
      if (!method) return { kind: 'invalid', message: 'curl: -X needs a method, e.g. -X POST' };
    } else if (a === '-v' || a === '--verbose') verbose = true;
    else if (a === '-i' || a === '--include') includeHeaders = true;
    else if (a === '-k' || a === '--insecure') insecure = true;
    else if (a === '-s' || a === '--silent') silent = true;
    else if (a === '-S' || a === '--show-error') showError = true;
    else if (a === '--cacert') {
      const file = next();
      if (!file) return { kind: 'invalid', message: 'curl: --cacert needs a file' };
      const ca = clusterCAFile(file, source.kind);
      if (!ca.ok) return { kind: 'invalid', message: ca.message };
      trustClusterCA = true;
    } else if (a === '-I' || a === '--head') method = 'HEAD';
    else if (IGNORED_FLAGS.has(a)) continue;
    else if (IGNORED_WITH_VALUE.has(a)) {
      if (a === '-d' || a === '--data') hasData = true;
      i++;
    } else if (/^-[a-zA-Z]{2,}$/.test(a)) {
      for (const f of a.slice(1)) {
        if (f === 'v') verbose = true;
        else if (f === 'i') includeHeaders = true;
        else if (f === 'k') insecure = true;
        else if (f === 's') silent = true;
        else if (f === 'S') showError = true;
        else if (f === 'I') method = 'HEAD';
        else if (!'Lf4'.includes(f)) return { kind: 'invalid', message: `curl: option -${f} (in ${a}) is not simulated` };
      }
    } else if (a.startsWith('-')) {
      return { kind: 'invalid', message: `curl: option ${a} is not simulated. Try: curl [-v] [-H 'Host: name'] [--resolve host:port:addr] URL` };
    } else if (url === undefined) url = curlSlashes(a);
    else return { kind: 'invalid', message: `curl: one URL at a time (got ${url} and ${a})` };
  }
  if (url === undefined) return { kind: 'invalid', message: 'curl: no URL specified. Try: curl -v http://web.default/' };
  const parsed = parseUrl(url);
  // An empty host (`http://$UNSET/` with nothing after the slashes): curl 7.88's own words and status.
  if (!parsed && /^[a-zA-Z][a-zA-Z0-9+.-]*:\/\/\/*$/.test(url)) return { kind: 'invalid', message: 'curl: (3) URL using bad/illegal format or missing URL', exitCode: 3 };
  if (!parsed) return { kind: 'invalid', message: `curl: (3) URL rejected: ${url} (use http:// or https://, host and optional :port)`, exitCode: 3 };
  return {
    kind: 'curl', source, url, ...parsed, method: method ?? (hasData ? 'POST' : 'GET'),
    verbose, includeHeaders, insecure, headers, resolve,
    ...(trustClusterCA ? { trustClusterCA } : {}), ...(silent ? { silent } : {}), ...(showError ? { showError } : {}),
  };
}
