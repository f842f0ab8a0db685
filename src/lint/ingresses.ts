/**
 * Ingress checks: nobody (or more than one controller) claims it; backends that do not exist, name another
 * namespace's Service as a DNS name (seed 000's first attempt), or are ExternalName bridges (seed 000/003);
 * cloud-L7 backends that are not NodePort; annotation booleans nginx cannot parse (seed 003's “false”);
 * ingress-nginx annotations that change the answer but are not simulated (src/ingress/annotations.ts).
 */
import type { Ingress, IngressBackend } from '../api/types';
import type { ClusterState } from '../cluster/state';
import type { Diagnostic, FieldPath } from '../manifest/diagnostics';
import { notSimulatedAnnotations } from '../ingress/annotations';
import { crossNamespaceReference, resolveBackend, usesNEG } from '../ingress/backend';
import { ANNOTATION_INGRESS_CLASS, claimingControllers, requestedClass } from '../ingress/class';
import { ANNOTATION_FORCE_SSL_REDIRECT, ANNOTATION_SSL_REDIRECT, boolAnnotation } from '../ingress/tls';
import { diag } from './diag';

function backends(ing: Ingress): { backend: IngressBackend; field: FieldPath }[] {
  const out: { backend: IngressBackend; field: FieldPath }[] = [];
  if (ing.spec.defaultBackend) out.push({ backend: ing.spec.defaultBackend, field: ['spec', 'defaultBackend', 'service'] });
  ing.spec.rules.forEach((r, ri) => (r.http?.paths ?? []).forEach((p, pi) =>
    out.push({ backend: p.backend, field: ['spec', 'rules', ri, 'http', 'paths', pi, 'backend', 'service'] })));
  return out;
}

export function lintIngresses(state: ClusterState): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const ing of state.ingresses) {
    const ns = ing.metadata.namespace;
    const key = `${ns}/${ing.metadata.name}`;
    const claims = claimingControllers(state, ing);
    const asked = requestedClass(ing);
    if (claims.length === 0) {
      const why = asked ? `class "${asked.className}" matches no installed controller` : 'it has no class, no default IngressClass exists, and ingress-nginx ignores class-less Ingresses without --watch-ingress-without-class';
      const field: FieldPath = asked?.via === 'annotation' ? ['metadata', 'annotations', ANNOTATION_INGRESS_CLASS] : asked ? ['spec', 'ingressClassName'] : ['spec'];
      out.push(diag('warning', 'ingress/no-controller', ing, field, { ingress: key, why }));
    } else if (claims.length > 1) {
      out.push(diag('warning', 'ingress/multiple-controllers', ing, ['spec'], { ingress: key, controllers: claims.map((c) => c.controller.spec.className).join(', ') }));
    }
    const cloud = claims.some((c) => c.controller.spec.style === 'cloud-l7');
    // Only ingress-nginx also finds a backend port by the Service's targetPort (src/ingress/backend.ts).
    const nginxOnly = claims.length > 0 && !cloud;
    for (const { backend, field } of backends(ing)) {
      const ref = backend.service;
      if (!ref) continue;
      const r = resolveBackend(state, ns, backend, nginxOnly ? 'ingress-nginx' : 'spec');
      const port = ref.port.name ?? String(ref.port.number ?? '');
      if (r.kind === 'error') {
        const target = crossNamespaceReference(ref.name, state.world.cluster.domain);
        if (r.reason === 'looks-like-dns-name' && target) {
          out.push(diag('error', 'ingress/backend-cross-namespace-name', ing, [...field, 'name'], {
            name: ref.name, target: target.service, targetNamespace: target.namespace, namespace: ns,
          }));
        } else if (r.reason === 'service-not-found' || r.reason === 'looks-like-dns-name') {
          out.push(diag('error', 'ingress/backend-service-missing', ing, [...field, 'name'], { service: ref.name, namespace: ns }));
        } else if (r.reason === 'port-not-found') {
          out.push(diag('error', 'ingress/backend-port-missing', ing, [...field, 'port'], { service: `${ns}/${ref.name}`, port }));
        }
      } else if (r.kind === 'service' && r.byTargetPort) {
        out.push(diag('warning', 'ingress/backend-port-is-target-port', ing, [...field, 'port'], {
          service: `${ns}/${ref.name}`, port, servicePort: r.port.port, targetPort: String(r.port.targetPort ?? r.port.port),
        }));
      } else if (r.kind === 'external-name') {
        out.push(diag('info', 'ingress/externalname-backend', ing, [...field, 'name'], { service: `${ns}/${ref.name}`, externalName: r.externalName }));
      } else if (cloud && r.port.nodePort === undefined && !usesNEG(r.service)) {
        out.push(diag('warning', 'ingress/gce-backend-not-nodeport', ing, [...field, 'name'], { service: `${ns}/${ref.name}`, type: r.service.service.spec.type }));
      }
    }
    if (claims.some((c) => c.controller.spec.style === 'in-cluster')) {
      for (const annotation of notSimulatedAnnotations(ing)) {
        out.push(diag('warning', 'ingress/annotation-not-simulated', ing, ['metadata', 'annotations', annotation], { ingress: key, annotation }));
      }
    }
    for (const [ann, dflt] of [[ANNOTATION_SSL_REDIRECT, true], [ANNOTATION_FORCE_SSL_REDIRECT, false]] as const) {
      const b = boolAnnotation(ing, ann, dflt);
      if (b.from === 'invalid') {
        out.push(diag('warning', 'ingress/invalid-bool-annotation', ing, ['metadata', 'annotations', ann], { annotation: ann, value: b.raw ?? '', fallback: String(dflt) }));
      }
    }
  }
  return out;
}
