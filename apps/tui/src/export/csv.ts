import type { Column } from '../data/columns.js';

/** How a CSV is written: RFC 4180 for scripts, or as Excel in a Russian locale reads it. */
export interface CsvDialect {
  readonly separator: ',' | ';';
  /** `12,5` instead of `12.5`: where `;` separates, the comma is the decimal mark. */
  readonly decimalComma: boolean;
  /** A UTF-8 byte order mark first: without it Excel reads the Windows code page (cp1251). */
  readonly bom: boolean;
  /** A `'` before text that Excel would run as a formula (CWE-1236); numbers are left alone. */
  readonly formulaGuard: boolean;
}

/** Exact values for scripts: `,`, `.`, no BOM, text as it is. */
export const RFC_4180: CsvDialect = {
  separator: ',',
  decimalComma: false,
  bom: false,
  formulaGuard: false,
};

/**
 * What Excel opens as it should in a Russian (or any decimal-comma) locale. No `sep=`
 * line: it would make Excel ignore the BOM.
 */
export const EXCEL_CSV: CsvDialect = {
  separator: ';',
  decimalComma: true,
  bom: true,
  formulaGuard: true,
};

/** What Excel takes for the start of a formula: `= + - @`, and tab or CR before them. */
const FORMULA_START = /^[=+\-@\t\r]/;

/** JavaScript's shortest digits of a number, in exponent form (`1e-7`, `1.5e+21`) or not. */
const EXPONENT_FORM = /^(-?)(\d)(?:\.(\d+))?e([+-]\d+)$/;

/**
 * A number in fixed notation, the same digits as `String(value)` (so exact): `1e-7` is
 * `0.0000001`, `1.5e+21` is `1500000000000000000000`. Excel reads `1e-7` written with a
 * decimal comma as text.
 */
function fixedNotation(value: number): string {
  const text = String(value);
  const match = EXPONENT_FORM.exec(text);
  if (!match) return text;
  const [, sign = '', first = '', rest = '', exponent = '0'] = match;
  const digits = `${first}${rest}`;
  // Where the decimal point falls among the digits.
  const point = 1 + Number(exponent);
  if (point <= 0) return `${sign}0.${'0'.repeat(-point)}${digits}`;
  if (point >= digits.length) return `${sign}${digits}${'0'.repeat(point - digits.length)}`;
  return `${sign}${digits.slice(0, point)}.${digits.slice(point)}`;
}

/**
 * One field: a number as a number (for Excel in fixed notation with the decimal comma), a
 * boolean as `true`/`false`, or for Excel `1`/`0`: a Russian Excel takes `true` for text
 * (it reads only its own words, ИСТИНА/ЛОЖЬ), while `1`/`0` are numbers that its formulas and
 * filters treat as TRUE/FALSE in any language; text guarded when the dialect says so,
 * then quoted when it holds the separator, a quote, CR or LF, its quotes doubled.
 */
export function csvField(value: string | number | boolean, dialect: CsvDialect = RFC_4180): string {
  let text: string;
  if (typeof value === 'boolean') {
    text = dialect.decimalComma ? (value ? '1' : '0') : String(value);
  } else if (typeof value === 'number') {
    text = dialect.decimalComma ? fixedNotation(value).replace('.', ',') : String(value);
  } else {
    text = dialect.formulaGuard && FORMULA_START.test(value) ? `'${value}` : value;
  }
  const quoted = text.includes(dialect.separator) || /["\r\n]/.test(text);
  return quoted ? `"${text.replaceAll('"', '""')}"` : text;
}

/** What a CSV reads of a column (a table's, or the screen's `Column`): its header and a row's value. */
export interface CsvColumn<T> {
  readonly key: Column<T>['key'];
  readonly value: (item: T) => string | number | boolean;
}

/** A header line and one line per item, CRLF-terminated as RFC 4180 says. */
export function toCsv<T>(
  columns: readonly CsvColumn<T>[],
  items: readonly T[],
  dialect: CsvDialect = RFC_4180,
): string {
  const lines = [
    columns.map((column) => csvField(column.key, dialect)),
    ...items.map((item) => columns.map((column) => csvField(column.value(item), dialect))),
  ];
  const text = lines.map((fields) => `${fields.join(dialect.separator)}\r\n`).join('');
  return dialect.bom ? `\uFEFF${text}` : text;
}
