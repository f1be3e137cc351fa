import type { StatsItem } from '@boomstream/spec';
import { describe, expect, it } from 'vitest';

import { bucketsOf } from './buckets.js';

const HOUR = 3_600_000;
const day = (date: string, timeMs: number): StatsItem => ({ date, timeMs, hours: 0 });

describe('bucketsOf', () => {
  it('refuses a period with a day the calendar lacks, or backwards, naming the argument', () => {
    expect(() => bucketsOf([], { start: '2024-02-01', end: '2024-02-30' }, 'week')).toThrow(
      new RangeError('bucketsOf: period.end ("2024-02-30") must be a calendar date as YYYY-MM-DD'),
    );
    expect(() => bucketsOf([], { start: '2023-02-29', end: '2023-03-01' }, 'day')).toThrow(
      RangeError,
    );
    expect(() => bucketsOf([], { start: '2024-03-02', end: '2024-03-01' }, 'day')).toThrow(
      'bucketsOf: period: start (2024-03-02) must be on or before end (2024-03-01)',
    );
  });

  it('sums June 2024 into ISO weeks, the first one partial (it starts on a Saturday)', () => {
    const items = [
      day('2024-06-01', 1 * HOUR),
      day('2024-06-02', 2 * HOUR),
      day('2024-06-03', 4 * HOUR),
      day('2024-06-09', 8 * HOUR),
      day('2024-06-30', 16 * HOUR),
    ];
    const weeks = bucketsOf(items, { start: '2024-06-01', end: '2024-06-30' }, 'week');
    expect(
      weeks.map(({ key, date, end, partial, timeMs }) => [key, date, end, partial, timeMs]),
    ).toEqual([
      ['2024-W22', '2024-06-01', '2024-06-02', true, 3 * HOUR],
      ['2024-W23', '2024-06-03', '2024-06-09', false, 12 * HOUR],
      ['2024-W24', '2024-06-10', '2024-06-16', false, 0],
      ['2024-W25', '2024-06-17', '2024-06-23', false, 0],
      ['2024-W26', '2024-06-24', '2024-06-30', false, 16 * HOUR],
    ]);
    expect(weeks[0]?.label).toBe('2024-06-01 – 2024-06-02 (partial)');
    expect(weeks[1]?.label).toBe('2024-06-03 – 2024-06-09');
    expect(weeks[1]?.hours).toBe(12);
  });

  it('keeps ISO week 53 whole across the new year, and cuts the last week at the end', () => {
    const items = [day('2020-12-28', HOUR), day('2021-01-03', HOUR), day('2021-01-05', HOUR)];
    const weeks = bucketsOf(items, { start: '2020-12-28', end: '2021-01-05' }, 'week');
    expect(weeks.map(({ key, label, timeMs }) => [key, label, timeMs])).toEqual([
      ['2020-W53', '2020-12-28 – 2021-01-03', 2 * HOUR],
      ['2021-W01', '2021-01-04 – 2021-01-05 (partial)', HOUR],
    ]);
  });

  it('sums days into months, the ones the period cuts partial, February of a leap year whole', () => {
    const items = [day('2024-01-31', 5), day('2024-02-29', 7), day('2024-03-10', 11)];
    const months = bucketsOf(items, { start: '2024-01-15', end: '2024-03-10' }, 'month');
    expect(months.map(({ key, label, partial, timeMs }) => [key, label, partial, timeMs])).toEqual([
      ['2024-01', '2024-01-15 – 2024-01-31 (partial)', true, 5],
      ['2024-02', '2024-02-01 – 2024-02-29', false, 7],
      ['2024-03', '2024-03-01 – 2024-03-10 (partial)', true, 11],
    ]);
  });

  it('crosses a year boundary by month', () => {
    const months = bucketsOf(
      [day('2023-12-31', 1), day('2024-01-01', 2)],
      { start: '2023-12-01', end: '2024-01-31' },
      'month',
    );
    expect(months.map(({ key, partial, timeMs }) => [key, partial, timeMs])).toEqual([
      ['2023-12', false, 1],
      ['2024-01', false, 2],
    ]);
  });

  it('fills the days and hours the API leaves out with 0, in time order whatever the order read', () => {
    const period = { start: '2024-06-01', end: '2024-06-03' };
    const days = bucketsOf([day('2024-06-03', 9), day('2024-06-01', 4)], period, 'day');
    expect(days.map(({ date, timeMs }) => [date, timeMs])).toEqual([
      ['2024-06-01', 4],
      ['2024-06-02', 0],
      ['2024-06-03', 9],
    ]);
    const hours = bucketsOf([day('2024-06-02T13:00', 6)], period, 'hour');
    expect(hours).toHaveLength(72);
    expect(hours[24 + 13]).toMatchObject({
      date: '2024-06-02T13:00',
      label: '2024-06-02 13:00',
      timeMs: 6,
    });
  });

  it('sums hourly items into days and weeks, and leaves out items outside the period', () => {
    const period = { start: '2024-06-03', end: '2024-06-04' };
    const items = [
      day('2024-06-03T00:00', 1),
      day('2024-06-03T23:00', 2),
      day('2024-06-05T10:00', 99),
    ];
    expect(bucketsOf(items, period, 'day').map((bucket) => bucket.timeMs)).toEqual([3, 0]);
    expect(bucketsOf(items, period, 'week').map((bucket) => bucket.timeMs)).toEqual([3]);
  });

  it('refuses to put a whole day into an hour', () => {
    expect(() =>
      bucketsOf([day('2024-06-03', 1)], { start: '2024-06-03', end: '2024-06-03' }, 'hour'),
    ).toThrow('cannot be put in an hour');
  });

  it('rounds each bucket once, from its exact milliseconds', () => {
    // Three buckets of 0.004 h (14.4 s) each read 0.00 h; together they are 0.012 h, 0.01 h.
    const items = ['2024-06-03', '2024-06-04', '2024-06-05'].map((date) => day(date, 14_400));
    const [week] = bucketsOf(items, { start: '2024-06-03', end: '2024-06-09' }, 'week');
    expect(week).toMatchObject({ timeMs: 43_200, hours: 0.01 });
  });
});
