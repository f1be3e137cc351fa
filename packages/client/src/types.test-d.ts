import type { Methods } from '@boomstream/spec';
import { describe, expectTypeOf, it } from 'vitest';

import type {
  AllProgress,
  BoomstreamClient,
  DecodedBody,
  ItemOf,
  PageOf,
  ProjectParams,
  SessionItem,
  SessionPage,
  StatsItem,
  StatsPage,
} from './index.js';
import { decodeBody } from './index.js';

type Stats = BoomstreamClient['stats'];

// Run by vitest's typecheck mode in `npm test` (and by `tsc`): the public surface the terminal UI and users code against.
describe('the client surface, typed from the spec', () => {
  it('answers a page per call, with the spec page types', () => {
    expectTypeOf<ReturnType<Stats['project']>>().toEqualTypeOf<Promise<StatsPage>>();
    expectTypeOf<ReturnType<Stats['target']>>().toEqualTypeOf<Promise<PageOf<'target'>>>();
    expectTypeOf<ReturnType<Stats['session']>>().toEqualTypeOf<Promise<SessionPage>>();
    expectTypeOf<Parameters<Stats['project']>[0]>().toEqualTypeOf<ProjectParams>();
  });

  it('reads items and pages with .iterate(), .pages() and .all()', () => {
    expectTypeOf<ReturnType<Stats['project']['all']>>().toEqualTypeOf<Promise<StatsItem[]>>();
    expectTypeOf<ReturnType<Stats['session']['all']>>().toEqualTypeOf<Promise<SessionItem[]>>();
    expectTypeOf<ReturnType<Stats['session']['iterate']>>().toEqualTypeOf<
      AsyncGenerator<ItemOf<'session'>, void, undefined>
    >();
    expectTypeOf<ReturnType<Stats['target']['pages']>>().toEqualTypeOf<
      AsyncGenerator<StatsPage, void, undefined>
    >();
    expectTypeOf<AllProgress>().toEqualTypeOf<{
      readonly page: number;
      readonly pageCount: number | undefined;
      readonly items: number;
    }>();
  });

  it('takes call options and .all() options', () => {
    expectTypeOf<Stats['project']>().parameter(1).toEqualTypeOf<
      | {
          readonly signal?: AbortSignal | undefined;
          readonly timeoutMs?: number | undefined;
          readonly pageTimeoutMs?: number | undefined;
          readonly maxRetries?: number | undefined;
          readonly headers?: Readonly<Record<string, string>> | undefined;
        }
      | undefined
    >();
    expectTypeOf<Parameters<Stats['project']['all']>[1]>()
      .exclude<undefined>()
      .toHaveProperty('onProgress')
      .toEqualTypeOf<((progress: AllProgress) => void) | undefined>();
  });

  it('decodes by method name', () => {
    expectTypeOf(decodeBody('session', '', 1)).toEqualTypeOf<DecodedBody<Methods['session']>>();
  });
});
