import { describe, expectTypeOf, it } from 'vitest';

import { methods } from './methods/index.js';
import type { ItemKind } from './items.js';
import type {
  ItemOf,
  PageOf,
  Params,
  ProjectParams,
  SessionParams,
  TargetParams,
} from './types.js';

// Run by vitest's typecheck mode (`vitest.config.ts`), so `npm test` fails on a broken
// expectation: the public types are inferred from the zod declarations, and these pin what users see.
describe('types inferred from the spec', () => {
  it('make every project parameter optional, with enums and numbers as declared', () => {
    expectTypeOf<ProjectParams>().toEqualTypeOf<{
      project?: string | undefined;
      start?: string | undefined;
      end?: string | undefined;
      group?: 'day' | 'hour' | undefined;
      order?: 'asc' | 'desc' | undefined;
      page?: number | undefined;
    }>();
  });

  it('require code for target, and code and hash for session', () => {
    expectTypeOf<TargetParams['code']>().toEqualTypeOf<string>();
    expectTypeOf<SessionParams>().toHaveProperty('hash').toEqualTypeOf<string>();
    expectTypeOf<SessionParams>().not.toHaveProperty('group');
    expectTypeOf<Params<'session'>['code']>().toEqualTypeOf<string>();
  });

  it('give stats and session pages their pinned decoded names', () => {
    expectTypeOf<PageOf<'project'>>().toEqualTypeOf<PageOf<'target'>>();
    expectTypeOf<keyof PageOf<'project'>>().toEqualTypeOf<
      | 'period'
      | 'groupBy'
      | 'sourceType'
      | 'page'
      | 'pageLimit'
      | 'pageCount'
      | 'itemCount'
      | 'items'
    >();
    expectTypeOf<ItemOf<'project'>>().toEqualTypeOf<{
      date: string;
      timeMs: number;
      hours: number;
    }>();
    expectTypeOf<keyof ItemOf<'session'>>().toEqualTypeOf<
      'place' | 'ip' | 'country' | 'userAgent' | 'createdAt' | 'leftActivations'
    >();
    expectTypeOf<PageOf<'session'>>().toHaveProperty('page').toEqualTypeOf<number>();
  });

  it('give each method the item kind it declares, as a literal the UI can switch on', () => {
    expectTypeOf(methods.project.items).toEqualTypeOf<'stats'>();
    expectTypeOf(methods.target.items).toEqualTypeOf<'stats'>();
    expectTypeOf(methods.session.items).toEqualTypeOf<'sessions'>();
    expectTypeOf<ItemKind>().toEqualTypeOf<'stats' | 'sessions'>();
  });
});
