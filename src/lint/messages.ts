/** English for the teaching diagnostics (codes are stable; the app translates the same keys). */
import { registerCatalog } from '../messages/registry';

export const lintCatalog = {
  'service/selector-matches-no-pods': 'Service {service} selects {selector}, but no pod in namespace {namespace} has those labels: it has no endpoints and connections are refused.',
  'service/target-port-name-unknown': 'targetPort "{targetPort}" of Service {service} names no container port of the selected pods ({pods}): that port gets no endpoints.',
  'service/target-port-not-exposed': 'Service {service} sends port {port} to targetPort {targetPort}, but the selected pods declare only containerPorts {declared}: connections will be refused.',
  'service/externalname-ignored': 'spec.externalName is set but type is {type}, so it is ignored: this is {shape}, not a DNS alias. Add `type: ExternalName` (and drop clusterIP/selector) for a CNAME to {externalName}.',
  'service/externalname-ip': 'externalName {externalName} is an IP address: ExternalName publishes a CNAME, and CoreDNS publishes none to an address, so the Service\'s name does not resolve at all (NXDOMAIN). Use a selector-less Service with an EndpointSlice for an IP.',
  'service/external-traffic-policy-local-nodes': 'externalTrafficPolicy: Local on {service}: nodes {nodes} have no local ready endpoint, so traffic arriving there is dropped (load balancers skip them through the health check on healthCheckNodePort).',
  'statefulset/service-name-missing': 'StatefulSet {statefulset} has no serviceName: its pods get no stable DNS names (pod.service.namespace.svc).',
  'statefulset/service-not-found': 'StatefulSet {statefulset} names serviceName {service}, which does not exist in {namespace}: no per-pod DNS names until a headless Service of that name exists.',
  'statefulset/service-not-headless': 'StatefulSet {statefulset} names serviceName {service}, which is not headless (clusterIP: None): per-pod DNS names need a headless Service.',
  'pod/subdomain-no-headless-service': 'Pod {pod} sets subdomain {subdomain}, but there is no headless Service {subdomain} in {namespace}: {hostname}.{subdomain}.{namespace}.svc does not resolve.',
  'ingress/no-controller': 'No ingress controller handles Ingress {ingress} ({why}): it gets no ADDRESS and is never served.',
  'ingress/multiple-controllers': 'Ingress {ingress} is picked up by several controllers ({controllers}); give it an ingressClassName.',
  'ingress/backend-service-missing': 'Backend Service {service} does not exist in namespace {namespace} (the Ingress\'s namespace): that path answers 503.',
  'ingress/backend-port-missing': 'Backend Service {service} has no port {port}: that path answers 503.',
  'ingress/backend-cross-namespace-name': 'Backend "{name}" looks like Service {target} in namespace {targetNamespace}, but an Ingress backend is only a Service name in the Ingress\'s own namespace ({namespace}). Ways that work: an ExternalName Service in {namespace} pointing at {target}.{targetNamespace}.svc.cluster.local; moving the Ingress (or the app) so both share a namespace; or Gateway API, whose HTTPRoute may reference another namespace\'s Service when a ReferenceGrant there allows it.',
  'ingress/backend-port-is-target-port': 'Backend port {port} of {service} is the targetPort of its port {servicePort}, not a Service port. ingress-nginx still reaches the pods on {targetPort} (it compares port, targetPort and name), but the Ingress API means the Service port ({servicePort}) and other controllers answer 503.',
  'ingress/externalname-backend': 'Backend {service} is an ExternalName Service (→ {externalName}): the controller follows it to any namespace or host. ingress-nginx can forbid this with --disable-svc-external-name (CVE-2021-25740); cloud L7 controllers do not support it.',
  'ingress/gce-backend-not-nodeport': 'Backend {service} is type {type}: a cloud L7 load balancer (ingress-gce) sends to a nodePort, so use NodePort/LoadBalancer or container-native load balancing (cloud.google.com/neg).',
  'ingress/annotation-not-simulated': 'Annotation {annotation} changes how ingress-nginx answers Ingress {ingress} (a redirect, another upstream, an access check or a pinned pod), but PodPath does not simulate it: its answers here are those without it.',
  'ingress/invalid-bool-annotation': 'Annotation {annotation}: "{value}" is not a boolean (typographic quotes?). ingress-nginx ignores it and uses the default ({fallback}).',
} as const;

registerCatalog(lintCatalog);
