import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';

import { parseCsv } from '../../test/parse-csv.js';
import type { WatchRow } from '../watch/totals.js';
import { watchExport } from './watch-export.js';
import { csvText } from './write-export.js';
import { writeWorkbook } from './xlsx.js';

const HOUR = 3_600_000;
/** A code's row as the watch list reads it: hours rounded once from the exact milliseconds. */
const row = (code: string, days: [string, number][]): WatchRow => {
  const timeMs = days.reduce((sum, [, ms]) => sum + ms, 0);
  return {
    code,
    timeMs,
    hours: Math.round(timeMs / 36_000) / 100,
    series: [],
    items: days.map(([date, ms]) => ({ date, timeMs: ms, hours: Math.round(ms / 36_000) / 100 })),
  };
};
const june = { start: '2024-06-01', end: '2024-06-30' };

describe('watchExport', () => {
  it('totals the codes exactly, compares each code, and gives each code its own sheet', () => {
    // 18 s a day reads 0.01 h; two codes of three such days are 0.03 h, not 0.06 h.
    const first = row('AbCd1234', [
      ['2024-06-01', 18_000],
      ['2024-06-03', 18_000],
      ['2024-06-10', 18_000],
    ]);
    const second = row('EfGh5678', [['2024-06-04', 2 * HOUR]]);
    const earlier = [row('AbCd1234', [['2024-05-10', 27_000]])];
    const shape = watchExport({
      period: june,
      grouping: 'week',
      rows: [second, first],
      compare: {
        mode: 'previous',
        period: { start: '2024-05-02', end: '2024-05-31' },
        rows: earlier,
      },
    });
    expect(shape.json).toMatchObject({
      period: june,
      groupBy: 'week',
      total: { timeMs: 2 * HOUR + 54_000, hours: 2.02 },
      items: [
        { code: 'EfGh5678', timeMs: 2 * HOUR, hours: 2 },
        { code: 'AbCd1234', timeMs: 54_000, hours: 0.02 },
      ],
      comparison: {
        // EfGh5678's earlier read failed: both totals are AbCd1234's alone.
        codesCompared: 1,
        current: { timeMs: 54_000, hours: 0.02 },
        earlier: { start: '2024-05-02', end: '2024-05-31', timeMs: 27_000, hours: 0.01 },
        change: { timeMs: 27_000, percent: 100 },
        codes: [
          {
            code: 'EfGh5678',
            earlier: null,
            change: null,
            error: 'earlier-read-failed',
          },
          {
            code: 'AbCd1234',
            earlier: { timeMs: 27_000 },
            change: { timeMs: 27_000, percent: 100 },
          },
        ],
      },
    });
    expect(parseCsv(csvText(shape))).toEqual([
      [
        'code',
        'timeMs',
        'hours',
        'earlierTimeMs',
        'earlierHours',
        'changeTimeMs',
        'changeHours',
        'changePercent',
        'error',
      ],
      ['EfGh5678', String(2 * HOUR), '2', '', '', '', '', '', 'earlier-read-failed'],
      ['AbCd1234', '54000', '0.02', '27000', '0.01', '27000', '0.01', '100', ''],
    ]);
    expect(shape.tables.map((table) => table.name)).toEqual(['comparison', 'EfGh5678', 'AbCd1234']);
    // A code's sheet when comparing: its weeks beside the earlier days each meets, and the change.
    expect(shape.tables[2]?.columns.map((column) => column.key)).toEqual([
      'date',
      'end',
      'label',
      'partial',
      'timeMs',
      'hours',
      'earlierDate',
      'earlierEnd',
      'earlierLabel',
      'earlierTimeMs',
      'earlierHours',
      'changeTimeMs',
      'changeHours',
      'changePercent',
    ]);
    // June is 30 days: the week of 3–9 June meets 4–10 May, where 10 May's 27 s are.
    expect(shape.tables[2]?.rows.slice(0, 2)).toEqual([
      [
        '2024-06-01',
        '2024-06-02',
        '2024-06-01 – 2024-06-02 (partial)',
        true,
        18_000,
        0.01,
        '2024-05-02',
        '2024-05-03',
        '2024-05-02 – 2024-05-03',
        0,
        0,
        18_000,
        0.01,
        '',
      ],
      [
        '2024-06-03',
        '2024-06-09',
        '2024-06-03 – 2024-06-09',
        false,
        18_000,
        0.01,
        '2024-05-04',
        '2024-05-10',
        '2024-05-04 – 2024-05-10',
        27_000,
        0.01,
        -9_000,
        0,
        -33.3,
      ],
    ]);
    // A code with no earlier read (it failed, said on stderr) keeps the plain sheet.
    expect(shape.tables[1]?.columns).toHaveLength(6);
  });

  it("lists a code sheet's weeks newest first with order desc", () => {
    const shape = watchExport({
      period: june,
      grouping: 'week',
      rows: [row('AbCd1234', [['2024-06-01', HOUR]])],
      order: 'desc',
    });
    expect(shape.tables[1]?.rows.map((cells) => cells[0])).toEqual([
      '2024-06-24',
      '2024-06-17',
      '2024-06-10',
      '2024-06-03',
      '2024-06-01',
    ]);
  });

  it('leaves a code read in the earlier period only out of both totals of the comparison', () => {
    const shape = watchExport({
      period: june,
      grouping: 'day',
      rows: [row('AbCd1234', [['2024-06-02', HOUR]])],
      compare: {
        mode: 'previous',
        period: { start: '2024-05-02', end: '2024-05-31' },
        rows: [
          row('AbCd1234', [['2024-05-03', 2 * HOUR]]),
          row('EfGh5678', [['2024-05-04', 5 * HOUR]]),
        ],
      },
    });
    expect(shape.json).toMatchObject({
      comparison: {
        codesCompared: 1,
        current: { timeMs: HOUR },
        earlier: { timeMs: 2 * HOUR },
        change: { timeMs: -HOUR, percent: -50 },
      },
    });
  });

  it('marks a period ending after today as partialDay too, with the note', () => {
    const shape = watchExport({
      period: june,
      grouping: 'day',
      rows: [],
      compare: { mode: 'previous', period: june, rows: [] },
      today: '2024-06-20',
    });
    expect(shape.json).toMatchObject({ comparison: { current: { partialDay: true } } });
    expect(shape.notes).toEqual([
      `--compare: the period ends after today (${june.end}; today is 2024-06-20, Moscow): its days from today on are not over yet and are compared with whole days`,
    ]);
  });

  it('says the period ends today: comparison.current.partialDay', () => {
    const compare = { mode: 'previous' as const, period: june, rows: [] };
    const today = watchExport({
      period: june,
      grouping: 'day',
      rows: [],
      compare,
      today: june.end,
    });
    expect(today.json).toMatchObject({ comparison: { current: { partialDay: true } } });
    const over = watchExport({
      period: june,
      grouping: 'day',
      rows: [],
      compare,
      today: '2024-07-01',
    });
    expect(over.json).toMatchObject({ comparison: { current: { partialDay: false } } });
  });

  it('without a comparison: the totals, and CSV columns in the order of one code', () => {
    const shape = watchExport({ period: june, grouping: 'day', rows: [row('AbCd1234', [])] });
    expect(shape.json).not.toHaveProperty('comparison');
    expect(parseCsv(csvText(shape))[0]).toEqual(['code', 'timeMs', 'hours']);
  });

  it('names the sheets of codes differing only in case apart, as Excel compares names', async () => {
    const shape = watchExport({
      period: june,
      grouping: 'day',
      rows: [
        row('AbCd1234', [['2024-06-01', HOUR]]),
        row('abcd1234', [['2024-06-02', 2 * HOUR]]),
        row('ABCD1234', [['2024-06-03', 3 * HOUR]]),
      ],
    });
    const path = join(await mkdtemp(join(tmpdir(), 'boomstream-watch-')), 'codes.xlsx');
    await writeWorkbook(shape.tables, path, false);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(path);
    const names = workbook.worksheets.map((sheet) => sheet.name);
    expect(names).toEqual(['totals', 'AbCd1234', 'abcd1234~2', 'ABCD1234~3']);
    expect(new Set(names.map((name) => name.toLowerCase())).size).toBe(names.length);
    // Each code's sheet holds its own hours.
    expect(workbook.getWorksheet('abcd1234~2')?.getRow(2).getCell(2).value).toBe(2 * HOUR);
  });
});
