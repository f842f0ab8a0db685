/**
 * core/v1 Service, defaulted as pkg/apis/core/v1/defaults.go SetDefaults_Service does:
 * type ClusterIP, sessionAffinity None (ClientIP → timeout 10800 s), per port protocol TCP and
 * targetPort = port, externalTrafficPolicy Cluster (meaningful for NodePort/LoadBalancer/externalIPs),
 * internalTrafficPolicy Cluster, allocateLoadBalancerNodePorts true.
 *
 * Kept as written, because Kubernetes distinguishes them: an absent `selector` (null: a selector-less
 * Service whose endpoints are written by hand) from `{}`; `clusterIP` (undefined: allocate, 'None':
 * headless); `externalName` even when the type is not ExternalName (the API server ignores it there —
 * lint explains that, it is the classic mistake of seed 000).
 * `clusterIPs`/`ipFamilies` come from what is written; a Service that still needs an address gets them
 * from the ipallocator in reconcile, as the API server's allocator sets them at create time.
 */
import type { LoadBalancerIngress, Service, ServicePort, ServiceSpec, ServiceType } from '../../api/types';
import type { FieldPath } from '../diagnostics';
import { ipFamily } from '../validation/ip';
import { validateServiceSpec } from '../validation/service';
import type { DecodeContext, Raw } from './context';
import { decodeMeta, validateLabels } from './meta';
import { PROTOCOLS } from './pod';
import { EMPTY_LIST, mapOrEmpty } from '../../api/empty';

// Enum lists and paths as module constants: an array literal in the decoder would be allocated anew for every
// Service decoded.
const TYPES: readonly ServiceType[] = ['ClusterIP', 'NodePort', 'LoadBalancer', 'ExternalName'];
const AFFINITIES = ['None', 'ClientIP'] as const;
const POLICIES = ['Cluster', 'Local'] as const;
const FAMILY_POLICIES = ['SingleStack', 'PreferDualStack', 'RequireDualStack'] as const;
const OPTIONAL_STRINGS = ['externalName', 'loadBalancerIP', 'loadBalancerClass', 'trafficDistribution'] as const;
const SPEC: FieldPath = ['spec'];
const AFFINITY_CONFIG: FieldPath = ['spec', 'sessionAffinityConfig'];
const CLIENT_IP: FieldPath = ['spec', 'sessionAffinityConfig', 'clientIP'];
const DEFAULT_CLIENT_IP_TIMEOUT = 10800;

export function decodeService(raw: Raw, apiVersion: string, ctx: DecodeContext): Service {
  const metadata = decodeMeta(raw, 'Service', ctx);
  const s = ctx.obj(raw, 'spec', []);
  const at = SPEC;
  const type = ctx.oneOf(s, 'type', at, TYPES, 'service/type-unsupported') ?? 'ClusterIP';

  const ports: ServicePort[] = ctx.objects(s, 'ports', at).map(([p, pat]) => {
    const port = ctx.int(p, 'port', pat) ?? 0;
    const target = ctx.intOrString(p, 'targetPort', pat);
    const sp: ServicePort = {
      name: ctx.str(p, 'name', pat) ?? '',
      protocol: ctx.oneOf(p, 'protocol', pat, PROTOCOLS, 'service/protocol-unsupported') ?? 'TCP',
      port,
      targetPort: target === undefined || target === 0 || target === '' ? port : target,
    };
    const nodePort = ctx.int(p, 'nodePort', pat);
    if (nodePort) sp.nodePort = nodePort;
    const appProtocol = ctx.str(p, 'appProtocol', pat);
    if (appProtocol) sp.appProtocol = appProtocol;
    return sp;
  });

  const selector = ctx.stringMap(s, 'selector', at) ?? null;
  if (selector) validateLabels(selector, [...at, 'selector'], ctx);
  const clusterIP = ctx.str(s, 'clusterIP', at) || undefined;
  const writtenIPs = ctx.strings(s, 'clusterIPs', at);
  const clusterIPs = writtenIPs.length ? writtenIPs : clusterIP ? [clusterIP] : EMPTY_LIST;
  const writtenFamilies = ctx.strings(s, 'ipFamilies', at).filter((f): f is 'IPv4' | 'IPv6' => f === 'IPv4' || f === 'IPv6');
  const derived = clusterIPs.length === 0 ? EMPTY_LIST : clusterIPs.map(ipFamily).filter((f): f is 'IPv4' | 'IPv6' => f !== undefined);
  const sessionAffinity = ctx.oneOf(s, 'sessionAffinity', at, AFFINITIES, 'service/session-affinity-unsupported') ?? 'None';
  const timeout = ctx.int(ctx.obj(ctx.obj(s, 'sessionAffinityConfig', at), 'clientIP', AFFINITY_CONFIG), 'timeoutSeconds', CLIENT_IP);

  const spec: ServiceSpec = {
    type,
    selector,
    clusterIPs,
    ipFamilies: writtenFamilies.length ? writtenFamilies : derived,
    ports,
    externalIPs: ctx.strings(s, 'externalIPs', at),
    sessionAffinity,
    sessionAffinityTimeoutSeconds: timeout ?? DEFAULT_CLIENT_IP_TIMEOUT,
    externalTrafficPolicy: ctx.oneOf(s, 'externalTrafficPolicy', at, POLICIES, 'service/traffic-policy-unsupported') ?? 'Cluster',
    internalTrafficPolicy: ctx.oneOf(s, 'internalTrafficPolicy', at, POLICIES, 'service/traffic-policy-unsupported') ?? 'Cluster',
    publishNotReadyAddresses: ctx.bool(s, 'publishNotReadyAddresses', at) ?? false,
    loadBalancerSourceRanges: ctx.strings(s, 'loadBalancerSourceRanges', at),
    allocateLoadBalancerNodePorts: ctx.bool(s, 'allocateLoadBalancerNodePorts', at) ?? true,
  };
  if (clusterIP) spec.clusterIP = clusterIP;
  const policy = ctx.oneOf(s, 'ipFamilyPolicy', at, FAMILY_POLICIES, 'object/unsupported-value');
  if (policy) spec.ipFamilyPolicy = policy;
  for (const key of OPTIONAL_STRINGS) {
    const v = ctx.str(s, key, at);
    if (v) spec[key] = v;
  }
  const hc = ctx.int(s, 'healthCheckNodePort', at);
  if (hc) spec.healthCheckNodePort = hc;

  validateServiceSpec(spec, writtenIPs.length > 0, ctx, {
    externalTrafficPolicy: s?.externalTrafficPolicy !== undefined && s?.externalTrafficPolicy !== null,
    allocateLoadBalancerNodePorts: s?.allocateLoadBalancerNodePorts !== undefined && s?.allocateLoadBalancerNodePorts !== null,
  });
  return { kind: 'Service', apiVersion, metadata, spec, status: { loadBalancer: { ingress: decodeLBStatus(raw, ctx, true) } } };
}

const IP_MODES = ['VIP', 'Proxy'] as const;

/**
 * status.loadBalancer.ingress of a real cluster's Service or Ingress (cloud-assigned addresses). `ipMode` is a
 * Service's field only (networking/v1 IngressLoadBalancerIngress has none).
 */
export function decodeLBStatus(raw: Raw, ctx: DecodeContext, service = false): readonly LoadBalancerIngress[] {
  const at: FieldPath = ['status', 'loadBalancer'];
  const lb = ctx.obj(ctx.obj(raw, 'status', []), 'loadBalancer', ['status']);
  return mapOrEmpty(ctx.objects(lb, 'ingress', at), ([i, iat]) => {
    const out: LoadBalancerIngress = {};
    const ip = ctx.str(i, 'ip', iat);
    const hostname = ctx.str(i, 'hostname', iat);
    if (ip) out.ip = ip;
    if (hostname) out.hostname = hostname;
    if (service) {
      const ipMode = ctx.oneOf(i, 'ipMode', iat, IP_MODES, 'object/unsupported-value');
      if (ipMode) out.ipMode = ipMode;
    }
    return out;
  });
}
