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

/** Hours of viewing per bucket (day or hour) over the whole period, in time order. */
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
    if (index >= 0 && index < values.length) values[index] = (values[index] ?? 0) + item.hours;
  }
  return values;
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

/**
 * `values` fitted to `width` columns: more buckets than columns are summed into
 * bins (viewing time adds up); fewer are widened, one gap column between wide bars.
 */
export function fitToWidth(values: readonly number[], width: number): number[] {
  if (values.length === 0 || width <= 0) return [];
  if (values.length > width) {
    const bins = Array.from({ length: width }, () => 0);
    values.forEach((value, index) => {
      const bin = Math.floor((index * width) / values.length);
      bins[bin] = (bins[bin] ?? 0) + value;
    });
    return bins;
  }
  const barWidth = Math.floor(width / values.length);
  const gap = barWidth >= 3 ? 1 : 0;
  return values.flatMap((value) => [
    ...Array.from({ length: barWidth - gap }, () => value),
    ...Array.from({ length: gap }, () => Number.NaN),
  ]);
}
