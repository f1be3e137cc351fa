import { hasNextPage, type MethodSpec } from '@boomstream/spec';

import { resultKind, tableColumns, type AnyItem, type Column } from '../data/columns.js';
import type { AnyPage, Progress, QueryParams } from '../data/source.js';

/** A request the app runs: one page, or every page. `id` tells stale answers apart. */
export interface Job {
  readonly id: number;
  readonly kind: 'page' | 'all';
  readonly params: QueryParams;
}

/** What the last successful request brought. */
export interface Loaded {
  /** The page whose header is shown: the one read, or the first of a full read. */
  readonly header: AnyPage;
  readonly items: readonly AnyItem[];
  /** Whether every page is loaded. */
  readonly all: boolean;
  readonly hasNext: boolean;
}

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
    filterCaret: 0,
    filterEditing: false,
    cursor: 0,
    prompt: undefined,
    exportJob: undefined,
    notice: undefined,
  };
}

/** The page number a request asks for (the server's default is 1). */
export function requestedPage(params: QueryParams): number {
  const page = params['page'];
  return typeof page === 'number' ? page : 1;
}

/** The data a finished job brings. */
export function loadedFrom(
  spec: MethodSpec,
  kind: Job['kind'],
  header: AnyPage,
  items: readonly AnyItem[],
): Loaded {
  const all = kind === 'all';
  return { header, items, all, hasNext: !all && hasNextPage(spec.paging, header) };
}

/** The items that hold the `/` text in any cell shown (any case); all of them with no filter. */
export function filteredItems(
  columns: readonly Column[],
  items: readonly AnyItem[],
  filter: string,
): readonly AnyItem[] {
  const needle = filter.toLowerCase();
  return needle
    ? items.filter((item) =>
        columns.some((column) => column.cell(item).toLowerCase().includes(needle)),
      )
    : items;
}

/** The rows on screen: filtered by the `/` text, then sorted by `s`. */
export function visibleRows(
  columns: readonly Column[],
  items: readonly AnyItem[],
  filter: string,
  sort: ResultsState['sort'],
): readonly AnyItem[] {
  const filtered = filteredItems(columns, items, filter);
  const column = sort ? columns[sort.column] : undefined;
  if (!sort || !column) return filtered;
  const direction = sort.descending ? -1 : 1;
  return [...filtered].sort((a, b) => {
    const x = column.value(a);
    const y = column.value(b);
    return (x < y ? -1 : x > y ? 1 : 0) * direction;
  });
}

/** The rows of a results state, as shown. */
export function rowsOf(spec: MethodSpec, results: ResultsState): readonly AnyItem[] {
  return results.data
    ? visibleRows(tableColumns(resultKind(spec)), results.data.items, results.filter, results.sort)
    : [];
}

/** A column's first direction: numbers largest first (what analysts look for), text and dates A→Z. */
function naturalSort(
  columns: readonly Column[],
  column: number,
): NonNullable<ResultsState['sort']> {
  return { column, descending: columns[column]?.align === 'right' };
}

/** `s` sorts by the next column in its natural direction, the first column after the last. */
export function nextSort(
  sort: ResultsState['sort'],
  columns: readonly Column[],
): ResultsState['sort'] {
  return naturalSort(columns, sort ? (sort.column + 1) % columns.length : 0);
}

/** `S` reverses the sort; rows not sorted yet get the first column against its natural direction. */
export function reverseSort(
  sort: ResultsState['sort'],
  columns: readonly Column[],
): ResultsState['sort'] {
  const current = sort ?? naturalSort(columns, 0);
  return { ...current, descending: !current.descending };
}
