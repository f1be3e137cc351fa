import { groupBy, type StatsPage } from '@boomstream/spec';

/** A grouping the API answers itself: the spec's `group` (`day`, `hour`). */
export type ApiGrouping = StatsPage['groupBy'];

/**
 * Groupings the API does not have, summed here from the buckets of the API grouping
 * each one reads. Declared once: the CLI's flags, checks and help derive from it.
 */
export const LOCAL_GROUPINGS = {
  week: 'day',
  month: 'day',
} as const satisfies Readonly<Record<string, ApiGrouping>>;

export type LocalGrouping = keyof typeof LOCAL_GROUPINGS;
export type Grouping = ApiGrouping | LocalGrouping;

/** Every grouping, the API's first and in the spec's order: `day`, `hour`, `week`, `month`. */
export const GROUPINGS: readonly Grouping[] = [
  ...groupBy.options,
  ...(Object.keys(LOCAL_GROUPINGS) as LocalGrouping[]),
];

export function isGrouping(value: string): value is Grouping {
  return GROUPINGS.some((grouping) => grouping === value);
}

export function isLocalGrouping(grouping: Grouping): grouping is LocalGrouping {
  return Object.hasOwn(LOCAL_GROUPINGS, grouping);
}

/** The grouping to ask the API for: itself, or the one a local grouping is summed from. */
export function apiGroupingOf(grouping: Grouping): ApiGrouping {
  return isLocalGrouping(grouping) ? LOCAL_GROUPINGS[grouping] : grouping;
}
