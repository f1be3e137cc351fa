import { writeFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { resolve } from 'node:path';

import type { Column } from '../data/columns.js';
import { toCsv, toJson } from './csv.js';

export type ExportFormat = 'csv' | 'json';

/** The format a file name asks for: `.json` is JSON, anything else CSV. */
export function formatOfPath(path: string): ExportFormat {
  return path.toLowerCase().endsWith('.json') ? 'json' : 'csv';
}

/**
 * Writes the rows to `path` (relative to the working directory, `~` the home directory);
 * answers where, and how.
 * An existing file is never replaced unless `overwrite` says so: it rejects with `EEXIST`.
 */
export async function writeExport<T>(
  path: string,
  columns: readonly Column<T>[],
  rows: readonly T[],
  overwrite: boolean,
): Promise<{ readonly path: string; readonly format: ExportFormat }> {
  // A prompt is no shell: `~/stats.csv` would otherwise be a folder named `~` here.
  const absolute = resolve(path.replace(/^~(?=$|[\\/])/, homedir()));
  const format = formatOfPath(path);
  const text = format === 'json' ? toJson(columns, rows) : toCsv(columns, rows);
  await writeFile(absolute, text, { flag: overwrite ? 'w' : 'wx' });
  return { path: absolute, format };
}
