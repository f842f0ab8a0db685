import { describe, expect, it } from 'vitest';
import type { LoadBalancerProvider } from '../../api/world';
import { service } from '../../cluster/testing';
import { ensureLoadBalancer, isInternalLoadBalancer, newLoadBalancerPools, parsePool } from './loadbalancer';

describe('internal load balancer annotations', () => {
  it.each([
    ['azure', { 'service.beta.kubernetes.io/azure-load-balancer-internal': 'true' }, true],
    ['azure', { 'service.beta.kubernetes.io/azure-load-balancer-internal': 'false' }, false],
    ['gke', { 'networking.gke.io/load-balancer-type': 'Internal' }, true],
    ['gke', { 'cloud.google.com/load-balancer-type': 'Internal' }, true],
    ['aws', { 'service.beta.kubernetes.io/aws-load-balancer-internal': '0.0.0.0/0' }, true],
    ['aws', { 'service.beta.kubernetes.io/aws-load-balancer-scheme': 'internal' }, true],
    ['aws', { 'service.beta.kubernetes.io/aws-load-balancer-scheme': 'internet-facing' }, false],
    // an annotation of another cloud does nothing
    ['gke', { 'service.beta.kubernetes.io/azure-load-balancer-internal': 'true' }, false],
    ['generic', { 'service.beta.kubernetes.io/azure-load-balancer-internal': 'true' }, false],
  ] as const)('%s %j → internal %s', (provider, annotations, want) => {
    expect(isInternalLoadBalancer(provider, annotations)).toBe(want);
  });
});

describe('load balancer addresses', () => {
  it.each([
    ['CIDR with host bits: block from the written address', '203.0.113.10/28', '203.0.113.10', 16n],
    ['aligned CIDR', '192.168.0.200/29', '192.168.0.200', 8n],
    ['range', '192.168.0.240-192.168.0.250', '192.168.0.240', 11n],
  ])('pool %s', (_name, text, first, count) => {
    const p = parsePool(text)!;
    expect(p.count).toBe(count);
    expect(parsePool(`${first}/32`)!.first).toBe(p.first);
  });

  const lb = (provider: LoadBalancerProvider['provider']): LoadBalancerProvider => ({ provider, publicPool: '203.0.113.10/28', internalPool: '192.168.0.200/29' });
  const run = (provider: LoadBalancerProvider['provider'], svc: ReturnType<typeof service>) =>
    ensureLoadBalancer('default/x', svc, lb(provider), newLoadBalancerPools(lb(provider)));

  it.each([
    ['azure internal LB gets a LAN address (seed 003)', 'azure', service({ name: 'x', type: 'LoadBalancer', annotations: { 'service.beta.kubernetes.io/azure-load-balancer-internal': 'true' } }), /^192\.168\.0\.20[0-7]$/, true],
    ['public LB gets a pool address', 'generic', service({ name: 'x', type: 'LoadBalancer' }), /^203\.0\.113\.(1\d|2[0-5])$/, false],
    ['loadBalancerIP is honoured', 'generic', service({ name: 'x', type: 'LoadBalancer', loadBalancerIP: '203.0.113.99' }), /^203\.0\.113\.99$/, false],
  ] as const)('%s', (_name, provider, svc, ip, internal) => {
    const r = run(provider, svc);
    expect(r.ingress[0].ip).toMatch(ip);
    expect(r.internal).toBe(internal);
  });

  it.each([
    ['provider none stays pending', 'none', service({ name: 'x', type: 'LoadBalancer' }), 'cluster/lb-pending-no-provider'],
    ['a loadBalancerClass stays pending', 'generic', service({ name: 'x', type: 'LoadBalancer', loadBalancerClass: 'example.com/lb' }), 'cluster/lb-pending-class'],
  ] as const)('%s', (_name, provider, svc, pending) => {
    expect(run(provider, svc)).toMatchObject({ ingress: [], pending });
  });

  it('written status wins; AWS publishes a DNS name', () => {
    expect(run('generic', service({ name: 'x', type: 'LoadBalancer', lbIngress: [{ ip: '198.51.100.9' }] })).ingress).toEqual([{ ip: '198.51.100.9' }]);
    expect(run('aws', service({ name: 'x', type: 'LoadBalancer' })).ingress[0].hostname).toMatch(/^a[0-9a-z]+-\d{10}\.us-east-1\.elb\.amazonaws\.com$/);
  });

  it('an exhausted pool leaves the rest pending', () => {
    const p: LoadBalancerProvider = { provider: 'generic', publicPool: '203.0.113.10/32', internalPool: '' };
    const pools = newLoadBalancerPools(p);
    expect(ensureLoadBalancer('a', service({ name: 'a', type: 'LoadBalancer' }), p, pools).ingress).toEqual([{ ip: '203.0.113.10' }]);
    expect(ensureLoadBalancer('b', service({ name: 'b', type: 'LoadBalancer' }), p, pools).pending).toBe('cluster/lb-pool-exhausted');
  });
});
