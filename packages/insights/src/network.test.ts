import { describe, expect, it } from 'vitest';

import { networkOf } from './network.js';

describe('networkOf', () => {
  it('puts an IPv4 address in its /24 and shows only the network part', () => {
    expect(networkOf('203.0.113.57', false)).toEqual({
      network: '203.0.113.0/24',
      ip: '203.0.113.x',
    });
    expect(networkOf('203.0.113.57', true)).toEqual({
      network: '203.0.113.0/24',
      ip: '203.0.113.57',
    });
  });

  it('puts an IPv6 address in its /64, however it is written', () => {
    const long = '2001:0db8:0000:0042:0000:0000:0000:00a1';
    expect(networkOf(long, false)).toEqual({
      network: '2001:db8:0:42::/64',
      ip: '2001:db8:0:42:x:x:x:x',
    });
    expect(networkOf('2001:db8:0:42::a1', true)).toEqual({
      network: '2001:db8:0:42::/64',
      ip: '2001:db8:0:42::a1',
    });
  });

  it('reads an IPv4-mapped IPv6 address as the IPv4 it carries', () => {
    expect(networkOf('::ffff:192.0.2.7', false)).toEqual({
      network: '192.0.2.0/24',
      ip: '192.0.2.x',
    });
  });

  it('gives no network for what is no address, and shows nothing of it unless asked', () => {
    expect(networkOf('not an address', false)).toEqual({ network: undefined, ip: 'unreadable' });
    expect(networkOf('', true)).toEqual({ network: undefined, ip: '' });
    expect(networkOf('192.0.2.300', false).network).toBeUndefined();
  });
});
