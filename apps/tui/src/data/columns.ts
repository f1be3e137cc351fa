import type { ItemKind, ItemOfKind, SessionItem, StatsItem } from '@boomstream/spec';

import { formatDuration, formatHours } from '../format.js';
import type { KindedItems } from './source.js';

/** One column of the table and of the CSV export, over items of one type. */
export interface Column<T> {
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
  readonly cell: (item: T) => string;
  /** The raw value exported and sorted on. */
  readonly value: (item: T) => string | number;
}

/** A column of any kind of items, for code that lays columns out or orders them without reading items. */
export type AnyColumn = Column<never>;

/** A session column that shows and exports a text field as it is. */
function textColumn(
  key: 'place' | 'ip' | 'country' | 'userAgent',
  title: string,
  width: number,
  flex = false,
): Column<SessionItem> {
  return {
    key,
    title,
    width,
    ...(flex && { flex }),
    align: 'left',
    cell: (item) => item[key],
    value: (item) => item[key],
  };
}

/** `2020-09-09T11:35:28+03:00` → `2020-09-09 11:35:28` (Moscow time, as the API reports it). */
function wallClock(iso: string): string {
  return iso.slice(0, 19).replace('T', ' ');
}

const statsColumns: readonly Column<StatsItem>[] = [
  {
    key: 'date',
    title: 'Date (Moscow)',
    width: 16,
    align: 'left',
    cell: (item) => item.date.replace('T', ' '),
    value: (item) => item.date,
  },
  {
    key: 'timeMs',
    title: 'Time',
    width: 12,
    exportOnly: true,
    align: 'right',
    cell: (item) => formatDuration(item.timeMs),
    value: (item) => item.timeMs,
  },
  {
    key: 'hours',
    title: 'Hours',
    width: 10,
    align: 'right',
    cell: (item) => formatHours(item.hours),
    value: (item) => item.hours,
  },
];

const sessionColumns: readonly Column<SessionItem>[] = [
  {
    key: 'createdAt',
    title: 'Created (Moscow)',
    width: 19,
    align: 'left',
    cell: (item) => wallClock(item.createdAt),
    value: (item) => item.createdAt,
  },
  textColumn('place', 'Place', 24),
  textColumn('ip', 'IP', 15),
  textColumn('country', 'Country', 12),
  textColumn('userAgent', 'User agent', 12, true),
  {
    key: 'leftActivations',
    title: 'Activations left',
    width: 16,
    align: 'right',
    cell: (item) => String(item.leftActivations),
    value: (item) => item.leftActivations,
  },
];

/** The columns of each kind of items, keyed by the kind a method declares. */
export const columnsByKind: { readonly [K in ItemKind]: readonly Column<ItemOfKind<K>>[] } = {
  stats: statsColumns,
  sessions: sessionColumns,
};

/** Code that works on any kind of items with their own columns (table, filter, export). */
export type WithColumns<R> = <T>(columns: readonly Column<T>[], items: readonly T[]) => R;

/** Calls `use` with the items and the columns of their kind. */
export function withColumns<R>(data: KindedItems, use: WithColumns<R>): R {
  switch (data.kind) {
    case 'stats':
      return use(columnsByKind.stats, data.items);
    case 'sessions':
      return use(columnsByKind.sessions, data.items);
  }
}

/** The columns the table shows (and filters and sorts on): every column but the export-only ones. */
export function tableColumns<T>(columns: readonly Column<T>[]): readonly Column<T>[] {
  return columns.filter((column) => !column.exportOnly);
}
