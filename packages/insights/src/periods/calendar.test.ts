import { describe, expect, it } from 'vitest';

import { daysOf, isoWeek, mondayOf, monthEnd, weekday } from './calendar.js';

describe('the calendar of weeks and months', () => {
  it('counts weekdays from Monday (0) to Sunday (6)', () => {
    expect(weekday('2024-06-03')).toBe(0); // a Monday
    expect(weekday('2024-06-01')).toBe(5); // a Saturday
    expect(weekday('2024-06-09')).toBe(6); // a Sunday
    expect(weekday('1969-12-29')).toBe(0); // before 1970 too
    expect(mondayOf('2024-06-09')).toBe('2024-06-03');
    expect(mondayOf('2024-01-01')).toBe('2024-01-01');
  });

  it.each([
    ['2024-06-03', '2024-W23'],
    ['2020-12-31', '2020-W53'], // 2020 has 53 ISO weeks
    ['2021-01-03', '2020-W53'], // a Sunday of January still in last year's week 53
    ['2021-01-04', '2021-W01'],
    ['2015-12-31', '2015-W53'],
    ['2026-12-31', '2026-W53'],
    ['2024-12-30', '2025-W01'], // a Monday of December already in next year's week 1
    ['2023-01-01', '2022-W52'],
  ])('%s is in ISO week %s', (date, week) => {
    expect(isoWeek(date)).toBe(week);
  });

  it('ends months on their last day, February by leap years', () => {
    expect(monthEnd('2024-02-10')).toBe('2024-02-29');
    expect(monthEnd('2023-02-01')).toBe('2023-02-28');
    expect(monthEnd('2100-02-01')).toBe('2100-02-28');
    expect(monthEnd('2000-02-01')).toBe('2000-02-29');
    expect(monthEnd('2024-12-31')).toBe('2024-12-31');
    expect(monthEnd('2024-04-15')).toBe('2024-04-30');
  });

  it('lists the days of a period across a year boundary', () => {
    expect(daysOf({ start: '2023-12-30', end: '2024-01-02' })).toEqual([
      '2023-12-30',
      '2023-12-31',
      '2024-01-01',
      '2024-01-02',
    ]);
    expect(daysOf({ start: '2024-01-02', end: '2024-01-01' })).toEqual([]);
  });
});
