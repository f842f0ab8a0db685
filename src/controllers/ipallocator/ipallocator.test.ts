import { describe, expect, it } from 'vitest';
import { parseCIDR, parseIP, inCIDR } from '../../cluster/ipmath';
import { service } from '../../cluster/testing';
import { allocationBands, calculateRangeOffset, newServiceIPAllocator } from './ipallocator';

describe('KEP-3070 static/dynamic bands', () => {
  it.each([
    ['10.96.0.0/12 (kubeadm default)', '10.96.0.0/12', 256n, '10.96.1.1'],
    ['a /24', '10.0.0.0/24', 16n, '10.0.0.17'],
    ['a /28 has no static band', '10.0.0.0/28', 0n, '10.0.0.1'],
    ['an IPv6 /108', 'fd00:10:96::/108', 256n, 'fd00:10:96::101'],
  ])('%s', (_name, cidr, offset, firstDynamic) => {
    const c = parseCIDR(cidr)!;
    expect(calculateRangeOffset(c.size)).toBe(offset);
    const bands = allocationBands(c);
    expect(bands[0].first).toBe(parseIP(firstDynamic)!.value);
  });
});

function allocate(cidrs: string[], services: ReturnType<typeof service>[]) {
  const a = newServiceIPAllocator(cidrs);
  const problems: unknown[] = [];
  for (const s of services) problems.push(...a.reserve(`${s.metadata.namespace}/${s.metadata.name}`, s).problems);
  const out: Record<string, ReturnType<typeof a.allocate>['result']> = {};
  for (const s of services) {
    const r = a.allocate(`${s.metadata.namespace}/${s.metadata.name}`);
    problems.push(...r.problems);
    out[s.metadata.name] = r.result;
  }
  return { out, problems };
}

describe('ClusterIP allocation', () => {
  it('honours written IPs and allocates others in the dynamic band', () => {
    const { out, problems } = allocate(['10.96.0.0/12'], [
      service({ name: 'kubernetes', clusterIP: '10.96.0.1' }),
      service({ name: 'web' }),
      service({ name: 'headless', clusterIP: 'None', selector: { app: 'db' } }),
      service({ name: 'ext', type: 'ExternalName', externalName: 'example.com' }),
    ]);
    expect(problems).toEqual([]);
    expect(out.kubernetes).toEqual({ clusterIPs: ['10.96.0.1'], ipFamilies: ['IPv4'], ipFamilyPolicy: 'SingleStack' });
    // dynamic band of 10.96.0.0/12: 10.96.1.1 - 10.111.255.254
    expect(inCIDR('10.96.0.0/12', out.web.clusterIPs[0])).toBe(true);
    expect(parseIP(out.web.clusterIPs[0])!.value).toBeGreaterThanOrEqual(parseIP('10.96.1.1')!.value);
    expect(out.headless).toEqual({ clusterIPs: ['None'], ipFamilies: ['IPv4'], ipFamilyPolicy: 'SingleStack' });
    expect(out.ext).toEqual({ clusterIPs: [], ipFamilies: [] });
  });

  // storage/alloc.go initIPFamilyFields: "Special-case: headless + selectorless defaults to dual", and the other
  // family is added before the cluster's families are checked, so even a single-stack cluster shows both.
  it('a headless Service without a selector defaults to RequireDualStack with both families, even on a single-stack cluster', () => {
    const { out, problems } = allocate(['10.96.0.0/12'], [
      service({ name: 'manual', clusterIP: 'None' }),
      service({ name: 'manual-empty', clusterIP: 'None', selector: {} }),
      service({ name: 'manual-single', clusterIP: 'None', ipFamilyPolicy: 'SingleStack' }),
      service({ name: 'manual-v6', clusterIP: 'None', ipFamilies: ['IPv6'] }),
    ]);
    expect(problems).toEqual([]);
    expect(out.manual).toEqual({ clusterIPs: ['None'], ipFamilies: ['IPv4', 'IPv6'], ipFamilyPolicy: 'RequireDualStack' });
    expect(out['manual-empty']).toEqual(out.manual);
    expect(out['manual-single']).toEqual({ clusterIPs: ['None'], ipFamilies: ['IPv4'], ipFamilyPolicy: 'SingleStack' });
    expect(out['manual-v6']).toEqual({ clusterIPs: ['None'], ipFamilies: ['IPv6', 'IPv4'], ipFamilyPolicy: 'RequireDualStack' });
  });

  it('reports written IPs that are out of range or taken', () => {
    const { problems } = allocate(['10.96.0.0/12'], [
      service({ name: 'a', clusterIP: '10.96.5.5' }),
      service({ name: 'b', clusterIP: '10.96.5.5' }),
      service({ name: 'c', clusterIP: '172.16.0.1' }),
    ]);
    expect(problems).toEqual([
      { code: 'cluster/service-ip-duplicate', ip: '10.96.5.5', other: 'default/a' },
      { code: 'cluster/service-ip-out-of-range', ip: '172.16.0.1', cidrs: '10.96.0.0/12' },
    ]);
  });

  it.each([
    ['SingleStack on a dual-stack cluster', 'SingleStack', ['IPv4'], []],
    ['PreferDualStack on a dual-stack cluster', 'PreferDualStack', ['IPv4', 'IPv6'], []],
    ['RequireDualStack on a dual-stack cluster', 'RequireDualStack', ['IPv4', 'IPv6'], []],
  ] as const)('%s', (_name, policy, families, problems) => {
    const r = allocate(['10.96.0.0/12', 'fd00:10:96::/108'], [service({ name: 'web', ipFamilyPolicy: policy })]);
    expect(r.out.web.ipFamilies).toEqual(families);
    expect(r.out.web.clusterIPs).toHaveLength(families.length);
    if (families.length === 2) expect(inCIDR('fd00:10:96::/108', r.out.web.clusterIPs[1])).toBe(true);
    expect(r.problems).toEqual(problems);
  });

  it('RequireDualStack on a single-stack cluster is reported', () => {
    const r = allocate(['10.96.0.0/12'], [service({ name: 'web', ipFamilyPolicy: 'RequireDualStack' })]);
    expect(r.problems).toEqual([{ code: 'cluster/service-dualstack-unavailable', family: 'IPv6' }]);
    expect(r.out.web.ipFamilies).toEqual(['IPv4']);
  });

  it('moves on to the next ServiceCIDR of the family when one is full (KEP-1880)', () => {
    const r = allocate(['10.0.0.0/30', '10.1.0.0/24'], [service({ name: 'a' }), service({ name: 'b' }), service({ name: 'c' })]);
    const ips = [r.out.a, r.out.b, r.out.c].map((x) => x.clusterIPs[0]).sort();
    expect(ips.filter((ip) => ip.startsWith('10.0.0.'))).toHaveLength(2);
    expect(ips.filter((ip) => ip.startsWith('10.1.0.'))).toHaveLength(1);
  });
});
