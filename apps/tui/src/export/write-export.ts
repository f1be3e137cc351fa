import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';

import type { AnyItem, Column } from '../data/columns.js';
import { toCsv, toJson } from './csv.js';

export type ExportFormat = 'csv' | 'json';

/** The format a file name asks for: `.json` is JSON, anything else CSV. */
export function formatOfPath(path: string): ExportFormat {
  return path.toLowerCase().endsWith('.json') ? 'json' : 'csv';
}

/**
 * Writes the rows to `path` (relative to the working directory); answers where, and how.
 * An existing file is never replaced unless `overwrite` says so: it rejects with `EEXIST`.
 */
export async function writeExport(
  path: string,
  columns: readonly Column[],
  rows: readonly AnyItem[],
  overwrite: boolean,
): Promise<{ readonly path: string; readonly format: ExportFormat }> {
  const absolute = resolve(path);
  const format = formatOfPath(path);
  const text = format === 'json' ? toJson(columns, rows) : toCsv(columns, rows);
  await writeFile(absolute, text, { flag: overwrite ? 'w' : 'wx' });
  return { path: absolute, format };
}
