import {
  formatIssues,
  methods,
  type MethodSpec,
  type ParamsInput,
  type SessionItem,
  type StatsItem,
} from '@boomstream/spec';

import { resolveParams } from '../answer/resolve.js';
import type { ResolvedSessionParams } from '../answer/sessions.js';
import type { ResolvedStatsParams } from '../answer/stats.js';
import { passwordSessions, projectViewing } from '../world/queries.js';
import type { Demo, World } from '../world/world.js';

type Range = Pick<ParamsInput<'target'>, 'start' | 'end' | 'group'>;

/**
 * Whose viewing: a media `code` (of any project), or a `project` (its API key,
 * or `all` for the account), by default the demo key's project.
 */
export type ViewingQuery = Range &
  (
    | { readonly code: string; readonly project?: never }
    | { readonly code?: never; readonly project?: string }
  );

/** A password's sessions of a media, over a range (defaults as the server's: today to tomorrow). */
export type SessionQuery = Pick<ParamsInput<'session'>, 'code' | 'hash' | 'start' | 'end'>;

/**
 * What the mock's world holds, for a test's expected values: the same numbers
 * the mock answers with, so assertions are computed, not copied. Parameters are
 * checked by the spec and defaulted as the server defaults them (`end` today,
 * `start` a week before it, `group=day`); a bad one throws naming it.
 */
export class MockWorld {
  readonly #world: World;

  constructor(world: World) {
    this.#world = world;
  }

  /** The world's seed. */
  get seed(): number {
    return this.#world.seed;
  }

  /** Moscow's today in the world. */
  get today(): string {
    return this.#world.today;
  }

  /** A key, media codes and passwords that work with every method. */
  get demo(): Demo {
    return this.#world.demo;
  }

  /** The buckets with viewing, oldest first, as the API's items: `{ date, timeMs, hours }`. */
  viewing(query: ViewingQuery): StatsItem[] {
    const { code, project, ...range } = query;
    if (code !== undefined) {
      const { start, end, group } = this.#resolve(methods.target, {
        ...range,
        code,
      }) as ResolvedStatsParams;
      const media = this.#world.projects.flatMap((p) => p.media).find((m) => m.code === code);
      if (!media) throw new RangeError(`code: no media ${code} in this world`);
      return media.viewing.items(start, end, group).map((item) => ({ ...item }));
    }
    const { start, end, group } = this.#resolve(methods.project, {
      ...range,
      ...(project !== undefined && { project }),
    }) as ResolvedStatsParams;
    const series = projectViewing(this.#world, project ?? this.demo.apiKey);
    if (!series) throw new RangeError('project: no project with this key in this world');
    return series.items(start, end, group).map((item) => ({ ...item }));
  }

  /** Milliseconds watched over the range, all buckets summed. */
  totalTimeMs(query: ViewingQuery): number {
    return this.viewing(query).reduce((sum, { timeMs }) => sum + timeMs, 0);
  }

  /** A password's sessions created inside the range, oldest first, as the API's items. */
  sessions(query: SessionQuery): SessionItem[] {
    const params = this.#resolve(methods.session, query) as ResolvedSessionParams;
    const project = this.#world.projects.find((p) => p.media.some((m) => m.code === query.code));
    if (!project) throw new RangeError(`code: no media ${query.code} in this world`);
    return passwordSessions(project, params);
  }

  #resolve(method: MethodSpec, query: object): Record<string, string | number> {
    const resolved = resolveParams(method, query, this.today);
    if (!resolved.ok) throw new RangeError(formatIssues(resolved.issues));
    return resolved.params;
  }
}
