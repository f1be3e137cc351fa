import { hoursOf, type Params, type StatsPage } from '@boomstream/spec';

import type { ViewingSeries } from '../world/index.js';

/** Parameters once the server's defaults are applied: every defaulted one is present. */
export type Resolved<T> = { [K in keyof T]-?: NonNullable<T[K]> };

/** A stats method's parameters once the server's defaults are applied. */
export type ResolvedStatsParams = Resolved<Omit<Params<'target'>, 'code'>>;

/**
 * One page of a source's viewing: the buckets with viewing inside the range, in
 * the asked order, `pageSize` at a time; a page past the last one is empty.
 */
export function statsPage(
  series: ViewingSeries,
  params: ResolvedStatsParams,
  sourceType: StatsPage['sourceType'],
  pageSize: number,
): StatsPage {
  const { start, end, group, order, page } = params;
  const buckets = series.buckets(start, end, group);
  if (order === 'desc') buckets.reverse();
  const first = (page - 1) * pageSize;
  return {
    period: { start, end },
    groupBy: group,
    sourceType,
    page,
    pageLimit: pageSize,
    pageCount: Math.ceil(buckets.length / pageSize),
    itemCount: buckets.length,
    items: buckets
      .slice(first, first + pageSize)
      .map(({ date, timeMs }) => ({ date, timeMs, hours: hoursOf(timeMs) })),
  };
}
