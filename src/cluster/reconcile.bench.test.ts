import { describe, expect, it } from 'vitest';
import type { KubeObject } from '../api/types';
import { reconcile } from './reconcile';
import { deployment, pod, service, world } from './testing';

/** 10,000 objects across 20 namespaces on 40 nodes: services with selectors, pods, a few deployments. */
function scenario(): KubeObject[] {
  const out: KubeObject[] = [];
  for (let i = 0; i < 4500; i++) {
    const ns = `ns-${i % 20}`;
    out.push(service({ name: `svc-${i}`, namespace: ns, selector: { app: `app-${i}` }, ports: [{ name: 'http', port: 80, targetPort: 'http' }], type: i % 10 === 0 ? 'NodePort' : 'ClusterIP' }));
    out.push(pod({ name: `pod-${i}`, namespace: ns, labels: { app: `app-${i}`, tier: 'web' }, ports: [{ name: 'http', containerPort: 8080 }] }));
  }
  for (let i = 0; i < 1000; i++) {
    out.push(deployment({ name: `dep-${i}`, namespace: `ns-${i % 20}`, replicas: 1, template: { labels: { app: `app-${i}` } } }));
  }
  return out;
}

describe('reconcile performance', () => {
  // A guard against accidental O(n²) (which would take minutes), not the 100 ms budget: that is measured by
  // the project bench on a quiet machine. The measured time is printed.
  it('reconciles 10,000 objects in linear-ish time', () => {
    const objects = scenario();
    const w = world((x) => { x.nodes = Array.from({ length: 40 }, (_, i) => ({ name: `node-${i}`, internalIP: `192.168.1.${i + 10}` })); });
    reconcile({ objects, unknown: [], world: w }); // warm-up (JIT)
    const t0 = performance.now();
    const s = reconcile({ objects, unknown: [], world: w });
    const ms = performance.now() - t0;
    console.log(`reconcile(${objects.length} objects): ${ms.toFixed(1)} ms, ${s.pods.length} pods, ${s.endpointSlices.length} slices`);
    expect(s.pods.length).toBeGreaterThanOrEqual(5500);
    expect(ms).toBeLessThan(5000);
  });
});
