import type { Bucket, BucketComparison } from '@boomstream/insights/periods';

import type { Column } from './columns.js';
import { formatHours } from '../format.js';

/** A row of the results table with weeks, months or a comparison: a bucket, compared or not. */
export type PeriodRow =
  (Bucket & { readonly kind: 'bucket' }) | (BucketComparison & { readonly kind: 'compared' });

/** The table's rows: the comparison's buckets when there is one, else the plain `buckets`. */
export function periodRows(
  comparison: { readonly buckets: readonly BucketComparison[] } | undefined,
  buckets: () => readonly Bucket[],
): readonly PeriodRow[] {
  return comparison
    ? comparison.buckets.map((row) => ({ ...row, kind: 'compared' }))
    : buckets().map((row) => ({ ...row, kind: 'bucket' }));
}

/** A change in hours with its sign: `+1.25`, `-0.50`, `0.00`. */
export function signedHours(hours: number): string {
  return `${hours > 0 ? '+' : ''}${formatHours(hours)}`;
}

/**
 * The table's columns for buckets (insights' `bucketsOf` or `comparePeriods`): the range of
 * each (a week or month the period cuts says `(partial)`), its hours, and with a comparison
 * the earlier days' hours and the change. Hours come exact from milliseconds, rounded once.
 */
export function periodColumns(comparing: boolean): Column<PeriodRow>[] {
  const bucket: Column<PeriodRow> = {
    key: 'label',
    title: 'Bucket (Moscow)',
    // A partial week's range whole at 80 columns: `2024-06-03 – 2024-06-09 (partial)`.
    width: 33,
    flex: true,
    align: 'left',
    cell: (row) => row.label,
    value: (row) => row.date,
  };
  const hours: Column<PeriodRow> = {
    key: 'hours',
    title: 'Hours',
    width: 8,
    align: 'right',
    cell: (row) => formatHours(row.hours),
    value: (row) => row.timeMs,
  };
  if (!comparing) return [bucket, hours];
  return [
    bucket,
    hours,
    {
      key: 'earlierHours',
      title: 'Before',
      width: 8,
      align: 'right',
      cell: (row) =>
        row.kind === 'compared' && row.earlier ? formatHours(row.earlier.hours) : '—',
      value: (row) => (row.kind === 'compared' ? (row.earlier?.timeMs ?? 0) : 0),
    },
    {
      key: 'changeHours',
      title: 'Change',
      width: 8,
      align: 'right',
      cell: (row) => (row.kind === 'compared' ? signedHours(row.change.hours) : ''),
      value: (row) => (row.kind === 'compared' ? row.change.timeMs : 0),
    },
    {
      key: 'changePercent',
      title: '%',
      // `no earlier data`, whole.
      width: 15,
      align: 'right',
      // `no earlier data` where the earlier bucket had no viewing: never +∞ %.
      cell: (row) => (row.kind === 'compared' ? row.change.summary : ''),
      value: (row) => (row.kind === 'compared' ? (row.change.percent ?? 0) : 0),
    },
  ];
}
