import { randomBytes } from 'node:crypto';
import { once } from 'node:events';
import { createWriteStream, type WriteStream } from 'node:fs';
import { open, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

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

/** Writes the workbook into the open `file`; rejects when exceljs throws or the file fails. */
async function writeSheets(tables: readonly ExportTable[], file: WriteStream): Promise<void> {
  // exceljs is CommonJS: Node hands it over as `default` only, which its types do not declare.
  const loaded = await import('exceljs');
  const ExcelJS = (loaded as unknown as { readonly default: typeof loaded }).default;
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
  // exceljs ends the stream; the file is whole once it is closed.
  if (!file.closed) await once(file, 'close');
}

/**
 * Writes the tables as a workbook, a sheet each: typed cells, the header row frozen and
 * filtered. Streams rows as it goes (exceljs's streaming writer), so a year of hours is
 * not held twice, into a temporary file in the same folder, renamed to `path` once
 * whole: a failure (exceljs throwing, a full disk) leaves no partial file and any old
 * one as it was, and rejects. `overwrite` false refuses an existing file (`EEXIST`).
 */
export async function writeWorkbook(
  tables: readonly ExportTable[],
  path: string,
  overwrite: boolean,
): Promise<void> {
  // Taken at once when not overwriting, so an existing file is refused before any work
  // (`EEXIST`), and no other writer takes the name meanwhile; ours to remove on failure.
  if (!overwrite) await (await open(path, 'wx')).close();
  const temporary = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  const file = createWriteStream(temporary, { flags: 'wx' });
  // Every error of the file, from opening to closing: exceljs would otherwise wait for a
  // 'finish' that a failed write (ENOSPC) never sends. Removed when done.
  const done = new AbortController();
  const failed = once(file, 'error', { signal: done.signal }).then(([error]: unknown[]) => {
    throw error as Error;
  });
  try {
    await Promise.race([failed, once(file, 'open').then(() => writeSheets(tables, file))]);
    await rename(temporary, path);
  } catch (error) {
    // Already failed and said so: exceljs's last writes into the closed file are not news.
    file.on('error', () => undefined);
    file.destroy();
    await rm(temporary, { force: true });
    if (!overwrite) await rm(path, { force: true });
    throw new WorkbookWriteError(path, error);
  } finally {
    done.abort();
    // The abort rejects `failed` when no error came: nothing to report then.
    failed.catch(() => undefined);
  }
}

/** Writing a workbook failed: nothing was left at its path (an old file stays as it was). */
export class WorkbookWriteError extends Error {
  override readonly name = 'WorkbookWriteError';
  /** The file system's code of the cause (`ENOSPC`), when it has one. */
  readonly code: string | undefined;

  constructor(path: string, cause: unknown) {
    const reason = cause instanceof Error ? cause.message : String(cause);
    super(`could not write the workbook ${path}: ${reason}`, { cause });
    const code = (cause as { code?: unknown } | null)?.code;
    this.code = typeof code === 'string' ? code : undefined;
  }
}
