import type { SessionItem, SessionPage } from '@boomstream/spec';

import type { KindedItems, KindedPage } from '../data/source.js';
import { statsExport, type StatsExportInput } from './stats-export.js';
import { tableOf, type ExportTable, type TableColumn } from './table.js';

/**
 * One answer in the one shape every export takes: the JSON object (`--json`, the UI's
 * `.json` export) and the tables (the first is the CSV; a workbook has a sheet each).
 */
export interface ExportDocument {
  readonly json: Readonly<Record<string, unknown>>;
  readonly tables: readonly ExportTable[];
  /** Rows of the first table. */
  readonly rows: number;
  /** What a person should know about the numbers, e.g. a comparison whose last day is today. */
  readonly notes?: readonly string[];
}

/** The session columns, in the order of the table on screen. */
const SESSION_COLUMNS: readonly TableColumn<SessionItem>[] = [
  { key: 'createdAt', type: 'datetime', value: (item) => item.createdAt },
  { key: 'place', type: 'text', value: (item) => item.place },
  { key: 'ip', type: 'text', value: (item) => item.ip },
  { key: 'country', type: 'text', value: (item) => item.country },
  { key: 'userAgent', type: 'text', value: (item) => item.userAgent },
  { key: 'leftActivations', type: 'number', value: (item) => item.leftActivations },
];

function sessionsExport(
  page: SessionPage,
  items: readonly SessionItem[],
  all: boolean,
): ExportDocument {
  const { page: _page, items: _items, ...header } = page;
  return {
    json: { ...(all ? header : { ...header, page: page.page }), items },
    tables: [tableOf('sessions', SESSION_COLUMNS, items)],
    rows: items.length,
  };
}

/** What a query read: the header page, the items, and for stats what to sum and compare by. */
export interface QueryExportInput extends Omit<StatsExportInput, 'page' | 'items'> {
  readonly header: KindedPage;
  readonly items: KindedItems;
}

/** The export of one query's answer, whichever kind of items its method lists. */
export function queryExport({ header, items, ...rest }: QueryExportInput): ExportDocument {
  if (header.kind === 'stats' && items.kind === 'stats') {
    return statsExport({ ...rest, page: header.page, items: items.items });
  }
  if (header.kind === 'sessions' && items.kind === 'sessions') {
    return sessionsExport(header.page, items.items, rest.all);
  }
  throw new Error(`a ${header.kind} page with ${items.kind} items`);
}
