import { describe, expect, it } from 'vitest';
import { newCidrSet } from './cidrset';

describe('node IPAM cidrset', () => {
  it('hands out /24s of 10.244.0.0/16 in order (kind: control plane 10.244.0.0/24, workers .1, .2)', () => {
    const s = newCidrSet('10.244.0.0/16', 24);
    expect([s.allocateNext(), s.allocateNext(), s.allocateNext()]).toEqual(['10.244.0.0/24', '10.244.1.0/24', '10.244.2.0/24']);
  });

  it('skips blocks nodes already have', () => {
    const s = newCidrSet('10.244.0.0/16', 24);
    s.occupy('10.244.0.0/24');
    s.occupy('10.244.2.0/24');
    expect([s.allocateNext(), s.allocateNext()]).toEqual(['10.244.1.0/24', '10.244.3.0/24']);
  });

  it.each([
    ['a /30 cluster CIDR split into /31s is exhausted after 2', '10.0.0.0/30', 31, ['10.0.0.0/31', '10.0.0.2/31', undefined]],
    ['an IPv6 cluster CIDR', 'fd00:10:244::/56', 64, ['fd00:10:244::/64', 'fd00:10:244:1::/64', 'fd00:10:244:2::/64']],
    ['an invalid mask gives nothing', '10.244.0.0/16', 8, [undefined, undefined, undefined]],
  ])('%s', (_name, cidr, mask, want) => {
    const s = newCidrSet(cidr, mask);
    expect([s.allocateNext(), s.allocateNext(), s.allocateNext()]).toEqual(want);
  });
});
