import { addDays, type StatsItem } from '@boomstream/spec';

import { checkPeriod, daysOf, isoWeek, mondayOf, monthEnd, type Period } from './calendar.js';
import type { Grouping } from './groupings.js';
import { hoursOfMs, type Total } from './totals.js';

/** One bucket of a period: a day, an hour, or the days of a week or a month inside it. */
export interface Bucket extends Total {
  /** The bucket's first day in the period (`2024-06-01`), or its hour (`2024-06-01T13:00`). */
  readonly date: string;
  /** Its last day in the period: a week or month cut by the period's ends ends early. */
  readonly end: string;
  /** What it is on the calendar: the day, the hour, `2024-W23` or `2024-06`. */
  readonly key: string;
  /** Its range for people: `2024-06-03 – 2024-06-09`, `… (partial)` when the period cuts it. */
  readonly label: string;
  /** The period holds only part of it (a week or month begun before the start or ending after the end). */
  readonly partial: boolean;
}

interface Slot {
  readonly date: string;
  end: string;
  readonly key: string;
  readonly partial: boolean;
  timeMs: number;
}

/** The hours of a day, as the API writes them after the date. */
export const HOURS = Array.from(
  { length: 24 },
  (_, hour) => `T${String(hour).padStart(2, '0')}:00`,
);

/** The calendar bucket a day falls in, and whether the period cuts that bucket. */
function bucketOfDay(day: string, grouping: 'day' | 'week' | 'month', period: Period) {
  switch (grouping) {
    case 'day':
      return { key: day, partial: false };
    case 'week': {
      const monday = mondayOf(day);
      return {
        key: isoWeek(day),
        partial: monday < period.start || addDays(monday, 6) > period.end,
      };
    }
    case 'month':
      return {
        key: day.slice(0, 7),
        partial: `${day.slice(0, 7)}-01` < period.start || monthEnd(day) > period.end,
      };
  }
}

/** Every bucket of the period, in order, with no viewing yet. */
function emptySlots(period: Period, grouping: Grouping): Map<string, Slot> {
  const slots = new Map<string, Slot>();
  for (const day of daysOf(period)) {
    if (grouping === 'hour') {
      for (const hour of HOURS) {
        const key = `${day}${hour}`;
        slots.set(key, { date: key, end: day, key, partial: false, timeMs: 0 });
      }
      continue;
    }
    const { key, partial } = bucketOfDay(day, grouping, period);
    const slot = slots.get(key);
    if (slot) slot.end = day;
    else slots.set(key, { date: day, end: day, key, partial, timeMs: 0 });
  }
  return slots;
}

/** The key of the bucket an item counts in. */
function keyOf(item: StatsItem, grouping: Grouping, period: Period): string {
  const day = item.date.slice(0, 10);
  if (grouping !== 'hour') return bucketOfDay(day, grouping, period).key;
  if (item.date.length <= 10) {
    throw new RangeError(`a bucket of a whole day (${item.date}) cannot be put in an hour`);
  }
  return item.date.slice(0, 16);
}

function labelOf(slot: Slot, grouping: Grouping): string {
  if (grouping === 'day') return slot.date;
  if (grouping === 'hour') return slot.date.replace('T', ' ');
  return `${slot.date} – ${slot.end}${slot.partial ? ' (partial)' : ''}`;
}

/**
 * The viewing of `items` (the API's daily or hourly buckets, in any order) in every
 * bucket of `period` by `grouping`, in time order. Buckets with no viewing are there
 * with 0 (the API leaves them out); weeks are ISO weeks, Monday to Sunday; a week or a
 * month the period cuts is marked `partial`, and covers only the period's days. Days
 * sum into weeks and months exactly: each bucket's `timeMs` is the sum of its items',
 * its `hours` rounded once from it. Items outside the period are left out. Throws a
 * `RangeError` for a period that is not two calendar dates, start on or before end.
 */
export function bucketsOf(
  items: readonly StatsItem[],
  period: Period,
  grouping: Grouping,
): Bucket[] {
  checkPeriod(period, 'bucketsOf: period');
  const slots = emptySlots(period, grouping);
  for (const item of items) {
    // A day outside the period may still be in one of its weeks or months.
    const day = item.date.slice(0, 10);
    if (day < period.start || day > period.end) continue;
    const slot = slots.get(keyOf(item, grouping, period));
    if (slot) slot.timeMs += item.timeMs;
  }
  return [...slots.values()].map((slot) => ({
    date: slot.date,
    end: slot.end,
    key: slot.key,
    label: labelOf(slot, grouping),
    partial: slot.partial,
    timeMs: slot.timeMs,
    hours: hoursOfMs(slot.timeMs),
  }));
}
