import { createWriteStream } from 'node:fs';
import { once } from 'node:events';

import type { CellType, CellValue, ExportTable } from './table.js';

/**
 * The one place that knows exceljs: its releases have stalled, so the rest of the app
 * sees only tables in, a file out. Loaded when a workbook is asked for, never at start.
 */

/** How Excel shows each type of cell; a date or time is a real date, shown in Moscow time. */
const NUMBER_FORMATS: Readonly<Record<CellType, string | undefined>> = {
  date: 'yyyy-mm-dd',
  datetime: 'yyyy-mm-dd hh:mm:ss',
  number: undefined,
  boolean: undefined,
  text: undefined,
};

/** Column widths: the header's, or the longest value shown (at most 60), plus a little. */
const MAX_WIDTH = 60;

/**
 * A cell's value for the workbook. A date or Moscow time becomes a `Date` whose UTC
 * fields are the Moscow wall clock: Excel has no time zones, and the header row and the
 * number format say Moscow time. Text stays a string cell: never a formula, whatever it
 * starts with.
 */
function cellOf(value: CellValue, type: CellType): string | number | boolean | Date | null {
  if (value === '') return null;
  if (typeof value === 'number' || typeof value === 'boolean') return value;
  if (type === 'date') return new Date(`${value}T00:00:00Z`);
  if (type === 'datetime') return new Date(`${value.slice(0, 19)}Z`);
  return value;
}

function widthOf(table: ExportTable, column: number): number {
  const longest = table.rows.reduce(
    (width, row) => Math.max(width, String(row[column] ?? '').length),
    table.columns[column]?.key.length ?? 0,
  );
  return Math.min(longest, MAX_WIDTH) + 2;
}

/**
 * Writes the tables as a workbook, a sheet each: typed cells, the header row frozen and
 * filtered. Streams rows to the file as it goes (exceljs's streaming writer), so a year of
 * hours is not held twice. `overwrite` false refuses an existing file (`EEXIST`).
 */
export async function writeWorkbook(
  tables: readonly ExportTable[],
  path: string,
  overwrite: boolean,
): Promise<void> {
  // exceljs is CommonJS: Node hands it over as `default` only, which its types do not declare.
  const loaded = await import('exceljs');
  const ExcelJS = (loaded as unknown as { readonly default: typeof loaded }).default;
  const file = createWriteStream(path, { flags: overwrite ? 'w' : 'wx' });
  await Promise.race([
    once(file, 'open'),
    once(file, 'error').then(([error]: unknown[]) => Promise.reject(error as Error)),
  ]);
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: file,
    useStyles: true,
    useSharedStrings: false,
  });
  for (const table of tables) {
    const sheet = workbook.addWorksheet(table.name, {
      views: [{ state: 'frozen', ySplit: 1 }],
    });
    // No column style: exceljs would give the header cells the date format too.
    sheet.columns = table.columns.map(({ key }, index) => ({
      header: key,
      key,
      width: widthOf(table, index),
    }));
    const formats = table.columns.map(({ type }) => NUMBER_FORMATS[type]);
    sheet.autoFilter = {
      from: { row: 1, column: 1 },
      to: { row: 1, column: table.columns.length },
    };
    for (const row of table.rows) {
      const added = sheet.addRow(
        row.map((value, index) => cellOf(value, table.columns[index]?.type ?? 'text')),
      );
      formats.forEach((numFmt, index) => {
        if (numFmt) added.getCell(index + 1).numFmt = numFmt;
      });
      added.commit();
    }
    sheet.commit();
  }
  await workbook.commit();
}
