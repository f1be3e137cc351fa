import { addDays, daysBetween, isoDate } from '@boomstream/spec';

/**
 * Weeks and months of ISO dates (`YYYY-MM-DD`, Moscow's calendar as the API reports it),
 * on the spec's day arithmetic: a date here is a day, never an instant, so no time zone
 * enters (Moscow keeps one offset all year).
 */

/** The days of a period, both ends included, as the API counts them. */
export interface Period {
  readonly start: string;
  readonly end: string;
}

/**
 * Throws a `RangeError` unless `period` runs from one calendar date to a later or equal
 * one: `2024-02-30` or an end before the start would give days that do not exist, or
 * none, rather than an error. `what` names the argument in the message (`bucketsOf: period`).
 */
export function checkPeriod(period: Period, what: string): void {
  for (const end of ['start', 'end'] as const) {
    if (!isoDate.safeParse(period[end]).success) {
      throw new RangeError(
        `${what}.${end} (${JSON.stringify(period[end])}) must be a calendar date as YYYY-MM-DD`,
      );
    }
  }
  if (period.start > period.end) {
    throw new RangeError(
      `${what}: start (${period.start}) must be on or before end (${period.end}); both days are included`,
    );
  }
}

/** A Monday, to count weekdays from. */
const A_MONDAY = '1970-01-05';

/** 0 for Monday … 6 for Sunday (ISO 8601 counts weeks from Monday). */
export function weekday(date: string): number {
  return ((daysBetween(A_MONDAY, date) % 7) + 7) % 7;
}

/** The Monday of the ISO week holding `date`. */
export function mondayOf(date: string): string {
  return addDays(date, -weekday(date));
}

/**
 * The ISO week of `date`: `2024-W23`. The week belongs to the year of its Thursday, so
 * 2020-12-31 is in `2020-W53` and 2021-01-03 still in it, and 2024-12-30 in `2025-W01`.
 */
export function isoWeek(date: string): string {
  const thursday = addDays(mondayOf(date), 3);
  const year = thursday.slice(0, 4);
  const week = Math.floor(daysBetween(`${year}-01-01`, thursday) / 7) + 1;
  return `${year}-W${String(week).padStart(2, '0')}`;
}

/** The first day of the month after the one holding `date`. */
export function nextMonth(date: string): string {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  return month === 12
    ? `${String(year + 1).padStart(4, '0')}-01-01`
    : `${date.slice(0, 4)}-${String(month + 1).padStart(2, '0')}-01`;
}

/** The last day of the month holding `date`. */
export function monthEnd(date: string): string {
  return addDays(nextMonth(date), -1);
}

/** Days in the period, both ends included. */
export function lengthInDays(period: Period): number {
  return daysBetween(period.start, period.end) + 1;
}

/** Every day of the period, in order. */
export function daysOf(period: Period): string[] {
  return Array.from({ length: Math.max(lengthInDays(period), 0) }, (_, day) =>
    addDays(period.start, day),
  );
}
