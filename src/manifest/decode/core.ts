/**
 * The small core/v1 kinds: Namespace, Node and Secret.
 *
 * Node: as `kubectl get nodes -o yaml` prints it (status.addresses, the Ready condition, podCIDR(s)).
 * A hand-written Node without status conditions counts as ready: it stands for a healthy machine in a
 * scenario, not for a node whose kubelet stopped reporting.
 * Secret: only key names are kept (type defaults to Opaque, SetDefaults_Secret); values never are.
 */
import type { Namespace, Node, NodeAddress, Secret, Taint } from '../../api/types';
import type { FieldPath } from '../diagnostics';
import { cidrProblems } from '../validation/ip';
import type { DecodeContext, Raw } from './context';
import { decodeMeta } from './meta';

export function decodeNamespace(raw: Raw, apiVersion: string, ctx: DecodeContext): Namespace {
  return { kind: 'Namespace', apiVersion, metadata: decodeMeta(raw, 'Namespace', ctx) };
}

const ADDRESS_TYPES: readonly NodeAddress['type'][] = ['InternalIP', 'ExternalIP', 'Hostname', 'InternalDNS', 'ExternalDNS'];
const EFFECTS: readonly Taint['effect'][] = ['NoSchedule', 'PreferNoSchedule', 'NoExecute'];

export function decodeNode(raw: Raw, apiVersion: string, ctx: DecodeContext): Node {
  const metadata = decodeMeta(raw, 'Node', ctx);
  const s = ctx.obj(raw, 'spec', []);
  const at: FieldPath = ['spec'];
  const podCIDR = ctx.str(s, 'podCIDR', at);
  const written = ctx.strings(s, 'podCIDRs', at);
  const podCIDRs = written.length ? written : podCIDR ? [podCIDR] : [];
  podCIDRs.forEach((c, i) => {
    const errs = cidrProblems(c);
    const field: FieldPath = written.length ? [...at, 'podCIDRs', i] : [...at, 'podCIDR'];
    if (errs.length) ctx.error('node/pod-cidr-invalid', field, { value: c, reason: errs.join('; ') });
  });
  const taints = ctx.objects(s, 'taints', at).map(([t, tat]): Taint => {
    const taint: Taint = {
      key: ctx.str(t, 'key', tat) ?? '',
      effect: ctx.oneOf(t, 'effect', tat, EFFECTS, 'object/unsupported-value') ?? 'NoSchedule',
    };
    const value = ctx.str(t, 'value', tat);
    if (value !== undefined) taint.value = value;
    return taint;
  });
  const st = ctx.obj(raw, 'status', []);
  const addresses = ctx.objects(st, 'addresses', ['status']).flatMap(([a, aat]): NodeAddress[] => {
    const type = ctx.oneOf(a, 'type', aat, ADDRESS_TYPES, 'object/unsupported-value');
    const address = ctx.str(a, 'address', aat);
    return type && address ? [{ type, address }] : [];
  });
  const readyCondition = ctx.objects(st, 'conditions', ['status']).find(([c]) => c.type === 'Ready')?.[0];
  const spec: Node['spec'] = { podCIDRs, unschedulable: ctx.bool(s, 'unschedulable', at) ?? false, taints };
  if (podCIDR || podCIDRs[0]) spec.podCIDR = podCIDR ?? podCIDRs[0];
  return {
    kind: 'Node',
    apiVersion,
    metadata,
    spec,
    status: { addresses, ready: readyCondition ? readyCondition.status === 'True' : true },
  };
}

export function decodeSecret(raw: Raw, apiVersion: string, ctx: DecodeContext): Secret {
  const metadata = decodeMeta(raw, 'Secret', ctx);
  const keys = [...Object.keys(ctx.obj(raw, 'data', []) ?? {})];
  for (const k of Object.keys(ctx.obj(raw, 'stringData', []) ?? {})) if (!keys.includes(k)) keys.push(k);
  return { kind: 'Secret', apiVersion, metadata, type: ctx.str(raw, 'type', []) || 'Opaque', dataKeys: keys };
}
