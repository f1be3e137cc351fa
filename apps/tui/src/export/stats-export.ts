import {
  bucketsOf,
  comparePeriods,
  isLocalGrouping,
  type Bucket,
  type BucketComparison,
  type Change,
  type ComparisonMode,
  type EarlierSpan,
  type Grouping,
  type PeriodComparison,
} from '@boomstream/insights';
import { moscowToday, type SessionParams, type StatsItem, type StatsPage } from '@boomstream/spec';

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
  /**
   * The order asked for (`--order`, the API's `asc` by default). The API orders the items
   * it sends; the weeks, months and comparison buckets summed here follow it too.
   */
  readonly order?: SortOrder;
  /** Today in Moscow, to say a comparison's period ends today (`partialDay`); now by default. */
  readonly today?: string;
}

/** The API's `order`: oldest first (`asc`) or newest first (`desc`). */
export type SortOrder = NonNullable<SessionParams['order']>;

/**
 * The note of a comparison whose period ends today or later (`comparison.current.partialDay`):
 * the period is left as asked, but its days from today on are not over while the earlier
 * ones are.
 */
export function partialDayNote(end: string, today: string): string {
  return end === today
    ? `--compare: the period ends today (${today}, Moscow), which is not over yet: its last day is compared with a whole day`
    : `--compare: the period ends after today (${end}; today is ${today}, Moscow): its days from today on are not over yet and are compared with whole days`;
}

/** Rows summed here (in time order) in the order asked for. */
export function inOrder<T>(rows: readonly T[], order: SortOrder | undefined): readonly T[] {
  return order === 'desc' ? [...rows].reverse() : rows;
}

/** A row of the items table: an item as the API gave it, or a week or month summed here. */
export type Row = StatsItem | Bucket;

const isBucket = (row: Row): row is Bucket => 'label' in row;

/** The columns naming a row: its date, and a week's or month's range. */
function whenColumns(local: boolean, hourly: boolean): TableColumn<Row>[] {
  const date: TableColumn<Row> = {
    key: 'date',
    type: hourly ? 'datetime' : 'date',
    value: (row) => exportDate(row.date),
  };
  if (!local) return [date];
  const bucket =
    (value: (row: Bucket) => string | boolean): TableColumn<Row>['value'] =>
    (row) =>
      isBucket(row) ? value(row) : '';
  return [
    date,
    { key: 'end', type: 'date', value: bucket((row) => row.end) },
    { key: 'label', type: 'text', value: bucket((row) => row.label) },
    { key: 'partial', type: 'boolean', value: bucket((row) => row.partial) },
  ];
}

/**
 * The columns of the earlier days a bucket meets: empty where it meets none. Weeks and
 * months meet a range of days; a day or hour meets one, except with `last-year` (this 28
 * February meets the earlier 28 and 29 February), so `earlierEnd` is there too.
 */
function earlierColumns(
  local: boolean,
  hourly: boolean,
  mode: ComparisonMode,
): TableColumn<EarlierSpan | null>[] {
  const end: TableColumn<EarlierSpan | null> = {
    key: 'earlierEnd',
    type: hourly ? 'datetime' : 'date',
    value: (span) => (span ? exportDate(span.end) : ''),
  };
  const label: TableColumn<EarlierSpan | null> = {
    key: 'earlierLabel',
    type: 'text',
    value: (span) => span?.label ?? '',
  };
  return [
    {
      key: 'earlierDate',
      type: hourly ? 'datetime' : 'date',
      value: (span) => (span ? exportDate(span.date) : ''),
    },
    ...(local ? [end, label] : mode === 'last-year' ? [end] : []),
    ...amountColumns('earlier'),
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

/** The comparison table, bucket by bucket: the bucket, the earlier days it meets, the change. */
export function comparisonColumns(
  local: boolean,
  hourly: boolean,
  mode: ComparisonMode,
): TableColumn<BucketComparison>[] {
  const own = itemColumns(local, hourly);
  return [
    ...own.map((column) => ({ ...column, value: (row: BucketComparison) => column.value(row) })),
    ...earlierColumns(local, hourly, mode).map((column) => ({
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

/** The comparison in JSON, its buckets in the order asked for. */
export function comparisonJson(
  comparison: PeriodComparison,
  order: SortOrder | undefined,
): Record<string, unknown> {
  const local = isLocalGrouping(comparison.grouping);
  const bucket = (row: Bucket) => {
    const { date, timeMs, hours } = row;
    return local ? rowJson(row) : { date: exportDate(date), timeMs, hours };
  };
  const span = (earlier: EarlierSpan) => {
    const { date, end, label, timeMs, hours } = earlier;
    if (local) return { date, end, label, timeMs, hours };
    // A day or hour meeting two earlier days (`last-year`, 28 February) says where it ends.
    const range = date !== end && { end: exportDate(end), label };
    return { date: exportDate(date), ...range, timeMs, hours };
  };
  return {
    ...comparison,
    buckets: inOrder(comparison.buckets, order).map((row) => ({
      ...bucket(row),
      earlier: row.earlier && span(row.earlier),
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
  const { order } = input;
  // The API's items come in the order asked for; buckets summed here are put in it.
  const rows: readonly Row[] = local
    ? inOrder(bucketsOf(input.items, page.period, grouping), order)
    : input.items;
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
  const today = input.today ?? moscowToday();
  const comparison = comparePeriods({
    mode: compare.mode,
    grouping,
    period: page.period,
    current: input.items,
    earlier: compare.earlier,
    today,
  });
  const earlierRows = local
    ? inOrder(bucketsOf(compare.earlier, comparison.earlier, grouping), order)
    : compare.earlier;
  return {
    json: { ...json, comparison: comparisonJson(comparison, order) },
    tables: [
      tableOf(
        'comparison',
        comparisonColumns(local, hourly, compare.mode),
        inOrder(comparison.buckets, order),
      ),
      { ...current, name: periodName(page.period) },
      tableOf(periodName(comparison.earlier), columns, earlierRows),
    ],
    rows: comparison.buckets.length,
    ...(comparison.current.partialDay && {
      notes: [partialDayNote(comparison.current.end, today)],
    }),
  };
}
