import { hoursOf } from '@boomstream/spec';

/** Viewing time as the API counts it (milliseconds) and in hours for reading. */
export interface Total {
  /** The exact sum of milliseconds. */
  readonly timeMs: number;
  /** `timeMs` in hours, rounded once, to two decimals as Boomstream rounds. */
  readonly hours: number;
}

/**
 * Milliseconds to hours, two decimals, a negative amount (a change) rounded as its
 * opposite: `-1 800 000` is `-0.5`, never `-0` for what rounds to nothing.
 */
export function hoursOfMs(timeMs: number): number {
  const hours = hoursOf(Math.abs(timeMs));
  return timeMs < 0 && hours !== 0 ? -hours : hours;
}

/**
 * The total of buckets (stats items, watch-list rows): their milliseconds summed exactly,
 * then rounded to hours once. Adding each bucket's rounded hours instead drifts by up to
 * half a hundredth per bucket: a year of hours could be off by whole hours.
 */
export function exactTotal(buckets: Iterable<{ readonly timeMs: number }>): Total {
  let timeMs = 0;
  let index = 0;
  for (const bucket of buckets) {
    // NaN or ∞ would make every total after it NaN or ∞, shown as if it were an amount.
    if (!Number.isFinite(bucket.timeMs)) {
      throw new RangeError(
        `exactTotal: buckets[${index}].timeMs is ${String(bucket.timeMs)}; every timeMs must be a finite number of milliseconds`,
      );
    }
    timeMs += bucket.timeMs;
    index += 1;
  }
  return { timeMs, hours: hoursOfMs(timeMs) };
}
