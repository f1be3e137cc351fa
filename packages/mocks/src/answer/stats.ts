import type { Params, StatsItem, StatsPage } from '@boomstream/spec';

/** Parameters once the server's defaults are applied: every defaulted one is present. */
export type Resolved<T> = { [K in keyof T]-?: NonNullable<T[K]> };

/** A stats method's parameters once the server's defaults are applied. */
export type ResolvedStatsParams = Resolved<Omit<Params<'target'>, 'code'>>;

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
