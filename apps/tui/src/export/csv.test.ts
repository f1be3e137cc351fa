import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { parseCsv } from '../../test/parse-csv.js';
import { columnsByKind } from '../data/columns.js';
import { csvField, EXCEL_CSV, toCsv } from './csv.js';

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

  it('leaves text that looks like a formula as it is, with no BOM', () => {
    const text = toCsv(sessions, [
      {
        place: '=HYPERLINK("http://x.example","click")',
        ip: '-1',
        country: '@me',
        userAgent: '+7',
        createdAt: '2024-03-05T10:00:00+03:00',
        leftActivations: -2,
      },
    ]);
    expect(text.startsWith('createdAt,')).toBe(true);
    expect(parseCsv(text)[1]).toEqual([
      '2024-03-05T10:00:00+03:00',
      '=HYPERLINK("http://x.example","click")',
      '-1',
      '@me',
      '+7',
      '-2',
    ]);
  });
});

describe('CSV for Excel', () => {
  const columns = [
    { key: 'label', value: (row: { label: string; hours: number }) => row.label },
    { key: 'hours', value: (row: { label: string; hours: number }) => row.hours },
  ];

  it('starts with the UTF-8 BOM and the header, with no sep= line, and separates with ;', () => {
    const text = toCsv(columns, [{ label: 'Курс', hours: 12.5 }], EXCEL_CSV);
    expect([...Buffer.from(text, 'utf8').subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(text).toBe('\uFEFFlabel;hours\r\nКурс;12,5\r\n');
    expect(text).not.toContain('sep=');
  });

  it.each([
    ['=HYPERLINK("http://x.example";"click")', `"'=HYPERLINK(""http://x.example"";""click"")"`],
    ['+7 900', "'+7 900"],
    ['-drop', "'-drop"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tcmd', "'\tcmd"],
    ['\r=1', `"'\r=1"`],
    ['plain', 'plain'],
    ['a;b', '"a;b"'],
    ['a,b', 'a,b'],
  ])('guards the text %j as %j', (text, field) => {
    expect(csvField(text, EXCEL_CSV)).toBe(field);
  });

  it('writes numbers, negative ones included, as numbers with a decimal comma', () => {
    expect(csvField(-12.5, EXCEL_CSV)).toBe('-12,5');
    expect(csvField(-3, EXCEL_CSV)).toBe('-3');
    expect(csvField(1_234_567.89, EXCEL_CSV)).toBe('1234567,89');
  });

  it.each([
    [1e-7, '0,0000001'],
    [-2.5e-8, '-0,000000025'],
    [1.5e21, '1500000000000000000000'],
    [123e-20, '0,00000000000000000123'],
  ])('writes %d in fixed notation, never an exponent: %s', (value, field) => {
    expect(csvField(value, EXCEL_CSV)).toBe(field);
  });

  it('writes booleans as 1 and 0, numbers Excel in any language reads (TRUE and FALSE in formulas), never words it takes for text', () => {
    expect(csvField(true, EXCEL_CSV)).toBe('1');
    expect(csvField(false, EXCEL_CSV)).toBe('0');
  });

  it('leaves plain CSV as it was: true, false and exponent forms', () => {
    expect(csvField(true)).toBe('true');
    expect(csvField(false)).toBe('false');
    expect(csvField(1e-7)).toBe('1e-7');
  });
});
