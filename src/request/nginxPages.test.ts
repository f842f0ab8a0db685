/**
 * What curl prints when ingress-nginx answers by itself: nginx's reason phrases (ngx_http_header_filter_module.c
 * ngx_http_status_lines: "503 Service Temporarily Unavailable", "302 Moved Temporarily") and its built-in HTML
 * pages (ngx_http_special_response.c, with ingress-nginx's default server-tokens: false), for the 404 of the
 * controller's default server (nginx.tmpl: `location / { return 404; }`), a backend without endpoints, a plain
 * HTTP request to port 443 and an ssl-redirect. The CLI's JSON `body` keeps the page's title.
 */
import { describe, expect, it } from 'vitest';
import { simulate } from '../engine';
import { curlView, formatCurlPlain, formatCurlVerbose } from '../format/curl';
import { curl } from './curl';
import { parseRequestUrl } from './url';

const SCENARIO = `apiVersion: v1
kind: Service
metadata: { name: web }
spec:
  selector: { app: none }
  ports: [{ port: 80 }]
---
apiVersion: networking.k8s.io/v1
kind: Ingress
metadata: { name: web }
spec:
  ingressClassName: nginx
  rules:
  - host: web.example.com
    http: { paths: [{ path: /, pathType: Prefix, backend: { service: { name: web, port: { number: 80 } } } }] }
---
apiVersion: networking.k8s.io/v1
kind: Ingress
metadata: { name: secure }
spec:
  ingressClassName: nginx
  tls: [{ hosts: [secure.example.com] }]
  rules:
  - host: secure.example.com
    http: { paths: [{ path: /, pathType: Prefix, backend: { service: { name: web, port: { number: 80 } } } }] }
`;

function run(url: string, host?: string) {
  const sim = simulate(SCENARIO);
  const lb = sim.cluster.ingressControllers[0].address[0].ip;
  const t = curl(sim, { from: 'internet', url, resolve: host ? [`${host}:${parseRequestUrl(url)!.port}:${lb}`] : undefined });
  const u = parseRequestUrl(url)!;
  return { t, view: curlView({ method: 'GET', url, scheme: u.scheme, host: u.host, port: u.port, path: u.path, headers: [] }, t) };
}

const page = (title: string, heading = title, extra: string[] = []) =>
  ['<html>', `<head><title>${title}</title></head>`, '<body>', `<center><h1>${heading}</h1></center>`, ...extra, '<hr><center>nginx</center>', '</body>', '</html>', ''].join('\n');

describe('ingress-nginx\'s own answers, as curl shows them', () => {
  it('a backend without endpoints: 503 Service Temporarily Unavailable, as an HTML page', () => {
    const { t, view } = run('http://web.example.com/', 'web.example.com');
    expect(t.outcome).toMatchObject({ httpStatus: 503, page: 'nginx', body: '503 Service Temporarily Unavailable' });
    const out = formatCurlVerbose(view);
    expect(out).toContain('< HTTP/1.1 503 Service Temporarily Unavailable\n< Content-Type: text/html\n');
    expect(formatCurlPlain(view)).toBe(page('503 Service Temporarily Unavailable'));
  });
  it('no rule for the host: the default server\'s 404 Not Found page', () => {
    const { view } = run('http://other.example.com/', 'other.example.com');
    expect(formatCurlVerbose(view)).toContain('< HTTP/1.1 404 Not Found\n< Content-Type: text/html\n');
    expect(formatCurlPlain(view)).toBe(page('404 Not Found'));
  });
  it('plain HTTP to port 443: 400 Bad Request with the page of nginx\'s code 497', () => {
    const { view } = run('http://web.example.com:443/', 'web.example.com');
    expect(formatCurlVerbose(view)).toContain('< HTTP/1.1 400 Bad Request\n');
    expect(formatCurlPlain(view)).toBe(page('400 The plain HTTP request was sent to HTTPS port', '400 Bad Request', ['<center>The plain HTTP request was sent to HTTPS port</center>']));
  });
  it('ssl-redirect: 308 Permanent Redirect, with Location, and the 308 page', () => {
    const { t, view } = run('http://secure.example.com/a', 'secure.example.com');
    expect(t.outcome).toMatchObject({ httpStatus: 308, headers: { Location: 'https://secure.example.com/a' } });
    expect(formatCurlVerbose(view)).toContain('< HTTP/1.1 308 Permanent Redirect\n< Content-Type: text/html\n< Location: https://secure.example.com/a\n');
    expect(formatCurlPlain(view)).toBe(page('308 Permanent Redirect'));
  });
});
