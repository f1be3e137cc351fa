import { describe, expect, it } from 'vitest';

import { forSignal } from '../../test/signal-context.js';
import { session } from '../../test/sessions.js';
import { networkVelocity } from './network-velocity.js';

/** Sessions every `hours` hours from 2024-06-27 00:00 Moscow, each on network 198.51.100+i… */
const spread = (networks: readonly string[], hours: number) =>
  networks.map((ip, i) => {
    const hour = i * hours;
    const day = 27 + Math.floor(hour / 24);
    return session(`2024-06-${day} ${String(hour % 24).padStart(2, '0')}:00`, ip);
  });

const FIVE = ['192.0.2.1', '198.51.100.1', '203.0.113.1', '2001:db8:1:1::1', '2001:db8:1:2::1'];

describe('network velocity', () => {
  it('finds 5 networks within 24 h', () => {
    // At 00:00, 05:00, 10:00, 15:00 and 20:00 of one day.
    const rows = networkVelocity(...forSignal(spread(FIVE, 5)));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ signal: 'network-velocity', points: 2, discountedBy: [] });
    expect(rows[0]!.sessions).toHaveLength(5);
    expect(rows[0]!.detail).toMatch(/^5 networks within 24 h \(threshold 5\)/);
  });

  it('does not fire on 4 networks, nor on 5 spread over more than 24 h', () => {
    expect(networkVelocity(...forSignal(spread(FIVE.slice(0, 4), 5)))).toEqual([]);
    // At 00:00, 07:00, 14:00, 21:00 and 04:00 the next day: 28 h from first to last.
    expect(networkVelocity(...forSignal(spread(FIVE, 7)))).toEqual([]);
    expect(networkVelocity(...forSignal(spread(FIVE, 7), { velocityHours: 30 }))).toHaveLength(1);
  });

  it('counts a network once however many sessions it has', () => {
    const again = spread([...FIVE.slice(0, 4), '192.0.2.99', '198.51.100.42'], 3);
    expect(networkVelocity(...forSignal(again))).toEqual([]);
  });

  it('is shown but discounted when the networks not shared fall short of the threshold', () => {
    const [sessions, context] = forSignal(spread(FIVE, 5), {}, ['203.0.113.0/24']);
    const [row] = networkVelocity(sessions, context);
    expect(row).toMatchObject({ points: 0, discountedBy: ['203.0.113.0/24'] });
    expect(row!.detail).toContain('discounted');
  });

  it('counts in full when enough networks are not shared', () => {
    const six = [...FIVE, '2001:db8:1:3::1'];
    const [sessions, context] = forSignal(spread(six, 4), {}, ['203.0.113.0/24']);
    expect(networkVelocity(sessions, context)[0]).toMatchObject({ points: 2, discountedBy: [] });
  });
});
