/**
 * TLS and the HTTP→HTTPS redirect.
 *
 * - An Ingress's `spec.tls[].hosts` + `secretName` tell the controller which certificate to present for
 *   those hosts on 443; TLS is terminated there (https://kubernetes.io/docs/concepts/services-networking/ingress/#tls).
 *   A missing Secret makes ingress-nginx present its self-signed "Kubernetes Ingress Controller Fake Certificate".
 * - ingress-nginx redirects plain HTTP to HTTPS with 308 when TLS is configured for the host
 *   (`ssl-redirect`, default true), unless the Ingress says `nginx.ingress.kubernetes.io/ssl-redirect: "false"`;
 *   `force-ssl-redirect: "true"` redirects even without TLS
 *   (https://kubernetes.github.io/ingress-nginx/user-guide/nginx-configuration/annotations/#server-side-https-enforcement-through-redirect).
 * - Annotation booleans are read with Go's strconv.ParseBool (ingress-nginx annotations/parser); a value
 *   it rejects — e.g. `“false”` with typographic quotes, which YAML keeps as part of the string — is an
 *   invalid annotation and the setting falls back to the ConfigMap default (ssl-redirect: true).
 */
import type { Ingress } from '../api/types';
import type { ClusterState } from '../cluster/state';
import { matchHost } from './host';

export const ANNOTATION_SSL_REDIRECT = 'nginx.ingress.kubernetes.io/ssl-redirect';
export const ANNOTATION_FORCE_SSL_REDIRECT = 'nginx.ingress.kubernetes.io/force-ssl-redirect';

/** Go's strconv.ParseBool: 1 t T TRUE true True / 0 f F FALSE false False; anything else is an error (null). */
export function parseGoBool(value: string): boolean | null {
  if (['1', 't', 'T', 'TRUE', 'true', 'True'].includes(value)) return true;
  if (['0', 'f', 'F', 'FALSE', 'false', 'False'].includes(value)) return false;
  return null;
}

export interface BoolAnnotation {
  value: boolean;
  /** Where it came from: the annotation, the default (absent), or the default because the value is invalid. */
  from: 'annotation' | 'default' | 'invalid';
  raw?: string;
}

export function boolAnnotation(ing: Ingress, key: string, dflt: boolean): BoolAnnotation {
  const raw = ing.metadata.annotations[key];
  if (raw === undefined) return { value: dflt, from: 'default' };
  const v = parseGoBool(raw);
  return v === null ? { value: dflt, from: 'invalid', raw } : { value: v, from: 'annotation', raw };
}

export interface TlsForHost {
  ingress: Ingress;
  secretName?: string;
  /**
   * The Secret is usable: it is in the Ingress's namespace and holds a key pair, `tls.crt` and `tls.key`.
   * ingress-nginx reads only those two keys, whatever the Secret's type; without them it logs "secret … contains
   * no keypair or CA certificate" and presents its fake certificate (internal/ingress/controller/store
   * getPemCertificate).
   */
  secretExists: boolean;
}

/**
 * Whether ingress-nginx can use Secret `name` of `namespace` as a certificate: it exists and holds a key pair,
 * `tls.crt` and `tls.key`, whatever its type (store getPemCertificate: "contains no keypair or CA certificate").
 */
function usableSecret(state: ClusterState, namespace: string, name: string | undefined): boolean {
  return name !== undefined && name !== '' &&
    state.secrets.some((s) => s.metadata.namespace === namespace && s.metadata.name === name && s.dataKeys.includes('tls.crt') && s.dataKeys.includes('tls.key'));
}

/**
 * The certificate ingress-nginx presents to a client whose handshake names `sni`, among `ingresses` in the
 * controller's order; null for its default certificate (the self-signed fake one).
 *
 * As createServers (internal/ingress/controller/controller.go) builds them: a server per rule host; its
 * certificate comes from the first Ingress that has a rule for that host and a TLS section, which names the
 * Secret of the TLS entry listing that very host (extractTLSSecretName, compared without case), else of the
 * first entry whose certificate's names cover it (PodPath does not read certificates: it takes their names to be
 * the entry's hosts, so `*.example.com` covers `web.example.com`). That Ingress decides even when none does, or
 * names no Secret, or a Secret that is missing or holds no key pair: the server then gets the default certificate. The handshake's name picks the server with a
 * certificate for exactly that name, else for `*.` and its parent domain (certificate.lua), else none.
 */
export function certificateForSNI(state: ClusterState, ingresses: readonly Ingress[], sni: string): TlsForHost | null {
  const name = sni.toLowerCase().replace(/\.$/, '');
  const wildcard = name.includes('.') ? `*.${name.slice(name.indexOf('.') + 1)}` : undefined;
  return serverCertificate(state, ingresses, name) ?? (wildcard ? serverCertificate(state, ingresses, wildcard) : null);
}

/**
 * Whether ingress-nginx has a certificate for a plain-HTTP request's Host, which ssl-redirect needs
 * (lua_ingress.lua redirect_to_https: `location_config.ssl_redirect and certificate_configured_for_current_request()`).
 * certificate.lua configured_for_current_request looks `ngx.var.host` up as the handshake's name is looked up
 * (get_pem_cert_uid: the server of exactly that name with a certificate, else of `*.` and its parent domain), so
 * any certificate counts, the default one included; but not the server that answers: the catch-all server `_` of
 * the rules without a host has the default certificate from the start and ignores TLS sections (createServers),
 * and no Host is looked up as `_`, so a request falling to it is not redirected; a name whose own server has no
 * certificate is redirected when its `*.` server has one.
 */
export function certificateForHost(state: ClusterState, ingresses: readonly Ingress[], host: string): TlsForHost | null {
  return certificateForSNI(state, ingresses, host);
}

/** The certificate of the server for rule host `host` (see certificateForSNI); null when it has none. */
function serverCertificate(state: ClusterState, ingresses: readonly Ingress[], host: string): TlsForHost | null {
  for (const ing of ingresses) {
    if (!ing.spec.rules.some((r) => (r.host ?? '').toLowerCase() === host)) continue;
    if (ing.spec.tls.length === 0) continue;
    // extractTLSSecretName: the entry listing the host; else the first whose certificate's names cover it, which
    // PodPath takes to be the entry's hosts (a wildcard entry covers one label) with a usable Secret.
    const entry = ing.spec.tls.find((t) => t.hosts.some((h) => h.toLowerCase() === host)) ??
      ing.spec.tls.find((t) => usableSecret(state, ing.metadata.namespace, t.secretName) && t.hosts.some((h) => matchHost(h.toLowerCase(), host) === 'wildcard'));
    const secretName = entry?.secretName;
    return { ingress: ing, secretName, secretExists: usableSecret(state, ing.metadata.namespace, secretName) };
  }
  return null;
}

/** The TLS entry covering `host` among the given Ingresses (first wins, as in ingress-nginx). */
export function tlsForHost(state: ClusterState, ingresses: readonly Ingress[], host: string): TlsForHost | null {
  for (const ing of ingresses) {
    for (const t of ing.spec.tls) {
      if (t.hosts.some((h) => matchHost(h, host) === 'exact' || matchHost(h, host) === 'wildcard')) {
        const secretExists = usableSecret(state, ing.metadata.namespace, t.secretName);
        return { ingress: ing, secretName: t.secretName, secretExists };
      }
    }
  }
  return null;
}
