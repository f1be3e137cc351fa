import { describe, expect, it } from 'vitest';

import { forSignal } from '../../test/signal-context.js';
import { session } from '../../test/sessions.js';
import { impossibleTravel } from './impossible-travel.js';

describe('impossible travel', () => {
  it('finds Russia then Germany 20 minutes apart: over 1 500 km, hours by plane', () => {
    const rows = impossibleTravel(
      ...forSignal([
        session('2024-06-28 19:00', '192.0.2.1'),
        session('2024-06-28 19:20', '198.51.100.1', { country: 'Germany' }),
      ]),
    );
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ signal: 'impossible-travel', points: 3 });
    expect(rows[0]!.detail).toMatch(/^Russia then Germany: about \d+ km in 20 min/);
    expect(rows[0]!.detail).toContain('blind to moves inside a country');
  });

  it('lets a day pass between two countries, and a faster plane', () => {
    const trip = (second: string) => [
      session('2024-06-28 08:00', '192.0.2.1'),
      session(second, '198.51.100.1', { country: 'Germany' }),
    ];
    expect(impossibleTravel(...forSignal(trip('2024-06-29 08:00')))).toEqual([]);
    expect(
      impossibleTravel(...forSignal(trip('2024-06-28 08:20'), { travelSpeedKmh: 100_000 })),
    ).toEqual([]);
  });

  it('is blind inside one country, however far apart the cities', () => {
    const rows = impossibleTravel(
      ...forSignal([
        session('2024-06-28 19:00', '192.0.2.1'),
        session('2024-06-28 19:05', '198.51.100.1', { country: 'russia' }),
      ]),
    );
    expect(rows).toEqual([]);
  });

  it('skips an unknown country and compares the known sessions around it', () => {
    const rows = impossibleTravel(
      ...forSignal([
        session('2024-06-28 19:00', '192.0.2.1'),
        session('2024-06-28 19:05', '192.0.2.2', { country: 'Atlantis' }),
        session('2024-06-28 19:10', '198.51.100.1', { country: 'Germany' }),
      ]),
    );
    expect(rows.map((row) => row.sessions.map(({ index }) => index))).toEqual([[0, 2]]);
  });
});
