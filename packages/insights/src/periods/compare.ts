import { addDays, type StatsItem } from '@boomstream/spec';

import { bucketsOf, HOURS, type Bucket } from './buckets.js';
import { checkPeriod, daysOf, lengthInDays, type Period } from './calendar.js';
import type { Grouping } from './groupings.js';
import { MS_PER_HOUR } from '../units.js';
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

/** The same month and day a year later; 29 February, which that year lacks, is 28 February. */
function yearAfter(date: string): string {
  const year = String(Number(date.slice(0, 4)) + 1).padStart(4, '0');
  return date.endsWith('-02-29') ? `${year}-02-28` : `${year}${date.slice(4, 10)}`;
}

/** Days each date moves back by, for the modes that move every date alike. */
function shiftDays(period: Period, mode: 'previous' | 'weekday'): number {
  const days = lengthInDays(period);
  return mode === 'previous' ? days : Math.ceil(days / 7) * 7;
}

/**
 * The period `period` is compared with. For `last-year`, a period over the end of
 * February can differ by one day in length (29 February is in one of them only): the
 * totals compare as they are. Throws a `RangeError` for a period that is not two
 * calendar dates, start on or before end.
 */
export function earlierPeriod(period: Period, mode: ComparisonMode): Period {
  checkPeriod(period, 'earlierPeriod: period');
  if (mode === 'last-year') return { start: yearBefore(period.start), end: yearBefore(period.end) };
  const days = shiftDays(period, mode);
  return { start: addDays(period.start, -days), end: addDays(period.end, -days) };
}

/**
 * The day (`2024-06-03`) or hour (`2024-06-03T13:00`) of `period` that a day or hour of
 * the earlier period (`earlierPeriod(period, mode)`) is counted with: the same one moved
 * forward as the period was moved back. For `last-year`, the same month and day a year
 * later; the one day the two years do not share, 29 February, meets 28 February: an
 * earlier 29 February counts with this 28 February, and this 29 February meets the
 * earlier 28 February only when the period begins on it (28 February is then not in it).
 * Every earlier day meets exactly one day of the period, so the earlier values of the
 * buckets sum to the earlier total.
 */
export function laterDate(date: string, period: Period, mode: ComparisonMode): string {
  const day = date.slice(0, 10);
  const moved = mode === 'last-year' ? yearAfter(day) : addDays(day, shiftDays(period, mode));
  // Only a period beginning on 29 February moves its earlier start (28 February) before it.
  const inside = moved < period.start ? period.start : moved > period.end ? period.end : moved;
  return `${inside}${date.slice(10)}`;
}

/** A change from an earlier amount of viewing to a later one. */
export interface Change extends Total {
  /** Per cent of the earlier amount, one decimal; `null` when there is no earlier viewing. */
  readonly percent: number | null;
  /** For people: `+12.5 %`, `-3.0 %`, `0.0 %`, or `no earlier data` (never +∞ %). */
  readonly summary: string;
}

export const NO_EARLIER_DATA = 'no earlier data';

/**
 * From `earlier` to `later` milliseconds; per cent from the exact amounts, its magnitude
 * rounded once, half away from zero (as `hoursOfMs` rounds hours), so that a rise and a
 * fall of the same size read the same figure; what rounds to nothing is 0, never -0.
 */
export function changeOf(laterMs: number, earlierMs: number): Change {
  const timeMs = laterMs - earlierMs;
  if (earlierMs === 0) {
    return { timeMs, hours: hoursOfMs(timeMs), percent: null, summary: NO_EARLIER_DATA };
  }
  // Per mille as one division of whole numbers: exact whenever the result is, so 12.25 % is
  // 12.25 here and not 12.2499…, which would round the other way than -12.25 %.
  const perMille = Math.round((Math.abs(timeMs) * 1000) / Math.abs(earlierMs));
  const magnitude = perMille / 10;
  const percent = magnitude === 0 ? 0 : Math.sign(timeMs) * magnitude;
  const sign = percent > 0 ? '+' : '';
  return { timeMs, hours: hoursOfMs(timeMs), percent, summary: `${sign}${percent.toFixed(1)} %` };
}

/** A period with its total. */
export interface PeriodTotal extends Period, Total {}

/** The current period with its total, and whether its last day is still under way. */
export interface CurrentTotal extends PeriodTotal {
  /**
   * The period ends today (Moscow) or later: its last days are not over, while the earlier
   * period's are, so the change understates it. `false` unless `today` was given.
   */
  readonly partialDay: boolean;
}

/**
 * The earlier days a bucket of the current period meets: from `date` to `end` of the
 * earlier period (hours when grouping by hour), with their viewing summed exactly. A day
 * or hour meets one earlier day or hour, except with `last-year`: this 28 February meets
 * the earlier 28 and 29 February (`2024-02-28` to `2024-02-29`, at the same hour).
 */
export interface EarlierSpan extends Total {
  /** The first earlier day (`2024-05-27`) or hour (`2024-05-27T13:00`) the bucket meets. */
  readonly date: string;
  /** The last earlier day (or hour) it meets; `date` when it meets one. */
  readonly end: string;
  /**
   * For people: `2024-05-27 – 2024-06-02`, `2024-02-28 13:00 – 2024-02-29 13:00`, or the
   * one day or hour.
   */
  readonly label: string;
}

/** One bucket of the later period beside the earlier days it meets. */
export interface BucketComparison extends Bucket {
  /** The earlier days; `null` when none meets it (29 February a year before). */
  readonly earlier: EarlierSpan | null;
  readonly change: Change;
}

export interface PeriodComparison {
  readonly mode: ComparisonMode;
  readonly grouping: Grouping;
  readonly current: CurrentTotal;
  readonly earlier: PeriodTotal;
  readonly change: Change;
  /** Every bucket of the current period, in time order, with the earlier days it meets. */
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
  /** Today in Moscow (`moscowToday()`), to mark a period ending today as `partialDay`. */
  readonly today?: string;
}

/**
 * Whether `period` ends today (Moscow) or later: its last day is not over, so a change
 * against a finished earlier period understates it. `false` when `today` is not given.
 */
export function endsToday(period: Period, today: string | undefined): boolean {
  return today !== undefined && period.end >= today;
}

interface SpanSlot {
  date: string;
  end: string;
  timeMs: number;
}

/**
 * The earlier days (or hours) each bucket of the current period meets, by bucket key:
 * every earlier day or hour is moved forward by `laterDate` into the bucket holding it.
 */
function earlierSpans(
  before: Period,
  items: readonly StatsItem[],
  period: Period,
  mode: ComparisonMode,
  grouping: Grouping,
  keyOfDate: (date: string) => string | undefined,
): Map<string, SpanSlot> {
  const spans = new Map<string, SpanSlot>();
  const hours = grouping === 'hour' ? HOURS : [''];
  for (const day of daysOf(before)) {
    for (const hour of hours) {
      const date = `${day}${hour}`;
      const key = keyOfDate(laterDate(date, period, mode));
      if (key === undefined) continue;
      const span = spans.get(key);
      if (span) span.end = date;
      else spans.set(key, { date, end: date, timeMs: 0 });
    }
  }
  for (const item of items) {
    const day = item.date.slice(0, 10);
    if (day < before.start || day > before.end) continue;
    const date = grouping === 'hour' ? item.date.slice(0, 16) : day;
    const key = keyOfDate(laterDate(date, period, mode));
    const span = key === undefined ? undefined : spans.get(key);
    if (span) span.timeMs += item.timeMs;
  }
  return spans;
}

/** `2024-05-27 – 2024-06-02`, `2024-02-28 13:00 – 2024-02-29 13:00`, or the one day or hour. */
function spanLabel(span: SpanSlot): string {
  const start = span.date.replace('T', ' ');
  return span.date === span.end ? start : `${start} – ${span.end.replace('T', ' ')}`;
}

/**
 * The current period against the earlier one: both totals, exact, and the change, then
 * bucket by bucket. One rule for every grouping and mode: each earlier day (or hour) is
 * moved forward as the period was moved back (`laterDate`) and counted in the bucket it
 * lands in, so a bucket meets the earlier period's days *shifted with it*, and the
 * buckets' earlier values sum to the earlier total. Weeks and months therefore meet the
 * shifted days, not the earlier calendar weeks or months: `previous` of March (31 days)
 * is 30 January – 29 February, and March meets all of it. Calendar-aligned months were
 * not chosen: months differ in length, so they would leave earlier days in no bucket or
 * in two, and the buckets would no longer add up to the totals shown above them.
 */
export function comparePeriods(input: ComparisonInput): PeriodComparison {
  const { mode, grouping, period } = input;
  const before = earlierPeriod(period, mode);
  const currentBuckets = bucketsOf(input.current, period, grouping);
  const keyOf = new Map<string, string>();
  for (const bucket of currentBuckets) {
    if (grouping === 'hour') keyOf.set(bucket.date, bucket.key);
    else
      for (const day of daysOf({ start: bucket.date, end: bucket.end })) keyOf.set(day, bucket.key);
  }
  const spans = earlierSpans(before, input.earlier, period, mode, grouping, (date) =>
    keyOf.get(date),
  );
  const buckets = currentBuckets.map((bucket): BucketComparison => {
    const span = spans.get(bucket.key);
    const earlier: EarlierSpan | null = span
      ? { ...span, label: spanLabel(span), hours: hoursOfMs(span.timeMs) }
      : null;
    return { ...bucket, earlier, change: changeOf(bucket.timeMs, span?.timeMs ?? 0) };
  });
  const current: CurrentTotal = {
    ...period,
    ...exactTotal(currentBuckets),
    partialDay: endsToday(period, input.today),
  };
  const earlier = { ...before, ...exactTotal(bucketsOf(input.earlier, before, grouping)) };
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
    current: comparison.buckets.map((bucket) => bucket.timeMs / MS_PER_HOUR),
    earlier: comparison.buckets.map((bucket) =>
      bucket.earlier ? bucket.earlier.timeMs / MS_PER_HOUR : null,
    ),
  };
}
