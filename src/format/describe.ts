/**
 * `kubectl describe service` and `kubectl describe ingress`, printed as kubectl 1.32 prints them (the kubectl
 * installed here, checked byte for byte against it through a fake API server serving PodPath's objects; later
 * versions add an AppProtocol line and drop Events when several objects are described)
 * (staging/src/k8s.io/kubectl/pkg/describe/describe.go: describeService, IngressDescriber.describeIngressV1,
 * formatEndpointSlices, printLabelsMultiline, printAnnotationsMultiline, DescribeEvents), laid out by Go's
 * tabwriter (./tabwriter.ts). The endpoints come from the Service's EndpointSlices (the
 * `kubernetes.io/service-name` label), as kubectl reads them since v1 Endpoints were deprecated. The
 * simulation records no events, so every description ends with `Events: <none>`, as a quiet cluster's does.
 */
import type { EndpointSlice, Ingress, IngressBackend, LoadBalancerIngress, Service } from '../api/types';
import { LABEL_SERVICE_NAME } from '../api/types';
import type { SimService } from '../cluster/state';
import { tabwrite } from './tabwriter';

/** Each level of describe's PrefixWriter indents two spaces. */
const LEVEL_1 = '  ';
const LEVEL_2 = '    ';

/** Annotations longer than this (key + value + 2, in bytes) go on their own lines (describe.go maxAnnotationLen). */
const MAX_ANNOTATION_LEN = 140;
/** Always left out of describe's annotations (describe.go skipAnnotations). */
const LAST_APPLIED = 'kubectl.kubernetes.io/last-applied-configuration';

const byteLength = (s: string) => new TextEncoder().encode(s).length;

/**
 * printers.WriteEscaped (k8s.io/cli-runtime terminal.go), through which describe writes everything: ESC becomes
 * `^[` and CR `\r`, so a label or an annotation cannot move the terminal's cursor.
 */
const escapeTerminal = (s: string) => s.replaceAll('\x1b', '^[').replaceAll('\r', '\\r');

/** printLabelsMultiline: `Title:\t<none>`, or one `key=value` per line, keys sorted. */
function labelLines(title: string, labels: Readonly<Record<string, string>>): string {
  const keys = Object.keys(labels).sort();
  if (keys.length === 0) return `${title}:\t<none>\n`;
  return keys.map((k, i) => `${i === 0 ? `${title}:` : ''}\t${k}=${labels[k]}\n`).join('');
}

/** printAnnotationsMultiline: long or multi-line values go under their key, each line cut at 138 bytes. */
function annotationLines(annotations: Readonly<Record<string, string>>): string {
  const keys = Object.keys(annotations).filter((k) => k !== LAST_APPLIED).sort();
  if (keys.length === 0) return 'Annotations:\t<none>\n';
  let s = 'Annotations:\t';
  keys.forEach((key, i) => {
    if (i !== 0) s += '\t';
    const value = annotations[key].replace(/\n$/, '');
    if (byteLength(value) + byteLength(key) + 2 > MAX_ANNOTATION_LEN || value.includes('\n')) {
      s += `${key}:\n`;
      for (const line of value.split('\n')) s += `\t  ${shorten(line, MAX_ANNOTATION_LEN - 2)}\n`;
    } else {
      s += `${key}: ${value}\n`;
    }
  });
  return s;
}

function shorten(s: string, max: number): string {
  const bytes = new TextEncoder().encode(s);
  return bytes.length > max ? `${new TextDecoder().decode(bytes.slice(0, max))}...` : s;
}

/** labels.FormatLabels: `k=v,k2=v2`, keys sorted; `<none>` when empty. */
function formatLabels(labels: Readonly<Record<string, string>> | null): string {
  const keys = Object.keys(labels ?? {}).sort();
  return keys.length === 0 ? '<none>' : keys.map((k) => `${k}=${labels![k]}`).join(',');
}

/**
 * What kubectl does when its own code dereferences a nil pointer: Go's runtime panic, the command dies. (describe.go
 * formatEndpointSlices reads `*port.Port`, and discovery/v1 allows an EndpointSlice port without a number.)
 */
export class KubectlPanic extends Error {}

/** net.JoinHostPort. */
const hostPort = (ip: string, port: number) => (ip.includes(':') ? `[${ip}]:${port}` : `${ip}:${port}`);

/**
 * describe.go formatEndpointSlices, quirks included: ready endpoints of the slice ports named `portName` (all
 * endpoints when a slice has no ports), the first three shown, then `+ N more...`. (`more` is decided before an
 * endpoint's readiness is looked at, so three ready endpoints and a fourth not ready print `+ 0 more...`.)
 */
export function formatEndpointSlices(slices: readonly EndpointSlice[], portName: string | undefined): string {
  if (slices.length === 0) return '<none>';
  const max = 3;
  const list: string[] = [];
  let more = false;
  let count = 0;
  for (const slice of slices) {
    if (slice.ports.length === 0) {
      for (const ep of slice.endpoints) {
        if (list.length === max) more = true;
        if (!ep.conditions.ready) continue;
        if (!more) list.push(ep.addresses[0]);
        count++;
      }
      continue;
    }
    for (const port of slice.ports) {
      if (portName !== undefined && port.name !== portName) continue;
      for (const ep of slice.endpoints) {
        if (list.length === max) more = true;
        if (!ep.conditions.ready) continue;
        if (!more) {
          if (port.port === undefined) {
            throw new KubectlPanic('panic: runtime error: invalid memory address or nil pointer dereference\n'
              + `(kubectl describe crashes here: EndpointSlice ${slice.metadata.namespace}/${slice.metadata.name} has a port with no number, which formatEndpointSlices reads without checking)`);
          }
          list.push(hostPort(ep.addresses[0], port.port));
        }
        count++;
      }
    }
  }
  const joined = list.join(',');
  return more ? `${joined} + ${count - max} more...` : joined;
}

/** The EndpointSlices kubectl lists for a Service: its namespace, label `kubernetes.io/service-name`, by name. */
export function slicesOf(all: readonly EndpointSlice[], namespace: string, name: string): EndpointSlice[] {
  return all
    .filter((s) => s.metadata.namespace === namespace && s.metadata.labels[LABEL_SERVICE_NAME] === name)
    .sort((a, b) => (a.metadata.name < b.metadata.name ? -1 : a.metadata.name > b.metadata.name ? 1 : 0));
}

/** describe.go buildIngressString: each IP with its ipMode (VIP unless the load balancer says Proxy), else the hostname. */
function lbIngressString(ingress: readonly LoadBalancerIngress[]): string {
  return ingress.map((i) => (i.ip ? (i.ipMode ? `${i.ip} (${i.ipMode})` : i.ip) : i.hostname ?? '')).join(', ');
}

/** `kubectl describe service NAME`. */
export function describeService(sim: SimService, slices: readonly EndpointSlice[]): string {
  const svc: Service = sim.service;
  const spec = svc.spec;
  const type = spec.type;
  let s = `Name:\t${svc.metadata.name}\nNamespace:\t${svc.metadata.namespace}\n`;
  s += labelLines('Labels', svc.metadata.labels);
  s += annotationLines(svc.metadata.annotations);
  s += `Selector:\t${formatLabels(spec.selector)}\nType:\t${type}\n`;
  if (spec.ipFamilyPolicy) s += `IP Family Policy:\t${spec.ipFamilyPolicy}\n`;
  s += `IP Families:\t${spec.ipFamilies.length ? spec.ipFamilies.join(',') : '<none>'}\n`;
  s += `IP:\t${spec.clusterIP ?? ''}\n`;
  s += `IPs:\t${spec.clusterIPs.length ? spec.clusterIPs.join(',') : '<none>'}\n`;
  if (spec.externalIPs.length) s += `External IPs:\t${spec.externalIPs.join(',')}\n`;
  if (spec.loadBalancerIP) s += `Desired LoadBalancer IP:\t${spec.loadBalancerIP}\n`;
  // Printed whatever the type: on a Service that is not ExternalName the API server keeps it and ignores it.
  if (spec.externalName) s += `External Name:\t${spec.externalName}\n`;
  if (sim.loadBalancerIngress.length) s += `LoadBalancer Ingress:\t${lbIngressString(sim.loadBalancerIngress)}\n`;
  for (const p of spec.ports) {
    const name = p.name || '<unset>';
    s += `Port:\t${name}\t${p.port}/${p.protocol}\n`;
    s += `TargetPort:\t${p.targetPort}/${p.protocol}\n`;
    if (p.nodePort) s += `NodePort:\t${name}\t${p.nodePort}/${p.protocol}\n`;
    s += `Endpoints:\t${formatEndpointSlices(slices, p.name)}\n`;
  }
  s += `Session Affinity:\t${spec.sessionAffinity}\n`;
  // The policies are set only where the API server defaults them (see object.ts).
  const external = type === 'NodePort' || type === 'LoadBalancer' || (type === 'ClusterIP' && spec.externalIPs.length > 0);
  if (external) s += `External Traffic Policy:\t${spec.externalTrafficPolicy}\n`;
  if (type !== 'ExternalName') s += `Internal Traffic Policy:\t${spec.internalTrafficPolicy}\n`;
  if (spec.healthCheckNodePort) s += `HealthCheck NodePort:\t${spec.healthCheckNodePort}\n`;
  if (spec.loadBalancerSourceRanges.length) s += `LoadBalancer Source Ranges:\t${spec.loadBalancerSourceRanges.join(',')}\n`;
  s += 'Events:\t<none>\n';
  return tabwrite(escapeTerminal(s));
}

export interface IngressLookup {
  service(namespace: string, name: string): SimService | undefined;
  slices(namespace: string, name: string): readonly EndpointSlice[];
}

/** describe.go serviceBackendStringer + describeBackendV1: `svc:port (endpoints)`. */
function describeBackend(namespace: string, backend: IngressBackend, look: IngressLookup): string {
  if (backend.service) {
    const { name, port } = backend.service;
    const sb = `${name}:${port.number ? port.number : port.name ?? ''}`;
    const svc = look.service(namespace, name);
    if (!svc) return `${sb} (<error: services "${name}" not found>)`;
    let spName = '';
    for (const sp of svc.service.spec.ports) {
      if (port.number && port.number === sp.port) spName = sp.name;
      else if (port.name && port.name === sp.name) spName = sp.name;
    }
    return `${sb} (${formatEndpointSlices(look.slices(namespace, name), spName)})`;
  }
  if (backend.resource) {
    const r = backend.resource;
    return `APIGroup: ${r.apiGroup ?? '<none>'}, Kind: ${r.kind}, Name: ${r.name}`;
  }
  return '';
}

/** ingressLoadBalancerStatusStringerV1 (wide): the distinct IPs, else hostnames, sorted, joined by commas. */
function ingressAddress(address: readonly LoadBalancerIngress[]): string {
  const set = new Set<string>();
  for (const a of address) {
    if (a.ip) set.add(a.ip);
    else if (a.hostname) set.add(a.hostname);
  }
  return [...set].sort().join(',');
}

/** `kubectl describe ingress NAME`. `address`: what the controller wrote in its status. */
export function describeIngress(ing: Ingress, address: readonly LoadBalancerIngress[], look: IngressLookup): string {
  const ns = ing.metadata.namespace;
  let s = `Name:\t${ing.metadata.name}\n`;
  s += labelLines('Labels', ing.metadata.labels);
  s += `Namespace:\t${ns}\nAddress:\t${ingressAddress(address)}\n`;
  s += `Ingress Class:\t${ing.spec.ingressClassName ?? '<none>'}\n`;
  const def = ing.spec.defaultBackend ? describeBackend(ns, ing.spec.defaultBackend, look) : '<default>';
  s += `Default backend:\t${def}\n`;
  if (ing.spec.tls.length) {
    s += 'TLS:\n';
    for (const t of ing.spec.tls) s += t.secretName ? `${LEVEL_1}${t.secretName} terminates ${t.hosts.join(',')}\n` : `${LEVEL_1}SNI routes ${t.hosts.join(',')}\n`;
  }
  s += `Rules:\n${LEVEL_1}Host\tPath\tBackends\n${LEVEL_1}----\t----\t--------\n`;
  let count = 0;
  for (const rule of ing.spec.rules) {
    if (!rule.http) continue;
    count++;
    s += `${LEVEL_1}${rule.host || '*'}\t\n`;
    for (const path of rule.http.paths) s += `${LEVEL_2}\t${path.path ?? ''} \t${describeBackend(ns, path.backend, look)}\n`;
  }
  if (count === 0) s += `${LEVEL_1}*\t*\t${def}\n`;
  s += annotationLines(ing.metadata.annotations);
  s += 'Events:\t<none>\n';
  return tabwrite(escapeTerminal(s));
}
