/**
 * The legacy Endpoints controller (pkg/controller/endpoint), kept as the view `kubectl get endpoints` and
 * `kubectl describe svc` ("Endpoints: 10.244.1.3:80,…") show. Routing reads EndpointSlices, not this.
 *
 * Differences from EndpointSlices that a learner may notice: one Endpoints object per Service, only the
 * Service's primary IP family; terminating pods are left out unless publishNotReadyAddresses; a pod is in
 * `addresses` when Ready (or publishNotReadyAddresses), else in `notReadyAddresses`; addresses with the same
 * resolved ports share a subset (RepackSubsets), sorted by IP.
 */
import type { EndpointAddress, EndpointPort, EndpointSlicePort, EndpointSubset, Endpoints, Service } from '../../api/types';
import { shallowCopy } from '../../cluster/copy';
import type { SimPod } from '../../cluster/state';
import { LABEL_HEADLESS } from '../endpointslice/reconciler';
import { getEndpointPorts, podAddresses, portMapKey, portsIndependentOfPod, shouldPodBeInEndpoints, shouldSetHostname } from '../endpointslice/utils';
import { EMPTY_LIST, EMPTY_MAP } from '../../api/empty';
import { simulatedUID } from '../workloads/podTemplate';

const byIP = (a: EndpointAddress, b: EndpointAddress) => (a.ip < b.ip ? -1 : a.ip > b.ip ? 1 : 0);

export function endpointsForService(svc: Service, pods: readonly SimPod[]): Endpoints {
  const family = svc.spec.ipFamilies[0] ?? 'IPv4';
  const tolerate = svc.spec.publishNotReadyAddresses;
  const groups = new Map<string, { ports: EndpointPort[]; ready: EndpointAddress[]; notReady: EndpointAddress[] }>();
  // The ports resolve the same for every pod unless a targetPort is a name: then once, not once per pod.
  const samePorts = portsIndependentOfPod(svc);
  let shared: { ports: EndpointSlicePort[]; key: string } | undefined;
  for (const pod of pods) {
    if (!shouldPodBeInEndpoints(pod, tolerate)) continue;
    const ip = podAddresses(pod, family)[0];
    if (!ip) continue;
    if (samePorts) shared ??= { ports: getEndpointPorts(svc, pod), key: '' };
    const ports = shared ? shared.ports : getEndpointPorts(svc, pod);
    if (ports.length === 0 && svc.spec.ports.length > 0) continue;
    const key = shared ? (shared.key ||= portMapKey(ports)) : portMapKey(ports);
    let g = groups.get(key);
    if (!g) {
      const epPorts: EndpointPort[] = ports.map((p) => {
        const ep: EndpointPort = { name: p.name, port: p.port ?? 0, protocol: p.protocol };
        if (p.appProtocol) ep.appProtocol = p.appProtocol;
        return ep;
      });
      groups.set(key, (g = { ports: epPorts, ready: [], notReady: [] }));
    }
    // Optional keys by assignment, keeping the key order ip, hostname?, nodeName?, targetRef.
    const addr: EndpointAddress = { ip };
    if (shouldSetHostname(pod, svc)) addr.hostname = pod.pod.spec.hostname;
    if (pod.nodeName) addr.nodeName = pod.nodeName;
    addr.targetRef = { kind: 'Pod', namespace: pod.namespace, name: pod.name, uid: pod.uid };
    (tolerate || pod.ready ? g.ready : g.notReady).push(addr);
  }
  const subsets: EndpointSubset[] = [...groups.keys()].sort().map((k) => {
    const g = groups.get(k)!;
    return { addresses: g.ready.sort(byIP), notReadyAddresses: g.notReady.length ? g.notReady.sort(byIP) : EMPTY_LIST, ports: g.ports };
  });
  // The Service's own labels (immutable, so shared), plus the headless label on a copy (not a spread: see cluster/copy.ts).
  let labels = svc.metadata.labels;
  if (!svc.spec.clusterIP || svc.spec.clusterIP === 'None') {
    const copy: Record<string, string> = shallowCopy(labels);
    copy[LABEL_HEADLESS] = '';
    labels = copy;
  }
  return {
    kind: 'Endpoints',
    apiVersion: 'v1',
    metadata: {
      name: svc.metadata.name, namespace: svc.metadata.namespace, labels, annotations: EMPTY_MAP,
      uid: simulatedUID('Endpoints', svc.metadata.namespace, svc.metadata.name), ownerReferences: EMPTY_LIST, terminating: false,
    },
    subsets,
    createdBy: 'endpoint-controller',
  };
}
