import type { SessionItem } from '@boomstream/spec';

import type { ViewingSeries } from './viewing.js';
import type { Project, World } from './world.js';

/** The key that names the whole account where a project key is expected (`project=all`). */
const ALL_PROJECTS = 'all';

/** The viewing of the project with API key `key`, or the account's for `all`; none for an unknown key. */
export function projectViewing(world: World, key: string): ViewingSeries | undefined {
  if (key === ALL_PROJECTS) return world.viewing;
  return world.projects.find((project) => project.key === key)?.viewing;
}

/** A password of a media, and the Moscow days (both included) its sessions are asked for. */
export interface PasswordRange {
  readonly code: string;
  readonly hash: string;
  readonly start: string;
  readonly end: string;
}

/**
 * A password's sessions of a media in `project`, created inside the range, oldest
 * first. **Assumption**: a password unknown for the media is not an error, it has
 * no sessions.
 */
export function passwordSessions(project: Project, query: PasswordRange): SessionItem[] {
  const { code, hash, start, end } = query;
  const customer = project.customers.find((c) => c.code === code && c.hash === hash);
  return (customer?.sessions ?? []).filter(({ createdAt }) => {
    const day = createdAt.slice(0, 10);
    return day >= start && day <= end;
  });
}
