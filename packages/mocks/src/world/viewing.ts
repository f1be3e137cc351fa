import { addDays, daysBetween, hoursOf, type StatsItem } from '@boomstream/spec';

import { unitHash } from './random.js';

/** Share of the evening peak watched at each Moscow hour: people sleep, then work, then watch. */
const DAILY_RHYTHM = [
  0.25, 0.12, 0.05, 0.03, 0.02, 0.03, 0.08, 0.2, 0.35, 0.45, 0.55, 0.6, 0.62, 0.6, 0.58, 0.6, 0.65,
  0.75, 0.9, 1, 1, 0.95, 0.75, 0.45,
] as const;

/** Monday to Sunday: weekends watch more. */
const WEEKLY_RHYTHM = [0.9, 0.85, 0.9, 0.95, 1, 1.3, 1.25] as const;

/** Viewing fades after publication to a long tail, over about this many days. */
const FADE_DAYS = 45;

export type Group = 'day' | 'hour';

/** One bucket with viewing in it: `2024-06-30` or `2024-06-30T14:00`, and milliseconds watched. */
export interface Bucket {
  readonly date: string;
  readonly timeMs: number;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** A series' buckets of one group over its whole history, as the API's items, and where each day's begin. */
interface ItemIndex {
  /** Frozen: the same objects answer every range. */
  readonly items: readonly StatsItem[];
  /** `dayStart[d]`: the index of the first item on or after day `d` of the series; one more for the end. */
  readonly dayStart: Int32Array;
}

/**
 * Hourly viewing of one source (a media, a project, an account) from `firstDay`
 * 00:00 through `lastDay` 23:00, Moscow time; nothing exists outside. The hours are
 * computed when first read: a world's two years of hours for every media take longer
 * than the rest of it, and a demo reads few of them.
 */
export class ViewingSeries {
  #hours: Float64Array | undefined;
  readonly #compute: () => Float64Array;
  readonly #items: Partial<Record<Group, ItemIndex>> = {};

  constructor(
    readonly firstDay: string,
    readonly lastDay: string,
    compute: () => Float64Array,
  ) {
    this.#compute = compute;
  }

  /** Milliseconds watched in each hour, oldest first. */
  get hours(): Float64Array {
    this.#hours ??= this.#compute();
    return this.#hours;
  }

  /** The hour-by-hour sum of several series over the same days. */
  static sum(firstDay: string, lastDay: string, parts: readonly ViewingSeries[]): ViewingSeries {
    return new ViewingSeries(firstDay, lastDay, () => {
      const hours = new Float64Array((daysBetween(firstDay, lastDay) + 1) * 24);
      for (const part of parts) {
        part.hours.forEach((value, hour) => {
          hours[hour] = (hours[hour] ?? 0) + value;
        });
      }
      return hours;
    });
  }

  /** The buckets with viewing from `start` to `end` (whole days, both included), oldest first. */
  buckets(start: string, end: string, group: Group): Bucket[] {
    const from = Math.max(0, daysBetween(this.firstDay, start));
    const to = Math.min(daysBetween(this.firstDay, this.lastDay), daysBetween(this.firstDay, end));
    const buckets: Bucket[] = [];
    for (let day = from; day <= to; day++) {
      const date = addDays(this.firstDay, day);
      const dayHours = this.hours.subarray(day * 24, day * 24 + 24);
      if (group === 'day') {
        const timeMs = dayHours.reduce((sum, value) => sum + value, 0);
        if (timeMs > 0) buckets.push({ date, timeMs });
        continue;
      }
      dayHours.forEach((timeMs, hour) => {
        if (timeMs > 0) buckets.push({ date: `${date}T${pad(hour)}:00`, timeMs });
      });
    }
    return buckets;
  }

  /**
   * The buckets with viewing from `start` to `end` (whole days, both included), oldest
   * first, as the API's items (`hours` included). A group's items are made once for
   * the whole history and each range is a slice of them: repeated and overlapping
   * queries do not walk the hours again.
   */
  items(start: string, end: string, group: Group): readonly StatsItem[] {
    const { items, dayStart } = (this.#items[group] ??= this.#indexItems(group));
    const days = dayStart.length - 1;
    const within = (day: number) => Math.min(Math.max(day, 0), days);
    const from = within(daysBetween(this.firstDay, start));
    const to = within(daysBetween(this.firstDay, end) + 1);
    return from < to ? items.slice(dayStart[from], dayStart[to]) : [];
  }

  #indexItems(group: Group): ItemIndex {
    const days = daysBetween(this.firstDay, this.lastDay) + 1;
    const dayStart = new Int32Array(days + 1);
    const items: StatsItem[] = [];
    let day = 0;
    for (const { date, timeMs } of this.buckets(this.firstDay, this.lastDay, group)) {
      const itemDay = daysBetween(this.firstDay, date.slice(0, 10));
      while (day <= itemDay) dayStart[day++] = items.length;
      items.push(Object.freeze({ date, timeMs, hours: hoursOf(timeMs) }));
    }
    while (day <= days) dayStart[day++] = items.length;
    return { items, dayStart };
  }
}

export interface MediaViewing {
  readonly seed: number;
  /** A number that tells this media's noise from the others'. */
  readonly stream: number;
  /** Milliseconds watched in an evening peak hour while the media is new. */
  readonly peakMs: number;
  readonly published: string;
}

/**
 * A media's viewing: the daily and weekly rhythms, a fade after publication, and
 * noise drawn per absolute hour, so the past does not change when the world's
 * `today` moves. Quiet hours are often empty. Only the first `lastDayHours`
 * hours of `lastDay` have happened (fractional: the current hour holds its part).
 */
export function mediaViewing(
  media: MediaViewing,
  firstDay: string,
  lastDay: string,
  lastDayHours = 24,
): ViewingSeries {
  return new ViewingSeries(firstDay, lastDay, () => {
    const days = daysBetween(firstDay, lastDay) + 1;
    const hours = new Float64Array(days * 24);
    const firstEpochDay = daysBetween('1970-01-01', firstDay);
    for (let day = Math.max(0, daysBetween(firstDay, media.published)); day < days; day++) {
      const epochDay = firstEpochDay + day;
      // 1970-01-01 was a Thursday: index 3 from Monday.
      const weekly = WEEKLY_RHYTHM[(epochDay + 3) % 7] ?? 1;
      const age = day - daysBetween(firstDay, media.published);
      const fade = 0.3 + 0.7 * Math.exp(-age / FADE_DAYS);
      DAILY_RHYTHM.forEach((daily, hour) => {
        // Noise is drawn per hour, not in sequence: skipping the future shifts nothing.
        const share = day === days - 1 ? Math.min(1, lastDayHours - hour) : 1;
        if (share <= 0) return;
        const epochHour = epochDay * 24 + hour;
        const quiet = 0.85 * (1 - daily) ** 3;
        if (unitHash(media.seed, media.stream, epochHour, 1) < quiet) return;
        const noise = 0.5 + unitHash(media.seed, media.stream, epochHour, 2);
        hours[day * 24 + hour] = Math.round(media.peakMs * daily * weekly * fade * noise * share);
      });
    }
    return hours;
  });
}
