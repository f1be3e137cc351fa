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

/**
 * One field: a number as a number (with the dialect's decimal mark), text guarded when
 * the dialect says so, then quoted when it holds the separator, a quote, CR or LF, its
 * quotes doubled.
 */
export function csvField(value: string | number | boolean, dialect: CsvDialect = RFC_4180): string {
  let text: string;
  if (typeof value === 'boolean') {
    text = String(value);
  } else if (typeof value === 'number') {
    text = dialect.decimalComma ? String(value).replace('.', ',') : String(value);
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
