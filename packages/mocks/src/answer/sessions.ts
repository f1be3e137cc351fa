import type { Params, SessionItem, SessionPage } from '@boomstream/spec';

import { pageItems, type Resolved } from './stats.js';

/** The session method's parameters once the server's defaults are applied. */
export type ResolvedSessionParams = Resolved<Params<'session'>>;

/** One page of the sessions of an answer (oldest first), in the asked order, `pageSize` at a time. */
export function sessionPage(
  items: readonly SessionItem[],
  params: ResolvedSessionParams,
  pageSize: number,
): SessionPage {
  const { order, page } = params;
  return { page, items: pageItems(items, order, page, pageSize) };
}
