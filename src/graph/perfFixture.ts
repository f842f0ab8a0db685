/** A large generated cluster for performance tests (graph model, layout). */
import { cluster, type ClusterBuilder } from './testing';

/** 1,000 objects: 250 Services, 500 Pods (2 per Service), 250 Ingresses, across 10 namespaces. */
export function bigCluster(): ReturnType<ClusterBuilder['build']> {
  const b = cluster().nginx();
  for (let i = 0; i < 250; i++) {
    const ns = `team-${i % 10}`;
    b.svc(ns, `svc-${i}`, { type: i % 25 === 0 ? 'LoadBalancer' : 'ClusterIP', lb: `203.0.113.${20 + (i % 200)}` });
    b.pod(ns, `svc-${i}-a`, { labels: { app: `svc-${i}` }, node: 'worker-1', ip: `10.244.${i % 200}.${(i % 250) + 2}` });
    b.pod(ns, `svc-${i}-b`, { labels: { app: `svc-${i}` }, node: 'worker-2', ip: `10.245.${i % 200}.${(i % 250) + 2}` });
    b.ingress(ns, `ing-${i}`, [{ host: `h${i}.example.com`, service: `svc-${i}` }]);
  }
  return b.build();
}
