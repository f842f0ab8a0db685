import { describe, expect, it } from 'vitest';
import { deployment, pod, replicaSet, statefulSet } from '../../cluster/testing';
import { runWorkloads } from './index';
import { computeHash } from './podTemplate';

const none = { deployments: [], replicaSets: [], statefulSets: [], pods: [] };
const names = (r: ReturnType<typeof runWorkloads>) => r.pods.map((p) => p.pod.metadata.name);

// spec.ordinals.start (StatefulSetStartOrdinal, GA in 1.31; stateful_set_utils.go getStartOrdinal/getPodName).
describe('StatefulSet spec.ordinals.start', () => {
  it.each<[string, string, string[], string | undefined]>([
    ['start 5, two replicas', 'spec: { replicas: 2, ordinals: { start: 5 }', ['db-5', 'db-6'], undefined],
    ['start 0 is the default', 'spec: { replicas: 2, ordinals: { start: 0 }', ['db-0', 'db-1'], undefined],
    ['a negative start is refused', 'spec: { replicas: 1, ordinals: { start: -1 }', [], 'statefulset/ordinals-start-invalid'],
  ])('%s', async (_name, head, want, code) => {
    const { simulate } = await import('../../engine');
    const sim = simulate(`apiVersion: apps/v1\nkind: StatefulSet\nmetadata: { name: db }\n${head}, serviceName: db, selector: { matchLabels: { app: db } }, template: { metadata: { labels: { app: db } }, spec: { containers: [{ name: c, image: i }] } } }`);
    const pods = sim.cluster.pods.filter((p) => p.labels.app === 'db');
    expect(pods.map((p) => p.name)).toEqual(want);
    expect(pods.map((p) => p.labels['apps.kubernetes.io/pod-index'])).toEqual(want.map((n) => n.slice(3)));
    expect(pods.map((p) => p.pod.spec.hostname)).toEqual(want);
    if (code) expect(sim.diagnostics.find((d) => d.code === code)?.message).toBe('spec.ordinals.start: Invalid value: -1: must be greater than or equal to 0.');
  });
});

// stateful_set_control.go processReplica: with OrderedReady (monotonic) no pod is created while a predecessor is
// terminating or not Running and Ready; Parallel does not wait.
describe('StatefulSet OrderedReady waits for each pod to be Ready', () => {
  const set = (policy: string, extra = '') => `apiVersion: apps/v1\nkind: StatefulSet\nmetadata: { name: db }\nspec: { replicas: 3, ${policy}serviceName: db, selector: { matchLabels: { app: db } }, template: { metadata: { labels: { app: db } }, spec: { ${extra}containers: [{ name: c, image: i }] } } }`;
  const gate = 'readinessGates: [{ conditionType: example.com/gate }], ';
  const notReady0 = '\n---\napiVersion: v1\nkind: Pod\nmetadata: { name: db-0, labels: { app: db }, ownerReferences: [{ apiVersion: apps/v1, kind: StatefulSet, name: db, controller: true }] }\nspec: { nodeName: worker-1, containers: [{ name: c, image: i }] }\nstatus: { phase: Running, podIP: 10.244.1.9, conditions: [{ type: Ready, status: "False" }] }';
  it.each<[string, string, string[]]>([
    ['every pod Ready: all three', set(''), ['db-0', 'db-1', 'db-2']],
    ['a readiness gate nobody satisfies: only db-0', set('', gate), ['db-0']],
    ['Parallel does not wait', set('podManagementPolicy: Parallel, ', gate), ['db-0', 'db-1', 'db-2']],
    ['a dump whose db-0 is not Ready: nothing more', set('') + notReady0, ['db-0']],
  ])('%s', async (_name, yaml, want) => {
    const { simulate } = await import('../../engine');
    const sim = simulate(yaml);
    expect(sim.cluster.pods.filter((p) => p.labels.app === 'db').map((p) => p.name)).toEqual(want);
  });
});

describe('StatefulSet controller', () => {
  const web = statefulSet({ name: 'web', serviceName: 'nginx', replicas: 3, template: { labels: { app: 'nginx' } } });

  it('creates web-0..2 with identity labels, hostname = pod name and subdomain = serviceName', () => {
    const r = runWorkloads({ ...none, statefulSets: [web] });
    expect(names(r)).toEqual(['web-0', 'web-1', 'web-2']);
    const p1 = r.pods[1].pod;
    expect(p1.spec.hostname).toBe('web-1');
    expect(p1.spec.subdomain).toBe('nginx');
    expect(p1.metadata.labels).toMatchObject({
      app: 'nginx', 'statefulset.kubernetes.io/pod-name': 'web-1', 'apps.kubernetes.io/pod-index': '1',
    });
    expect(p1.metadata.ownerReferences).toEqual([{ apiVersion: 'apps/v1', kind: 'StatefulSet', name: 'web', uid: web.metadata.uid, controller: true, blockOwnerDeletion: true }]);
    expect(r.pods[1].owner).toEqual({ kind: 'StatefulSet', name: 'web' });
  });

  it.each([
    ['a dump pod owned by the set keeps its IP and gets its identity filled in',
      { ownerReferences: [{ apiVersion: 'apps/v1', kind: 'StatefulSet', name: 'web', controller: true }] }, 'web-0', 'nginx'],
    ['an orphan of the right name is adopted but hostname/subdomain stay as written (immutable)', {}, undefined, undefined],
  ])('%s', (_name, meta, hostname, subdomain) => {
    const existing = pod({ name: 'web-0', labels: { app: 'nginx' }, podIP: '10.244.1.3', ...meta });
    const r = runWorkloads({ ...none, statefulSets: [web], pods: [existing] });
    expect(names(r)).toEqual(['web-0', 'web-1', 'web-2']);
    const p0 = r.pods[0];
    expect(p0.pod.status.podIP).toBe('10.244.1.3');
    expect(p0.owner).toEqual({ kind: 'StatefulSet', name: 'web' });
    expect(p0.pod.spec.hostname).toBe(hostname);
    expect(p0.pod.spec.subdomain).toBe(subdomain);
    expect(p0.pod.metadata.labels['statefulset.kubernetes.io/pod-name']).toBe('web-0');
  });
});

describe('Deployment and ReplicaSet controllers', () => {
  const d = deployment({ name: 'web', replicas: 3, template: { labels: { app: 'web' } } });

  it('pod-template-hash is a safe-encoded uint32: 1-10 characters of 4-9,b,c,d,f', () => {
    expect(computeHash(d.spec.template)).toMatch(/^[4-9bcdf]{1,10}$/);
  });

  it('creates ReplicaSet <deploy>-<hash> and pods <rs>-<5 chars> labelled with the hash', () => {
    const r = runWorkloads({ ...none, deployments: [d] });
    const hash = computeHash(d.spec.template);
    expect(r.replicaSets.map((rs) => rs.metadata.name)).toEqual([`web-${hash}`]);
    expect(r.replicaSets[0].spec.selector.matchLabels).toEqual({ app: 'web', 'pod-template-hash': hash });
    expect(r.pods).toHaveLength(3);
    for (const p of r.pods) {
      expect(p.pod.metadata.name).toMatch(new RegExp(`^web-${hash}-[bcdfghjklmnpqrstvwxz2456789]{5}$`));
      expect(p.pod.metadata.labels).toEqual({ app: 'web', 'pod-template-hash': hash });
      expect(p.owner).toEqual({ kind: 'ReplicaSet', name: `web-${hash}` });
    }
  });

  it('a template change changes the hash; the same template gives the same names', () => {
    const again = runWorkloads({ ...none, deployments: [deployment({ name: 'web', replicas: 3, template: { labels: { app: 'web' } } })] });
    expect(names(again)).toEqual(names(runWorkloads({ ...none, deployments: [d] })));
    const changed = deployment({ name: 'web', replicas: 3, template: { labels: { app: 'web', v: '2' } } });
    expect(computeHash(changed.spec.template)).not.toBe(computeHash(d.spec.template));
  });

  it('a dump that already has the ReplicaSet and its pods creates nothing new', () => {
    const rs = replicaSet({
      name: 'web-5d8f7c9b4', replicas: 2, selector: { app: 'web', 'pod-template-hash': '5d8f7c9b4' },
      template: { labels: { app: 'web', 'pod-template-hash': '5d8f7c9b4' } },
      ownerReferences: [{ apiVersion: 'apps/v1', kind: 'Deployment', name: 'web', controller: true }],
    });
    const owned = (name: string) => pod({ name, labels: { app: 'web', 'pod-template-hash': '5d8f7c9b4' },
      ownerReferences: [{ apiVersion: 'apps/v1', kind: 'ReplicaSet', name: 'web-5d8f7c9b4', controller: true }] });
    const r = runWorkloads({ ...none, deployments: [deployment({ name: 'web', replicas: 2, template: { labels: { app: 'web' } } })],
      replicaSets: [rs], pods: [owned('web-5d8f7c9b4-aaaaa'), owned('web-5d8f7c9b4-bbbbb')] });
    expect(r.replicaSets).toEqual([]);
    expect(names(r)).toEqual(['web-5d8f7c9b4-aaaaa', 'web-5d8f7c9b4-bbbbb']);
  });

  it('a standalone ReplicaSet adopts a matching orphan pod and creates only the rest', () => {
    const rs = replicaSet({ name: 'front', replicas: 2, template: { labels: { tier: 'front' } } });
    const r = runWorkloads({ ...none, replicaSets: [rs], pods: [pod({ name: 'hand-made', labels: { tier: 'front' } })] });
    expect(r.pods).toHaveLength(2);
    expect(r.pods.find((p) => p.pod.metadata.name === 'hand-made')?.owner).toEqual({ kind: 'ReplicaSet', name: 'front' });
    expect(r.pods.filter((p) => p.pod.createdBy === 'replicaset-controller')).toHaveLength(1);
  });
});

// metav1.NewControllerRef (apimachinery controller_ref.go): controller and blockOwnerDeletion, on everything a controller
// makes; and a UID of the API server's UUID form for the Endpoints and EndpointSlices the controllers create.
describe('what the controllers create, as -o yaml shows it', () => {
  const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
  it.each(['ReplicaSet', 'Pod', 'EndpointSlice', 'Endpoints'])('%s: ownerReferences and uid', async (kind) => {
    const { simulate } = await import('../../engine');
    const sim = simulate([
      'apiVersion: apps/v1', 'kind: Deployment', 'metadata: { name: web }',
      'spec: { replicas: 1, selector: { matchLabels: { app: web } }, template: { metadata: { labels: { app: web } }, spec: { containers: [{ name: c, image: nginx }] } } }',
      '---', 'apiVersion: v1', 'kind: Service', 'metadata: { name: web }', 'spec: { selector: { app: web }, ports: [{ port: 80 }] }',
    ].join('\n'));
    const c = sim.cluster;
    const objects: Record<string, { metadata: { uid: string; ownerReferences: readonly object[] } } | undefined> = {
      ReplicaSet: c.objects.find((r) => r.kind === 'ReplicaSet' && r.metadata.name.startsWith('web-')) as never,
      Pod: c.pods.find((p) => p.name.startsWith('web-'))?.pod,
      EndpointSlice: c.endpointSlices.find((e) => e.metadata.name.startsWith('web-')),
      Endpoints: c.endpoints.find((e) => e.metadata.name === 'web'),
    };
    const o = objects[kind]!;
    expect(o.metadata.uid).toMatch(UUID);
    if (kind !== 'Endpoints') expect(o.metadata.ownerReferences).toEqual([expect.objectContaining({ controller: true, blockOwnerDeletion: true })]);
  });
});
