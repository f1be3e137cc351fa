import { describe, expect, it } from 'vitest';

import { forSignal } from '../../test/signal-context.js';
import { session } from '../../test/sessions.js';
import { activationsUsedUp } from './activations.js';

const left = (moscow: string, leftActivations: number) =>
  session(moscow, '192.0.2.1', { leftActivations });

describe('activations used up', () => {
  it('finds the session that left none, 26 h after the first: fast, 2 points', () => {
    const rows = activationsUsedUp(
      ...forSignal([
        left('2024-06-27 10:00', 2),
        left('2024-06-27 18:00', 1),
        left('2024-06-28 12:00', 0),
      ]),
    );
    expect(rows).toEqual([
      {
        signal: 'activations-used-up',
        detail:
          'activations used up: 0 left after session 3, 1 d 2 h after the first session (within 48 h)',
        sessions: [expect.objectContaining({ index: 0 }), expect.objectContaining({ index: 2 })],
        points: 2,
        discountedBy: [],
      },
    ]);
  });

  it('gives 1 point when they ran out slowly', () => {
    const rows = activationsUsedUp(
      ...forSignal([left('2024-06-20 10:00', 1), left('2024-06-28 10:00', 0)]),
    );
    expect(rows[0]).toMatchObject({ points: 1 });
    expect(rows[0]!.detail).toBe(
      'activations used up: 0 left after session 2, 8 d after the first session',
    );
  });

  it('says nothing while activations are left', () => {
    expect(
      activationsUsedUp(...forSignal([left('2024-06-27 10:00', 3), left('2024-06-28 10:00', 2)])),
    ).toEqual([]);
    expect(activationsUsedUp(...forSignal([]))).toEqual([]);
  });

  it('names a first session that already left none', () => {
    const [row] = activationsUsedUp(...forSignal([left('2024-06-27 10:00', 0)]));
    expect(row).toMatchObject({ points: 2, sessions: [{ index: 0 }] });
    expect(row!.detail).toContain('the first one seen');
  });
});
