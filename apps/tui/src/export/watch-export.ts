import {
  bucketsOf,
  compareCodes,
  comparePeriods,
  exactTotal,
  isLocalGrouping,
  type CodeComparison,
  type ComparisonMode,
  type Grouping,
  type Period,
} from '@boomstream/insights';
import { moscowToday } from '@boomstream/spec';

import type { WatchRow } from '../watch/totals.js';
import type { ExportDocument } from './document.js';
import {
  comparisonColumns,
  inOrder,
  itemColumns,
  partialDayNote,
  type Row,
  type SortOrder,
} from './stats-export.js';
import { tableOf, type ExportTable, type TableColumn } from './table.js';

/** Several codes over one period: their totals, and the period to compare with. */
export interface WatchExportInput {
  readonly period: Period;
  readonly grouping: Grouping;
  /** The codes read (failed ones left out: they have no hours, which is not zero hours). */
  readonly rows: readonly WatchRow[];
  readonly compare?: {
    readonly mode: ComparisonMode;
    readonly period: Period;
    readonly rows: readonly WatchRow[];
  };
  /** The order asked for (`--order`): a code's sheet lists its buckets in it. */
  readonly order?: SortOrder;
  /** Today in Moscow, to say the period ends today or later (`partialDay`); now by default. */
  readonly today?: string;
}

const TOTAL_COLUMNS: readonly TableColumn<Pick<CodeComparison, 'code' | 'timeMs' | 'hours'>>[] = [
  { key: 'code', type: 'text', value: (row) => row.code },
  { key: 'timeMs', type: 'number', value: (row) => row.timeMs },
  { key: 'hours', type: 'number', value: (row) => row.hours },
];

const COMPARISON_COLUMNS: readonly TableColumn<CodeComparison>[] = [
  ...TOTAL_COLUMNS,
  { key: 'earlierTimeMs', type: 'number', value: (row) => row.earlier?.timeMs ?? '' },
  { key: 'earlierHours', type: 'number', value: (row) => row.earlier?.hours ?? '' },
  { key: 'changeTimeMs', type: 'number', value: (row) => row.change?.timeMs ?? '' },
  { key: 'changeHours', type: 'number', value: (row) => row.change?.hours ?? '' },
  { key: 'changePercent', type: 'number', value: (row) => row.change?.percent ?? '' },
  // Why a code has no change: a failed read has no hours, which is not zero hours.
  { key: 'error', type: 'text', value: (row) => row.error ?? '' },
];

/**
 * The names as sheet names Excel tells apart: it compares them ignoring case, so a name
 * already taken (`abcd1234` after `AbCd1234`) gets `~2`, `~3`… (a media code, letters and
 * digits, never holds `~`). Media codes are 8 characters: Excel's forbidden characters and
 * 31-character limit never apply.
 */
function uniqueSheetNames(names: readonly string[]): string[] {
  const taken = new Set<string>();
  return names.map((name) => {
    let unique = name;
    for (let n = 2; taken.has(unique.toLowerCase()); n += 1) unique = `${name}~${n}`;
    taken.add(unique.toLowerCase());
    return unique;
  });
}

/**
 * A code's own sheet: its buckets over the period (weeks or months summed here), as
 * `--csv` of one code prints them; when comparing, as `--csv --compare` of one code
 * prints them (each bucket beside the earlier days it meets, and the change).
 */
function codeSheet(row: WatchRow, name: string, input: WatchExportInput): ExportTable[] {
  if (!row.items) return [];
  const { period, grouping, compare, order } = input;
  const local = isLocalGrouping(grouping);
  const hourly = grouping === 'hour';
  // A code whose earlier read failed (said on stderr) has no earlier values to show.
  const earlier = compare?.rows.find((other) => other.code === row.code)?.items;
  if (compare && earlier) {
    const comparison = comparePeriods({
      mode: compare.mode,
      grouping,
      period,
      current: row.items,
      earlier,
    });
    return [
      tableOf(
        name,
        comparisonColumns(local, hourly, compare.mode),
        inOrder(comparison.buckets, order),
      ),
    ];
  }
  const rows: readonly Row[] = local
    ? inOrder(bucketsOf(row.items, period, grouping), order)
    : row.items;
  return [tableOf(name, itemColumns(local, hourly), rows)];
}

/**
 * The one shape of a watch list's export (`target` with several codes): the JSON
 * object, a table of totals per code (with the earlier totals and the change when
 * comparing), then a sheet per code.
 */
export function watchExport(input: WatchExportInput): ExportDocument {
  const { period, grouping, rows, compare } = input;
  const total = exactTotal(rows);
  const items = rows.map(({ code, timeMs, hours }) => ({ code, timeMs, hours }));
  const json: Record<string, unknown> = {
    period: { start: period.start, end: period.end },
    groupBy: grouping,
    total,
    items,
  };
  // The first sheet is `totals` or `comparison`: taken first, so a code never renames it.
  const summary = compare ? 'comparison' : 'totals';
  const [, ...names] = uniqueSheetNames([summary, ...rows.map((row) => row.code)]);
  const sheets = rows.flatMap((row, index) => codeSheet(row, names[index] ?? row.code, input));
  if (!compare) {
    return {
      json,
      tables: [tableOf(summary, TOTAL_COLUMNS, items), ...sheets],
      rows: rows.length,
    };
  }
  // Both totals sum only the codes read in both periods (`codesCompared`).
  const today = input.today ?? moscowToday();
  const comparison = compareCodes({
    mode: compare.mode,
    period,
    earlierPeriod: compare.period,
    current: rows,
    earlier: compare.rows,
    today,
  });
  const { partialDay } = comparison.current;
  return {
    json: {
      ...json,
      comparison: {
        mode: comparison.mode,
        current: comparison.current,
        earlier: comparison.earlier,
        change: comparison.change,
        codesCompared: comparison.codesCompared,
        codes: comparison.codes,
      },
    },
    tables: [tableOf(summary, COMPARISON_COLUMNS, comparison.codes), ...sheets],
    rows: rows.length,
    ...(partialDay && { notes: [partialDayNote(period.end, today)] }),
  };
}
