import type { Params, SessionItem, SessionPage } from '@boomstream/spec';

import type { Project } from '../world/index.js';
import { pageItems, type Resolved } from './stats.js';

/** The session method's parameters once the server's defaults are applied. */
export type ResolvedSessionParams = Resolved<Params<'session'>>;

/**
 * A password's sessions created inside the range (Moscow days, both included),
 * oldest first. **Assumption**: a password unknown for the media is not an
 * error, it has no sessions, so the answer is an empty `Success`.
 */
export function worldSessions(
  project: Project,
  params: Pick<ResolvedSessionParams, 'code' | 'hash' | 'start' | 'end'>,
): SessionItem[] {
  const { code, hash, start, end } = params;
  const customer = project.customers.find((c) => c.code === code && c.hash === hash);
  return (customer?.sessions ?? []).filter(({ createdAt }) => {
    const day = createdAt.slice(0, 10);
    return day >= start && day <= end;
  });
}

/** One page of the sessions of an answer (oldest first), in the asked order, `pageSize` at a time. */
export function sessionPage(
  items: readonly SessionItem[],
  params: ResolvedSessionParams,
  pageSize: number,
): SessionPage {
  const { order, page } = params;
  return { page, items: pageItems(items, order, page, pageSize) };
}
