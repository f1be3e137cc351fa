import { hoursOf, type Params, type StatsItem, type StatsPage } from '@boomstream/spec';

import type { ViewingSeries } from '../world/index.js';

/** Parameters once the server's defaults are applied: every defaulted one is present. */
export type Resolved<T> = { [K in keyof T]-?: NonNullable<T[K]> };

/** A stats method's parameters once the server's defaults are applied. */
export type ResolvedStatsParams = Resolved<Omit<Params<'target'>, 'code'>>;

/** A source's buckets with viewing inside the range, oldest first, as the API's items. */
export function viewingItems(
  series: ViewingSeries,
  params: Pick<ResolvedStatsParams, 'start' | 'end' | 'group'>,
): StatsItem[] {
  return series
    .buckets(params.start, params.end, params.group)
    .map(({ date, timeMs }) => ({ date, timeMs, hours: hoursOf(timeMs) }));
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
  const ordered = order === 'desc' ? items.toReversed() : items;
  const first = (page - 1) * pageSize;
  return {
    period: { start, end },
    groupBy: group,
    sourceType,
    page,
    pageLimit: pageSize,
    pageCount: Math.ceil(items.length / pageSize),
    itemCount: items.length,
    items: ordered.slice(first, first + pageSize),
  };
}
