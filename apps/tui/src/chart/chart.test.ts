import { daysBetween } from '@boomstream/spec';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { timeAxis, valueLabels } from '../components/Chart.js';
import { renderBars } from './bars.js';
import { fitPairToWidth, fitToWidth, sessionSeries, viewingSeries } from './series.js';

describe('viewingSeries', () => {
  it('puts back the buckets the API leaves out as zeros, over the whole period', () => {
    const period = { start: '2024-03-01', end: '2024-03-04' };
    const items = [
      { date: '2024-03-02', timeMs: 5_400_000, hours: 1.5 },
      { date: '2024-03-04', timeMs: 7_200_000, hours: 2 },
    ];
    expect(viewingSeries(period, 'day', items)).toEqual([0, 1.5, 0, 2]);
  });

  it('sums exact milliseconds, not the rounded hours the API also gives', () => {
    // Three hours of 0.004 h each (14.4 s) the API rounds to 0: 0.012 h exactly.
    const items = ['T01:00', 'T02:00', 'T03:00'].map((hour) => ({
      date: `2024-03-01${hour}`,
      timeMs: 14_400,
      hours: 0,
    }));
    const [day] = viewingSeries({ start: '2024-03-01', end: '2024-03-01' }, 'day', [
      ...items.map((item) => ({ ...item, date: '2024-03-01' })),
    ]);
    expect(day).toBeCloseTo(0.012, 10);
  });

  it('places hourly buckets by day and hour', () => {
    const series = viewingSeries({ start: '2024-03-01', end: '2024-03-02' }, 'hour', [
      { date: '2024-03-02T05:00', timeMs: 1_800_000, hours: 0.5 },
    ]);
    expect(series).toHaveLength(48);
    expect(series[29]).toBe(0.5);
  });

  it('counts sessions per Moscow day', () => {
    const session = {
      place: 'p',
      ip: 'i',
      country: 'c',
      userAgent: 'u',
      leftActivations: 1,
    };
    const items = [
      { ...session, createdAt: '2024-03-02T23:59:00+03:00' },
      { ...session, createdAt: '2024-03-02T00:00:00+03:00' },
    ];
    expect(sessionSeries({ start: '2024-03-01', end: '2024-03-03' }, items)).toEqual([0, 2, 0]);
  });
});

describe('fitToWidth', () => {
  it('fits any series in the width, keeping the total of viewing time', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 1000 }), { minLength: 301, maxLength: 2000 }),
        fc.integer({ min: 1, max: 300 }),
        (values, width) => {
          const { columns, perBar } = fitToWidth(values, width, 'day');
          expect(columns.length).toBeLessThanOrEqual(width);
          expect(columns.reduce((sum, value) => sum + value, 0)).toBe(
            values.reduce((sum, value) => sum + value, 0),
          );
          expect(perBar).toMatch(/^\d+ days$/);
        },
      ),
    );
  });

  it('widens a short series to fill the width, one value per bar', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 1000 }), { minLength: 1, maxLength: 100 }),
        (values) => {
          const { columns } = fitToWidth(values, 100, 'day');
          expect(columns.length).toBeLessThanOrEqual(100);
          expect(columns.filter((value) => !Number.isNaN(value)).length).toBeGreaterThanOrEqual(
            values.length,
          );
          expect([...new Set(columns.filter((value) => !Number.isNaN(value)))]).toEqual([
            ...new Set(values),
          ]);
        },
      ),
    );
  });

  it('turns hours that do not fit into days', () => {
    const hours = Array.from({ length: 24 * 10 }, (_, index) => (index % 24 === 12 ? 1 : 0));
    expect(fitToWidth(hours, 100, 'hour')).toEqual({
      columns: [
        ...Array.from({ length: 10 }, () => [1, 1, 1, 1, 1, 1, 1, 1, 1, Number.NaN]),
      ].flat(),
      perBar: 'day',
      unit: 'day',
      columnsPerBar: 10,
      bucketsPerBar: 1,
    });
  });
});

describe('renderBars', () => {
  it('draws bars of eighths scaled to the largest, gaps and zeros blank', () => {
    // Two rows are 16 eighths: 8 fills both, 4 one row, 1 two eighths.
    expect(renderBars([8, 4, 1, 0, Number.NaN], 2)).toEqual(['█    ', '██▂  ']);
    expect(renderBars([100, 1], 1)).toEqual(['█▁']);
  });
});

describe('chart axes', () => {
  it('labels the value axis with the peak, half of it and zero', () => {
    expect(valueLabels(12.5, 5)).toEqual(['12.50', '', '6.25', '', '0']);
    expect(valueLabels(1200, 2)).toEqual(['1,200', '0']);
  });

  it('labels the time axis under as many bars as fit, with the right dates', () => {
    const days = fitToWidth(
      Array.from({ length: 30 }, () => 1),
      90,
      'day',
    );
    const axis = timeAxis('2024-02-20', days, 90);
    const labels = axis.trim().split(/ +/);
    expect(labels.length).toBeGreaterThanOrEqual(5);
    expect(labels[0]).toBe('02-20');
    // Each label sits under the first column of its day's bar.
    for (const label of labels) {
      const column = axis.indexOf(label);
      const day = daysBetween('2024-02-20', `2024-${label}`);
      expect(Math.floor(column / days.columnsPerBar)).toBe(day);
    }
    const hours = fitToWidth(
      Array.from({ length: 48 }, () => 1),
      100,
      'hour',
    );
    expect(timeAxis('2024-03-01', hours, 100)).toMatch(
      /^03-01 00:00 +03-01 \d\d:00 .*03-02 \d\d:00/,
    );
  });
});

describe('fitPairToWidth', () => {
  it('draws each bucket as two halves, the current period first, on one time axis', () => {
    const pair = fitPairToWidth([4, 2], [1, null], 12, 'week');
    // 6 columns for each series' fit: 3 a bucket, the last a gap; doubled side by side.
    expect(pair.columns).toEqual([4, 4, 1, 1, NaN, NaN, 2, 2, 0, 0, NaN, NaN]);
    expect(pair.series).toEqual([0, 0, 1, 1, 0, 0, 0, 0, 1, 1, 0, 0]);
    expect(pair.columnsPerBar).toBe(6);
    expect(pair.perBar).toBe('week');
  });

  it('scales both series to the larger peak and shades the earlier one when asked', () => {
    const pair = fitPairToWidth([2], [4], 2, 'day');
    const rows = renderBars(pair.columns, 2, {
      max: 4,
      shaded: (column) => pair.series[column] === 1,
    });
    expect(rows).toEqual([' ░', '█░']);
  });
});
