import { addDays, daysBetween, type StatsItem } from '@boomstream/spec';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { weekday } from './calendar.js';
import {
  changeOf,
  comparePeriods,
  comparisonSeries,
  earlierPeriod,
  laterDate,
  NO_EARLIER_DATA,
} from './compare.js';

const HOUR = 3_600_000;
const item = (date: string, timeMs: number): StatsItem => ({ date, timeMs, hours: 0 });
const june = { start: '2024-06-01', end: '2024-06-30' };

describe('earlierPeriod', () => {
  it.each([
    ['previous', june, { start: '2024-05-02', end: '2024-05-31' }],
    [
      'previous',
      { start: '2024-03-01', end: '2024-03-01' },
      { start: '2024-02-29', end: '2024-02-29' },
    ],
    // 30 days need 5 weeks to stop overlapping: the same weekdays 35 days before.
    ['weekday', june, { start: '2024-04-27', end: '2024-05-26' }],
    [
      'weekday',
      { start: '2024-06-03', end: '2024-06-09' },
      { start: '2024-05-27', end: '2024-06-02' },
    ],
    [
      'weekday',
      { start: '2024-06-03', end: '2024-06-03' },
      { start: '2024-05-27', end: '2024-05-27' },
    ],
    ['last-year', june, { start: '2023-06-01', end: '2023-06-30' }],
    [
      'last-year',
      { start: '2024-02-29', end: '2024-02-29' },
      { start: '2023-02-28', end: '2023-02-28' },
    ],
    [
      'last-year',
      { start: '2024-02-01', end: '2024-02-29' },
      { start: '2023-02-01', end: '2023-02-28' },
    ],
    // The other way round: the earlier period holds 29 February, one day longer.
    [
      'last-year',
      { start: '2025-02-28', end: '2025-03-01' },
      { start: '2024-02-28', end: '2024-03-01' },
    ],
    [
      'last-year',
      { start: '2024-01-01', end: '2024-01-07' },
      { start: '2023-01-01', end: '2023-01-07' },
    ],
  ] as const)('%s of %j is %j', (mode, period, expected) => {
    expect(earlierPeriod(period, mode)).toEqual(expected);
  });

  const periodArb = fc
    .record({
      start: fc.integer({ min: 0, max: 20_000 }),
      length: fc.integer({ min: 1, max: 400 }),
    })
    .map(({ start, length }) => {
      const from = addDays('1990-01-01', start);
      return { start: from, end: addDays(from, length - 1) };
    });

  it('previous: the same length, ending the day before', () => {
    fc.assert(
      fc.property(periodArb, (period) => {
        const earlier = earlierPeriod(period, 'previous');
        expect(addDays(earlier.end, 1)).toBe(period.start);
        expect(daysBetween(earlier.start, earlier.end)).toBe(daysBetween(period.start, period.end));
      }),
    );
  });

  it('weekday: the same weekdays, the fewest whole weeks back that do not overlap', () => {
    fc.assert(
      fc.property(periodArb, (period) => {
        const earlier = earlierPeriod(period, 'weekday');
        const back = daysBetween(earlier.start, period.start);
        expect(back % 7).toBe(0);
        expect(weekday(earlier.start)).toBe(weekday(period.start));
        expect(earlier.end < period.start).toBe(true);
        // One week fewer would overlap.
        expect(addDays(earlier.end, 7) >= period.start).toBe(true);
      }),
    );
  });
});

describe('periods that are not periods', () => {
  it('earlierPeriod refuses a start after the end, and a date that is not on the calendar', () => {
    expect(() => earlierPeriod({ start: '2024-06-10', end: '2024-06-01' }, 'previous')).toThrow(
      new RangeError(
        'earlierPeriod: period: start (2024-06-10) must be on or before end (2024-06-01); both days are included',
      ),
    );
    expect(() => earlierPeriod({ start: '2024-02-30', end: '2024-03-01' }, 'weekday')).toThrow(
      'earlierPeriod: period.start ("2024-02-30") must be a calendar date as YYYY-MM-DD',
    );
  });
});

describe('laterDate', () => {
  it('moves earlier days and hours forward as the period moved back; a year later, 29 February meets 28 February', () => {
    expect(laterDate('2024-05-04T13:00', june, 'previous')).toBe('2024-06-03T13:00');
    expect(laterDate('2024-04-29', june, 'weekday')).toBe('2024-06-03');
    expect(laterDate('2023-03-01', { start: '2024-02-01', end: '2024-03-31' }, 'last-year')).toBe(
      '2024-03-01',
    );
    // An earlier 29 February counts with this 28 February.
    expect(
      laterDate('2024-02-29T08:00', { start: '2025-02-01', end: '2025-03-31' }, 'last-year'),
    ).toBe('2025-02-28T08:00');
    // A period beginning on 29 February meets the earlier 28 February (its earlier start).
    expect(laterDate('2023-02-28', { start: '2024-02-29', end: '2024-03-31' }, 'last-year')).toBe(
      '2024-02-29',
    );
    expect(laterDate('2023-02-28', { start: '2024-02-01', end: '2024-03-31' }, 'last-year')).toBe(
      '2024-02-28',
    );
  });
});

describe('changeOf', () => {
  it('says "no earlier data" instead of an infinite per cent', () => {
    expect(changeOf(7_200_000, 0)).toEqual({
      timeMs: 7_200_000,
      hours: 2,
      percent: null,
      summary: NO_EARLIER_DATA,
    });
    expect(changeOf(0, 0)).toMatchObject({ percent: null, summary: NO_EARLIER_DATA });
  });

  it('gives the per cent of the earlier amount from exact milliseconds, signed', () => {
    expect(changeOf(3 * HOUR, 2 * HOUR)).toEqual({
      timeMs: HOUR,
      hours: 1,
      percent: 50,
      summary: '+50.0 %',
    });
    expect(changeOf(HOUR, 4 * HOUR)).toEqual({
      timeMs: -3 * HOUR,
      hours: -3,
      percent: -75,
      summary: '-75.0 %',
    });
    expect(changeOf(HOUR, HOUR)).toMatchObject({ percent: 0, summary: '0.0 %' });
    // 1 ms less out of 3 h: rounds to nothing, and to 0, not -0.
    expect(Object.is(changeOf(3 * HOUR - 1, 3 * HOUR).percent, 0)).toBe(true);
    expect(Object.is(changeOf(3 * HOUR - 1, 3 * HOUR).hours, 0)).toBe(true);
    expect(changeOf(2, 3).percent).toBe(-33.3);
  });

  it('rounds the magnitude of a per cent, so a rise and a fall of one size read one figure, never -0', () => {
    expect(changeOf(112_250, 100_000)).toMatchObject({ percent: 12.3, summary: '+12.3 %' });
    expect(changeOf(87_750, 100_000)).toMatchObject({ percent: -12.3, summary: '-12.3 %' });
    expect(changeOf(100_050, 100_000)).toMatchObject({ percent: 0.1, summary: '+0.1 %' });
    expect(changeOf(99_950, 100_000)).toMatchObject({ percent: -0.1, summary: '-0.1 %' });
    expect(Object.is(changeOf(99_951, 100_000).percent, 0)).toBe(true);
    expect(changeOf(99_951, 100_000).summary).toBe('0.0 %');
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 10_000_000 }),
        fc.nat({ max: 10_000_000 }),
        (earlier, delta) => {
          const up = changeOf(earlier + delta, earlier).percent;
          const down = changeOf(earlier - delta, earlier).percent;
          expect(Object.is(down, -(up ?? 0)) || (up === 0 && Object.is(down, 0))).toBe(true);
        },
      ),
    );
  });
});

describe('comparePeriods', () => {
  it('compares this week with the last one, day by day, Monday with Monday', () => {
    const week = { start: '2024-06-03', end: '2024-06-09' };
    const comparison = comparePeriods({
      mode: 'weekday',
      grouping: 'day',
      period: week,
      current: [item('2024-06-03', 3 * HOUR), item('2024-06-05', HOUR)],
      earlier: [item('2024-05-27', 2 * HOUR), item('2024-06-02', 5 * HOUR)],
    });
    expect(comparison.current).toEqual({ ...week, timeMs: 4 * HOUR, hours: 4, partialDay: false });
    expect(comparison.earlier).toEqual({
      start: '2024-05-27',
      end: '2024-06-02',
      timeMs: 7 * HOUR,
      hours: 7,
    });
    expect(comparison.change).toEqual({
      timeMs: -3 * HOUR,
      hours: -3,
      percent: -42.9,
      summary: '-42.9 %',
    });
    expect(comparison.buckets).toHaveLength(7);
    const [monday, , wednesday, , , , sunday] = comparison.buckets;
    expect(monday).toMatchObject({
      date: '2024-06-03',
      timeMs: 3 * HOUR,
      earlier: { date: '2024-05-27' },
    });
    expect(monday?.change.summary).toBe('+50.0 %');
    expect(wednesday?.change).toMatchObject({ percent: null, summary: NO_EARLIER_DATA });
    expect(sunday).toMatchObject({
      earlier: { date: '2024-06-02', timeMs: 5 * HOUR },
      change: { percent: -100 },
    });
    expect(comparisonSeries(comparison)).toEqual({
      current: [3, 0, 1, 0, 0, 0, 0],
      earlier: [2, 0, 0, 0, 0, 0, 5],
    });
  });

  it('last year by day: 29 February meets no day, and the earlier 29 February counts only in its total', () => {
    const comparison = comparePeriods({
      mode: 'last-year',
      grouping: 'day',
      period: { start: '2025-02-28', end: '2025-03-01' },
      current: [item('2025-02-28', HOUR), item('2025-03-01', HOUR)],
      earlier: [item('2024-02-28', HOUR), item('2024-02-29', HOUR), item('2024-03-01', HOUR)],
    });
    expect(comparison.buckets.map((bucket) => bucket.earlier?.date ?? null)).toEqual([
      '2024-02-28',
      '2024-03-01',
    ]);
    expect(comparison.earlier.timeMs).toBe(3 * HOUR);
    const leap = comparePeriods({
      mode: 'last-year',
      grouping: 'day',
      period: { start: '2024-02-28', end: '2024-03-01' },
      current: [item('2024-02-29', HOUR)],
      earlier: [item('2023-02-28', HOUR)],
    });
    expect(leap.buckets.map((bucket) => bucket.earlier?.date ?? null)).toEqual([
      '2023-02-28',
      null,
      '2023-03-01',
    ]);
    expect(leap.buckets[1]?.change.summary).toBe(NO_EARLIER_DATA);
  });

  it('weeks meet the earlier days shifted with them, and a period with no viewing before says so', () => {
    const comparison = comparePeriods({
      mode: 'previous',
      grouping: 'week',
      period: june,
      current: [item('2024-06-01', HOUR), item('2024-06-10', 2 * HOUR)],
      earlier: [],
    });
    // June is 30 days: each week meets its own days 30 days before.
    expect(comparison.buckets.map((bucket) => bucket.earlier?.label ?? null)).toEqual([
      '2024-05-02 – 2024-05-03',
      '2024-05-04 – 2024-05-10',
      '2024-05-11 – 2024-05-17',
      '2024-05-18 – 2024-05-24',
      '2024-05-25 – 2024-05-31',
    ]);
    expect(comparison.change).toMatchObject({
      timeMs: 3 * HOUR,
      percent: null,
      summary: NO_EARLIER_DATA,
    });
  });
});

describe('partialDay', () => {
  const base = { mode: 'previous', grouping: 'day', current: [], earlier: [] } as const;

  it('is true for a period ending today or after today, false for one ending before', () => {
    const today = '2024-06-05';
    const of = (end: string) =>
      comparePeriods({ ...base, period: { start: '2024-06-01', end }, today }).current.partialDay;
    expect(of('2024-06-05')).toBe(true);
    expect(of('2024-06-09')).toBe(true);
    expect(of('2024-06-04')).toBe(false);
  });
});
