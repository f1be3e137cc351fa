import { describe, expect, it } from 'vitest';

import { forSignal } from '../../test/signal-context.js';
import { session } from '../../test/sessions.js';
import { closeStarts } from './close-starts.js';

describe('close starts', () => {
  it('finds two sessions from different networks started 12 minutes apart', () => {
    const rows = closeStarts(
      ...forSignal([
        session('2024-06-28 19:00', '192.0.2.10'),
        session('2024-06-28 19:12', '198.51.100.7'),
      ]),
    );
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      signal: 'close-starts',
      points: 2,
      discountedBy: [],
      sessions: [
        { index: 0, network: '192.0.2.0/24', ip: '192.0.2.x' },
        { index: 1, network: '198.51.100.0/24', ip: '198.51.100.x' },
      ],
    });
    expect(rows[0]!.detail).toContain('started 12 min apart');
    expect(rows[0]!.detail).toContain('no end time');
  });

  it('counts the window inclusively: 30 min is in, 31 min is out', () => {
    const pair = (second: string) => [
      session('2024-06-28 19:00', '192.0.2.10'),
      session(second, '198.51.100.7'),
    ];
    expect(closeStarts(...forSignal(pair('2024-06-28 19:30')))).toHaveLength(1);
    expect(closeStarts(...forSignal(pair('2024-06-28 19:31')))).toHaveLength(0);
    expect(
      closeStarts(...forSignal(pair('2024-06-28 19:31'), { closeStartMinutes: 45 })),
    ).toHaveLength(1);
  });

  it('ignores sessions on one network, one /24 or one /64', () => {
    const rows = closeStarts(
      ...forSignal([
        session('2024-06-28 19:00', '192.0.2.10'),
        session('2024-06-28 19:05', '192.0.2.200'),
        session('2024-06-28 21:00', '2001:db8:1:2::1'),
        session('2024-06-28 21:01', '2001:db8:1:2:ffff::9'),
      ]),
    );
    expect(rows).toEqual([]);
  });

  it('reads the sessions in time order whatever order they come in', () => {
    const rows = closeStarts(
      ...forSignal([
        session('2024-06-28 19:20', '198.51.100.7'),
        session('2024-06-28 19:00', '192.0.2.10'),
      ]),
    );
    expect(rows.map((row) => row.sessions.map(({ index }) => index))).toEqual([[1, 0]]);
  });

  it('shows a pair on a shared network, discounted to 0 points', () => {
    const [sessions, context] = forSignal(
      [session('2024-06-28 17:40', '203.0.113.5'), session('2024-06-28 17:55', '2001:db8:9:9::1')],
      {},
      ['203.0.113.0/24'],
    );
    const [row] = closeStarts(sessions, context);
    expect(row).toMatchObject({ points: 0, discountedBy: ['203.0.113.0/24'] });
    expect(row!.detail).toContain('discounted: 203.0.113.0/24 is shared by many customers');
  });

  it('skips sessions whose address is no IP', () => {
    const rows = closeStarts(
      ...forSignal([
        session('2024-06-28 19:00', 'unknown'),
        session('2024-06-28 19:05', '192.0.2.1'),
      ]),
    );
    expect(rows).toEqual([]);
  });
});
