/**
 * CoreDNS's `loadbalance` plugin (kubeadm Corefile; plugin/loadbalance roundRobin): every NOERROR response
 * gets its A/AAAA records reordered. PodPath rotates them by (seed, query number) instead of shuffling at
 * random, so one dig is deterministic and repeated digs / curls spread over the records.
 */
import { describe, expect, it } from 'vitest';
import { simulate } from '../engine';
import { curlRepeat } from '../request/curl';
import { dig, digRepeat } from './dig';
import { loadbalance } from './server';
import { response } from './types';

const YAML = `
apiVersion: v1
kind: Service
metadata: { name: hl }
spec: { clusterIP: None, selector: { app: web }, ports: [{ port: 80 }] }
---
${[1, 2, 3].map((i) => `apiVersion: v1
kind: Pod
metadata: { name: web-${i}, labels: { app: web } }
spec: { nodeName: worker-${(i % 2) + 1}, containers: [{ name: c, image: echo }] }`).join('\n---\n')}
---
apiVersion: v1
kind: Pod
metadata: { name: client }
spec: { nodeName: worker-1, containers: [{ name: c, image: busybox }] }`;

const sim = simulate(YAML);
const NAME = 'hl.default.svc.cluster.local';
const addrs = (t: ReturnType<typeof dig>) => t.outcome.answers.map((a) => a.data);

describe('CoreDNS loadbalance: rotated address records', () => {
  it('roundRobin keeps CNAMEs first, rotates only the address records', () => {
    const r = response('NOERROR', [
      { name: 'a.', type: 'A', ttl: 30, data: '1' }, { name: 'x.', type: 'CNAME', ttl: 30, data: 'a.' },
      { name: 'a.', type: 'A', ttl: 30, data: '2' }, { name: 'a.', type: 'A', ttl: 30, data: '3' },
    ]);
    expect(loadbalance(r, 1).answer.map((x) => x.data)).toEqual(['a.', '2', '3', '1']);
    expect(loadbalance(response('NXDOMAIN'), 1).answer).toEqual([]);
  });

  it('repeated digs rotate the order; the record set stays the same', () => {
    const runs = digRepeat(sim, { name: NAME }, 3).map(addrs);
    expect(new Set(runs.map((r) => r[0])).size).toBe(3);
    for (const r of runs) expect([...r].sort()).toEqual([...runs[0]].sort());
    expect(runs[1]).toEqual([...runs[0].slice(1), runs[0][0]]);
  });

  it('one dig is deterministic for a given seed', () => {
    expect(addrs(dig(sim, { name: NAME, seed: 'abc' }))).toEqual(addrs(dig(sim, { name: NAME, seed: 'abc' })));
    expect(addrs(dig(sim, { name: NAME }))).toEqual(addrs(dig(sim, { name: NAME, queryIndex: 0 })));
  });

  it('the trace says loadbalance reordered the answer', () => {
    const t = dig(sim, { name: NAME, queryIndex: 1 });
    expect(t.steps.find((s) => s.message === 'dns.coredns.loadbalance')?.params).toMatchObject({ count: 3, rotation: 1, first: addrs(t)[0] });
  });

  it('curlRepeat to a headless name spreads over the pods (the client takes the first address)', () => {
    const pods = new Set(curlRepeat(sim, { from: 'default/client', url: `http://${NAME}/` }, 6).map((t) => t.outcome.pod));
    expect(pods).toEqual(new Set(['default/web-1', 'default/web-2', 'default/web-3']));
  });

  it('a Corefile without loadbalance keeps the plugin\'s order', () => {
    const plain = simulate(YAML, { corefile: '.:53 {\n  kubernetes cluster.local in-addr.arpa ip6.arpa\n  forward . /etc/resolv.conf\n}' });
    const runs = digRepeat(plain, { name: NAME }, 3).map(addrs);
    expect(runs[1]).toEqual(runs[0]);
    expect(runs[2]).toEqual(runs[0]);
  });
});
