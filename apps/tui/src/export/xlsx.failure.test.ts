import type * as Fs from 'node:fs';
import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import ExcelJS from 'exceljs';
import { describe, expect, it, vi } from 'vitest';

import { tableOf, type ExportTable } from './table.js';
import { WorkbookWriteError, writeWorkbook } from './xlsx.js';

/** A disk that fills up: a file whose name holds `full` fails with ENOSPC after a few bytes. */
vi.mock('node:fs', async (importOriginal) => {
  const fs = await importOriginal<typeof Fs>();
  const createWriteStream = (...args: Parameters<typeof fs.createWriteStream>) => {
    const stream = fs.createWriteStream(...args);
    if (!String(args[0]).includes('full')) return stream;
    const noSpace = () =>
      Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
    let written = 0;
    const write = stream._write.bind(stream);
    stream._write = (chunk: Buffer, encoding, callback) => {
      written += chunk.length;
      if (written > 1000) callback(noSpace());
      else write(chunk, encoding, callback);
    };
    stream._writev = (_chunks, callback) => {
      callback(noSpace());
    };
    return stream;
  };
  return { ...fs, default: { ...fs, createWriteStream }, createWriteStream };
});

const rows = Array.from({ length: 2000 }, (_, index) => ({ n: index, text: `row ${index}` }));
const good = tableOf(
  'good',
  [
    { key: 'n', type: 'number', value: (row: (typeof rows)[number]) => row.n },
    { key: 'text', type: 'text', value: (row: (typeof rows)[number]) => row.text },
  ],
  rows,
);
/** A table whose 1500th row throws when read: a failure once part of the workbook is written. */
const throwingRows = [...good.rows];
Object.defineProperty(throwingRows, 1500, {
  get: () => {
    throw new Error('a row that cannot be read');
  },
});
const throwing: ExportTable = { ...good, name: 'throwing', rows: throwingRows };

const folder = () => mkdtemp(join(tmpdir(), 'boomstream-xlsx-fail-'));

describe('writeWorkbook when writing fails', () => {
  it('keeps the old file as it was and leaves nothing else when exceljs throws mid-way (overwrite)', async () => {
    const dir = await folder();
    const path = join(dir, 'out.xlsx');
    await writeFile(path, 'the old workbook');
    const error = await writeWorkbook([good, throwing], path, true).catch(
      (caught: unknown) => caught,
    );
    expect(await readFile(path, 'utf8')).toBe('the old workbook');
    expect(await readdir(dir)).toEqual(['out.xlsx']);
    expect(error).toBeInstanceOf(WorkbookWriteError);
    expect(error).toMatchObject({
      message: `could not write the workbook ${path}: a row that cannot be read`,
    });
  });

  it('leaves no partial file to be refused later as existing (no overwrite)', async () => {
    const dir = await folder();
    const path = join(dir, 'out.xlsx');
    const error = await writeWorkbook([good, throwing], path, false).catch(
      (caught: unknown) => caught,
    );
    expect(await readdir(dir)).toEqual([]);
    expect(error).toBeInstanceOf(WorkbookWriteError);
    await writeWorkbook([good], path, false);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(path);
    expect(workbook.getWorksheet('good')?.rowCount).toBe(rows.length + 1);
    expect(await readdir(dir)).toEqual(['out.xlsx']);
  });

  it('rejects with ENOSPC when the disk fills up mid-way, never hanging, and leaves the old file', async () => {
    const dir = await folder();
    const path = join(dir, 'full.xlsx');
    await writeFile(path, 'the old workbook');
    const error = await writeWorkbook([good], path, true).catch((caught: unknown) => caught);
    expect(await readFile(path, 'utf8')).toBe('the old workbook');
    expect(await readdir(dir)).toEqual(['full.xlsx']);
    expect(error).toMatchObject({ name: 'WorkbookWriteError', code: 'ENOSPC' });
  });
});
