import { describe, expect, it } from 'vitest';
import { inCIDR } from '../../cluster/ipmath';
import { buildNodes } from '../../cluster/nodes';
import { pod, world } from '../../cluster/testing';
import { assignPodIPs } from './hostlocal';

const nodes = new Map(buildNodes([], world()).map((n) => [n.name, n]));
const on = (name: string, nodeName: string, extra = {}) => ({ key: `default/${name}`, pod: pod({ name, ...extra }), nodeName });

describe('pod IPAM', () => {
  it('allocates inside the node pod CIDR, never .0, .1 or .255', () => {
    const pods = Array.from({ length: 50 }, (_, i) => on(`p${i}`, 'worker-1'));
    const r = assignPodIPs(pods, nodes);
    const ips = pods.map((p) => r.podIPs.get(p.key)![0]);
    expect(new Set(ips).size).toBe(50);
    for (const ip of ips) {
      expect(inCIDR('10.244.1.0/24', ip)).toBe(true);
      expect(['10.244.1.0', '10.244.1.1', '10.244.1.255']).not.toContain(ip);
    }
  });

  it.each([
    ['status.podIP is honoured even outside the node CIDR', on('p', 'worker-1', { podIP: '10.244.3.4' }), ['10.244.3.4']],
    ['hostNetwork pods use the node IP', on('p', 'worker-2', { hostNetwork: true }), ['192.168.0.12']],
    ['unscheduled pods get none', on('p', ''), undefined],
    ['finished pods get none', on('p', 'worker-1', { phase: 'Succeeded' }), undefined],
  ])('%s', (_name, p, want) => {
    expect(assignPodIPs([p], nodes).podIPs.get(p.key)).toEqual(want);
  });

  it('written IPs are reserved before allocation and duplicates are reported', () => {
    const pods = [on('a', 'worker-1', { podIP: '10.244.1.7' }), on('b', 'worker-1', { podIP: '10.244.1.7' }), on('c', 'worker-1')];
    const r = assignPodIPs(pods, nodes);
    expect(r.duplicates).toEqual([{ key: 'default/b', other: 'default/a', ip: '10.244.1.7' }]);
    expect(r.podIPs.get('default/c')![0]).not.toBe('10.244.1.7');
  });

  it('adding a pod does not renumber the others', () => {
    const before = assignPodIPs([on('a', 'worker-1'), on('b', 'worker-1')], nodes);
    const after = assignPodIPs([on('a', 'worker-1'), on('aa', 'worker-1'), on('b', 'worker-1')], nodes);
    expect(after.podIPs.get('default/a')).toEqual(before.podIPs.get('default/a'));
    expect(after.podIPs.get('default/b')).toEqual(before.podIPs.get('default/b'));
  });

  it('a full node reports exhaustion', () => {
    const small = new Map([['n', { ...nodes.get('worker-1')!, name: 'n', podCIDR: '10.9.0.0/30' }]]);
    const r = assignPodIPs([on('a', 'n'), on('b', 'n')], small);
    expect(r.podIPs.get('default/a')).toEqual(['10.9.0.2']);
    expect(r.exhausted).toEqual(['default/b']);
  });
});
