import { MOSCOW_OFFSET } from '@boomstream/spec';

import { toCsv, type CsvDialect } from './csv.js';

/**
 * What a cell holds, which a workbook keeps as its type: a day (`2024-06-01`), a Moscow
 * date and time with its offset (`2024-06-01T13:00:00+03:00`), a number, a yes or no
 * (a bucket's `partial`), or text.
 */
export type CellType = 'date' | 'datetime' | 'number' | 'boolean' | 'text';

/** A value of an export table; `''` is an empty cell (a change with no earlier data). */
export type CellValue = string | number | boolean;

export interface TableColumn<R> {
  /** The CSV header, the workbook's header and the JSON key. */
  readonly key: string;
  readonly type: CellType;
  readonly value: (row: R) => CellValue;
}

/** One table of an export: the CSV is the first; a workbook has a sheet for each. */
export interface ExportTable {
  /** The sheet's name (at most 31 characters, none of `[]:*?/\`). */
  readonly name: string;
  readonly columns: readonly { readonly key: string; readonly type: CellType }[];
  readonly rows: readonly (readonly CellValue[])[];
}

/** Rows laid out by their columns, once, for every format to read. */
export function tableOf<R>(
  name: string,
  columns: readonly TableColumn<R>[],
  rows: readonly R[],
): ExportTable {
  return {
    name,
    columns: columns.map(({ key, type }) => ({ key, type })),
    rows: rows.map((row) => columns.map((column) => column.value(row))),
  };
}

/** A table as CSV, through the one CSV encoder. */
export function tableCsv(table: ExportTable, dialect?: CsvDialect): string {
  const columns = table.columns.map(({ key }, index) => ({
    key,
    value: (row: readonly CellValue[]) => row[index] ?? '',
  }));
  return toCsv(columns, table.rows, dialect);
}

/**
 * A bucket's date as exports write it: a day as it is, an hour (`2024-06-01T13:00`,
 * Moscow time as the API reports it) with its seconds and the Moscow offset, so that
 * no reader takes it for UTC or local time: `2024-06-01T13:00:00+03:00`.
 */
export function exportDate(date: string): string {
  return date.length > 10 ? `${date.slice(0, 16)}:00${MOSCOW_OFFSET}` : date;
}
