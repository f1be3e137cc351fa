import {
  bucketsOf,
  comparePeriods,
  isLocalGrouping,
  type Bucket,
  type BucketComparison,
  type Change,
  type ComparisonMode,
  type Grouping,
  type PeriodComparison,
} from '@boomstream/insights';
import type { StatsItem, StatsPage } from '@boomstream/spec';

import type { ExportDocument } from './document.js';
import { exportDate, tableOf, type TableColumn } from './table.js';

/** What a stats export holds: the answer read, and what to sum and compare it by. */
export interface StatsExportInput {
  /** The page read first: its period, grouping and source head the JSON. */
  readonly page: StatsPage;
  /** Every item read (one page's, or every page's). */
  readonly items: readonly StatsItem[];
  /** Every page was read: the JSON leaves out `page` and `pageLimit`, which were one page's. */
  readonly all: boolean;
  /** The grouping asked for (the page's by default): a week or month sums the daily items here. */
  readonly grouping?: Grouping;
  /** The period to compare with, and its items (every page of `earlierPeriod(period, mode)`). */
  readonly compare?: { readonly mode: ComparisonMode; readonly earlier: readonly StatsItem[] };
  /** The workbook's first sheet when not comparing; the period by default. */
  readonly name?: string;
}

/** A row of the items table: an item as the API gave it, or a week or month summed here. */
export type Row = StatsItem | Bucket;

const isBucket = (row: Row): row is Bucket => 'label' in row;

/** The columns naming a row: its date, and a week's or month's range. */
function whenColumns(local: boolean, hourly: boolean, prefix = ''): TableColumn<Row | null>[] {
  const name = (key: string) => (prefix ? `${prefix}${key[0]?.toUpperCase()}${key.slice(1)}` : key);
  const date: TableColumn<Row | null> = {
    key: name('date'),
    type: hourly ? 'datetime' : 'date',
    value: (row) => (row ? exportDate(row.date) : ''),
  };
  if (!local) return [date];
  const bucket =
    (value: (row: Bucket) => string): TableColumn<Row | null>['value'] =>
    (row) =>
      row && isBucket(row) ? value(row) : '';
  return [
    date,
    { key: name('end'), type: 'date', value: bucket((row) => row.end) },
    { key: name('label'), type: 'text', value: bucket((row) => row.label) },
    ...(prefix
      ? []
      : [{ key: 'partial', type: 'text' as const, value: bucket((row) => String(row.partial)) }]),
  ];
}

/** The amounts of a row: exact milliseconds, then hours rounded once. */
function amountColumns(prefix = ''): TableColumn<{ timeMs: number; hours: number } | null>[] {
  const name = (key: string) => (prefix ? `${prefix}${key[0]?.toUpperCase()}${key.slice(1)}` : key);
  return [
    { key: name('timeMs'), type: 'number', value: (row) => row?.timeMs ?? '' },
    { key: name('hours'), type: 'number', value: (row) => row?.hours ?? '' },
  ];
}

const CHANGE_COLUMNS: readonly TableColumn<Change>[] = [
  ...amountColumns('change'),
  { key: 'changePercent', type: 'number', value: (change) => change.percent ?? '' },
];

/** The items table: what `--csv` prints without `--compare`, and a code's sheet. */
export function itemColumns(local: boolean, hourly: boolean): TableColumn<Row>[] {
  return [...whenColumns(local, hourly), ...amountColumns()] as TableColumn<Row>[];
}

/** The comparison table, bucket by bucket: the bucket, the earlier one, the change. */
function comparisonColumns(local: boolean, hourly: boolean): TableColumn<BucketComparison>[] {
  const own = itemColumns(local, hourly);
  const earlier = [...whenColumns(local, hourly, 'earlier'), ...amountColumns('earlier')];
  return [
    ...own.map((column) => ({ ...column, value: (row: BucketComparison) => column.value(row) })),
    ...earlier.map((column) => ({
      ...column,
      value: (row: BucketComparison) => column.value(row.earlier),
    })),
    ...CHANGE_COLUMNS.map((column) => ({
      ...column,
      value: (row: BucketComparison) => column.value(row.change),
    })),
  ];
}

/** A row in JSON: hourly dates with the Moscow offset; weeks and months with their range. */
function rowJson(row: Row): Record<string, unknown> {
  return { ...row, date: exportDate(row.date) };
}

function comparisonJson(comparison: PeriodComparison, local: boolean): Record<string, unknown> {
  const bucket = (row: Bucket) => {
    const { date, timeMs, hours } = row;
    return local ? rowJson(row) : { date: exportDate(date), timeMs, hours };
  };
  return {
    ...comparison,
    buckets: comparison.buckets.map((row) => ({
      ...bucket(row),
      earlier: row.earlier && bucket(row.earlier),
      change: row.change,
    })),
  };
}

/** A period as a sheet's name: `2024-06-01 – 2024-06-30`. */
const periodName = ({ start, end }: { start: string; end: string }) => `${start} – ${end}`;

/**
 * The one shape of a stats answer for every export: the JSON object `--json` prints
 * and the UI writes, and its tables (the CSV, the workbook's sheets).
 */
export function statsExport(input: StatsExportInput): ExportDocument {
  const { page, compare } = input;
  const grouping = input.grouping ?? page.groupBy;
  const local = isLocalGrouping(grouping);
  const hourly = grouping === 'hour';
  const rows: readonly Row[] = local ? bucketsOf(input.items, page.period, grouping) : input.items;
  const { items: _items, ...whole } = page;
  const { page: _page, pageLimit: _limit, ...header } = whole;
  const json: Record<string, unknown> = {
    ...(input.all || local ? header : whole),
    ...(local && { groupBy: grouping, itemCount: rows.length }),
    items: rows.map(rowJson),
  };
  const columns = itemColumns(local, hourly);
  const current = tableOf(input.name ?? periodName(page.period), columns, rows);
  if (!compare) return { json, tables: [current], rows: rows.length };
  const comparison = comparePeriods({
    mode: compare.mode,
    grouping,
    period: page.period,
    current: input.items,
    earlier: compare.earlier,
  });
  const earlierRows = local
    ? bucketsOf(compare.earlier, comparison.earlier, grouping)
    : compare.earlier;
  return {
    json: { ...json, comparison: comparisonJson(comparison, local) },
    tables: [
      tableOf('comparison', comparisonColumns(local, hourly), comparison.buckets),
      { ...current, name: periodName(page.period) },
      tableOf(periodName(comparison.earlier), columns, earlierRows),
    ],
    rows: comparison.buckets.length,
  };
}
