/**
 * The cluster's nodes: from Node manifests when the text has any (a `kubectl get nodes -o yaml` dump),
 * otherwise from the World document (or its kind-like default: a tainted control plane and two workers).
 * Pod CIDRs that are not given come from node IPAM (controllers/nodeipam), in list order.
 */
import type { Node, Taint } from '../api/types';
import type { WorldNode, WorldSpec } from '../api/world';
import { defaultWorld } from '../api/world';
import { newCidrSet } from '../controllers/nodeipam/cidrset';
import { stableStringify } from './hash';
import type { SimNode } from './state';

export const LABEL_HOSTNAME = 'kubernetes.io/hostname';
export const LABEL_ZONE = 'topology.kubernetes.io/zone';
/** Pre-1.17 zone label, still found on old dumps. */
export const LABEL_ZONE_LEGACY = 'failure-domain.beta.kubernetes.io/zone';
export const LABEL_CONTROL_PLANE = 'node-role.kubernetes.io/control-plane';
/** Keeps a node out of load balancers' backends (k8s.io/cloud-provider service controller nodeIncludedPredicate). */
export const LABEL_EXCLUDE_FROM_LB = 'node.kubernetes.io/exclude-from-external-load-balancers';
export const LABEL_MASTER_LEGACY = 'node-role.kubernetes.io/master';
/** kubeadm taints control-plane nodes with this key, effect NoSchedule. */
export const TAINT_CONTROL_PLANE: Taint = { key: LABEL_CONTROL_PLANE, effect: 'NoSchedule' };

/** Ready, not cordoned and carrying no taint that repels pods without tolerations (NoSchedule/NoExecute). */
export function isSchedulable(n: Pick<SimNode, 'ready' | 'unschedulable' | 'taints'>): boolean {
  return n.ready && !n.unschedulable && !n.taints.some((t) => t.effect === 'NoSchedule' || t.effect === 'NoExecute');
}

function fromManifest(n: Node): Omit<SimNode, 'podCIDR'> & { podCIDR?: string } {
  const labels = n.metadata.labels;
  const addr = (type: string) => n.status.addresses.find((a) => a.type === type)?.address;
  const base = {
    name: n.metadata.name,
    internalIP: addr('InternalIP') ?? '',
    externalIP: addr('ExternalIP'),
    podCIDR: n.spec.podCIDR ?? n.spec.podCIDRs[0],
    controlPlane: LABEL_CONTROL_PLANE in labels || LABEL_MASTER_LEGACY in labels,
    ready: n.status.ready,
    unschedulable: n.spec.unschedulable,
    taints: n.spec.taints,
    zone: labels[LABEL_ZONE] ?? labels[LABEL_ZONE_LEGACY],
    labels,
    from: 'manifest' as const,
  };
  return { ...base, schedulable: isSchedulable(base) };
}

function fromWorld(n: WorldNode, from: 'world' | 'default'): Omit<SimNode, 'podCIDR'> & { podCIDR?: string } {
  const controlPlane = n.controlPlane ?? false;
  const labels: Record<string, string> = {
    'kubernetes.io/arch': 'amd64',
    'kubernetes.io/os': 'linux',
    [LABEL_HOSTNAME]: n.name,
    // kubeadm's mark-control-plane phase adds both labels (cmd/kubeadm/app/phases/markcontrolplane labelsToAdd).
    ...(controlPlane ? { [LABEL_CONTROL_PLANE]: '', [LABEL_EXCLUDE_FROM_LB]: '' } : {}),
    ...(n.zone ? { [LABEL_ZONE]: n.zone } : {}),
    ...(n.labels ?? {}),
  };
  const base = {
    name: n.name, internalIP: n.internalIP, externalIP: n.externalIP, podCIDR: n.podCIDR, controlPlane,
    ready: true, unschedulable: false, taints: controlPlane ? [TAINT_CONTROL_PLANE] : [],
    zone: n.zone ?? labels[LABEL_ZONE], labels, from,
  };
  return { ...base, schedulable: isSchedulable(base) };
}

/** The default World's nodes as stableStringify prints them: a constant, printed on first use. */
let defaultNodes: string | undefined;
const defaultNodesJSON = () => (defaultNodes ??= stableStringify(defaultWorld().nodes));

/** SimNodes in list order, each with a pod CIDR (given, or the next free block; '' when the range is exhausted). */
export function buildNodes(nodeObjects: readonly Node[], world: WorldSpec): SimNode[] {
  let partial;
  if (nodeObjects.length > 0) {
    partial = nodeObjects.map(fromManifest);
  } else {
    const from = stableStringify(world.nodes) === defaultNodesJSON() ? 'default' : 'world';
    partial = world.nodes.map((n) => fromWorld(n, from));
  }
  const cidrs = newCidrSet(world.cluster.podCIDR, world.cluster.nodeCIDRMaskSize);
  for (const n of partial) if (n.podCIDR) cidrs.occupy(n.podCIDR);
  return partial.map((n) => ({ ...n, podCIDR: n.podCIDR ?? cidrs.allocateNext() ?? '' }));
}
