/**
 * networking.k8s.io/v1 Ingress and IngressClass, and the removed Ingress forms still found in blog posts:
 * extensions/v1beta1 and networking.k8s.io/v1beta1 (both removed in Kubernetes 1.22). Those are converted the
 * way the API server converted them (pkg/apis/networking/v1beta1 conversion): `serviceName`/`servicePort` →
 * `service.name` + `service.port.number|name`, `spec.backend` → `spec.defaultBackend`, and a missing
 * `pathType` defaulted to ImplementationSpecific (SetDefaults_HTTPIngressPath of the beta groups).
 * In v1 a missing pathType is an error (validateHTTPIngressPath: "pathType must be specified").
 * Diagnostics on a converted Ingress point at the fields as written (serviceName, servicePort, backend).
 */
import type {
  HTTPIngressPath, Ingress, IngressBackend, IngressClass, IngressRule, IngressTLS, PathType, ServiceBackendPort,
} from '../../api/types';
import type { FieldPath } from '../diagnostics';
import { validateIngressSpec } from '../validation/ingress';
import { fieldString, type DecodeContext, type Raw } from './context';
import { decodeMeta } from './meta';
import { decodeLBStatus } from './service';

export const INGRESS_V1 = 'networking.k8s.io/v1';
const PATH_TYPES: readonly PathType[] = ['Exact', 'Prefix', 'ImplementationSpecific'];

export function decodeIngress(raw: Raw, apiVersion: string, ctx: DecodeContext): Ingress {
  const beta = apiVersion !== INGRESS_V1;
  const metadata = decodeMeta(raw, 'Ingress', ctx);
  if (beta) ctx.add('warning', 'ingress/deprecated-api-version', ['apiVersion'], { apiVersion });
  const s = ctx.obj(raw, 'spec', []);
  const at: FieldPath = ['spec'];
  const missingPathType: FieldPath[] = [];

  const backend = (b: Raw | undefined, bat: FieldPath): IngressBackend | undefined => {
    if (!b) return undefined;
    const out: IngressBackend = {};
    if (beta) {
      const name = ctx.str(b, 'serviceName', bat);
      const port = ctx.intOrString(b, 'servicePort', bat);
      if (name !== undefined || port !== undefined) {
        const p: ServiceBackendPort = typeof port === 'string' ? { name: port } : port !== undefined ? { number: port } : {};
        out.service = { name: name ?? '', port: p };
      }
    } else {
      const svc = ctx.obj(b, 'service', bat);
      if (svc) {
        const sat: FieldPath = [...bat, 'service'];
        const port = ctx.obj(svc, 'port', sat);
        const p: ServiceBackendPort = {};
        const number = ctx.int(port, 'number', [...sat, 'port']);
        const name = ctx.str(port, 'name', [...sat, 'port']);
        if (number) p.number = number;
        if (name) p.name = name;
        out.service = { name: ctx.str(svc, 'name', sat) ?? '', port: p };
      }
    }
    const res = ctx.obj(b, 'resource', bat);
    if (res) {
      const rat: FieldPath = [...bat, 'resource'];
      out.resource = { kind: ctx.str(res, 'kind', rat) ?? '', name: ctx.str(res, 'name', rat) ?? '' };
      const group = ctx.str(res, 'apiGroup', rat);
      if (group) out.resource.apiGroup = group;
    }
    return out;
  };

  const rules: IngressRule[] = ctx.objects(s, 'rules', at).map(([r, rat]) => {
    const rule: IngressRule = {};
    const host = ctx.str(r, 'host', rat);
    if (host) rule.host = host;
    const http = ctx.obj(r, 'http', rat);
    if (http) {
      const paths = ctx.objects(http, 'paths', [...rat, 'http']).map(([p, pat]): HTTPIngressPath => {
        let pathType = ctx.oneOf(p, 'pathType', pat, PATH_TYPES, 'ingress/path-type-unsupported');
        if (!pathType) {
          // Missing in v1: an error (reported by validation). Unsupported: already reported. Either way the
          // Ingress is rejected; ImplementationSpecific keeps the rest of it readable.
          if (!beta && (p.pathType === undefined || p.pathType === null)) missingPathType.push(pat);
          pathType = 'ImplementationSpecific';
        }
        const out: HTTPIngressPath = { pathType, backend: backend(ctx.obj(p, 'backend', pat), [...pat, 'backend']) ?? {} };
        const path = ctx.str(p, 'path', pat);
        if (path !== undefined) out.path = path;
        return out;
      });
      rule.http = { paths };
    }
    return rule;
  });

  const tls: IngressTLS[] = ctx.objects(s, 'tls', at).map(([t, tat]) => {
    const out: IngressTLS = { hosts: ctx.strings(t, 'hosts', tat) };
    const secretName = ctx.str(t, 'secretName', tat);
    if (secretName) out.secretName = secretName;
    return out;
  });

  const spec: Ingress['spec'] = { tls, rules };
  const className = ctx.str(s, 'ingressClassName', at);
  if (className) spec.ingressClassName = className;
  const def = backend(ctx.obj(s, beta ? 'backend' : 'defaultBackend', at), [...at, beta ? 'backend' : 'defaultBackend']);
  if (def) spec.defaultBackend = def;

  const before = ctx.issues.length;
  validateIngressSpec(spec, missingPathType, metadata.annotations, ctx);
  if (beta) {
    for (let i = before; i < ctx.issues.length; i++) {
      const field = betaField(ctx.issues[i].field);
      ctx.issues[i] = { ...ctx.issues[i], field, params: { ...ctx.issues[i].params, field: fieldString(field) } };
    }
  }

  const ingress: Ingress = { kind: 'Ingress', apiVersion, metadata, spec, status: { loadBalancer: { ingress: decodeLBStatus(raw, ctx) } } };
  if (beta) ingress.convertedFrom = apiVersion;
  return ingress;
}

/** Map a v1 field path back to the v1beta1 field the user wrote. */
export function betaField(field: FieldPath): FieldPath {
  const out: (string | number)[] = [];
  for (let i = 0; i < field.length; i++) {
    const seg = field[i];
    if (seg === 'defaultBackend') out.push('backend');
    else if (seg === 'service' && field[i - 1] !== undefined && (field[i - 1] === 'backend' || field[i - 1] === 'defaultBackend')) {
      out.push(field[i + 1] === 'port' ? 'servicePort' : 'serviceName');
      return out;
    } else out.push(seg);
  }
  return out;
}

export function decodeIngressClass(raw: Raw, apiVersion: string, ctx: DecodeContext): IngressClass {
  const metadata = decodeMeta(raw, 'IngressClass', ctx);
  const s = ctx.obj(raw, 'spec', []);
  const controller = ctx.str(s, 'controller', ['spec']) ?? '';
  if (!controller) ctx.error('ingressclass/controller-required', ['spec', 'controller']);
  const spec: IngressClass['spec'] = { controller };
  const p = ctx.obj(s, 'parameters', ['spec']);
  if (p) {
    const pat: FieldPath = ['spec', 'parameters'];
    spec.parameters = { kind: ctx.str(p, 'kind', pat) ?? '', name: ctx.str(p, 'name', pat) ?? '' };
    for (const key of ['apiGroup', 'namespace', 'scope'] as const) {
      const v = ctx.str(p, key, pat);
      if (v) spec.parameters[key] = v;
    }
  }
  // The annotation's value is compared as the string "true" (k8s.io/ingress-nginx, IsDefaultIngressClass).
  const isDefault = metadata.annotations['ingressclass.kubernetes.io/is-default-class'] === 'true';
  return { kind: 'IngressClass', apiVersion, metadata, spec, isDefault };
}
