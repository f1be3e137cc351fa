import { constants } from 'node:fs';
import { access, stat, writeFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { dirname, resolve } from 'node:path';

import { EXCEL_CSV, RFC_4180 } from './csv.js';
import type { ExportDocument } from './document.js';
import { tableCsv } from './table.js';

export type ExportFormat = 'csv' | 'json' | 'xlsx';

/** The format a file name asks for: `.json` is JSON, `.xlsx` a workbook, anything else CSV. */
export function formatOfPath(path: string): ExportFormat {
  const lower = path.toLowerCase();
  if (lower.endsWith('.json')) return 'json';
  return lower.endsWith('.xlsx') ? 'xlsx' : 'csv';
}

/** The JSON text of an export, as `--json` prints it. */
export function jsonText(document: ExportDocument): string {
  return `${JSON.stringify(document.json, null, 2)}\n`;
}

/** The CSV text of an export (its first table): RFC 4180, or for Excel with `excel`. */
export function csvText(document: ExportDocument, excel = false): string {
  const [table] = document.tables;
  return table ? tableCsv(table, excel ? EXCEL_CSV : RFC_4180) : '';
}

/**
 * Writes an export to `path` (relative to the working directory, `~` the home directory)
 * in the format its name asks for; answers where, how, and how many rows.
 * An existing file is never replaced unless `overwrite` says so: it rejects with `EEXIST`.
 */
export async function writeExport(
  path: string,
  document: ExportDocument,
  overwrite: boolean,
  options: { readonly excel?: boolean } = {},
): Promise<{ readonly path: string; readonly format: ExportFormat; readonly rows: number }> {
  // A prompt is no shell: `~/stats.csv` would otherwise be a folder named `~` here.
  const absolute = resolve(path.replace(/^~(?=$|[\\/])/, homedir()));
  const format = formatOfPath(path);
  if (format === 'xlsx') {
    // Loaded only for a workbook: exceljs is the largest part of the bundle.
    const { writeWorkbook } = await import('./xlsx.js');
    await writeWorkbook(document.tables, absolute, overwrite);
  } else {
    const text = format === 'json' ? jsonText(document) : csvText(document, options.excel);
    await writeFile(absolute, text, { flag: overwrite ? 'w' : 'wx' });
  }
  return { path: absolute, format, rows: document.rows };
}

/** The code of a failed file system call (`ENOENT`), or `undefined`. */
const codeOf = (error: unknown) => (error as { code?: unknown } | null)?.code;

/**
 * Why a file could not be written at `path` (relative to the working directory), or
 * `undefined` when it can: checked before a long read, so that a missing folder or a
 * folder named as the file is said at once, not after every page has been read.
 */
export async function destinationProblem(path: string): Promise<string | undefined> {
  const absolute = resolve(path);
  const found = await stat(absolute).catch((error: unknown) => {
    if (codeOf(error) === 'ENOENT') return undefined;
    throw error;
  });
  if (found?.isDirectory())
    return `${path} is a folder; name a file in it, e.g. ${path}/stats.xlsx`;
  if (found) {
    return (await access(absolute, constants.W_OK).then(
      () => true,
      () => false,
    ))
      ? undefined
      : `cannot write ${path}: permission denied`;
  }
  const folder = dirname(absolute);
  const parent = await stat(folder).catch(() => undefined);
  if (!parent) return `the folder ${folder} does not exist; create it first`;
  if (!parent.isDirectory()) return `${folder} is not a folder`;
  const writable = await access(folder, constants.W_OK | constants.X_OK).then(
    () => true,
    () => false,
  );
  return writable ? undefined : `cannot write in the folder ${folder}: permission denied`;
}
