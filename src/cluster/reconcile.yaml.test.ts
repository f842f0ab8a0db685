/** The same rules driven through the real pipeline: YAML text → simulate() → ClusterState. */
import { describe, expect, it } from 'vitest';
import { SEED001_HEADLESS_SERVICE, SEED001_NONE_SELECTOR_ENDPOINTS, SEED001_STATEFULSET } from '../dns/fixtures/seed001';
import { simulate } from '../engine';

/** The blog's §6.10 selector-less Service, without the cluster IP it pinned, so one is allocated. */
const NONE_SELECTOR_SERVICE = `apiVersion: v1
kind: Service
metadata:
  name: sample-none-selector
spec:
  type: ClusterIP
  ports:
  - protocol: TCP
    port: 8080
    targetPort: 80
`;

const seed001 = `${NONE_SELECTOR_SERVICE}---
${SEED001_NONE_SELECTOR_ENDPOINTS}---
${SEED001_HEADLESS_SERVICE}---
${SEED001_STATEFULSET}`;

describe('simulate(): seed 001 manifests', () => {
  const { cluster } = simulate(seed001);

  it('StatefulSet pods sample-statefulset-headless-0..2 with per-pod DNS identity', () => {
    const pods = cluster.pods.filter((p) => p.namespace === 'default');
    expect(pods.map((p) => [p.name, p.pod.spec.hostname, p.pod.spec.subdomain])).toEqual([0, 1, 2].map((i) => [
      `sample-statefulset-headless-${i}`, `sample-statefulset-headless-${i}`, 'sample-headless',
    ]));
    expect(pods.every((p) => p.podIP.startsWith('10.244.') && p.nodeName.startsWith('worker-'))).toBe(true);
  });

  it('the headless Service slice names every pod by hostname', () => {
    const eps = cluster.endpointSlices.filter((s) => s.metadata.labels['kubernetes.io/service-name'] === 'sample-headless').flatMap((s) => s.endpoints);
    expect(eps.map((e) => e.hostname).sort()).toEqual(['sample-statefulset-headless-0', 'sample-statefulset-headless-1', 'sample-statefulset-headless-2']);
  });

  it('the selector-less Service: a ClusterIP from 10.96.0.0/12 and its Endpoints mirrored', () => {
    const svc = cluster.services.find((s) => s.name === 'sample-none-selector')!;
    expect(svc.clusterIPs).toHaveLength(1);
    const slice = cluster.endpointSlices.find((s) => s.metadata.labels['kubernetes.io/service-name'] === 'sample-none-selector')!;
    expect(slice.endpoints.map((e) => e.addresses[0])).toEqual(['192.168.1.1', '192.168.1.2']);
  });

  it('system Services are there', () => {
    expect(cluster.services.filter((s) => s.name === 'kubernetes' || s.name === 'kube-dns').map((s) => s.clusterIPs[0]).sort()).toEqual(['10.96.0.1', '10.96.0.10']);
  });

  it('same text, same cluster', () => {
    expect(simulate(seed001).cluster).toEqual(cluster);
  });
});
