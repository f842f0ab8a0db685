import { describe, expect, it } from 'vitest';
import { service } from '../../cluster/testing';
import { newNodePortAllocator, nodePortRangeOffset } from './portallocator';

const range = { min: 30000, max: 32767 };

function run(services: ReturnType<typeof service>[], r = range) {
  const a = newNodePortAllocator(r);
  const problems: unknown[] = [];
  for (const s of services) problems.push(...a.reserve(s.metadata.name, s));
  const out = Object.fromEntries(services.map((s) => {
    const x = a.allocate(s.metadata.name, s);
    problems.push(...x.problems);
    return [s.metadata.name, x];
  }));
  return { out, problems };
}

describe('NodePort allocation', () => {
  it('KEP-3668 offset for 30000-32767 is 86: dynamic ports come from 30086-32767', () => {
    expect(nodePortRangeOffset(2768)).toBe(86);
    const { out } = run([service({ name: 'web', type: 'NodePort', ports: [{ port: 80 }] })]);
    expect(out.web.ports[0].nodePort).toBeGreaterThanOrEqual(30086);
    expect(out.web.ports[0].nodePort).toBeLessThanOrEqual(32767);
  });

  it.each([
    ['ClusterIP gets none (and loses written ones)', { type: 'ClusterIP' as const, ports: [{ port: 80, nodePort: 30080 }] }, [undefined]],
    ['NodePort keeps a written port', { type: 'NodePort' as const, ports: [{ port: 80, nodePort: 30080 }] }, [30080]],
    ['LoadBalancer without node ports', { type: 'LoadBalancer' as const, allocateLoadBalancerNodePorts: false, ports: [{ port: 80 }] }, [undefined]],
  ])('%s', (_name, spec, want) => {
    const { out, problems } = run([service({ name: 'svc', ...spec })]);
    expect(out.svc.ports.map((p: { nodePort?: number }) => p.nodePort)).toEqual(want);
    expect(problems).toEqual([]);
  });

  it('one node port for the same port number on TCP and UDP (DNS)', () => {
    const { out } = run([service({ name: 'dns', type: 'NodePort', ports: [{ name: 'dns', port: 53, protocol: 'UDP' }, { name: 'dns-tcp', port: 53 }] })]);
    expect(out.dns.ports[0].nodePort).toBe(out.dns.ports[1].nodePort);
  });

  it('reports duplicates and out-of-range ports', () => {
    const { problems } = run([
      service({ name: 'a', type: 'NodePort', ports: [{ port: 80, nodePort: 30080 }] }),
      service({ name: 'b', type: 'NodePort', ports: [{ port: 80, nodePort: 30080 }, { port: 81, nodePort: 80 }] }),
    ]);
    expect(problems).toEqual([
      { code: 'cluster/nodeport-duplicate', nodePort: 30080, other: 'a' },
      { code: 'cluster/nodeport-out-of-range', nodePort: 80 },
    ]);
  });

  it('externalTrafficPolicy Local LoadBalancers get a healthCheckNodePort', () => {
    const { out } = run([service({ name: 'lb', type: 'LoadBalancer', externalTrafficPolicy: 'Local', ports: [{ port: 80 }] })]);
    expect(out.lb.healthCheckNodePort).toBeGreaterThanOrEqual(30000);
    expect(out.lb.healthCheckNodePort).not.toBe(out.lb.ports[0].nodePort);
  });

  it('fills a tiny range then reports it full', () => {
    const { out, problems } = run([service({ name: 'a', type: 'NodePort', ports: [{ port: 1 }, { port: 2 }, { port: 3 }] })], { min: 30000, max: 30001 });
    expect(out.a.ports.map((p: { nodePort?: number }) => p.nodePort).sort()).toEqual([30000, 30001, undefined]);
    expect(problems).toEqual([{ code: 'cluster/nodeport-range-full' }]);
  });
});
