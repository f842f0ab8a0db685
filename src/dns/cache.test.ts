/**
 * CoreDNS's cache plugin on a miss (plugin/cache/cache.go ResponseWriter.WriteMsg): the reply gets one TTL,
 * the smallest in the message capped at `cache N`, on every record (filterRRSlice).
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

  it('does nothing without a cache plugin (N = 0) or on SERVFAIL', () => {
    const r = response('NOERROR', [rr('b.example.', 'A', 300, '203.0.113.5')]);
    expect(capTTLs(r, 0)).toBe(r);
    expect(capTTLs(response('SERVFAIL'), 30).rcode).toBe('SERVFAIL');
  });
});
