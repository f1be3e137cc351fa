import { params } from '@boomstream/spec';

import { codeProblem } from '../watch/watch-file.js';
import { CustomersError } from './customers-error.js';

/** One customer line of the CSV: a media code, the customer's password, an optional label. */
export interface CustomerRow {
  /** The line the record starts on, 1-based, for messages. */
  readonly line: number;
  readonly code: string;
  readonly hash: string;
  readonly label: string | undefined;
}

const COLUMNS = ['code', 'hash', 'label'] as const;
type ColumnName = (typeof COLUMNS)[number];

/** What a bad line's message adds: a line's values are never echoed, since one may be a password. */
const NOT_SHOWN = "(the line's values are not shown: one may be a password)";

interface CsvRecord {
  readonly line: number;
  /** Each field with whether it was quoted: quoted text is kept as written, bare text trimmed. */
  readonly fields: readonly { readonly text: string; readonly quoted: boolean }[];
}

/**
 * The records of CSV text, each with the line it starts on: fields separated by
 * commas, LF or CRLF line ends, quoted fields with doubled quotes and line breaks
 * inside (RFC 4180), and a quote inside a bare field kept as text, as spreadsheets do.
 */
function records(text: string, where: string): CsvRecord[] {
  const found: CsvRecord[] = [];
  let line = 1;
  let start = 1;
  let fields: { text: string; quoted: boolean }[] = [];
  let field = '';
  let quoted = false;
  let index = 0;
  const endField = () => {
    fields.push({ text: field, quoted });
    field = '';
    quoted = false;
  };
  const endRecord = () => {
    endField();
    found.push({ line: start, fields });
    fields = [];
  };
  while (index < text.length) {
    const char = text[index] ?? '';
    if (char === '"' && field === '' && !quoted) {
      quoted = true;
      const opened = line;
      index += 1;
      for (;;) {
        const quote = text.indexOf('"', index);
        if (quote < 0) {
          throw new CustomersError(
            `${where}, line ${opened}: a quoted field is not closed ${NOT_SHOWN}`,
          );
        }
        const inside = text.slice(index, quote);
        line += inside.split('\n').length - 1;
        field += inside;
        index = quote + 1;
        if (text[index] !== '"') break;
        field += '"';
        index += 1;
      }
      const next = text[index];
      if (next !== undefined && next !== ',' && next !== '\n' && !text.startsWith('\r\n', index)) {
        throw new CustomersError(
          `${where}, line ${line}: text after a closing quote; double a quote inside a quoted field ${NOT_SHOWN}`,
        );
      }
      continue;
    }
    if (char === ',') {
      endField();
    } else if (char === '\n' || text.startsWith('\r\n', index)) {
      endRecord();
      if (char === '\r') index += 1;
      line += 1;
      start = line;
    } else {
      field += char;
    }
    index += 1;
  }
  if (field !== '' || quoted || fields.length > 0) endRecord();
  return found;
}

/** A field's value: quoted text as written, bare text without the spaces around it. */
const valueOf = (field: { text: string; quoted: boolean }) =>
  field.quoted ? field.text : field.text.trim();

/** The header's column order, when the first record names only known columns, code and hash among them. */
function headerOf(record: CsvRecord): ColumnName[] | undefined {
  const names = record.fields.map((field) => valueOf(field).toLowerCase());
  const known = (name: string): name is ColumnName => (COLUMNS as readonly string[]).includes(name);
  if (!names.every(known) || !names.includes('code') || !names.includes('hash')) return undefined;
  if (new Set(names).size !== names.length) return undefined;
  return names;
}

/**
 * Customers of a CSV text: `code,hash[,label]` per line, or the columns a header row
 * names (`code`, `hash`, `label`, any order); blank lines ignored. A malformed line is
 * a `CustomersError` naming `where` and its line, never any of its values.
 */
export function parseCustomers(text: string, where: string): CustomerRow[] {
  const all = records(text.replace(/^\uFEFF/, ''), where).filter((record) =>
    record.fields.some((field) => valueOf(field) !== ''),
  );
  const [first] = all;
  const header = first ? headerOf(first) : undefined;
  const columns: readonly ColumnName[] = header ?? COLUMNS;
  const rows = header ? all.slice(1) : all;
  return rows.map((record) => {
    const at = `${where}, line ${record.line}`;
    const count = record.fields.length;
    const expected = columns.join(',');
    if (count < 2 || count > columns.length) {
      const hint = count > columns.length ? ' (quote a field that holds a comma)' : '';
      throw new CustomersError(
        `${at}: ${count} field${count === 1 ? '' : 's'} where ${header ? expected : 'code,hash[,label]'} was expected${hint} ${NOT_SHOWN}`,
      );
    }
    const value = (name: ColumnName) => {
      const field = record.fields[columns.indexOf(name)];
      return field === undefined ? undefined : valueOf(field);
    };
    const code = value('code') ?? '';
    const hash = value('hash') ?? '';
    const headerHint =
      record === first ? '; a header row names its columns: code,hash[,label]' : '';
    const problem = codeProblem(code);
    if (problem) throw new CustomersError(`${at}: the code ${problem}${headerHint} ${NOT_SHOWN}`);
    const hashIssue = params.hash.schema.safeParse(hash).error?.issues[0]?.message;
    if (hashIssue) throw new CustomersError(`${at}: the password ${hashIssue} ${NOT_SHOWN}`);
    const label = value('label');
    return { line: record.line, code, hash, label: label === '' ? undefined : label };
  });
}
