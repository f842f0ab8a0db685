/**
 * English templates of the manifest layer's diagnostics: code → template with {param} placeholders.
 * The API-server errors keep the meaning (and mostly the words) of what `kubectl apply` prints, e.g.
 * `spec.ports[0].port: Invalid value: 0: must be between 1 and 65535, inclusive`, so a learner can match
 * them with a real cluster's answer. Every diagnostic also carries `field` (e.g. `spec.ports[0].port`).
 * `{reason}` params carry apimachinery's own rule text (English, as the API server sends it).
 */
import { registerCatalog } from '../messages/registry';

const REJECT = 'The API server would reject this object.';

export const manifestMessages: Readonly<Record<string, string>> = {
  // ---------------------------------------------------------------- reading the text
  'yaml/syntax-error': 'YAML syntax error: {reason}. This document is skipped; the other documents are still read.',
  'yaml/invalid-document-separator': 'kubectl splits documents at every line that starts with "---", and only a comment may follow it there: it stops reading the file at this line with "invalid Yaml document separator: {reason}", and neither this document nor the one just before it is applied. Move "{reason}" to the next line. PodPath skips this document and reads the others.',
  'json/syntax-error': 'The text starts with "{", so kubectl reads all of it as JSON, and this is not JSON from here on: kubectl stops reading the file here with "error parsing …: json: …", and nothing from here on is applied. Write it as JSON (keys and strings in double quotes), or start the text with a YAML line (a comment is enough) so kubectl reads it as YAML. PodPath skips this document and reads the others.',
  'yaml/unsupported-value': '{written} is read as a number JSON cannot hold ({reason}), and kubectl converts every document to JSON before it sends it: it stops reading the file here with "error converting YAML to JSON: json: unsupported value: {reason}", and neither this document nor anything after it is applied. Put the value in quotes if you meant the text. PodPath skips this document and reads the others.',
  'yaml/merge-overrides-key': 'Key "{key}" comes before a merge (`<<`) that sets "{key}" too. The YAML merge rule would keep this key, but kubectl reads merges in the order they are written (go-yaml v2): the merge replaces it without a word, and the object is created with {key}: {merged}, not {written}. Put "{key}" after the `<<` line to keep your value.',
  'yaml/merge-not-a-map': 'A merge (`<<`) takes a mapping, an alias of one, or a list of them, and this is not one: kubectl stops reading the file here with "error converting YAML to JSON: yaml: map merge requires map or sequence of maps as the value", and neither this document nor anything after it is applied. PodPath skips this document and reads the others.',
  'yaml/null-key': 'The key {written} reads as null, and JSON has no null keys: kubectl stops reading the file here with "error converting YAML to JSON: unsupported map key of type: %!s(<nil>), key: <nil>, value: …", and neither this document nor anything after it is applied. Put the key in quotes ("{written}") if you meant the text. PodPath skips this document and reads the others.',
  'yaml/duplicate-key': 'Key "{key}" is written again here (first on line {firstLine}). kubectl reads YAML leniently: it keeps this last value and drops the earlier one without a word, so the API server never sees it. Keep one.',
  'manifest/not-an-object': 'This document is not a Kubernetes object (expected a mapping with apiVersion, kind and metadata; found {found}).',
  'object/missing-api-version': `apiVersion not set: every object needs an apiVersion (e.g. v1, apps/v1, networking.k8s.io/v1). ${REJECT}`,
  'object/missing-kind': 'kind not set: every object needs a kind (e.g. Service, Deployment, Ingress). This object is skipped.',
  'object/unknown-api-version': 'no matches for kind "{kind}" in version "{apiVersion}": {kind} is served as {supported}. The object is not simulated.',
  'object/not-simulated': '{kind} ({apiVersion}) is kept but not simulated: PodPath models Services, Pods, workloads, EndpointSlices, Ingresses and DNS.',
  'object/invalid-field-type': '{field}: expected {expected}, found {found}. The API server fails to decode the object ("cannot unmarshal {goFound} into Go struct field …"); the default is used here.{hint}',
  'object/invalid-field-type.hint.none': '',
  'object/invalid-field-type.hint.bool-for-string': ' kubectl reads YAML 1.1, where an unquoted yes, no, on, off, y or n is a boolean, like true and false; this value was read as {read}. Put it in quotes to keep it a word.',
  'object/invalid-field-type.hint.number-for-string': ' Unquoted, it was read as the number {read}, and a number is what kubectl sends: YAML keeps only the number\'s value (1.10 becomes 1.1, and a leading 0 makes it octal: 0755 is 493). Put it in quotes to keep it as written.',
  'object/unsupported-value': '{field}: Unsupported value: "{value}": supported values: {supported}.',
  'object/duplicate': '{object} is defined more than once (first in document {firstDoc}); the later definition wins, as a second `kubectl apply` would overwrite the first.',

  // ---------------------------------------------------------------- metadata
  'object/name-required': `metadata.name: Required value: name or generateName is required. ${REJECT}`,
  'object/name-invalid': 'metadata.name: Invalid value: "{name}": {reason}. Kubernetes rejects this {kind} name; use something like "{suggestion}".',
  'object/namespace-invalid': 'metadata.namespace: Invalid value: "{namespace}": {reason}. Namespace names are lowercase DNS labels; use something like "{suggestion}".',
  'object/label-key-invalid': '{field}: Invalid value: "{key}": {reason}.',
  'object/label-value-invalid': '{field}: Invalid value: "{value}": {reason}.',

  // ---------------------------------------------------------------- Service
  'service/type-unsupported': 'spec.type: Unsupported value: "{value}": supported values: {supported}.',
  'service/protocol-unsupported': '{field}: Unsupported value: "{value}": supported values: {supported}.',
  'service/session-affinity-unsupported': 'spec.sessionAffinity: Unsupported value: "{value}": supported values: {supported}.',
  'service/traffic-policy-unsupported': '{field}: Unsupported value: "{value}": supported values: {supported}.',
  'service/ports-required': `spec.ports: Required value: a {type} Service needs at least one port (only headless and ExternalName Services may have none). ${REJECT}`,
  'service/headless-not-allowed': `spec.clusterIPs[0]: Invalid value: "None": may not be set to 'None' for {type} services. A headless Service has no virtual IP for nodes to forward to. ${REJECT}`,
  'service/externalname-cluster-ip': `spec.clusterIPs: Forbidden: may not be set for ExternalName services (found "{clusterIP}"). An ExternalName Service is only a DNS CNAME. ${REJECT}`,
  'service/externalname-required': `spec.externalName: Required value: a Service of type ExternalName needs the DNS name it aliases. ${REJECT}`,
  'service/externalname-invalid': 'spec.externalName: Invalid value: "{value}": {reason}.',
  'service/cluster-ip-invalid': '{field}: Invalid value: "{value}": must be a valid IP address, (e.g. 10.9.8.7 or 2001:db8::ffff), "None" (headless) or empty (allocate one).',
  'service/cluster-ips-without-cluster-ip': 'spec.clusterIPs: Invalid value: must be empty when `clusterIP` is not specified.',
  'service/cluster-ips-mismatch': 'spec.clusterIPs[0]: Invalid value: "{first}": must be same as `clusterIP` ("{clusterIP}").',
  'service/cluster-ip-out-of-range':
    '{field}: Invalid value: "{ip}": failed to allocate IP {ip}: the provided IP ({ip}) is not in the valid range. The range of valid IPs is {ranges}. '
    + 'If these manifests come from a real cluster, declare its Service range: a World document (apiVersion: podpath.dev/v1alpha1, kind: World) with spec.cluster.serviceCIDRs: ["{suggestion}"], or --service-cidr {suggestion} on the CLI ({suggestion} is the smallest range covering the clusterIPs here).',
  'service/cluster-ip-allocated': '{field}: Invalid value: "{ip}": failed to allocate IP {ip}: provided IP is already allocated (to {owner}).',
  'service/port-name-required': `{field}: Required value: a Service with {count} ports must name every port. ${REJECT}`,
  'service/port-name-invalid': '{field}: Invalid value: "{name}": {reason}.',
  'service/port-name-duplicate': '{field}: Duplicate value: "{name}".',
  'service/port-invalid': '{field}: Invalid value: {port}: must be between 1 and 65535, inclusive.',
  'service/port-duplicate': '{field}: Duplicate value: port {port}/{protocol} is listed twice.',
  'service/target-port-invalid': '{field}: Invalid value: "{value}": {reason}. A targetPort is a number or the name of a container port (an IANA service name).',
  'service/node-port-not-allowed': "{field}: Forbidden: may not be used when `type` is 'ClusterIP'.",
  'service/external-traffic-policy-not-allowed': 'spec.externalTrafficPolicy: Invalid value: "{value}": may only be set for externally-accessible services. A {type} Service without externalIPs receives no traffic from outside the cluster; use internalTrafficPolicy for traffic from pods.',
  'service/load-balancer-only': "{field}: Forbidden: may only be used when `type` is 'LoadBalancer'.",
  'service/health-check-node-port-not-allowed': "spec.healthCheckNodePort: Invalid value: {value}: may only be set when `type` is 'LoadBalancer' and `externalTrafficPolicy` is 'Local'.",
  'service/node-port-duplicate': '{field}: Duplicate value: {nodePort}.',
  'service/node-port-out-of-range': '{field}: Invalid value: {nodePort}: provided port is not in the valid range. The range of valid ports is {min}-{max}.',
  'service/node-port-allocated': '{field}: Invalid value: {nodePort}: provided port is already allocated (to {owner}).',
  'service/session-affinity-timeout-invalid': '{field}: Invalid value: {value}: must be greater than 0 and less than 86400.',
  'service/external-ip-invalid': '{field}: Invalid value: "{value}": must be a valid IP address, (e.g. 10.9.8.7 or 2001:db8::ffff).',
  'service/source-range-invalid': '{field}: Invalid value: "{value}": must be a CIDR such as 203.0.113.0/24.',

  // ---------------------------------------------------------------- Pod and workloads
  'pod/containers-required': `{field}: Required value: a Pod needs at least one container. ${REJECT}`,
  'pod/container-port-invalid': '{field}: Invalid value: {port}: must be between 1 and 65535, inclusive.',
  'pod/container-port-name-invalid': '{field}: Invalid value: "{name}": {reason}.',
  'pod/container-port-name-duplicate': '{field}: Duplicate value: "{name}".',
  'pod/host-port-duplicate': '{field}: Duplicate value: "{value}".',
  'pod/port-duplicate-definition': '{field}: duplicate port definition with {other}',
  'pod/port-overlapping-definition': '{field}: overlapping port definition with {other}',
  'pod/port-ambiguous-definition': '{field}: dangerously ambiguous port definition with {other}',
  'pod/port-host-ip-without-host-port': '{field}: hostIP set without hostPort: {port}',
  'pod/port-name-duplicate': '{field}: duplicate port name "{name}" with {other}, services and probes that select ports by name will use {other}',
  'pod/container-name-required': '{field}: Required value: every container needs a name.',
  'pod/container-name-invalid': '{field}: Invalid value: "{name}": {reason}.',
  'pod/container-name-duplicate': '{field}: Duplicate value: "{name}".',
  'pod/container-restart-policy-forbidden': '{field}: Forbidden: may not be set for non-init containers.',
  'pod/hostname-invalid': '{field}: Invalid value: "{value}": {reason}.',
  'pod/dns-config-required': '{field}: Required value: must provide `dnsConfig` when `dnsPolicy` is None.',
  'pod/dns-nameserver-required': '{field}: Required value: must provide at least one DNS nameserver when `dnsPolicy` is None.',
  'pod/dns-too-many-nameservers': '{field}: Invalid value: {count} nameservers: must not have more than {max} nameservers.',
  'pod/dns-too-many-searches': '{field}: Invalid value: {count} search paths: must not have more than {max} search paths.',
  'pod/dns-search-list-too-long': '{field}: Invalid value: {chars} characters: must not have more than {max} characters (including spaces) in the search list.',
  'pod/dns-option-name-required': '{field}: Required value: must not be empty (an option needs a name).',
  'pod/nameserver-invalid': '{field}: Invalid value: "{value}": must be a valid IP address.',
  'pod/dns-search-invalid': '{field}: Invalid value: "{value}": a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, \'_\', \'-\' or \'.\', and must start and end with an alphanumeric character (a search path may also end with a dot, or be a single ".").',
  'pod/host-alias-ip-invalid': '{field}: Invalid value: "{value}": must be a valid IP address.',
  'pod/host-alias-hostname-invalid': '{field}: Invalid value: "{value}": {reason}.',
  'workload/deprecated-api-version': '{kind} in {apiVersion} was removed in Kubernetes 1.16 (use apps/v1); it is read as apps/v1 here.',
  'workload/replicas-invalid': '{field}: Invalid value: {replicas}: must be greater than or equal to 0.',
  'statefulset/ordinals-start-invalid': '{field}: Invalid value: {start}: must be greater than or equal to 0.',
  'workload/selector-required': `spec.selector: Required value: an apps/v1 {kind} must say which pods it owns. ${REJECT}`,
  'workload/selector-empty': 'spec.selector: Invalid value: empty selector is invalid for {kind}.',
  'workload/selector-mismatch': 'spec.template.metadata.labels: Invalid value: "{labels}": `selector` does not match template `labels` (selector: {selector}). The {kind} could never own the pods it creates.',

  // ---------------------------------------------------------------- Endpoints and EndpointSlices
  'endpoints/address-invalid': '{field}: Invalid value: "{value}": {reason}.',
  'endpoints/hostname-invalid': '{field}: Invalid value: "{value}": {reason}.',
  'endpoints/port-name-required': '{field}: Required value: every port needs a name when a subset has several ports.',
  'endpoints/port-name-invalid': '{field}: Invalid value: "{name}": {reason}.',
  'endpoints/port-invalid': '{field}: Invalid value: {port}: must be between 1 and 65535, inclusive.',
  'endpointslice/deprecated-api-version': 'EndpointSlice in {apiVersion} was removed in Kubernetes 1.25 (use discovery.k8s.io/v1); it is read as v1 here.',
  'endpointslice/address-type-required': 'addressType: Required value: IPv4, IPv6 or FQDN.',
  'endpointslice/address-type-unsupported': 'addressType: Unsupported value: "{value}": supported values: {supported}.',
  'endpointslice/addresses-required': '{field}: Required value: an endpoint needs at least one address.',
  'endpointslice/address-invalid': '{field}: Invalid value: "{value}": must be a valid {addressType} address.',
  'endpointslice/port-name-required': '{field}: Required value.',
  'endpointslice/port-name-invalid': '{field}: Invalid value: "{name}": {reason}.',
  'endpointslice/port-name-duplicate': '{field}: Duplicate value: "{name}".',
  'endpointslice/port-invalid': '{field}: Invalid value: {port}: must be between 1 and 65535, inclusive.',

  // ---------------------------------------------------------------- Ingress
  'ingress/deprecated-api-version':
    'Ingress in {apiVersion} was removed in Kubernetes 1.22: a current cluster answers "no matches for kind Ingress in version {apiVersion}". '
    + 'PodPath converted it to networking.k8s.io/v1 (serviceName/servicePort → service.name/port, backend → defaultBackend, pathType ImplementationSpecific).',
  'ingress/rules-or-default-backend-required': `spec: Invalid value: either \`defaultBackend\` or \`rules\` must be specified. ${REJECT}`,
  'ingress/host-ip': '{field}: Invalid value: "{host}": must be a DNS name, not an IP address.',
  'ingress/host-invalid': '{field}: Invalid value: "{host}": {reason}.',
  'ingress/tls-host-invalid': '{field}: Invalid value: "{host}": {reason}.',
  'ingress/tls-secret-name-invalid': '{field}: Invalid value: "{name}": {reason}.',
  'ingress/class-name-invalid': '{field}: Invalid value: "{name}": {reason}.',
  'ingress/class-annotation-mismatch': 'annotations.kubernetes.io/ingress.class: Invalid value: "{annotation}": must match `ingressClassName` ("{ingressClassName}") when both are specified.',
  'ingress/paths-required': `{field}: Required value: an http rule needs at least one path. ${REJECT}`,
  'ingress/path-type-required': `{field}: Required value: pathType must be specified (Exact, Prefix or ImplementationSpecific) in networking.k8s.io/v1. ${REJECT}`,
  'ingress/path-type-unsupported': '{field}: Unsupported value: "{value}": supported values: {supported}.',
  'ingress/path-not-absolute': '{field}: Invalid value: "{path}": must be an absolute path (start with "/").',
  'ingress/path-invalid-sequence': "{field}: Invalid value: \"{path}\": must not contain '{sequence}'.",
  'ingress/path-invalid-suffix': "{field}: Invalid value: \"{path}\": cannot end with '{suffix}'.",
  'ingress/backend-both': '{field}: Invalid value: cannot set both resource and service backends.',
  'ingress/backend-required': '{field}: Invalid value: resource or service backend is required.',
  'ingress/backend-resource-incomplete': '{field}: Required value: a resource backend needs its {missing}.',
  'ingress/backend-name-required': '{field}: Required value: the name of a Service in the Ingress\'s namespace.',
  'ingress/backend-name-invalid': '{field}: Invalid value: "{name}": {reason}. {hint}',
  'ingress/backend-name-invalid.cross-namespace':
    'An Ingress backend is the name of a Service in the Ingress\'s own namespace, not a DNS name: cross-namespace references are not possible this way. '
    + 'To reach a Service in namespace "{namespace}", create a Service in this namespace (e.g. type ExternalName) that points at it, and name that Service here.',
  'ingress/backend-name-invalid.label': 'Service names are lowercase DNS-1035 labels; did you mean "{suggestion}"?',
  'ingress/backend-port-both': '{field}: Invalid value: cannot set both port name & port number.',
  'ingress/backend-port-invalid': '{field}: Invalid value: "{value}": {reason}.',
  'ingress/backend-port-required': '{field}: Required value: port name or number is required.',
  'ingressclass/controller-required': 'spec.controller: Required value: the controller that implements this class (e.g. k8s.io/ingress-nginx).',

  // ---------------------------------------------------------------- Node
  'node/pod-cidr-invalid': '{field}: Invalid value: "{value}": {reason}.',
  'node/internal-ip-assigned': 'Node {name} has no InternalIP address (status.addresses); the simulation gives it {ip}.',

  // ---------------------------------------------------------------- World
  'world/unsupported-api-version': 'World documents use apiVersion {supported} (found "{apiVersion}").',
  'world/duplicate': 'More than one World document: this one (the later) wins, the World in document {firstDoc} is ignored.',
  'world/unknown-field': '{field}: unknown field "{key}" (known here: {known}); it is ignored.',
  'world/field-outside-spec': '{field}: "{key}" belongs under spec: (spec.{key}); written here it is ignored.',
  'world/invalid-field': '{field}: expected {expected}, found {found}; the default is kept.',
  'world/field-required': '{field}: Required value: "{key}" must be set; this entry is ignored.',
  'world/invalid-entry': '{field}: expected {expected}, found {found}; this entry is ignored.',
  'world/unsupported-value': '{field}: Unsupported value: "{value}": supported values: {supported}; the default is kept.',
  'world/unsupported-value-entry': '{field}: Unsupported value: "{value}": supported values: {supported}; this entry is ignored.',
  'world/invalid-cidr': '{field}: Invalid value: "{value}": {reason}.',
  'world/invalid-ip': '{field}: Invalid value: "{value}": must be a valid IP address, (e.g. 10.9.8.7 or 2001:db8::ffff).',
  'world/invalid-domain': '{field}: Invalid value: "{value}": {reason}.',
  'world/service-cidrs-required': '{field}: Required value: at least one Service range (kube-apiserver --service-cluster-ip-range).',
  'world/node-cidr-mask-invalid': '{field}: Invalid value: {value}: the per-node mask must be at least the pod CIDR\'s prefix ({podCIDR}) and at most the address length.',
  'world/dns-ip-outside-service-cidr': '{field}: Invalid value: "{ip}": the kube-dns Service address must lie in a Service range ({ranges}).',
  'world/node-port-range-invalid': '{field}: Invalid value: {min}-{max}: must be a range within 1-65535 (kube-apiserver --service-node-port-range, default 30000-32767).',
  'world/invalid-service-cidr-option': '--service-cidr "{value}": {reason}; it is ignored.',
};

registerCatalog(manifestMessages);
