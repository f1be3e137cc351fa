import { writeFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { resolve } from 'node:path';

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
