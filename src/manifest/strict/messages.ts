/**
 * English templates of strict field validation (./check.ts), the core/v1 Endpoints deprecation warning, and
 * the EndpointSlice lint (src/lint/endpointslices.ts). Codes are stable and are also the i18n keys; Korean in
 * src/messages/ko/strict.ts.
 *
 * The API server's own words are kept so a learner can match them with a real cluster's answer:
 *  - `Pod in version "v1" cannot be handled as a Pod: strict decoding error: unknown field "spec.domain"`
 *    (kubectl apply, `--validate=strict` by default since 1.25; KEP-2885 server-side field validation);
 *  - `Warning: v1 Endpoints is deprecated in v1.33+; use discovery.k8s.io/v1 EndpointSlice` (the warning the
 *    API server returns for core/v1 Endpoints since 1.33).
 * `{hint}` is '' or the rendered `object/unknown-field.did-you-mean` (params.hintKey names it, so the app
 * renders it in the reader's language).
 */
import { registerCatalog } from '../../messages/registry';

export const strictMessages = {
  'object/unknown-field':
    '{kind} in version "{version}" cannot be handled as a {kind}: strict decoding error: unknown field "{field}". '
    + 'The API server rejects the object (kubectl apply validates fields strictly by default since Kubernetes 1.25).{hint}',
  'object/unknown-field.did-you-mean': ' Did you mean {suggestion}?',
  'endpoints/deprecated':
    'Warning: v1 Endpoints is deprecated in v1.33+; use discovery.k8s.io/v1 EndpointSlice. The API server still accepts Endpoints {endpoints} '
    + '(for a Service without a selector they are mirrored into an EndpointSlice), but kube-proxy and CoreDNS read only EndpointSlices: '
    + 'write an EndpointSlice labelled kubernetes.io/service-name instead.',
  'endpointslice/orphaned':
    'EndpointSlice {slice} has no kubernetes.io/service-name label, so it belongs to no Service: kube-proxy and CoreDNS ignore it and its endpoints get no traffic. '
    + 'Label it with the name of the selector-less Service it is for.',
  'endpointslice/service-missing':
    'EndpointSlice {slice} is labelled kubernetes.io/service-name: {service}, but there is no Service {service} in namespace {namespace}: '
    + 'nothing routes to its endpoints until that Service exists.',
  'endpointslice/service-has-selector':
    'EndpointSlice {slice} is written for Service {service}, which has a selector: the EndpointSlice controller manages that Service\'s slices from the pods it selects. '
    + 'This slice is not the controller\'s (no endpointslice.kubernetes.io/managed-by: endpointslice-controller.k8s.io), so it is kept and kube-proxy sends part of the '
    + 'Service\'s traffic to its endpoints ({addresses}) as well. Remove the selector to manage the endpoints by hand, or delete this slice.',
} as const;

export type StrictCode = keyof typeof strictMessages;

registerCatalog(strictMessages);
