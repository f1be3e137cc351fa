import type { StatsItem, StatsPage } from '@boomstream/spec';
import { describe, expect, it } from 'vitest';

import { parseCsv } from '../../test/parse-csv.js';
import { statsExport } from './stats-export.js';
import { csvText } from './write-export.js';

const HOUR = 3_600_000;
const pageOf = (items: StatsItem[], start: string, end: string): StatsPage => ({
  period: { start, end },
  groupBy: 'day',
  sourceType: 'media',
  page: 1,
  pageLimit: 1000,
  pageCount: 1,
  itemCount: items.length,
  items,
});
const june = [
  { date: '2024-06-01', timeMs: HOUR, hours: 1 },
  { date: '2024-06-03', timeMs: 2 * HOUR + 18_000, hours: 2.01 },
  { date: '2024-06-30', timeMs: 4 * HOUR, hours: 4 },
];

describe('statsExport', () => {
  it('gives weeks the JSON shape of days (items[].timeMs), summing to the same milliseconds', () => {
    const page = pageOf(june, '2024-06-01', '2024-06-30');
    const days = statsExport({ page, items: june, all: true });
    const weeks = statsExport({ page, items: june, all: true, grouping: 'week' });
    const sum = (json: Readonly<Record<string, unknown>>) =>
      (json['items'] as { timeMs: number }[]).reduce((total, item) => total + item.timeMs, 0);
    expect(sum(weeks.json)).toBe(sum(days.json));
    expect(weeks.json).toMatchObject({ groupBy: 'week', itemCount: 5, sourceType: 'media' });
    expect(weeks.json).not.toHaveProperty('page');
    expect((weeks.json['items'] as unknown[])[0]).toEqual({
      date: '2024-06-01',
      end: '2024-06-02',
      key: '2024-W22',
      label: '2024-06-01 – 2024-06-02 (partial)',
      partial: true,
      timeMs: HOUR,
      hours: 1,
    });
    expect(parseCsv(csvText(weeks))[0]).toEqual([
      'date',
      'end',
      'label',
      'partial',
      'timeMs',
      'hours',
    ]);
  });

  it('keeps one page as the API decoded it, hourly dates with the Moscow offset', () => {
    const items = [{ date: '2024-06-01T13:00', timeMs: HOUR, hours: 1 }];
    const page = { ...pageOf(items, '2024-06-01', '2024-06-01'), groupBy: 'hour' as const };
    const { json, tables } = statsExport({ page, items, all: false });
    expect(json).toEqual({ ...page, items: [{ ...items[0], date: '2024-06-01T13:00:00+03:00' }] });
    expect(tables[0]?.columns).toEqual([
      { key: 'date', type: 'datetime' },
      { key: 'timeMs', type: 'number' },
      { key: 'hours', type: 'number' },
    ]);
  });

  it('compares: JSON gains comparison, CSV the comparison columns, the workbook a sheet per period', () => {
    const page = pageOf(june, '2024-06-01', '2024-06-30');
    const may = [{ date: '2024-05-04', timeMs: 2 * HOUR, hours: 2 }];
    const shape = statsExport({
      page,
      items: june,
      all: true,
      compare: { mode: 'previous', earlier: may },
    });
    expect(shape.json['comparison']).toMatchObject({
      mode: 'previous',
      current: { start: '2024-06-01', end: '2024-06-30', timeMs: 7 * HOUR + 18_000, hours: 7.01 },
      earlier: { start: '2024-05-02', end: '2024-05-31', timeMs: 2 * HOUR, hours: 2 },
      change: { timeMs: 5 * HOUR + 18_000, hours: 5.01, percent: 250.3 },
    });
    const [header, first, , third] = parseCsv(csvText(shape));
    expect(header).toEqual([
      'date',
      'timeMs',
      'hours',
      'earlierDate',
      'earlierTimeMs',
      'earlierHours',
      'changeTimeMs',
      'changeHours',
      'changePercent',
    ]);
    // The first day meets 2 May, which nobody watched: no per cent, not +∞.
    expect(first).toEqual([
      '2024-06-01',
      String(HOUR),
      '1',
      '2024-05-02',
      '0',
      '0',
      String(HOUR),
      '1',
      '',
    ]);
    expect(third).toEqual([
      '2024-06-03',
      String(2 * HOUR + 18_000),
      '2.01',
      '2024-05-04',
      String(2 * HOUR),
      '2',
      '18000',
      '0.01',
      '0.3',
    ]);
    expect(shape.tables.map((table) => table.name)).toEqual([
      'comparison',
      '2024-06-01 – 2024-06-30',
      '2024-05-02 – 2024-05-31',
    ]);
    expect(shape.rows).toBe(30);
  });

  it('last year by day: exports earlierEnd, so 28 February says it meets 28 and 29 February', () => {
    const current = [{ date: '2025-02-28', timeMs: HOUR, hours: 1 }];
    const shape = statsExport({
      page: pageOf(current, '2025-02-28', '2025-03-01'),
      items: current,
      all: true,
      compare: {
        mode: 'last-year',
        earlier: [
          { date: '2024-02-28', timeMs: HOUR, hours: 1 },
          { date: '2024-02-29', timeMs: 2 * HOUR, hours: 2 },
        ],
      },
    });
    const [header, first, second] = parseCsv(csvText(shape));
    expect(header?.slice(3, 7)).toEqual([
      'earlierDate',
      'earlierEnd',
      'earlierTimeMs',
      'earlierHours',
    ]);
    expect(first?.slice(0, 6)).toEqual([
      '2025-02-28',
      String(HOUR),
      '1',
      '2024-02-28',
      '2024-02-29',
      String(3 * HOUR),
    ]);
    expect(second?.slice(3, 5)).toEqual(['2024-03-01', '2024-03-01']);
    expect(shape.json['comparison']).toMatchObject({
      buckets: [
        {
          date: '2025-02-28',
          earlier: {
            date: '2024-02-28',
            end: '2024-02-29',
            label: '2024-02-28 – 2024-02-29',
            timeMs: 3 * HOUR,
          },
        },
        { date: '2025-03-01', earlier: { date: '2024-03-01', timeMs: 0 } },
      ],
    });
    const buckets = (shape.json['comparison'] as { buckets: { earlier: object }[] }).buckets;
    // One day meets one day: no end to say.
    expect(buckets[1]?.earlier).not.toHaveProperty('end');
  });

  it('last year by hour: earlierEnd is the last hour met, with the Moscow offset', () => {
    const current: StatsItem[] = [];
    const shape = statsExport({
      page: { ...pageOf(current, '2025-02-28', '2025-03-01'), groupBy: 'hour' },
      items: current,
      all: true,
      compare: {
        mode: 'last-year',
        earlier: [{ date: '2024-02-29T13:00', timeMs: HOUR, hours: 1 }],
      },
    });
    const rows = parseCsv(csvText(shape));
    expect(rows[0]?.[4]).toBe('earlierEnd');
    expect(rows[14]?.slice(3, 6)).toEqual([
      '2024-02-28T13:00:00+03:00',
      '2024-02-29T13:00:00+03:00',
      String(HOUR),
    ]);
  });

  it('honours order desc for weeks, the comparison buckets and its CSV, and every sheet', () => {
    const page = pageOf([...june].reverse(), '2024-06-01', '2024-06-30');
    const may = [{ date: '2024-05-04', timeMs: 2 * HOUR, hours: 2 }];
    const weeks = statsExport({
      page,
      items: page.items,
      all: true,
      grouping: 'week',
      order: 'desc',
    });
    const mondays = ['2024-06-24', '2024-06-17', '2024-06-10', '2024-06-03', '2024-06-01'];
    expect((weeks.json['items'] as { date: string }[]).map((item) => item.date)).toEqual(mondays);
    const compared = statsExport({
      page,
      items: page.items,
      all: true,
      grouping: 'week',
      order: 'desc',
      compare: { mode: 'previous', earlier: may },
    });
    const comparison = compared.json['comparison'] as { buckets: { date: string }[] };
    expect(comparison.buckets.map((bucket) => bucket.date)).toEqual(mondays);
    expect(
      parseCsv(csvText(compared))
        .slice(1)
        .map((cells) => cells[0]),
    ).toEqual(mondays);
    for (const table of compared.tables.slice(0, 2)) {
      expect(table.rows.map((cells) => cells[0])).toEqual(mondays);
    }
    // The earlier period's sheet, newest first too.
    expect(compared.tables[2]?.rows[0]?.[0]).toBe('2024-05-27');
    // By day, the API sent the items newest first; the comparison follows.
    const days = statsExport({
      page,
      items: page.items,
      all: true,
      order: 'desc',
      compare: { mode: 'previous', earlier: may },
    });
    expect(parseCsv(csvText(days))[1]?.[0]).toBe('2024-06-30');
  });

  it('marks a comparison whose period ends today as partialDay, and writes partial as a boolean', () => {
    const page = pageOf(june, '2024-06-01', '2024-06-30');
    const compare = { mode: 'previous' as const, earlier: [] };
    const today = statsExport({ page, items: june, all: true, compare, today: '2024-06-30' });
    expect(today.json['comparison']).toMatchObject({ current: { partialDay: true } });
    const later = statsExport({ page, items: june, all: true, compare, today: '2024-07-01' });
    expect(later.json['comparison']).toMatchObject({ current: { partialDay: false } });
    const weeks = statsExport({ page, items: june, all: true, grouping: 'week' });
    expect(weeks.tables[0]?.columns[3]).toEqual({ key: 'partial', type: 'boolean' });
    expect(weeks.tables[0]?.rows[0]?.[3]).toBe(true);
  });
});
