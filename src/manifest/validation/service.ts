/**
 * The per-object checks of pkg/apis/core/validation ValidateService (validateServicePort,
 * validateServiceClusterIPsRelatedFields), on the defaulted spec. Checks that need the other Services or
 * the cluster's configuration (clusterIP/nodePort ranges and collisions, done by the API server's
 * allocators) are in ./allocation.ts.
 */
import type { ServiceSpec } from '../../api/types';
import type { DecodeContext } from '../decode/context';
import type { FieldPath } from '../diagnostics';
import { isValidIP, parseCidr } from './ip';
import { isDNS1123Label, isDNS1123Subdomain, isValidPortName, isValidPortNum } from './names';

const SPEC: FieldPath = ['spec'];

/** Fields the decoder defaults, and whether the manifest wrote them (the API server validates what it was sent). */
export interface WrittenServiceFields {
  externalTrafficPolicy: boolean;
  allocateLoadBalancerNodePorts: boolean;
}

export function validateServiceSpec(
  spec: ServiceSpec, wroteClusterIPs: boolean, ctx: DecodeContext,
  written: WrittenServiceFields = { externalTrafficPolicy: false, allocateLoadBalancerNodePorts: false },
): void {
  const headless = spec.clusterIP === 'None';
  const ipField: FieldPath = [...SPEC, wroteClusterIPs && !spec.clusterIP ? 'clusterIPs' : 'clusterIP'];

  if (spec.ports.length === 0 && !headless && spec.type !== 'ExternalName') {
    ctx.error('service/ports-required', [...SPEC, 'ports'], { type: spec.type });
  }

  switch (spec.type) {
    case 'NodePort':
    case 'LoadBalancer':
      if (headless) ctx.error('service/headless-not-allowed', ipField, { type: spec.type });
      break;
    case 'ExternalName': {
      if (spec.clusterIPs.length > 0) ctx.error('service/externalname-cluster-ip', ipField, { clusterIP: spec.clusterIPs[0] });
      // "The value (a CNAME) may have a trailing dot to denote it as fully qualified."
      const cname = (spec.externalName ?? '').replace(/\.$/, '');
      if (!cname) ctx.error('service/externalname-required', [...SPEC, 'externalName']);
      else {
        const errs = isDNS1123Subdomain(cname);
        if (errs.length) ctx.error('service/externalname-invalid', [...SPEC, 'externalName'], { value: cname, reason: errs.join('; ') });
      }
      break;
    }
    default:
      break;
  }

  if (spec.type !== 'ExternalName') {
    if (wroteClusterIPs && !spec.clusterIP) {
      ctx.error('service/cluster-ips-without-cluster-ip', [...SPEC, 'clusterIPs']);
    } else if (wroteClusterIPs && spec.clusterIPs[0] !== spec.clusterIP) {
      ctx.error('service/cluster-ips-mismatch', [...SPEC, 'clusterIPs', 0], { clusterIP: spec.clusterIP ?? '', first: spec.clusterIPs[0] });
    }
    spec.clusterIPs.forEach((ip, i) => {
      if (ip === 'None' && i === 0) return;
      if (isValidIP(ip).length) {
        const field: FieldPath = i === 0 && spec.clusterIP === ip ? [...SPEC, 'clusterIP'] : [...SPEC, 'clusterIPs', i];
        ctx.error('service/cluster-ip-invalid', field, { value: ip });
      }
    });
  }

  // Duplicates need two ports: a single-port Service (most of them) makes no sets and no keys.
  const multi = spec.ports.length > 1;
  const names = multi ? new Set<string>() : undefined;
  const seen = multi ? new Set<string>() : undefined;
  const nodePorts = multi ? new Set<string>() : undefined;
  for (let i = 0; i < spec.ports.length; i++) {
    const p = spec.ports[i];
    const at: FieldPath = [...SPEC, 'ports', i];
    if (multi && !p.name) ctx.error('service/port-name-required', [...at, 'name'], { count: spec.ports.length });
    else if (p.name) {
      const errs = isDNS1123Label(p.name);
      if (errs.length) ctx.error('service/port-name-invalid', [...at, 'name'], { name: p.name, reason: errs.join('; ') });
      if (names?.has(p.name)) ctx.error('service/port-name-duplicate', [...at, 'name'], { name: p.name });
      names?.add(p.name);
    }
    if (isValidPortNum(p.port).length) ctx.error('service/port-invalid', [...at, 'port'], { port: p.port });
    if (typeof p.targetPort === 'number') {
      if (isValidPortNum(p.targetPort).length) ctx.error('service/target-port-invalid', [...at, 'targetPort'], { value: p.targetPort, reason: 'must be between 1 and 65535, inclusive' });
    } else {
      const errs = isValidPortName(p.targetPort);
      if (errs.length) ctx.error('service/target-port-invalid', [...at, 'targetPort'], { value: p.targetPort, reason: errs.join('; ') });
    }
    if (p.nodePort !== undefined) {
      if (spec.type === 'ClusterIP') ctx.error('service/node-port-not-allowed', [...at, 'nodePort'], { type: spec.type });
      if (nodePorts) {
        const key = `${p.protocol}/${p.nodePort}`;
        if (nodePorts.has(key)) ctx.error('service/node-port-duplicate', [...at, 'nodePort'], { nodePort: p.nodePort, protocol: p.protocol });
        nodePorts.add(key);
      }
    }
    if (seen) {
      const key = `${p.protocol}/${p.port}`;
      if (seen.has(key)) ctx.error('service/port-duplicate', at, { port: p.port, protocol: p.protocol });
      seen.add(key);
    }
  }

  if (spec.sessionAffinity === 'ClientIP') {
    const t = spec.sessionAffinityTimeoutSeconds;
    if (t <= 0 || t > 86400) {
      ctx.error('service/session-affinity-timeout-invalid', [...SPEC, 'sessionAffinityConfig', 'clientIP', 'timeoutSeconds'], { value: t });
    }
  }
  spec.externalIPs.forEach((ip, i) => {
    if (isValidIP(ip).length) ctx.error('service/external-ip-invalid', [...SPEC, 'externalIPs', i], { value: ip });
  });
  spec.loadBalancerSourceRanges.forEach((r, i) => {
    // ValidateLoadBalancerSourceRanges parses sloppily: 10.0.0.1/8 is accepted, only non-CIDRs are rejected.
    if (!parseCidr(r.trim())) ctx.error('service/source-range-invalid', [...SPEC, 'loadBalancerSourceRanges', i], { value: r });
  });
  validateLoadBalancerOnlyFields(spec, written, ctx);
}

/**
 * Fields that only some Service types may carry (pkg/apis/core/validation ValidateService and
 * validateServiceExternalTrafficPolicy). SetDefaults_Service fills externalTrafficPolicy only for NodePort and
 * LoadBalancer, and allocateLoadBalancerNodePorts only for LoadBalancer, so on other types they are set only when
 * the manifest wrote them, and then rejected:
 * - externalTrafficPolicy: "may only be set for externally-accessible services" (NodePort, LoadBalancer, or a
 *   ClusterIP Service with externalIPs: apiservice.ExternallyAccessible);
 * - loadBalancerSourceRanges and allocateLoadBalancerNodePorts: "may only be used when `type` is 'LoadBalancer'";
 * - healthCheckNodePort: "may only be set when `type` is 'LoadBalancer' and `externalTrafficPolicy` is 'Local'".
 */
function validateLoadBalancerOnlyFields(spec: ServiceSpec, written: WrittenServiceFields, ctx: DecodeContext): void {
  const lb = spec.type === 'LoadBalancer';
  const external = lb || spec.type === 'NodePort' || (spec.type === 'ClusterIP' && spec.externalIPs.length > 0);
  if (written.externalTrafficPolicy && !external) {
    ctx.error('service/external-traffic-policy-not-allowed', [...SPEC, 'externalTrafficPolicy'], { value: spec.externalTrafficPolicy, type: spec.type });
  }
  if (!lb && spec.loadBalancerSourceRanges.length > 0) {
    ctx.error('service/load-balancer-only', [...SPEC, 'loadBalancerSourceRanges'], { type: spec.type });
  }
  if (!lb && written.allocateLoadBalancerNodePorts) {
    ctx.error('service/load-balancer-only', [...SPEC, 'allocateLoadBalancerNodePorts'], { type: spec.type });
  }
  if (spec.healthCheckNodePort !== undefined && !(lb && spec.externalTrafficPolicy === 'Local')) {
    ctx.error('service/health-check-node-port-not-allowed', [...SPEC, 'healthCheckNodePort'], { value: spec.healthCheckNodePort });
  }
}
