import { describe, expect, it } from 'vitest';

import { compareCodes } from './compare-codes.js';

const HOUR = 3_600_000;
const june = { start: '2024-06-01', end: '2024-06-30' };
const may = { start: '2024-05-02', end: '2024-05-31' };
const base = { mode: 'previous', period: june, earlierPeriod: may } as const;

describe('compareCodes', () => {
  it('leaves a code whose earlier read failed out of both totals, with an error and no change', () => {
    const comparison = compareCodes({
      ...base,
      current: [
        { code: 'AAAA1111', timeMs: 3 * HOUR },
        { code: 'BBBB2222', timeMs: 10 * HOUR },
      ],
      earlier: [{ code: 'AAAA1111', timeMs: 2 * HOUR }],
    });
    expect(comparison.codesCompared).toBe(1);
    // Only AAAA1111 was read in both: 3 h against 2 h, +1 h, not +11 h.
    expect(comparison.current).toMatchObject({ timeMs: 3 * HOUR, hours: 3 });
    expect(comparison.earlier).toEqual({ ...may, timeMs: 2 * HOUR, hours: 2 });
    expect(comparison.change).toMatchObject({ timeMs: HOUR, percent: 50 });
    expect(comparison.codes).toEqual([
      {
        code: 'AAAA1111',
        timeMs: 3 * HOUR,
        hours: 3,
        earlier: { timeMs: 2 * HOUR, hours: 2 },
        change: { timeMs: HOUR, hours: 1, percent: 50, summary: '+50.0 %' },
      },
      {
        code: 'BBBB2222',
        timeMs: 10 * HOUR,
        hours: 10,
        earlier: null,
        change: null,
        error: 'earlier-read-failed',
      },
    ]);
  });

  it('leaves a code whose current read failed out of both totals (the reverse case)', () => {
    const comparison = compareCodes({
      ...base,
      current: [
        { code: 'AAAA1111', timeMs: 3 * HOUR },
        { code: 'BBBB2222', timeMs: 0, error: 'HTTP 500' },
      ],
      earlier: [
        { code: 'AAAA1111', timeMs: 2 * HOUR },
        { code: 'BBBB2222', timeMs: 7 * HOUR },
      ],
    });
    expect(comparison.codesCompared).toBe(1);
    expect(comparison.earlier).toMatchObject({ timeMs: 2 * HOUR });
    expect(comparison.change).toMatchObject({ timeMs: HOUR });
    expect(comparison.codes[1]).toMatchObject({
      code: 'BBBB2222',
      change: null,
      error: 'current-read-failed',
    });
  });

  it('treats an earlier row with an error as not read', () => {
    const comparison = compareCodes({
      ...base,
      current: [{ code: 'AAAA1111', timeMs: HOUR }],
      earlier: [{ code: 'AAAA1111', timeMs: 0, error: 'timeout' }],
    });
    expect(comparison.codesCompared).toBe(0);
    expect(comparison.codes[0]).toMatchObject({ earlier: null, error: 'earlier-read-failed' });
    expect(comparison.current.timeMs).toBe(0);
  });

  it('marks a period ending today or later as partialDay', () => {
    const of = (today: string) =>
      compareCodes({ ...base, current: [], earlier: [], today }).current.partialDay;
    expect(of('2024-06-30')).toBe(true);
    expect(of('2024-06-15')).toBe(true);
    expect(of('2024-07-01')).toBe(false);
  });
});
