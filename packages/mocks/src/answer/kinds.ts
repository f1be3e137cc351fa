import {
  apiMessages,
  methods,
  type ItemKind,
  type MethodSpec,
  type SessionItem,
  type StatsItem,
  type StatsPage,
} from '@boomstream/spec';

import { passwordSessions, projectViewing, type World } from '../world/index.js';
import type { MockCall } from './call.js';
import { sessionPage, type ResolvedSessionParams } from './sessions.js';
import { statsPage, type ResolvedStatsParams } from './stats.js';

/** A page the spec's codec takes: its `items` decoded. */
export interface PageLike {
  readonly items: readonly unknown[];
}

/** The items of an answer, oldest first, or why there are none. */
export type ItemsOutcome = { readonly failed: string } | { readonly items: readonly unknown[] };

/** How the mock answers a kind of items: what the world holds for a call, and the page it makes of them. */
interface KindAnswerer {
  /** The call's items in the world, oldest first, once the key and the parameters are checked. */
  readonly items: (world: World, call: MockCall) => ItemsOutcome;
  /** The page of a call's items (oldest first): ordered and cut at the method's page size. */
  readonly page: (call: MockCall, items: readonly unknown[]) => PageLike;
}

/**
 * Whether a stats method reads a media's viewing rather than a project's. The
 * declaration names no source, its parameters do: a method that takes `code` (as
 * `target`) reads that media of the key's project and answers `SourceType` `media`;
 * one without (as `project`) reads a project, the key's own unless `project` names
 * another or `all`, and answers `SourceType` `project`. So a new stats method needs
 * no entry here: its parameters say which it is.
 */
const readsMedia = (method: MethodSpec): boolean => 'code' in method.params;

const specOf = (call: MockCall): MethodSpec => methods[call.method];

/**
 * Keyed by the spec's item kinds, not by method: a method of a known kind is
 * answered from its declaration (`items`, `paging.pageSize`, its parameters); a new
 * kind does not compile until the mock knows how to answer it.
 */
const answerers: { readonly [K in ItemKind]: KindAnswerer } = {
  stats: {
    items: (world, call) => {
      const { project, params } = call;
      const range = params as ResolvedStatsParams;
      if (readsMedia(specOf(call))) {
        const media = project.media.find(({ code }) => code === params['code']);
        if (!media) return { failed: apiMessages.mediaNotFound };
        return { items: media.viewing.items(range.start, range.end, range.group) };
      }
      const source = params['project'];
      const series = source === undefined ? project.viewing : projectViewing(world, String(source));
      if (!series) return { failed: apiMessages.invalidParameter('project') };
      return { items: series.items(range.start, range.end, range.group) };
    },
    page: (call, items) => {
      const method = specOf(call);
      const sourceType: StatsPage['sourceType'] = readsMedia(method) ? 'media' : 'project';
      return statsPage(
        items as StatsItem[],
        call.params as ResolvedStatsParams,
        sourceType,
        method.paging.pageSize,
      );
    },
  },
  sessions: {
    // Sessions are a password's (`hash`) on a media (`code`) of the key's project.
    items: (_world, { project, params }) => {
      if (!project.media.some(({ code }) => code === params['code'])) {
        return { failed: apiMessages.mediaNotFound };
      }
      return { items: passwordSessions(project, params as ResolvedSessionParams) };
    },
    page: (call, items) =>
      sessionPage(
        items as SessionItem[],
        call.params as ResolvedSessionParams,
        specOf(call).paging.pageSize,
      ),
  },
};

const answererOf = (call: MockCall): KindAnswerer => answerers[specOf(call).items];

/** What the world holds for an accepted call: its items, oldest first, or the `Failed` message. */
export function worldItems(world: World, call: MockCall): ItemsOutcome {
  return answererOf(call).items(world, call);
}

/** The page of a call's items (oldest first): in the asked order, cut at the method's page size. */
export function pageOf(call: MockCall, items: readonly unknown[]): PageLike {
  return answererOf(call).page(call, items);
}
