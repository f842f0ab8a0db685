/**
 * CoreDNS's cache plugin on a miss (plugin/cache/cache.go ResponseWriter.WriteMsg): the reply gets one TTL,
 * the smallest in the message raised to the 5 s minimum and capped at `cache N` (computeTTL), on every record
 * (filterRRSlice).
 */
import { describe, expect, it } from 'vitest';
import { capTTLs } from './server';
import type { ResourceRecord } from '../trace/types';
import { response } from './types';

const rr = (name: string, type: ResourceRecord['type'], ttl: number, data: string): ResourceRecord => ({ name, type, ttl, data });

describe('cache N caps a reply\'s TTLs', () => {
  it('gives every record the smallest TTL, at most N', () => {
    const r = response('NOERROR', [rr('a.example.', 'CNAME', 3600, 'b.example.'), rr('b.example.', 'A', 300, '203.0.113.5')]);
    expect(capTTLs(r, 30).answer.map((x) => x.ttl)).toEqual([30, 30]);
    const short = response('NOERROR', [rr('a.example.', 'CNAME', 3600, 'b.example.'), rr('b.example.', 'A', 10, '203.0.113.5')]);
    expect(capTTLs(short, 30).answer.map((x) => x.ttl)).toEqual([10, 10]);
  });

  it('caps the authority and additional sections too, and leaves a reply within N as it is', () => {
    const r = response('NOERROR', [rr('x.', 'NS', 86400, 'ns.x.')], { additional: [rr('ns.x.', 'A', 86400, '192.0.2.1')] });
    const capped = capTTLs(r, 30);
    expect([...capped.answer, ...capped.additional].map((x) => x.ttl)).toEqual([30, 30]);
    const within = response('NOERROR', [rr('web.default.svc.cluster.local.', 'A', 30, '10.96.0.20')]);
    expect(capTTLs(within, 30)).toBe(within);
  });

  // computeTTL(msgTTL, minpttl/minnttl = dnsutil.MinimalDefaultTTL, pttl/nttl = N): the floor first, then the cap.
  it.each([
    { name: 'kubernetes `ttl 0`', ttls: [0], n: 30, want: 5 },
    { name: 'an upstream TTL of 1 beside a longer one', ttls: [1, 300], n: 30, want: 5 },
    { name: 'a TTL of exactly 5', ttls: [5], n: 30, want: 5 },
    { name: 'a TTL of 2 under `cache 3`', ttls: [2], n: 3, want: 3 },
    { name: 'a TTL of 0 under `cache 3`', ttls: [0], n: 3, want: 3 },
    { name: 'a TTL of 10', ttls: [10, 3600], n: 30, want: 10 },
  ])('raises a TTL under the 5 s minimum to it before capping: $name', ({ ttls, n, want }) => {
    const r = response('NOERROR', ttls.map((t, i) => rr(`h${i}.example.`, 'A', t, `203.0.113.${i + 1}`)));
    expect(capTTLs(r, n).answer.map((x) => x.ttl)).toEqual(ttls.map(() => want));
  });

  it('raises a negative answer\'s SOA TTL the same way (its MINIMUM field is left alone)', () => {
    const soa = rr('cluster.local.', 'SOA', 0, 'ns.dns.cluster.local. hostmaster.cluster.local. 1 7200 1800 86400 0');
    const out = capTTLs(response('NXDOMAIN', [], { authority: [soa] }), 30);
    expect(out.authority).toEqual([{ ...soa, ttl: 5 }]);
  });

  it('does nothing without a cache plugin (N = 0) or on SERVFAIL', () => {
    const r = response('NOERROR', [rr('b.example.', 'A', 300, '203.0.113.5')]);
    expect(capTTLs(r, 0)).toBe(r);
    expect(capTTLs(response('SERVFAIL'), 30).rcode).toBe('SERVFAIL');
  });
});
