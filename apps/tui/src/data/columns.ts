import { statsResponse, type MethodSpec, type SessionItem, type StatsItem } from '@boomstream/spec';

import { formatDuration, formatHours } from '../format.js';

/** An item of any method's pages. */
export type AnyItem = StatsItem | SessionItem;

/** What a method's pages hold: viewing time per bucket, or customer sessions. */
export type ResultKind = 'stats' | 'sessions';

/** One column of the table and of the CSV export. */
export interface Column {
  /** The CSV header and the JSON key. */
  readonly key: string;
  /** The table header. */
  readonly title: string;
  /** Width in the table; the `flex` column takes what the others leave. */
  readonly width: number;
  readonly flex?: boolean;
  /** Only in exports: the table shows the same quantity in another column. */
  readonly exportOnly?: boolean;
  readonly align: 'left' | 'right';
  /** The text shown in the table (and matched by the filter). */
  readonly cell: (item: AnyItem) => string;
  /** The raw value exported and sorted on. */
  readonly value: (item: AnyItem) => string | number;
}

/** Builds a column over one item type; `resultKind` guarantees which items a column sees. */
function column<T extends AnyItem>(
  spec: Omit<Column, 'cell' | 'value'> & {
    readonly cell: (item: T) => string;
    readonly value: (item: T) => string | number;
  },
): Column {
  return spec as unknown as Column;
}

/** A session column that shows and exports a text field as it is. */
function textColumn(
  key: 'place' | 'ip' | 'country' | 'userAgent',
  title: string,
  width: number,
  flex = false,
): Column {
  return column<SessionItem>({
    key,
    title,
    width,
    ...(flex && { flex }),
    align: 'left',
    cell: (item) => item[key],
    value: (item) => item[key],
  });
}

/** `2020-09-09T11:35:28+03:00` → `2020-09-09 11:35:28` (Moscow time, as the API reports it). */
function wallClock(iso: string): string {
  return iso.slice(0, 19).replace('T', ' ');
}

const statsColumns: readonly Column[] = [
  column<StatsItem>({
    key: 'date',
    title: 'Date (Moscow)',
    width: 16,
    align: 'left',
    cell: (item) => item.date.replace('T', ' '),
    value: (item) => item.date,
  }),
  column<StatsItem>({
    key: 'timeMs',
    title: 'Time',
    width: 12,
    exportOnly: true,
    align: 'right',
    cell: (item) => formatDuration(item.timeMs),
    value: (item) => item.timeMs,
  }),
  column<StatsItem>({
    key: 'hours',
    title: 'Hours',
    width: 10,
    align: 'right',
    cell: (item) => formatHours(item.hours),
    value: (item) => item.hours,
  }),
];

const sessionColumns: readonly Column[] = [
  column<SessionItem>({
    key: 'createdAt',
    title: 'Created (Moscow)',
    width: 19,
    align: 'left',
    cell: (item) => wallClock(item.createdAt),
    value: (item) => item.createdAt,
  }),
  textColumn('place', 'Place', 24),
  textColumn('ip', 'IP', 15),
  textColumn('country', 'Country', 12),
  textColumn('userAgent', 'User agent', 12, true),
  column<SessionItem>({
    key: 'leftActivations',
    title: 'Activations left',
    width: 16,
    align: 'right',
    cell: (item) => String(item.leftActivations),
    value: (item) => item.leftActivations,
  }),
];

/** Stats methods answer with the stats codec; anything else lists sessions. */
export function resultKind(spec: MethodSpec): ResultKind {
  return (spec.response as unknown) === statsResponse ? 'stats' : 'sessions';
}

/** The columns of a method's items. */
export function columnsOf(kind: ResultKind): readonly Column[] {
  return kind === 'stats' ? statsColumns : sessionColumns;
}

/** The columns the table shows: every column but the export-only ones. */
export function tableColumns(kind: ResultKind): readonly Column[] {
  return columnsOf(kind).filter((column) => !column.exportOnly);
}
