import { MS_PER_HOUR } from '@boomstream/insights/periods';
import { daysBetween, type SessionItem, type StatsItem } from '@boomstream/spec';

interface Period {
  readonly start: string;
  readonly end: string;
}

/** Buckets with no viewing are left out by the API: the series puts them back as zeros. */
function emptySeries(period: Period, perDay: number): number[] {
  const days = daysBetween(period.start, period.end) + 1;
  return Array.from({ length: Math.max(days, 0) * perDay }, () => 0);
}

/**
 * Hours of viewing per bucket (day or hour) over the whole period, in time order: each
 * bucket's milliseconds summed exactly and turned into hours once (the axis rounds them
 * for display), never a sum of the API's rounded hours.
 */
export function viewingSeries(
  period: Period,
  groupBy: 'day' | 'hour',
  items: readonly StatsItem[],
): number[] {
  const perDay = groupBy === 'hour' ? 24 : 1;
  const values = emptySeries(period, perDay);
  for (const item of items) {
    const hour = perDay === 24 ? Number(item.date.slice(11, 13)) : 0;
    const index = daysBetween(period.start, item.date.slice(0, 10)) * perDay + hour;
    if (index >= 0 && index < values.length) values[index] = (values[index] ?? 0) + item.timeMs;
  }
  return values.map((timeMs) => timeMs / MS_PER_HOUR);
}

/** Sessions created per day over the period (Moscow days, as the API reports them). */
export function sessionSeries(period: Period, items: readonly SessionItem[]): number[] {
  const values = emptySeries(period, 1);
  for (const item of items) {
    const index = daysBetween(period.start, item.createdAt.slice(0, 10));
    if (index >= 0 && index < values.length) values[index] = (values[index] ?? 0) + 1;
  }
  return values;
}

/** Sums of consecutive runs of `size` values (the last run may be shorter). */
function sumRuns(values: readonly number[], size: number): number[] {
  return Array.from({ length: Math.ceil(values.length / size) }, (_, run) =>
    values.slice(run * size, (run + 1) * size).reduce((sum, value) => sum + value, 0),
  );
}

/** What one value of a chart's series covers: the API's hours and days, or weeks and months summed from days. */
export type ChartBucket = 'hour' | 'day' | 'week' | 'month';

/** Columns of a chart, and how much of the series each one sums. */
export interface FittedSeries {
  /** One value per column; NaN is a gap between wide bars. */
  readonly columns: number[];
  /** What one bar covers: `hour`, `day`, `3 days`. */
  readonly perBar: string;
  /** The buckets the columns count in: hours become days when they do not fit. */
  readonly unit: ChartBucket;
  /** Column `c` starts at bucket `⌊c / columnsPerBar⌋ × bucketsPerBar` of `unit`. */
  readonly columnsPerBar: number;
  readonly bucketsPerBar: number;
}

/**
 * `values` (one per `bucket`) fitted to `width` columns. Hours that do not fit
 * become days first, so that bars never mix parts of days and nights; what still
 * does not fit is summed in equal runs (viewing time adds up). Fewer values than
 * columns are widened, with one gap column between wide bars.
 */
export function fitToWidth(
  values: readonly number[],
  width: number,
  bucket: ChartBucket,
): FittedSeries {
  if (values.length === 0 || width <= 0) {
    return { columns: [], perBar: bucket, unit: bucket, columnsPerBar: 1, bucketsPerBar: 1 };
  }
  if (values.length > width && bucket === 'hour')
    return fitToWidth(sumRuns(values, 24), width, 'day');
  if (values.length > width) {
    const run = Math.ceil(values.length / width);
    return {
      columns: sumRuns(values, run),
      perBar: `${run} ${bucket}s`,
      unit: bucket,
      columnsPerBar: 1,
      bucketsPerBar: run,
    };
  }
  const barWidth = Math.floor(width / values.length);
  const gap = barWidth >= 3 ? 1 : 0;
  const columns = values.flatMap((value) => [
    ...Array.from({ length: barWidth - gap }, () => value),
    ...Array.from({ length: gap }, () => Number.NaN),
  ]);
  return { columns, perBar: bucket, unit: bucket, columnsPerBar: barWidth, bucketsPerBar: 1 };
}

/** Two series fitted side by side: which one each column draws (`NaN` columns draw none). */
export interface FittedPair extends FittedSeries {
  /** Per column: 0 the current period, 1 the earlier one. */
  readonly series: readonly (0 | 1)[];
}

/**
 * The current and the earlier series (one value per bucket each, `null` where the earlier
 * period has no bucket) fitted to `width`: each bucket's bar in two halves, the current
 * one first, so that both read on one scale and one time axis.
 */
export function fitPairToWidth(
  current: readonly number[],
  earlier: readonly (number | null)[],
  width: number,
  bucket: ChartBucket,
): FittedPair {
  const half = Math.max(Math.floor(width / 2), 1);
  const now = fitToWidth(current, half, bucket);
  const before = fitToWidth(
    earlier.map((value) => value ?? 0),
    half,
    bucket,
  );
  const columns: number[] = [];
  const series: (0 | 1)[] = [];
  for (let start = 0; start < now.columns.length; start += now.columnsPerBar) {
    const bar = now.columns.slice(start, start + now.columnsPerBar);
    const drawn = bar.filter((value) => !Number.isNaN(value)).length;
    const sides = [
      [bar[0] ?? 0, 0],
      [before.columns[start] ?? 0, 1],
    ] as const;
    for (const [value, which] of sides) {
      for (let column = 0; column < drawn; column += 1) {
        columns.push(value);
        series.push(which);
      }
    }
    for (let gap = drawn; gap < bar.length; gap += 1) {
      columns.push(Number.NaN, Number.NaN);
      series.push(0, 0);
    }
  }
  return { ...now, columns, series, columnsPerBar: now.columnsPerBar * 2 };
}
