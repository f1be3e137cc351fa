import type { ServerDefault } from '../defaults.js';

/** Server defaults shared by `project` and `target` (the same `GET /stats`). */
export const statsDefaults = {
  start: { text: 'one week ago from the end date', daysBefore: { param: 'end', days: 7 } },
  end: { text: 'current date', todayPlusDays: 0 },
  group: { text: 'day', value: 'day' },
  order: { text: 'asc', value: 'asc' },
  page: { text: 'page=1', value: 1 },
} as const satisfies Record<string, ServerDefault>;

/** Stats pages hold `PageLimit` items, 1000 in the reference; the last page is known from `PageCount`. */
export const statsPaging = { kind: 'pageCount', pageSize: 1000 } as const;
