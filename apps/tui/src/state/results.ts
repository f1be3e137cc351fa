import { bucketsOf } from '@boomstream/insights/periods';
import {
  hasNextPage,
  requestedPage as pageOfParams,
  type ItemKind,
  type ItemOfKind,
  type MethodSpec,
  type PageOfKind,
  type StatsItem,
} from '@boomstream/spec';

import {
  columnsByKind,
  tableColumns,
  withColumns,
  type AnyColumn,
  type Column,
} from '../data/columns.js';
import { periodColumns } from '../data/period-columns.js';
import type { KindedItems, KindedPage, Progress, QueryParams } from '../data/source.js';
import { PLAIN_VIEW, readsEverything, type PeriodView } from './periods.js';

/** A request the app runs: one page, or every page. `id` tells stale answers apart. */
export interface Job {
  readonly id: number;
  readonly kind: 'page' | 'all';
  readonly params: QueryParams;
}

/** What the last successful request brought: a header page and items of one kind. */
export type Loaded = {
  [K in ItemKind]: {
    readonly kind: K;
    /** The page whose header is shown: the one read, or the first of a full read. */
    readonly header: PageOfKind<K>;
    readonly items: readonly ItemOfKind<K>[];
  };
}[ItemKind] & {
  /** Whether every page is loaded. */
  readonly all: boolean;
  readonly hasNext: boolean;
  /** With a comparison: every item of the earlier period (`earlierPeriod` of the header's). */
  readonly earlier: readonly StatsItem[] | undefined;
};

export interface ExportPrompt {
  readonly path: string;
  /** Where the caret is in `path`. */
  readonly caret: number;
  /** The file at `path` exists: enter overwrites it. Editing the path asks again. */
  readonly overwrite: boolean;
}

/** An export the user confirmed; `overwrite` only once they were told the file exists. */
export interface ExportJob {
  readonly id: number;
  readonly path: string;
  readonly overwrite: boolean;
}

export interface ResultsState {
  readonly params: QueryParams;
  /** Weeks or months summed from days, and the comparison, as the form asked. */
  readonly view: PeriodView;
  /** The last good data; it stays on screen while loading again or after an error. */
  readonly data: Loaded | undefined;
  readonly job: Job | undefined;
  /** The last request asked for, which `r` runs again. */
  readonly lastRequest: Omit<Job, 'id'>;
  readonly progress: Progress | undefined;
  readonly error: string | undefined;
  readonly sort: { readonly column: number; readonly descending: boolean } | undefined;
  readonly filter: string;
  readonly filterCaret: number;
  readonly filterEditing: boolean;
  readonly cursor: number;
  /** The row at the cursor is shown whole (a session: its user agent and the parts of it). */
  readonly detail: boolean;
  readonly prompt: ExportPrompt | undefined;
  readonly exportJob: ExportJob | undefined;
  /** A line about the last action: a success, or a problem that needs no panel. */
  readonly notice: { readonly text: string; readonly ok: boolean } | undefined;
}

export function initialResults(job: Job, view: PeriodView = PLAIN_VIEW): ResultsState {
  return {
    params: job.params,
    view,
    data: undefined,
    job,
    lastRequest: { kind: job.kind, params: job.params },
    progress: undefined,
    error: undefined,
    sort: undefined,
    filter: '',
    filterCaret: 0,
    filterEditing: false,
    cursor: 0,
    detail: false,
    prompt: undefined,
    exportJob: undefined,
    notice: undefined,
  };
}

/** The page number a request asks for (the spec's first page when it names none). */
export function requestedPage(params: QueryParams): number {
  return pageOfParams(params);
}

/** The header of loaded data, tagged again, to keep on screen during a full read. */
export function headerOf(data: Loaded): KindedPage {
  return data.kind === 'stats'
    ? { kind: data.kind, page: data.header }
    : { kind: data.kind, page: data.header };
}

/** The data a finished job brings; header and items come from one method, so of one kind. */
export function loadedFrom(
  spec: MethodSpec,
  job: Job['kind'],
  header: KindedPage,
  items: KindedItems,
  earlier?: KindedItems,
): Loaded {
  const all = job === 'all';
  const paging = {
    all,
    hasNext: !all && hasNextPage(spec.paging, header.page),
    earlier: earlier?.kind === 'stats' ? earlier.items : undefined,
  };
  if (header.kind === 'stats' && items.kind === 'stats')
    return { kind: 'stats', header: header.page, items: items.items, ...paging };
  if (header.kind === 'sessions' && items.kind === 'sessions')
    return { kind: 'sessions', header: header.page, items: items.items, ...paging };
  throw new Error(`${spec.name}: a ${header.kind} header with ${items.kind} items`);
}

/** The items that hold the `/` text in any cell shown (any case); all of them with no filter. */
export function filteredItems<T>(
  columns: readonly Column<T>[],
  items: readonly T[],
  filter: string,
): readonly T[] {
  const needle = filter.toLowerCase();
  return needle
    ? items.filter((item) =>
        columns.some((column) => column.cell(item).toLowerCase().includes(needle)),
      )
    : items;
}

/** The loaded data with only the items the `/` filter keeps: the chart and the totals follow it. */
export function filteredData(data: Loaded, filter: string): Loaded {
  return data.kind === 'stats'
    ? { ...data, items: filteredItems(tableColumns(columnsByKind.stats), data.items, filter) }
    : { ...data, items: filteredItems(tableColumns(columnsByKind.sessions), data.items, filter) };
}

/**
 * The rows on screen: filtered by the `/` text, then sorted by `s`. `columns` are all the
 * kind's columns; the filter and `sort.column` see only the table's.
 */
export function visibleRows<T>(
  columns: readonly Column<T>[],
  items: readonly T[],
  filter: string,
  sort: ResultsState['sort'],
): readonly T[] {
  const shown = tableColumns(columns);
  return sortedRows(shown, filteredItems(shown, items, filter), sort);
}

/** `rows` sorted by `s` on `columns[sort.column]` (ties keep their order); as they are unsorted. */
export function sortedRows<T>(
  columns: readonly Column<T>[],
  rows: readonly T[],
  sort: ResultsState['sort'],
): readonly T[] {
  const column = sort ? columns[sort.column] : undefined;
  if (!sort || !column) return rows;
  const direction = sort.descending ? -1 : 1;
  return [...rows].sort((a, b) => {
    const x = column.value(a);
    const y = column.value(b);
    return (x < y ? -1 : x > y ? 1 : 0) * direction;
  });
}

/**
 * Whether the table lists buckets (weeks, months or a comparison) rather than the items:
 * `s` sorts its columns, and `/` is not offered, since a bucket's two periods are summed
 * from every day of both and a filter on one period's items would pair unlike rows.
 */
export function bucketTable(results: Pick<ResultsState, 'view'>): boolean {
  return readsEverything(results.view);
}

/** The columns `s` and `S` go through: the buckets' (with a comparison, its columns too) or the items'. */
export function sortColumns(results: ResultsState, kind: ItemKind): readonly AnyColumn[] {
  return bucketTable(results)
    ? periodColumns(results.view.compare !== undefined)
    : tableColumns<never>(columnsByKind[kind]);
}

/**
 * Calls `use` with the rows on screen and every column of their kind (exports keep the
 * export-only ones); `undefined` before any data.
 */
export function withVisibleRows<R>(
  results: ResultsState,
  use: <T>(columns: readonly Column<T>[], rows: readonly T[]) => R,
): R | undefined {
  const { data, filter, sort } = results;
  return data
    ? withColumns(data, (columns, items) => use(columns, visibleRows(columns, items, filter, sort)))
    : undefined;
}

/** A column's first direction: numbers largest first (what analysts look for), text and dates A→Z. */
function naturalSort(
  columns: readonly AnyColumn[],
  column: number,
): NonNullable<ResultsState['sort']> {
  return { column, descending: columns[column]?.align === 'right' };
}

/** `s` sorts by the next column in its natural direction, the first column after the last. */
export function nextSort(
  sort: ResultsState['sort'],
  columns: readonly AnyColumn[],
): ResultsState['sort'] {
  return naturalSort(columns, sort ? (sort.column + 1) % columns.length : 0);
}

/** `S` reverses the sort; rows not sorted yet get the first column against its natural direction. */
export function reverseSort(
  sort: ResultsState['sort'],
  columns: readonly AnyColumn[],
): ResultsState['sort'] {
  const current = sort ?? naturalSort(columns, 0);
  return { ...current, descending: !current.descending };
}

/**
 * How many rows the results table shows: with weeks, months or a comparison, every bucket
 * of the period (insights' `bucketsOf`, whatever the items); else the items on screen.
 */
export function tableRowCount(results: ResultsState): number {
  const { data, view } = results;
  if (data?.kind === 'stats' && readsEverything(view)) {
    return bucketsOf([], data.header.period, view.grouping ?? data.header.groupBy).length;
  }
  return withVisibleRows(results, (_, rows) => rows.length) ?? 0;
}
