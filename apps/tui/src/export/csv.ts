import type { Column } from '../data/columns.js';

/** RFC 4180: a field with a comma, quote, CR or LF is quoted, its quotes doubled. */
export function csvField(value: string | number): string {
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** A header line and one line per item, CRLF-terminated as RFC 4180 says. */
export function toCsv<T>(columns: readonly Column<T>[], items: readonly T[]): string {
  const lines = [
    columns.map((column) => csvField(column.key)),
    ...items.map((item) => columns.map((column) => csvField(column.value(item)))),
  ];
  return lines.map((fields) => `${fields.join(',')}\r\n`).join('');
}

/** Items as a JSON array, with the keys of the columns (what the CSV has, typed). */
export function toJson<T>(columns: readonly Column<T>[], items: readonly T[]): string {
  const rows = items.map((item) =>
    Object.fromEntries(columns.map((column) => [column.key, column.value(item)])),
  );
  return `${JSON.stringify(rows, null, 2)}\n`;
}
