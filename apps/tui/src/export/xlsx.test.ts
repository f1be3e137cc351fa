import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';

import { tableOf } from './table.js';
import { writeWorkbook } from './xlsx.js';

const hostile = '=HYPERLINK("http://evil.example","Click")';

describe('writeWorkbook', () => {
  it('writes typed cells that exceljs reads back: dates as dates, numbers as numbers, text never a formula', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'boomstream-xlsx-'));
    const path = join(folder, 'out.xlsx');
    const rows = [
      { at: '2024-06-01T13:00:00+03:00', day: '2024-06-01', text: hostile, change: -2.5 },
      { at: '2024-06-01T14:00:00+03:00', day: '2024-06-02', text: '+7 900', change: '' as const },
    ];
    const table = tableOf(
      'sessions',
      [
        { key: 'createdAt', type: 'datetime', value: (row) => row.at },
        { key: 'day', type: 'date', value: (row) => row.day },
        { key: 'userAgent', type: 'text', value: (row) => row.text },
        { key: 'changeHours', type: 'number', value: (row) => row.change },
      ],
      rows,
    );
    await writeWorkbook([table, { ...table, name: 'second' }], path, false);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(path);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['sessions', 'second']);
    const sheet = workbook.getWorksheet('sessions');
    if (!sheet) throw new Error('no sheet');
    expect(sheet.getRow(1).values).toEqual([
      undefined,
      'createdAt',
      'day',
      'userAgent',
      'changeHours',
    ]);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.autoFilter).toBe('A1:D1');
    const [at, day, text, change] = [1, 2, 3, 4].map((column) => sheet.getRow(2).getCell(column));
    // Moscow wall-clock time, as Excel (which has no time zones) shows it.
    expect(at?.type).toBe(ExcelJS.ValueType.Date);
    expect(at?.value).toEqual(new Date('2024-06-01T13:00:00Z'));
    expect(day?.value).toEqual(new Date('2024-06-01T00:00:00Z'));
    expect(day?.numFmt).toBe('yyyy-mm-dd');
    expect(text?.type).toBe(ExcelJS.ValueType.String);
    expect(text?.value).toBe(hostile);
    expect(text?.formula).toBeUndefined();
    expect(change).toMatchObject({ type: ExcelJS.ValueType.Number, value: -2.5 });
    expect(sheet.getRow(3).getCell(4).type).toBe(ExcelJS.ValueType.Null);
    sheet.eachRow((row) => {
      row.eachCell((cell) => {
        expect(cell.type).not.toBe(ExcelJS.ValueType.Formula);
      });
    });
    await expect(writeWorkbook([table], path, false)).rejects.toMatchObject({ code: 'EEXIST' });
  });

  it('writes yes-or-no cells as booleans, and the date format on data cells only, not the header', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'boomstream-xlsx-'));
    const path = join(folder, 'weeks.xlsx');
    const table = tableOf(
      'weeks',
      [
        {
          key: 'date',
          type: 'date',
          value: (row: { partial: boolean }) => (row.partial ? '2024-06-01' : '2024-06-03'),
        },
        { key: 'partial', type: 'boolean', value: (row: { partial: boolean }) => row.partial },
      ],
      [{ partial: true }, { partial: false }],
    );
    await writeWorkbook([table], path, false);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(path);
    const sheet = workbook.getWorksheet('weeks');
    if (!sheet) throw new Error('no sheet');
    expect(sheet.getCell('B2')).toMatchObject({ type: ExcelJS.ValueType.Boolean, value: true });
    expect(sheet.getCell('B3')).toMatchObject({ type: ExcelJS.ValueType.Boolean, value: false });
    expect(sheet.getCell('A1').numFmt).toBeUndefined();
    expect(sheet.getCell('A1')).toMatchObject({ type: ExcelJS.ValueType.String, value: 'date' });
    expect(sheet.getCell('A2').numFmt).toBe('yyyy-mm-dd');
  });
});
