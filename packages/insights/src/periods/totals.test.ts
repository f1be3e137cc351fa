import { hoursOf, type StatsItem } from '@boomstream/spec';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { bucketsOf } from './buckets.js';
import { lengthInDays } from './calendar.js';
import { exactTotal, hoursOfMs } from './totals.js';

describe('exactTotal', () => {
  it('sums milliseconds, then rounds once', () => {
    // Each bucket reads 0.01 h (18 s = 0.005 h rounds up), but 3 × 18 s is 0.015 h: 0.02 h.
    const items = [18_000, 18_000, 18_000].map((timeMs) => ({ timeMs }));
    expect(exactTotal(items)).toEqual({ timeMs: 54_000, hours: 0.02 });
    expect(exactTotal([])).toEqual({ timeMs: 0, hours: 0 });
  });

  it('refuses a timeMs that is not a finite number, naming the bucket', () => {
    expect(() => exactTotal([{ timeMs: 1 }, { timeMs: Number.NaN }])).toThrow(
      new RangeError(
        'exactTotal: buckets[1].timeMs is NaN; every timeMs must be a finite number of milliseconds',
      ),
    );
    expect(() => exactTotal([{ timeMs: Number.POSITIVE_INFINITY }])).toThrow(RangeError);
  });

  it('rounds a negative change as its opposite, never to -0', () => {
    expect(hoursOfMs(-1_800_000)).toBe(-0.5);
    expect(hoursOfMs(-18_000)).toBe(-0.01);
    expect(Object.is(hoursOfMs(-1), 0)).toBe(true);
  });
});

/** Hourly items of a period, as the API answers them: no item where nobody watched. */
const hourlyArb = fc
  .record({
    start: fc.constantFrom('2020-12-20', '2024-02-20', '2024-06-01', '2025-12-25'),
    days: fc.integer({ min: 1, max: 70 }),
    seed: fc.array(fc.nat({ max: 5_000_000 }), { minLength: 24, maxLength: 24 }),
    gaps: fc.nat({ max: 6 }),
  })
  .map(({ start, days, seed, gaps }) => {
    const begin = Date.parse(`${start}T00:00:00Z`);
    const end = new Date(begin + (days - 1) * 86_400_000).toISOString().slice(0, 10);
    const items: StatsItem[] = [];
    for (let hour = 0; hour < days * 24; hour += 1) {
      const timeMs = (seed[hour % 24] ?? 0) * ((hour % 7) + 1);
      if (gaps > 0 && hour % (gaps + 3) === 0) continue;
      const date = new Date(begin + hour * 3_600_000).toISOString().slice(0, 16);
      items.push({ date, timeMs, hours: hoursOf(timeMs) });
    }
    return { period: { start, end }, items };
  });

describe('totals agree across groupings', () => {
  it('hours, days, weeks and months of one period sum to the same milliseconds and the same hours', () => {
    fc.assert(
      fc.property(hourlyArb, ({ period, items }) => {
        // The oracle: the plain sum of the hourly milliseconds.
        const expectedMs = items.reduce((sum, item) => sum + item.timeMs, 0);
        // Days as the API gives them by day: the hours of each day summed.
        const byDay = new Map<string, number>();
        for (const item of items) {
          const day = item.date.slice(0, 10);
          byDay.set(day, (byDay.get(day) ?? 0) + item.timeMs);
        }
        const daily = [...byDay].map(([date, timeMs]) => ({
          date,
          timeMs,
          hours: hoursOf(timeMs),
        }));
        const totals = [
          exactTotal(bucketsOf(items, period, 'hour')),
          exactTotal(bucketsOf(daily, period, 'day')),
          exactTotal(bucketsOf(daily, period, 'week')),
          exactTotal(bucketsOf(daily, period, 'month')),
          exactTotal(bucketsOf(items, period, 'week')),
          exactTotal(daily),
        ];
        for (const total of totals) {
          expect(total).toEqual({ timeMs: expectedMs, hours: hoursOf(expectedMs) });
        }
        expect(bucketsOf(daily, period, 'day')).toHaveLength(lengthInDays(period));
      }),
      { numRuns: 60 },
    );
  });
});
