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

/** The TLS entry covering `host` among the given Ingresses (first wins, as in ingress-nginx). */
export function tlsForHost(state: ClusterState, ingresses: readonly Ingress[], host: string): TlsForHost | null {
  for (const ing of ingresses) {
    for (const t of ing.spec.tls) {
      if (t.hosts.some((h) => matchHost(h, host) === 'exact' || matchHost(h, host) === 'wildcard')) {
        const secretExists = t.secretName !== undefined &&
          state.secrets.some((s) => s.metadata.namespace === ing.metadata.namespace && s.metadata.name === t.secretName &&
            s.dataKeys.includes('tls.crt') && s.dataKeys.includes('tls.key'));
        return { ingress: ing, secretName: t.secretName, secretExists };
      }
    }
  }
  return null;
}
