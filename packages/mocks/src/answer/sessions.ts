import type { Params, SessionPage } from '@boomstream/spec';

import type { Project } from '../world/index.js';
import type { Resolved } from './stats.js';

/** The session method's parameters once the server's defaults are applied. */
export type ResolvedSessionParams = Resolved<Params<'session'>>;

/**
 * One page of a password's sessions created inside the range (Moscow days, both
 * included). **Assumption**: a password unknown for the media is not an error,
 * it has no sessions, so the answer is an empty `Success`.
 */
export function sessionPage(
  project: Project,
  params: ResolvedSessionParams,
  pageSize: number,
): SessionPage {
  const { code, hash, start, end, order, page } = params;
  const customer = project.customers.find((c) => c.code === code && c.hash === hash);
  const sessions = (customer?.sessions ?? []).filter(({ createdAt }) => {
    const day = createdAt.slice(0, 10);
    return day >= start && day <= end;
  });
  if (order === 'desc') sessions.reverse();
  const first = (page - 1) * pageSize;
  return { page, items: sessions.slice(first, first + pageSize) };
}
