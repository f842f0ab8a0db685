/**
 * The checks of pkg/apis/networking/validation ValidateIngressCreate / ValidateIngressSpec:
 * rules or a defaultBackend; hosts are DNS names (not IPs), wildcards only as a leading `*.`;
 * http rules need paths; each path needs a pathType, Exact/Prefix paths are absolute and free of
 * `//`, `/./`, `/../`, `%2f`; a backend is a service XOR a resource; the service name is a DNS-1035 label
 * (ValidateServiceName — so `svc.other-ns.svc.cluster.local` is rejected: an Ingress can only reach Services
 * in its own namespace); a port by name XOR number; TLS hosts and secret names; the ingress.class
 * annotation must agree with ingressClassName.
 * (The RelaxedServiceNameValidation feature gate, alpha in 1.34 and off by default, would allow DNS-1123
 * labels; dots stay invalid either way.)
 */
import type { IngressBackend, IngressSpec } from '../../api/types';
import type { DecodeContext } from '../decode/context';
import type { FieldPath } from '../diagnostics';
import { ipFamily } from './ip';
import {
  isDNS1035Label, isDNS1123Subdomain, isValidPortName, isValidPortNum, isWildcardDNS1123Subdomain, suggestName,
} from './names';

const SPEC: FieldPath = ['spec'];
const INVALID_SEQUENCES = ['//', '/./', '/../', '%2f', '%2F'];
const INVALID_SUFFIXES = ['/..', '/.'];
const CLASS_ANNOTATION = 'kubernetes.io/ingress.class';

export function validateIngressSpec(
  spec: IngressSpec,
  missingPathType: readonly FieldPath[],
  annotations: Readonly<Record<string, string>>,
  ctx: DecodeContext,
): void {
  if (spec.rules.length === 0 && !spec.defaultBackend) ctx.error('ingress/rules-or-default-backend-required', SPEC);
  if (spec.defaultBackend) validateBackend(spec.defaultBackend, [...SPEC, 'defaultBackend'], ctx);
  // Usually empty: then no set, and no joined path per path to look up.
  const missing = missingPathType.length ? new Set(missingPathType.map((p) => p.join('.'))) : undefined;

  spec.rules.forEach((rule, i) => {
    const at: FieldPath = [...SPEC, 'rules', i];
    if (rule.host) validateHost(rule.host, [...at, 'host'], ctx, 'ingress/host-invalid');
    if (!rule.http) return;
    if (rule.http.paths.length === 0) ctx.error('ingress/paths-required', [...at, 'http', 'paths']);
    rule.http.paths.forEach((p, j) => {
      const pat: FieldPath = [...at, 'http', 'paths', j];
      if (missing?.has(pat.join('.'))) {
        ctx.error('ingress/path-type-required', [...pat, 'pathType']);
        return; // the API server stops at this error for this path
      }
      const path = p.path ?? '';
      if (p.pathType !== 'ImplementationSpecific' || path.length > 0) {
        if (!path.startsWith('/')) ctx.error('ingress/path-not-absolute', [...pat, 'path'], { path, pathType: p.pathType });
      }
      if (p.pathType !== 'ImplementationSpecific' && path.length > 0) {
        for (const seq of INVALID_SEQUENCES) {
          if (path.includes(seq)) ctx.error('ingress/path-invalid-sequence', [...pat, 'path'], { path, sequence: seq });
        }
        for (const suffix of INVALID_SUFFIXES) {
          if (path.endsWith(suffix)) ctx.error('ingress/path-invalid-suffix', [...pat, 'path'], { path, suffix });
        }
      }
      validateBackend(p.backend, [...pat, 'backend'], ctx);
    });
  });

  spec.tls.forEach((t, i) => {
    t.hosts.forEach((h, j) => validateHost(h, [...SPEC, 'tls', i, 'hosts', j], ctx, 'ingress/tls-host-invalid', false));
    if (t.secretName) {
      const errs = isDNS1123Subdomain(t.secretName);
      if (errs.length) ctx.error('ingress/tls-secret-name-invalid', [...SPEC, 'tls', i, 'secretName'], { name: t.secretName, reason: errs.join('; ') });
    }
  });

  if (spec.ingressClassName) {
    const errs = isDNS1123Subdomain(spec.ingressClassName);
    if (errs.length) ctx.error('ingress/class-name-invalid', [...SPEC, 'ingressClassName'], { name: spec.ingressClassName, reason: errs.join('; ') });
  }
  const annotation = annotations[CLASS_ANNOTATION];
  if (annotation !== undefined && spec.ingressClassName && annotation !== spec.ingressClassName) {
    ctx.error('ingress/class-annotation-mismatch', ['metadata', 'annotations', CLASS_ANNOTATION], {
      annotation, ingressClassName: spec.ingressClassName,
    });
  }
}

function validateHost(host: string, field: FieldPath, ctx: DecodeContext, code: string, checkIP = true): void {
  if (checkIP && ipFamily(host)) ctx.error('ingress/host-ip', field, { host });
  const errs = host.includes('*') ? isWildcardDNS1123Subdomain(host) : isDNS1123Subdomain(host);
  if (errs.length) ctx.error(code, field, { host, reason: errs.join('; ') });
}

function validateBackend(b: IngressBackend, at: FieldPath, ctx: DecodeContext): void {
  if (b.resource && b.service) {
    ctx.error('ingress/backend-both', at);
    return;
  }
  if (b.resource) {
    if (!b.resource.kind) ctx.error('ingress/backend-resource-incomplete', [...at, 'resource', 'kind'], { missing: 'kind' });
    if (!b.resource.name) ctx.error('ingress/backend-resource-incomplete', [...at, 'resource', 'name'], { missing: 'name' });
    return;
  }
  if (!b.service) {
    ctx.error('ingress/backend-required', at);
    return;
  }
  const { name, port } = b.service;
  if (!name) ctx.error('ingress/backend-name-required', [...at, 'service', 'name']);
  else {
    const errs = isDNS1035Label(name);
    if (errs.length) {
      const crossNamespace = name.includes('.');
      ctx.error('ingress/backend-name-invalid', [...at, 'service', 'name'], {
        name,
        reason: errs.join('; '),
        hintKey: crossNamespace ? 'ingress/backend-name-invalid.cross-namespace' : 'ingress/backend-name-invalid.label',
        namespace: crossNamespace ? name.split('.')[1] : '',
        suggestion: crossNamespace ? suggestName(name.split('.')[0], false) : suggestName(name, false),
      });
    }
  }
  const hasName = !!port.name;
  const hasNumber = !!port.number;
  if (hasName && hasNumber) ctx.error('ingress/backend-port-both', [...at, 'service', 'port']);
  else if (hasName) {
    const errs = isValidPortName(port.name as string);
    if (errs.length) ctx.error('ingress/backend-port-invalid', [...at, 'service', 'port', 'name'], { value: port.name as string, reason: errs.join('; ') });
  } else if (hasNumber) {
    const errs = isValidPortNum(port.number as number);
    if (errs.length) ctx.error('ingress/backend-port-invalid', [...at, 'service', 'port', 'number'], { value: port.number as number, reason: errs.join('; ') });
  } else ctx.error('ingress/backend-port-required', [...at, 'service', 'port']);
}
