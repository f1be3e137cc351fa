import { use } from '../method.js';
import { params } from '../params.js';
import { pageUse } from './page.js';

/**
 * What `project` and `target` share: they are the same `GET /stats`, `target`
 * adds `code`. The parameters after the first, with the server's defaults.
 */
export const statsParams = {
  start: use(params.start, {
    serverDefault: {
      text: 'one week ago from the end date',
      daysBefore: { param: 'end', days: 7 },
    },
  }),
  end: use(params.end, { serverDefault: { text: 'current date', todayPlusDays: 0 } }),
  group: use(params.group, { serverDefault: { text: 'day', value: 'day' } }),
  order: use(params.order, { serverDefault: { text: 'asc', value: 'asc' } }),
  page: pageUse,
};

/** Stats pages hold `PageLimit` items, 1000 in the reference; the last page is known from `PageCount`. */
export const statsPaging = { kind: 'pageCount', pageSize: 1000 } as const;
