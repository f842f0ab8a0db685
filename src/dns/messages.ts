/**
 * English templates for every message key the DNS modules put in trace steps and diagnostics.
 * The app translates the same keys; placeholders are the step's params.
 */
import { registerCatalog } from '../messages/registry';

export const dnsCatalog = {
  // The stub resolver and dig
  'dns.resolvconf.read': 'Pod {pod} reads /etc/resolv.conf: nameserver {nameservers}; search {search}; options {options}',
  'dns.resolvconf.none': '(none)',
  'dns.candidate.absolute': '{qname} ends with a dot: it is absolute and tried exactly as written',
  'dns.candidate.as-is-first': '{name} has {dots} dot(s), at least ndots ({ndots}): tried as written first',
  'dns.candidate.search': 'Search domain {position} of {count} ({domain}): try {qname}',
  'dns.candidate.as-is-last': 'The search list is exhausted: try {qname} as written',
  'dns.candidate.dig': 'dig sends {qname} as given (no search list without +search)',
  'dns.query.sent': 'Query {qname} {qtype} sent to {server}',
  'dns.answer.received': '{server} answers {rcode} with {count} record(s) for {qname} {qtype}',
  'dns.server.timeout': 'Nothing answers DNS at {server}: the query for {qname} {qtype} times out',
  'dns.coredns.noForward': 'CoreDNS has no plugin left for {qname} (no `forward`): SERVFAIL',
  'dns.server.unreachable': 'Nothing answers DNS at {server}: CoreDNS cannot forward {qname} {qtype} and answers SERVFAIL',
  'dns.result.addresses': '{name} resolves to {addresses} (answered as {qname})',
  'dns.result.empty': '{name} answered as {qname}, but with no address (only {count} record(s) of other types)',
  'dns.result.failed': '{name} cannot be resolved: {rcode} after {tries} name(s) tried',
  'dns.result.dig': 'dig prints status {rcode} with {count} answer record(s) for {qname} {qtype}',
  'dns.error.podNotFound': 'There is no pod {pod}',
  'dns.error.badType': '{qtype} is not a query type PodPath simulates',
  'dns.error.badName': '"{name}" is not a valid domain name',
  'dns.error.noNameserver': 'Pod {pod} has no nameserver in its /etc/resolv.conf',

  // CoreDNS's kubernetes plugin
  'dns.k8s.apex': '{qname} is the zone itself (or svc./pod. under it): the name exists, but has no {qtype} record',
  'dns.k8s.namespaceOnly': '{qname} names namespace {namespace}, which exists: no record of its own (NODATA)',
  'dns.k8s.invalid': '{qname} is not <service>.<namespace>.svc or <pod-ip>.<namespace>.pod under the zone: NXDOMAIN',
  'dns.k8s.tooLong': '{qname} has more labels than any Kubernetes name: NXDOMAIN',
  'dns.k8s.reverseName': '{qname} is a reverse name, not answerable as {qtype}',
  'dns.k8s.namespaceMissing': 'Namespace {namespace} does not exist: NXDOMAIN',
  'dns.k8s.namespaceNotExposed': 'Namespace {namespace} is not in the kubernetes plugin\'s `namespaces` list: NXDOMAIN',
  'dns.k8s.podsDisabled': 'Pod records are disabled (`pods disabled`): NXDOMAIN',
  'dns.k8s.notAnIP': '{name} is not a dashed IP address: NXDOMAIN',
  'dns.k8s.podNotFound': '`pods verified`: no pod in {namespace} has IP {ip}: NXDOMAIN',
  'dns.k8s.pod': 'Pod record for {ip} (pods {mode})',
  'dns.k8s.serviceMissing': 'There is no Service {namespace}/{service}: NXDOMAIN',
  'dns.k8s.emptyServiceIgnored': 'Service {namespace}/{service} has no ready endpoints and `ignore empty_service` is set: NXDOMAIN',
  'dns.k8s.externalName': 'Service {namespace}/{service} is an ExternalName: CNAME {target}',
  'dns.k8s.externalNameEndpoint': 'An ExternalName Service has no endpoints to name: NXDOMAIN',
  'dns.k8s.externalNameIP': 'ExternalName {target} of {namespace}/{service} is not a hostname: no record, NXDOMAIN',
  'dns.k8s.headless': 'Headless Service {namespace}/{service}: one record per ready endpoint ({count})',
  'dns.k8s.endpoint': 'Endpoint {endpoint} of Service {namespace}/{service}',
  'dns.k8s.endpointMissing': 'Service {namespace}/{service} has no endpoint named {endpoint}: NXDOMAIN',
  'dns.k8s.noEndpoints': 'Headless Service {namespace}/{service} has no ready endpoints: NXDOMAIN',
  'dns.k8s.noPort': 'Service {namespace}/{service} has no port named {port} with protocol {protocol}: NXDOMAIN',
  'dns.k8s.clusterIP': 'Service {namespace}/{service} ({type}) has cluster IP {ips}',
  'dns.k8s.dnsVersion': 'dns-version: the DNS schema version CoreDNS implements',
  'dns.k8s.txtOther': 'The kubernetes plugin publishes no TXT record here (NODATA)',
  'dns.k8s.nsRecord': 'The cluster DNS server itself: the kube-dns Service',
  'dns.k8s.ptrService': '{ip} is the cluster IP of {host}',
  'dns.k8s.ptrEndpoint': '{ip} is an endpoint: {host}',
  'dns.k8s.ptrNone': 'No Service or endpoint has IP {ip}',
  'dns.k8s.fallthrough': '{qname} is not in the cluster: `fallthrough {zone}` passes it to the next plugin',
  'dns.cname.follow': '{qname} is an alias (CNAME) for {target}: resolve the target',

  // Forwarding outside the cluster
  'dns.forward.coredns': 'CoreDNS is not authoritative for {qname}: `forward . {target}` sends it to {server}',
  'dns.forward.lan': 'The LAN DNS has no record for {qname}: it asks the internet ({server})',
  'dns.answer.upstream': '{server} answers {rcode} with {count} record(s) for {qname} {qtype}',
  'dns.world.found': '{server} has {count} {qtype} record(s) for {qname}',
  'dns.world.nodata': '{server} knows {qname} but has no {qtype} record (NODATA)',
  'dns.world.nxdomain': 'No such name on the internet: {qname} (NXDOMAIN)',

  // Diagnostics (resolv.conf and Corefile)
  'dns/nameserver-limit': 'More than {limit} nameservers: the kubelet keeps only "{applied}"',
  'dns/search-limit': 'Search line limits exceeded ({paths} domains, {chars} characters): the kubelet applies "{applied}"',
  'dns/none-without-nameservers': 'dnsPolicy None without dnsConfig.nameservers: the pod has no DNS server',
  'corefile/unknown-directive': 'CoreDNS plugin "{directive}" is not simulated; it is kept but has no effect here',
  'corefile/unknown-option': 'kubernetes option "{option}" is not simulated',
  'corefile/bad-value': '{directive}: "{value}" is not valid ({expected})',
  // What a bad value should have been: `expectedKey` of corefile/bad-value, rendered into {expected}.
  'corefile/expected.zone-or-cidr': 'a zone or a CIDR',
  'corefile/expected.pods-mode': 'disabled, insecure or verified',
  'corefile/expected.namespaces': 'at least one namespace',
  'corefile/expected.empty-service': 'only empty_service',
  'corefile/expected.ttl': 'a whole number of seconds from 0 to 3600',
  'corefile/expected.forward': 'FROM and at least one TO',
  'corefile/expected.cache-ttl': 'a number of seconds',
  'corefile/unclosed-block': 'A "{" is never closed',
  'corefile/unexpected-brace': 'Unexpected "}"',
  'corefile/other-server-block': 'Server block {zone} is not simulated: only the root block (.:53) is',
  'corefile/no-server-block': 'No server block for the root zone (".:53 { … }") was found',
  'corefile/zone-not-reverse-cidr': '{zone}: only CIDRs give reverse zones',
} as const;

registerCatalog(dnsCatalog);
