import {
  daysBetween,
  hoursOf,
  type Params,
  type StatsItem,
  type StatsPage,
} from '@boomstream/spec';

import type { Group, ViewingSeries } from '../world/index.js';

/** Parameters once the server's defaults are applied: every defaulted one is present. */
export type Resolved<T> = { [K in keyof T]-?: NonNullable<T[K]> };

/** A stats method's parameters once the server's defaults are applied. */
export type ResolvedStatsParams = Resolved<Omit<Params<'target'>, 'code'>>;

/** A source's items over its whole history, oldest first, and where each day's begin. */
interface SeriesItems {
  /** Frozen: the same objects answer every request, and their XML is cached by them. */
  readonly items: readonly StatsItem[];
  /** `dayStart[d]`: the index of the first item on or after day `d` of the series; one more for the end. */
  readonly dayStart: Int32Array;
}

const itemsBySeries = new WeakMap<ViewingSeries, Partial<Record<Group, SeriesItems>>>();

function indexSeries(series: ViewingSeries, group: Group): SeriesItems {
  const days = daysBetween(series.firstDay, series.lastDay) + 1;
  const dayStart = new Int32Array(days + 1);
  const items: StatsItem[] = [];
  let day = 0;
  for (const { date, timeMs } of series.buckets(series.firstDay, series.lastDay, group)) {
    const itemDay = daysBetween(series.firstDay, date.slice(0, 10));
    while (day <= itemDay) dayStart[day++] = items.length;
    items.push(Object.freeze({ date, timeMs, hours: hoursOf(timeMs) }));
  }
  while (day <= days) dayStart[day++] = items.length;
  return { items, dayStart };
}

/** A source's buckets with viewing inside the range, oldest first, as the API's items. */
export function viewingItems(
  series: ViewingSeries,
  params: Pick<ResolvedStatsParams, 'start' | 'end' | 'group'>,
): readonly StatsItem[] {
  const byGroup = itemsBySeries.get(series) ?? {};
  itemsBySeries.set(series, byGroup);
  const { items, dayStart } = (byGroup[params.group] ??= indexSeries(series, params.group));
  const days = dayStart.length - 1;
  const within = (day: number) => Math.min(Math.max(day, 0), days);
  const from = within(daysBetween(series.firstDay, params.start));
  const to = within(daysBetween(series.firstDay, params.end) + 1);
  return from < to ? items.slice(dayStart[from], dayStart[to]) : [];
}

/**
 * One page of the items of an answer (oldest first): in the asked order,
 * `pageSize` at a time, with the counts of all of them; a page past the last one is empty.
 */
export function statsPage(
  items: readonly StatsItem[],
  params: ResolvedStatsParams,
  sourceType: StatsPage['sourceType'],
  pageSize: number,
): StatsPage {
  const { start, end, group, order, page } = params;
  return {
    period: { start, end },
    groupBy: group,
    sourceType,
    page,
    pageLimit: pageSize,
    pageCount: Math.ceil(items.length / pageSize),
    itemCount: items.length,
    items: pageItems(items, order, page, pageSize),
  };
}

/**
 * Page `page` of `items` (oldest first) in `order`, `pageSize` at a time: only the
 * page is copied (and reversed), not the whole list, which may be years of hours.
 */
export function pageItems<T>(
  items: readonly T[],
  order: 'asc' | 'desc',
  page: number,
  pageSize: number,
): T[] {
  const skip = (page - 1) * pageSize;
  if (order === 'asc') return items.slice(skip, skip + pageSize);
  const end = Math.max(items.length - skip, 0);
  return items.slice(Math.max(end - pageSize, 0), end).reverse();
}
