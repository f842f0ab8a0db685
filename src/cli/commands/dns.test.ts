import { describe, expect, it } from 'vitest';
import { reverseName, toResolvConf } from './dns';

describe('reverseName', () => {
  it.each([
    ['10.96.0.10', '10.0.96.10.in-addr.arpa.'],
    ['192.168.0.2', '2.0.168.192.in-addr.arpa.'],
    ['fd00::1', '1.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.d.f.ip6.arpa.'],
  ])('%s → %s', (addr, name) => expect(reverseName(addr)).toBe(name));
});

describe('toResolvConf', () => {
  it('takes the engine\'s object, option objects, and text', () => {
    expect(toResolvConf({ nameservers: ['10.96.0.10'], search: ['a'], options: ['ndots:5'], warnings: [] }))
      .toEqual({ nameservers: ['10.96.0.10'], search: ['a'], options: ['ndots:5'] });
    expect(toResolvConf({ nameservers: ['1.1.1.1'], searches: [], options: [{ name: 'ndots', value: '2' }, { name: 'edns0' }] }))
      .toEqual({ nameservers: ['1.1.1.1'], search: [], options: ['ndots:2', 'edns0'] });
    expect(toResolvConf('nameserver 1.1.1.1\n')).toEqual({ nameservers: ['1.1.1.1'], search: [], options: [] });
    expect(toResolvConf({ error: {} })).toBeUndefined();
  });
});
