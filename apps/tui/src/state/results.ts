import {
  hasNextPage,
  requestedPage as pageOfParams,
  type ItemKind,
  type ItemOfKind,
  type MethodSpec,
  type PageOfKind,
} from '@boomstream/spec';

import { withColumns, type Column } from '../data/columns.js';
import type { KindedItems, KindedPage, Progress, QueryParams } from '../data/source.js';

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
};

export interface ExportPrompt {
  readonly path: string;
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
  /** The last good data; it stays on screen while loading again or after an error. */
  readonly data: Loaded | undefined;
  readonly job: Job | undefined;
  /** The last request asked for, which `r` runs again. */
  readonly lastRequest: Omit<Job, 'id'>;
  readonly progress: Progress | undefined;
  readonly error: string | undefined;
  readonly sort: { readonly column: number; readonly descending: boolean } | undefined;
  readonly filter: string;
  readonly filterEditing: boolean;
  readonly cursor: number;
  readonly prompt: ExportPrompt | undefined;
  readonly exportJob: ExportJob | undefined;
  /** A line about the last action: a success, or a problem that needs no panel. */
  readonly notice: { readonly text: string; readonly ok: boolean } | undefined;
}

export function initialResults(job: Job): ResultsState {
  return {
    params: job.params,
    data: undefined,
    job,
    lastRequest: { kind: job.kind, params: job.params },
    progress: undefined,
    error: undefined,
    sort: undefined,
    filter: '',
    filterEditing: false,
    cursor: 0,
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
): Loaded {
  const all = job === 'all';
  const paging = { all, hasNext: !all && hasNextPage(spec.paging, header.page) };
  if (header.kind === 'stats' && items.kind === 'stats')
    return { kind: 'stats', header: header.page, items: items.items, ...paging };
  if (header.kind === 'sessions' && items.kind === 'sessions')
    return { kind: 'sessions', header: header.page, items: items.items, ...paging };
  throw new Error(`${spec.name}: a ${header.kind} header with ${items.kind} items`);
}

/** The rows on screen: filtered by the `/` text (any cell, any case), then sorted by `s`. */
export function visibleRows<T>(
  columns: readonly Column<T>[],
  items: readonly T[],
  filter: string,
  sort: ResultsState['sort'],
): readonly T[] {
  const needle = filter.toLowerCase();
  const filtered = needle
    ? items.filter((item) =>
        columns.some((column) => column.cell(item).toLowerCase().includes(needle)),
      )
    : items;
  const column = sort ? columns[sort.column] : undefined;
  if (!sort || !column) return filtered;
  const direction = sort.descending ? -1 : 1;
  return [...filtered].sort((a, b) => {
    const x = column.value(a);
    const y = column.value(b);
    return (x < y ? -1 : x > y ? 1 : 0) * direction;
  });
}

/** Calls `use` with the rows on screen and their columns; `undefined` before any data. */
export function withVisibleRows<R>(
  results: ResultsState,
  use: <T>(columns: readonly Column<T>[], rows: readonly T[]) => R,
): R | undefined {
  const { data, filter, sort } = results;
  return data
    ? withColumns(data, (columns, items) => use(columns, visibleRows(columns, items, filter, sort)))
    : undefined;
}

/** `s` walks the columns ascending, then the same columns descending, then unsorted. */
export function nextSort(sort: ResultsState['sort'], columnCount: number): ResultsState['sort'] {
  if (!sort) return { column: 0, descending: false };
  if (sort.column + 1 < columnCount) return { ...sort, column: sort.column + 1 };
  return sort.descending ? undefined : { column: 0, descending: true };
}
