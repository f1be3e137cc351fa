import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { parseCsv } from '../../test/parse-csv.js';
import type { StatsItem } from '@boomstream/spec';

import { columnsByKind } from '../data/columns.js';
import { csvField, toCsv, toJson } from './csv.js';

const sessions = columnsByKind.sessions;

const sessionItem = fc.record({
  place: fc.string(),
  ip: fc.string(),
  country: fc.string(),
  userAgent: fc.string(),
  createdAt: fc.constant('2024-03-05T10:00:00+03:00'),
  leftActivations: fc.integer(),
});

describe('CSV (RFC 4180)', () => {
  it('quotes only fields with a comma, quote, CR or LF, doubling quotes', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField(12.5)).toBe('12.5');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\r\nlines')).toBe('"two\r\nlines"');
  });

  it('reads back as the same table, whatever the text holds', () => {
    fc.assert(
      fc.property(fc.array(sessionItem, { maxLength: 20 }), (items) => {
        const [header, ...rows] = parseCsv(toCsv(sessions, items));
        expect(header).toEqual(sessions.map((column) => column.key));
        expect(rows).toEqual(
          items.map((item) => sessions.map((column) => String(column.value(item)))),
        );
      }),
    );
  });

  it('writes JSON with the same keys as the items', () => {
    const item: StatsItem = { date: '2024-03-05', timeMs: 900_000, hours: 0.25 };
    expect(JSON.parse(toJson(columnsByKind.stats, [item]))).toEqual([item]);
  });
});
