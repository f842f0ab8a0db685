/**
 * core/v1 Pod and PodSpec, with the defaults of pkg/apis/core/v1/defaults.go (SetDefaults_PodSpec:
 * dnsPolicy ClusterFirst; SetDefaults_ContainerPort: protocol TCP; hostNetwork pods get hostPort =
 * containerPort) and the checks of pkg/apis/core/validation ValidatePodSpec that matter for networking:
 * containers required, container ports, hostname/subdomain labels, dnsPolicy None needs dnsConfig.
 */
import type { Container, ContainerPort, InitContainer, DNSPolicy, HostAlias, Pod, PodCondition, PodDNSConfig, PodSpec, PodStatus, Protocol, Toleration } from '../../api/types';
import type { FieldPath } from '../diagnostics';
import { isDNS1123Label, isDNS1123Subdomain, isValidPortName, isValidPortNum } from '../validation/names';
import { isValidIP } from '../validation/ip';
import { hostPortDuplicates } from '../validation/hostPorts';
import { fieldString, type DecodeContext, type Raw } from './context';
import { decodeMeta } from './meta';
import { EMPTY_LIST, EMPTY_MAP, mapOrEmpty } from '../../api/empty';

export const PROTOCOLS: readonly Protocol[] = ['TCP', 'UDP', 'SCTP'];
const DNS_POLICIES: readonly DNSPolicy[] = ['ClusterFirst', 'ClusterFirstWithHostNet', 'Default', 'None'];

/** A container port with where it was written, for the checks across the pod's containers (portChecks). */
interface WrittenPort {
  port: ContainerPort;
  /** spec…ports[i].hostIP as written ('' when not). */
  hostIP: string;
  /** The hostPort validation and the warnings see (0: none). */
  hostPort: number;
  field: FieldPath;
}

/**
 * checkHostPortConflicts (validation.go): an error for a second port with the same hostPort, protocol and hostIP
 * (`spec.containers[1].ports[0].hostPort: Duplicate value: "TCP//8080"`); the object is rejected. The containers
 * are checked together; each init container alone, as they run one by one. Upstream passes that one init container
 * as a list of one under `spec.initContainers`, so its message always says `initContainers[0]`: the message keeps
 * that, the range points at the port itself.
 */
function hostPortConflicts(ports: readonly WrittenPort[], ctx: DecodeContext, printed?: (field: FieldPath) => string): void {
  for (const { index, key } of hostPortDuplicates(ports.map((p) => ({ protocol: p.port.protocol, hostIP: p.hostIP, hostPort: p.hostPort })))) {
    const field = [...ports[index].field, 'hostPort'];
    ctx.error('pod/host-port-duplicate', field, printed ? { value: key, field: printed(field) } : { value: key });
  }
}

/**
 * The warnings of pkg/api/pod/warnings.go about ports, over every container the way VisitContainersWithPath walks
 * them (init containers first). The API server computes warnings only for an object that passed validation, so
 * they are deferred (DecodeContext.warnIfAccepted); the object is created.
 *  - hostIP without a hostPort ("hostIP set without hostPort: {…}", the port printed as Go's %+v prints it);
 *  - a port another one already lists with the same containerPort and protocol: the same host side is "duplicate",
 *    either without a hostPort "overlapping", the same hostPort with a hostIP on only one side "dangerously ambiguous";
 *  - a port name another container or init container already uses ("services and probes that select ports by
 *    name will use" the first, says the API server; FindPort in fact looks at the containers before the sidecars,
 *    and never at a plain init container).
 */
function portWarnings(ports: readonly WrittenPort[], ctx: DecodeContext): void {
  let names: Map<string, FieldPath> | undefined;
  for (let i = 0; i < ports.length; i++) {
    const p = ports[i];
    if (p.hostIP !== '' && p.hostPort === 0) {
      const c = p.port;
      ctx.warnIfAccepted('pod/port-host-ip-without-host-port', p.field, {
        port: `{Name:${c.name ?? ''} HostPort:0 ContainerPort:${c.containerPort} Protocol:${c.protocol} HostIP:${p.hostIP}}`,
      });
    }
    for (let j = 0; j < i; j++) {
      const o = ports[j];
      if (p.port.containerPort !== o.port.containerPort || p.port.protocol !== o.port.protocol) continue;
      const other = fieldString(o.field);
      if (p.hostIP === o.hostIP && p.hostPort === o.hostPort) ctx.warnIfAccepted('pod/port-duplicate-definition', p.field, { other });
      else if (p.hostPort === 0 || o.hostPort === 0) ctx.warnIfAccepted('pod/port-overlapping-definition', p.field, { other });
      else if (p.hostPort === o.hostPort && (p.hostIP === '') !== (o.hostIP === '')) ctx.warnIfAccepted('pod/port-ambiguous-definition', p.field, { other });
    }
  }
  for (const p of ports) {
    const name = p.port.name;
    if (!name) continue;
    const first = names?.get(name);
    if (first) ctx.warnIfAccepted('pod/port-name-duplicate', p.field, { name, other: fieldString(first) });
    else (names ??= new Map()).set(name, p.field);
  }
}

const CONTAINER_RESTART_POLICIES = ['Always'] as const;

/**
 * One container or init container: validateContainerCommon's name rule (required, a DNS-1123 label) and
 * validateContainerPorts (port numbers, port names unique within the container). Its ports join `written`.
 */
function decodeContainer(
  c: Raw, cat: FieldPath, hostNetwork: boolean, template: boolean, init: boolean, written: WrittenPort[], ctx: DecodeContext,
): InitContainer {
  const name = ctx.str(c, 'name', cat) ?? '';
  if (!name) ctx.error('pod/container-name-required', [...cat, 'name']);
  else {
    const errs = isDNS1123Label(name);
    if (errs.length) ctx.error('pod/container-name-invalid', [...cat, 'name'], { name, reason: errs.join('; ') });
  }
  // validateInitContainerRestartPolicy: only Always (a sidecar); other values need an alpha feature gate. The field
  // is a pointer with no default, so an empty string is a value too ("Unsupported value: \"\""). On a container,
  // validateContainers forbids it.
  let restartPolicy: 'Always' | undefined;
  if (init && c.restartPolicy === '') {
    ctx.error('object/unsupported-value', [...cat, 'restartPolicy'], { value: '', supported: '"Always"' });
  } else if (init) {
    restartPolicy = ctx.oneOf(c, 'restartPolicy', cat, CONTAINER_RESTART_POLICIES, 'object/unsupported-value');
  } else if (c.restartPolicy !== undefined && c.restartPolicy !== null) {
    ctx.error('pod/container-restart-policy-forbidden', [...cat, 'restartPolicy']);
  }
  // Port names are unique within one container (validateContainerPorts builds its set per container): two
  // containers may both name a port `http` (the API server then warns, see portWarnings).
  let portNames: Set<string> | undefined; // made for the first named port
  const ports: ContainerPort[] = [];
  for (const [p, pat] of ctx.objects(c, 'ports', cat)) {
    const containerPort = ctx.int(p, 'containerPort', pat) ?? 0;
    if (isValidPortNum(containerPort).length) ctx.error('pod/container-port-invalid', [...pat, 'containerPort'], { port: containerPort });
    const port: ContainerPort = {
      containerPort,
      protocol: ctx.oneOf(p, 'protocol', pat, PROTOCOLS, 'object/unsupported-value') ?? 'TCP',
    };
    const portName = ctx.str(p, 'name', pat);
    if (portName) {
      port.name = portName;
      const errs = isValidPortName(portName);
      if (errs.length) ctx.error('pod/container-port-name-invalid', [...pat, 'name'], { name: portName, reason: errs.join('; ') });
      else if (portNames?.has(portName)) ctx.error('pod/container-port-name-duplicate', [...pat, 'name'], { name: portName });
      (portNames ??= new Set()).add(portName);
    }
    const writtenHostPort = ctx.int(p, 'hostPort', pat);
    // SetDefaults_Pod: a hostNetwork pod's ports (containers and init containers) get hostPort = containerPort,
    // an explicit 0 included (defaultHostNetworkPorts tests for 0).
    const hostPort = writtenHostPort || (hostNetwork ? containerPort : undefined);
    if (hostPort) port.hostPort = hostPort;
    const hostIP = typeof p.hostIP === 'string' ? p.hostIP : '';
    if (hostIP) port.hostIP = hostIP;
    ports.push(port);
    written.push({ port, hostIP, hostPort: (template ? writtenHostPort : hostPort) ?? 0, field: pat });
  }
  const container: InitContainer = { name, ports };
  const image = ctx.str(c, 'image', cat);
  if (image) container.image = image;
  if (restartPolicy) container.restartPolicy = restartPolicy;
  return container;
}

const OPERATORS: readonly Toleration['operator'][] = ['Exists', 'Equal'];
const EFFECTS: readonly NonNullable<Toleration['effect']>[] = ['NoSchedule', 'PreferNoSchedule', 'NoExecute'];

/** spec.tolerations, as the scheduler's TaintToleration plugin reads them; undefined when none are listed. */
function decodeTolerations(spec: Raw | undefined, at: FieldPath, ctx: DecodeContext): Toleration[] | undefined {
  const raw = ctx.objects(spec, 'tolerations', at);
  if (raw.length === 0) return undefined;
  return raw.map(([t, tat]) => {
    const tol: Toleration = { operator: ctx.oneOf(t, 'operator', tat, OPERATORS, 'object/unsupported-value') ?? 'Equal' };
    const key = ctx.str(t, 'key', tat);
    if (key) tol.key = key;
    const value = ctx.str(t, 'value', tat);
    if (value) tol.value = value;
    const effect = ctx.oneOf(t, 'effect', tat, EFFECTS, 'object/unsupported-value');
    if (effect) tol.effect = effect;
    return tol;
  });
}

/**
 * `template`: a pod template's spec (Deployment, StatefulSet, ReplicaSet). Since Kubernetes 1.28 a template's
 * hostPort is not defaulted from a hostNetwork pod's containerPort (only the pods made from it are); the
 * template's own port checks see the hostPort as written.
 */
export function decodePodSpec(spec: Raw | undefined, at: FieldPath, ctx: DecodeContext, template = false): PodSpec {
  const hostNetwork = ctx.bool(spec, 'hostNetwork', at) ?? false;
  const written: WrittenPort[] = [];

  // validateInitContainers: before the containers (as VisitContainersWithPath walks them); each one's host ports
  // alone; names unique among the containers and init containers.
  const rawInit = ctx.objects(spec, 'initContainers', at);
  let initContainers: InitContainer[] | undefined;
  for (const [c, cat] of rawInit) {
    const from = written.length;
    (initContainers ??= []).push(decodeContainer(c, cat, hostNetwork, template, true, written, ctx));
    hostPortConflicts(written.slice(from), ctx, (field) => fieldString([...at, 'initContainers', 0, ...field.slice(at.length + 2)]));
  }
  const firstContainerPort = written.length;
  const containers: Container[] = [];
  const rawContainers = ctx.objects(spec, 'containers', at);
  if (rawContainers.length === 0) ctx.error('pod/containers-required', [...at, 'containers']);
  // (A container never gets a restartPolicy key: decodeContainer reads it for init containers only.)
  for (const [c, cat] of rawContainers) containers.push(decodeContainer(c, cat, hostNetwork, template, false, written, ctx));
  hostPortConflicts(firstContainerPort === 0 ? written : written.slice(firstContainerPort), ctx);
  containerNameDuplicates(containers, initContainers, at, ctx);
  if (written.length > 1 || (written.length === 1 && written[0].hostIP !== '')) portWarnings(written, ctx);

  const dnsPolicy = ctx.oneOf(spec, 'dnsPolicy', at, DNS_POLICIES, 'object/unsupported-value') ?? 'ClusterFirst';
  const out: PodSpec = {
    setHostnameAsFQDN: ctx.bool(spec, 'setHostnameAsFQDN', at) ?? false,
    hostNetwork,
    dnsPolicy,
    containers,
    nodeSelector: ctx.stringMap(spec, 'nodeSelector', at) ?? EMPTY_MAP,
  };
  if (initContainers) out.initContainers = initContainers;
  const tolerations = decodeTolerations(spec, at, ctx);
  if (tolerations) out.tolerations = tolerations;
  // spec.readinessGates: conditions the kubelet's Ready condition waits for (GeneratePodReadyCondition).
  const gates = ctx.objects(spec, 'readinessGates', at).map(([g, gat]) => ctx.str(g, 'conditionType', gat) ?? '').filter((g) => g !== '');
  if (gates.length) out.readinessGates = gates;
  const nodeName = ctx.str(spec, 'nodeName', at);
  if (nodeName) out.nodeName = nodeName;
  for (const key of ['hostname', 'subdomain'] as const) {
    const v = ctx.str(spec, key, at);
    if (!v) continue;
    out[key] = v;
    const errs = isDNS1123Label(v);
    if (errs.length) ctx.error('pod/hostname-invalid', [...at, key], { key, value: v, reason: errs.join('; ') });
  }
  // ValidateHostAliases (pkg/apis/core/validation): each ip a valid IP, each hostname a DNS-1123 subdomain.
  const aliases = ctx.objects(spec, 'hostAliases', at);
  if (aliases.length) {
    const hostAliases: HostAlias[] = [];
    for (const [a, aat] of aliases) {
      const ip = ctx.str(a, 'ip', aat) ?? '';
      if (isValidIP(ip).length) ctx.error('pod/host-alias-ip-invalid', [...aat, 'ip'], { value: ip });
      const hostnames = ctx.strings(a, 'hostnames', aat);
      hostnames.forEach((h, j) => {
        const errs = isDNS1123Subdomain(h);
        if (errs.length) ctx.error('pod/host-alias-hostname-invalid', [...aat, 'hostnames', j], { value: h, reason: errs.join('; ') });
      });
      hostAliases.push({ ip, hostnames });
    }
    out.hostAliases = hostAliases;
  }
  const dnsConfig = ctx.obj(spec, 'dnsConfig', at);
  if (dnsConfig) out.dnsConfig = decodeDnsConfig(dnsConfig, [...at, 'dnsConfig'], ctx);
  // validatePodDNSConfig (pkg/apis/core/validation): dnsPolicy None needs a dnsConfig, and one with a nameserver.
  if (dnsPolicy === 'None' && !dnsConfig) {
    ctx.error('pod/dns-config-required', [...at, 'dnsPolicy'], { field: fieldString([...at, 'dnsConfig']) });
  } else if (dnsPolicy === 'None' && out.dnsConfig && out.dnsConfig.nameservers.length === 0) {
    ctx.error('pod/dns-nameserver-required', [...at, 'dnsConfig', 'nameservers']);
  }
  return out;
}

/**
 * Container names are unique among the containers (validateContainers) and among the containers and init
 * containers together (validateInitContainers, which checks each init container against the containers and the
 * init containers before it): `spec.initContainers[0].name: Duplicate value: "app"`.
 */
function containerNameDuplicates(containers: readonly Container[], init: readonly InitContainer[] | undefined, at: FieldPath, ctx: DecodeContext): void {
  if (containers.length + (init?.length ?? 0) < 2) return;
  const names = new Set<string>();
  // (validateContainers keeps even an empty name, so a second nameless container is a duplicate too;
  // validateInitContainers keeps only names that are set.)
  containers.forEach((c, i) => {
    if (names.has(c.name)) ctx.error('pod/container-name-duplicate', [...at, 'containers', i, 'name'], { name: c.name });
    else names.add(c.name);
  });
  init?.forEach((c, i) => {
    if (names.has(c.name)) ctx.error('pod/container-name-duplicate', [...at, 'initContainers', i, 'name'], { name: c.name });
    else if (c.name) names.add(c.name);
  });
}

/** validatePodDNSConfig's limits, from glibc's resolver (MaxDNSNameservers, MaxDNSSearchPaths, MaxDNSSearchListChars). */
const MAX_DNS_NAMESERVERS = 3;
const MAX_DNS_SEARCH_PATHS = 32;
const MAX_DNS_SEARCH_LIST_CHARS = 2048;

/**
 * A search path validatePodDNSConfig accepts: "." (no search at all), or, with a trailing dot allowed, a lowercase
 * RFC 1123 subdomain in which labels may also hold `_` (IsDNS1123SubdomainWithUnderscore: at most 253 characters,
 * `_?[a-z0-9]([-_a-z0-9]*[a-z0-9])?` labels). This is the relaxed rule of KEP-4427 (RelaxedDNSSearchValidation:
 * beta and on by default in Kubernetes 1.33, GA in 1.34); before it, `_` and "." were refused too.
 */
const SEARCH_PATH = /^_?[a-z0-9]([-_a-z0-9]*[a-z0-9])?(\._?[a-z0-9]([-_a-z0-9]*[a-z0-9])?)*$/;
function isValidSearchPath(search: string): boolean {
  if (search === '.') return true;
  const name = search.endsWith('.') ? search.slice(0, -1) : search;
  return name.length <= 253 && SEARCH_PATH.test(name);
}

function decodeDnsConfig(c: Raw, at: FieldPath, ctx: DecodeContext): PodDNSConfig {
  const nameservers = ctx.strings(c, 'nameservers', at);
  nameservers.forEach((ns, i) => {
    if (isValidIP(ns).length) ctx.error('pod/nameserver-invalid', [...at, 'nameservers', i], { value: ns });
  });
  if (nameservers.length > MAX_DNS_NAMESERVERS) {
    ctx.error('pod/dns-too-many-nameservers', [...at, 'nameservers'], { count: nameservers.length, max: MAX_DNS_NAMESERVERS });
  }
  const options = ctx.objects(c, 'options', at).map(([o, oat]) => {
    const opt: { name: string; value?: string } = { name: ctx.str(o, 'name', oat) ?? '' };
    if (!opt.name) ctx.error('pod/dns-option-name-required', oat);
    const value = ctx.str(o, 'value', oat);
    if (value !== undefined) opt.value = value;
    return opt;
  });
  const searches = ctx.strings(c, 'searches', at);
  searches.forEach((search, i) => {
    if (!isValidSearchPath(search)) ctx.error('pod/dns-search-invalid', [...at, 'searches', i], { value: search });
  });
  if (searches.length > MAX_DNS_SEARCH_PATHS) {
    ctx.error('pod/dns-too-many-searches', [...at, 'searches'], { count: searches.length, max: MAX_DNS_SEARCH_PATHS });
  }
  // Counted with the spaces between them, as they would stand in resolv.conf.
  const chars = searches.join(' ').length;
  if (chars > MAX_DNS_SEARCH_LIST_CHARS) {
    ctx.error('pod/dns-search-list-too-long', [...at, 'searches'], { chars, max: MAX_DNS_SEARCH_LIST_CHARS });
  }
  return { nameservers, searches, options };
}

const PHASES = ['Pending', 'Running', 'Succeeded', 'Failed', 'Unknown'] as const;

/** status as a real cluster reports it (kubectl get pods -o yaml); absent for hand-written pods. */
function decodePodStatus(raw: Raw, ctx: DecodeContext): PodStatus {
  const s = ctx.obj(raw, 'status', []);
  const at: FieldPath = ['status'];
  const podIPs = ctx.objects(s, 'podIPs', at);
  const status: PodStatus = {
    podIPs: podIPs.length ? podIPs.map(([p, pat]) => ctx.str(p, 'ip', pat) ?? '').filter(Boolean) : EMPTY_LIST,
    conditions: mapOrEmpty(ctx.objects(s, 'conditions', at), ([c, cat]): PodCondition => ({
      type: ctx.str(c, 'type', cat) ?? '',
      status: (['True', 'False', 'Unknown'] as const).find((v) => v === c.status) ?? 'Unknown',
    })),
  };
  const phase = ctx.str(s, 'phase', at);
  if (phase) status.phase = (PHASES as readonly string[]).includes(phase) ? (phase as PodStatus['phase']) : 'Unknown';
  const reason = ctx.str(s, 'reason', at);
  if (reason) status.reason = reason;
  const podIP = ctx.str(s, 'podIP', at);
  if (podIP) {
    status.podIP = podIP;
    if (status.podIPs.length === 0) status.podIPs = [podIP];
  }
  const hostIP = ctx.str(s, 'hostIP', at);
  if (hostIP) status.hostIP = hostIP;
  return status;
}

export function decodePod(raw: Raw, apiVersion: string, ctx: DecodeContext): Pod {
  return {
    kind: 'Pod',
    apiVersion,
    metadata: decodeMeta(raw, 'Pod', ctx),
    spec: decodePodSpec(ctx.obj(raw, 'spec', []), ['spec'], ctx),
    status: decodePodStatus(raw, ctx),
  };
}
