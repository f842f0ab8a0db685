/**
 * The client's certificate check: curl without `-k` verifies the server's certificate chain against the
 * authorities it trusts (the system bundle, /etc/ssl/certs) before it sends anything, and stops with exit 60
 * when it cannot (https://curl.se/docs/sslcerts.html). PodPath knows two certificates for certain:
 * - ingress-nginx's "Kubernetes Ingress Controller Fake Certificate", which it presents when no usable TLS
 *   Secret covers the host: made at start-up and signed by itself (ingress-nginx internal/net/ssl
 *   GetFakeSSLCert), so curl says "self-signed certificate";
 * - kube-apiserver's serving certificate, signed by the cluster CA (kubeadm's /etc/kubernetes/pki/ca.crt),
 *   which no system bundle holds, so curl says "unable to get local issuer certificate".
 * The wording is curl 7.88.1's against OpenSSL 3 (checked here against servers with such certificates). A
 * Secret's own certificate is not read: PodPath says so and lets curl go on.
 */
import { canonicalIP } from '../cluster/ipmath';
import { epStr, step, type Ctx } from './context';
import type { Connection } from './connect';
import type { GraphId } from '../graph/ids';
import type { RequestOutcome } from './types';

export type CertificateProblem = 'tls-self-signed' | 'tls-unknown-issuer' | 'tls-name-mismatch';

/** What curl prints after `curl: (60) ` (and after `* ` with -v), for a host `host`: OpenSSL's verify error, or curl's own name check. */
export function certificateProblemLine(problem: CertificateProblem | string, host: string): string {
  switch (problem) {
    case 'tls-self-signed': return 'SSL certificate problem: self-signed certificate';
    case 'tls-unknown-issuer': return 'SSL certificate problem: unable to get local issuer certificate';
    case 'tls-name-mismatch': return `SSL: no alternative certificate subject name matches target host name '${host}'`;
    default: return `SSL certificate problem: ${problem}`;
  }
}

/**
 * The names and addresses kubeadm puts in kube-apiserver's serving certificate (pkiutil.GetAPIServerAltNames):
 * the node's name, kubernetes, kubernetes.default, kubernetes.default.svc, kubernetes.default.svc.<domain>; the
 * first address of the service range (Service default/kubernetes) and the node's advertise address.
 */
export function apiserverCertificateNames(nodeName: string, nodeIP: string, domain: string, serviceIP: string | undefined): string[] {
  const names = [nodeName, 'kubernetes', 'kubernetes.default', 'kubernetes.default.svc', `kubernetes.default.svc.${domain}`, nodeIP];
  if (serviceIP) names.push(serviceIP);
  return names.map((n) => n.toLowerCase());
}

/**
 * curl's check of the URL's host against the certificate's names (case-insensitive; a final dot does not count).
 * An address is compared as an address (curl's Curl_cert_hostcheck for iPAddress entries compares the bytes), so
 * `fd00:0::10` matches `fd00::10`.
 */
export function certificateNames(names: readonly string[], host: string): boolean {
  const h = host.toLowerCase().replace(/\.$/, '');
  const ip = canonicalIP(h);
  if (ip) return names.some((n) => canonicalIP(n) === ip);
  return names.includes(h);
}

/**
 * curl refuses the certificate: a step at the server that presented it, and the outcome. No HTTP request was
 * sent, so no status, no pod; the endpoint is where the TLS handshake took place. `message` picks the step's
 * words when the usual advice would be wrong (no SNI: a Secret cannot help, the URL must name the host).
 */
export function certificateRefused(
  ctx: Ctx, conn: Extract<Connection, { ok: true }>, problem: CertificateProblem, actor: GraphId, params: Readonly<Record<string, string>>,
  message = `request.tls.${problem}`,
): RequestOutcome {
  step(ctx, 'drop', message, { ...params, problem: certificateProblemLine(problem, ctx.urlHost ?? '') }, { actor });
  return {
    outcome: 'tls-failure', httpStatus: null, backend: null, ingress: null, pod: null, endpoint: epStr(conn.packet.dst),
    clientIPSeen: null, reason: problem,
  };
}
