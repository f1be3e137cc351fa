import { addDays, daysBetween, type StatsItem } from '@boomstream/spec';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { comparePeriods, COMPARISONS, earlierPeriod, NO_EARLIER_DATA } from './compare.js';
import { GROUPINGS } from './groupings.js';

const HOUR = 3_600_000;
const item = (date: string, timeMs: number): StatsItem => ({ date, timeMs, hours: 0 });

/** One item a day over `period`, day n worth n + 1 hours: every day's share is told apart. */
function daily(start: string, end: string): StatsItem[] {
  const days = daysBetween(start, end) + 1;
  return Array.from({ length: days }, (_, n) => item(addDays(start, n), (n + 1) * HOUR));
}

/** The oracle: the plain sum of the items dated from `start` to `end`, both included. */
const sumOf = (items: readonly StatsItem[], start: string, end: string) =>
  items
    .filter((one) => one.date.slice(0, 10) >= start && one.date.slice(0, 10) <= end)
    .reduce((sum, one) => sum + one.timeMs, 0);

describe('a bucket meets the earlier days shifted with it', () => {
  it('previous by month: March meets the 31 days before it (30 January – 29 February), February included', () => {
    const period = { start: '2024-03-01', end: '2024-03-31' };
    const earlier = daily('2024-01-30', '2024-02-29');
    const comparison = comparePeriods({
      mode: 'previous',
      grouping: 'month',
      period,
      current: daily('2024-03-01', '2024-03-31'),
      earlier,
    });
    expect(comparison.buckets).toHaveLength(1);
    const [march] = comparison.buckets;
    expect(march?.earlier).toMatchObject({
      date: '2024-01-30',
      end: '2024-02-29',
      label: '2024-01-30 – 2024-02-29',
      timeMs: sumOf(earlier, '2024-01-30', '2024-02-29'),
    });
    expect(march?.change.percent).toBe(comparison.change.percent);
  });

  it('last year by week: each whole week meets the same seven dates a year before, not a one-day bucket', () => {
    const earlier = daily('2024-06-02', '2024-06-29');
    const comparison = comparePeriods({
      mode: 'last-year',
      grouping: 'week',
      period: { start: '2025-06-02', end: '2025-06-29' },
      current: daily('2025-06-02', '2025-06-29'),
      earlier,
    });
    expect(comparison.buckets.map((bucket) => [bucket.label, bucket.earlier?.label])).toEqual([
      ['2025-06-02 – 2025-06-08', '2024-06-02 – 2024-06-08'],
      ['2025-06-09 – 2025-06-15', '2024-06-09 – 2024-06-15'],
      ['2025-06-16 – 2025-06-22', '2024-06-16 – 2024-06-22'],
      ['2025-06-23 – 2025-06-29', '2024-06-23 – 2024-06-29'],
    ]);
    expect(comparison.buckets[0]?.earlier?.timeMs).toBe(sumOf(earlier, '2024-06-02', '2024-06-08'));
  });

  it('previous by week: a bucket meets the earlier days it shifts onto, never "no earlier data" when they were watched', () => {
    const earlier = daily('2024-05-24', '2024-06-01');
    const comparison = comparePeriods({
      mode: 'previous',
      grouping: 'week',
      period: { start: '2024-06-02', end: '2024-06-10' },
      current: daily('2024-06-02', '2024-06-10'),
      earlier,
    });
    expect(comparison.buckets.map((bucket) => bucket.earlier?.label)).toEqual([
      '2024-05-24',
      '2024-05-25 – 2024-05-31',
      '2024-06-01',
    ]);
    for (const bucket of comparison.buckets) {
      expect(bucket.change.summary).not.toBe(NO_EARLIER_DATA);
    }
  });

  it('29 February a year later meets 28 February, as the total does', () => {
    const comparison = comparePeriods({
      mode: 'last-year',
      grouping: 'day',
      period: { start: '2024-02-29', end: '2024-02-29' },
      current: [item('2024-02-29', 2 * HOUR)],
      earlier: [item('2023-02-28', HOUR)],
    });
    expect(comparison.earlier).toMatchObject({ start: '2023-02-28', timeMs: HOUR });
    expect(comparison.buckets[0]?.earlier).toMatchObject({ date: '2023-02-28', timeMs: HOUR });
    expect(comparison.buckets[0]?.change.summary).toBe('+100.0 %');
  });

  it('an earlier 29 February counts with this 28 February', () => {
    const comparison = comparePeriods({
      mode: 'last-year',
      grouping: 'day',
      period: { start: '2025-02-28', end: '2025-03-01' },
      current: [],
      earlier: [item('2024-02-28', HOUR), item('2024-02-29', 2 * HOUR)],
    });
    expect(comparison.buckets[0]?.earlier).toMatchObject({
      label: '2024-02-28 – 2024-02-29',
      timeMs: 3 * HOUR,
    });
  });

  it('last year by hour: an hour of this 28 February meets that hour of the earlier 28 and 29 February, and says so', () => {
    const comparison = comparePeriods({
      mode: 'last-year',
      grouping: 'hour',
      period: { start: '2025-02-28', end: '2025-03-01' },
      current: [],
      earlier: [item('2024-02-28T13:00', HOUR), item('2024-02-29T13:00', 2 * HOUR)],
    });
    expect(comparison.buckets[13]?.earlier).toEqual({
      date: '2024-02-28T13:00',
      end: '2024-02-29T13:00',
      label: '2024-02-28 13:00 – 2024-02-29 13:00',
      timeMs: 3 * HOUR,
      hours: 3,
    });
    // 1 March meets 1 March alone: one hour, labelled as one.
    expect(comparison.buckets[24 + 13]?.earlier).toMatchObject({
      date: '2024-03-01T13:00',
      end: '2024-03-01T13:00',
      label: '2024-03-01 13:00',
    });
  });

  it('hours meet the same hour of the shifted day', () => {
    const comparison = comparePeriods({
      mode: 'previous',
      grouping: 'hour',
      period: { start: '2024-06-02', end: '2024-06-02' },
      current: [],
      earlier: [item('2024-06-01T13:00', HOUR)],
    });
    expect(comparison.buckets[13]?.earlier).toMatchObject({
      date: '2024-06-01T13:00',
      timeMs: HOUR,
    });
  });
});

/** A period of 1–120 days between 2019 and 2026, leap days and year ends inside. */
const periodArb = fc
  .record({ start: fc.integer({ min: 0, max: 2_800 }), length: fc.integer({ min: 1, max: 120 }) })
  .map(({ start, length }) => {
    const from = addDays('2019-01-01', start);
    return { start: from, end: addDays(from, length - 1) };
  });

describe('the buckets of a comparison', () => {
  it('meet every earlier day exactly once: their earlier values sum to the earlier total', () => {
    fc.assert(
      fc.property(
        periodArb,
        fc.constantFrom(...COMPARISONS),
        fc.constantFrom(...GROUPINGS.filter((grouping) => grouping !== 'hour')),
        (period, mode, grouping) => {
          const before = earlierPeriod(period, mode);
          const earlier = daily(before.start, before.end);
          const comparison = comparePeriods({
            mode,
            grouping,
            period,
            current: daily(period.start, period.end),
            earlier,
          });
          const expected = sumOf(earlier, before.start, before.end);
          expect(comparison.earlier.timeMs).toBe(expected);
          const spans = comparison.buckets.flatMap((bucket) => bucket.earlier ?? []);
          expect(spans.reduce((sum, span) => sum + span.timeMs, 0)).toBe(expected);
          // The spans tile the earlier period: in order, each beginning the day after the last.
          expect(spans[0]?.date).toBe(before.start);
          expect(spans.at(-1)?.end).toBe(before.end);
          spans.slice(1).forEach((span, index) => {
            expect(span.date).toBe(addDays(spans[index]?.end ?? '', 1));
          });
          for (const span of spans) {
            expect(span.timeMs).toBe(sumOf(earlier, span.date, span.end));
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
