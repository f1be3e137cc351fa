import { addDays, type StatsItem } from '@boomstream/spec';

import { bucketsOf, type Bucket } from './buckets.js';
import { lengthInDays, type Period } from './calendar.js';
import type { Grouping } from './groupings.js';
import { exactTotal, hoursOfMs, type Total } from './totals.js';

/**
 * What a period is compared with:
 * - `previous`: the period of the same length just before it;
 * - `weekday`: the period moved back by whole weeks, the fewest that do not overlap it,
 *   so each day meets the same day of the week (this Monday with a Monday);
 * - `last-year`: the same dates a year before; 29 February becomes 28 February.
 */
export const COMPARISONS = ['previous', 'weekday', 'last-year'] as const;
export type ComparisonMode = (typeof COMPARISONS)[number];

export function isComparisonMode(value: string): value is ComparisonMode {
  return COMPARISONS.some((mode) => mode === value);
}

/** The same month and day a year before; 29 February, which that year lacks, is 28 February. */
function yearBefore(date: string): string {
  const year = String(Number(date.slice(0, 4)) - 1).padStart(4, '0');
  // Leap years are at least four years apart: only 29 February can be missing a year before.
  return date.endsWith('-02-29') ? `${year}-02-28` : `${year}${date.slice(4, 10)}`;
}

/** Days each date moves back by, for the modes that move every date alike. */
function shiftDays(period: Period, mode: 'previous' | 'weekday'): number {
  const days = lengthInDays(period);
  return mode === 'previous' ? days : Math.ceil(days / 7) * 7;
}

/**
 * The day (`2024-06-03`) or hour (`2024-06-03T13:00`) of the earlier period that a day
 * or hour of `period` is compared with; for `last-year`, 29 February has none.
 */
export function earlierDate(
  date: string,
  period: Period,
  mode: ComparisonMode,
): string | undefined {
  const day = date.slice(0, 10);
  if (mode === 'last-year') {
    return day.endsWith('-02-29') ? undefined : `${yearBefore(day)}${date.slice(10)}`;
  }
  return `${addDays(day, -shiftDays(period, mode))}${date.slice(10)}`;
}

/**
 * The period `period` is compared with. For `last-year`, a period over the end of
 * February can differ by one day in length (29 February is in one of them only): the
 * totals compare as they are, and that day meets no other.
 */
export function earlierPeriod(period: Period, mode: ComparisonMode): Period {
  if (mode === 'last-year') return { start: yearBefore(period.start), end: yearBefore(period.end) };
  const days = shiftDays(period, mode);
  return { start: addDays(period.start, -days), end: addDays(period.end, -days) };
}

/** A change from an earlier amount of viewing to a later one. */
export interface Change extends Total {
  /** Per cent of the earlier amount, one decimal; `null` when there is no earlier viewing. */
  readonly percent: number | null;
  /** For people: `+12.5 %`, `-3.0 %`, `0.0 %`, or `no earlier data` (never +∞ %). */
  readonly summary: string;
}

export const NO_EARLIER_DATA = 'no earlier data';

/** From `earlier` to `later` milliseconds; per cent from the exact amounts, rounded once. */
export function changeOf(laterMs: number, earlierMs: number): Change {
  const timeMs = laterMs - earlierMs;
  if (earlierMs === 0) {
    return { timeMs, hours: hoursOfMs(timeMs), percent: null, summary: NO_EARLIER_DATA };
  }
  const percent = Math.round((timeMs / earlierMs) * 1000) / 10 || 0;
  const sign = percent > 0 ? '+' : '';
  return { timeMs, hours: hoursOfMs(timeMs), percent, summary: `${sign}${percent.toFixed(1)} %` };
}

/** A period with its total. */
export interface PeriodTotal extends Period, Total {}

/** One bucket of the later period beside the bucket of the earlier one it meets. */
export interface BucketComparison extends Bucket {
  /** The earlier bucket; `null` when there is none (29 February a year before, or fewer weeks). */
  readonly earlier: Bucket | null;
  readonly change: Change;
}

export interface PeriodComparison {
  readonly mode: ComparisonMode;
  readonly grouping: Grouping;
  readonly current: PeriodTotal;
  readonly earlier: PeriodTotal;
  readonly change: Change;
  /** Every bucket of the current period, in order, with the earlier bucket it meets. */
  readonly buckets: readonly BucketComparison[];
}

/** What to compare: the two periods' items, each as the API gave them (days or hours). */
export interface ComparisonInput {
  readonly mode: ComparisonMode;
  readonly grouping: Grouping;
  /** The period asked for, as the API answered it (its `period`). */
  readonly period: Period;
  readonly current: readonly StatsItem[];
  /** The items of `earlierPeriod(period, mode)`. */
  readonly earlier: readonly StatsItem[];
}

/**
 * The current period against the earlier one: both totals, exact, and the change, then
 * bucket by bucket. Days and hours meet the day or hour their dates move to
 * (`earlierDate`); weeks and months meet the earlier period's in order, first with first.
 */
export function comparePeriods(input: ComparisonInput): PeriodComparison {
  const { mode, grouping, period } = input;
  const before = earlierPeriod(period, mode);
  const currentBuckets = bucketsOf(input.current, period, grouping);
  const earlierBuckets = bucketsOf(input.earlier, before, grouping);
  const byDate = new Map(earlierBuckets.map((bucket) => [bucket.date, bucket]));
  const fine = grouping === 'day' || grouping === 'hour';
  const buckets = currentBuckets.map((bucket, index): BucketComparison => {
    const date = fine ? earlierDate(bucket.date, period, mode) : undefined;
    const earlier =
      (fine ? (date === undefined ? undefined : byDate.get(date)) : earlierBuckets[index]) ?? null;
    return { ...bucket, earlier, change: changeOf(bucket.timeMs, earlier?.timeMs ?? 0) };
  });
  const current = { ...period, ...exactTotal(currentBuckets) };
  const earlier = { ...before, ...exactTotal(earlierBuckets) };
  return {
    mode,
    grouping,
    current,
    earlier,
    change: changeOf(current.timeMs, earlier.timeMs),
    buckets,
  };
}

/** The chart's two series, hours per bucket on one scale: the earlier one `null` where it has no bucket. */
export function comparisonSeries(comparison: PeriodComparison): {
  readonly current: number[];
  readonly earlier: (number | null)[];
} {
  return {
    current: comparison.buckets.map((bucket) => bucket.timeMs / 3_600_000),
    earlier: comparison.buckets.map((bucket) =>
      bucket.earlier ? bucket.earlier.timeMs / 3_600_000 : null,
    ),
  };
}
