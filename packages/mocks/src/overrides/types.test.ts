import { describe, expectTypeOf, it } from 'vitest';

import type { MockParams } from '../answer/call.js';
import type { MockHandlers } from './overrides.js';

describe('handler types, from the spec', () => {
  it('give handlers every defaulted parameter as present, and project as optional', () => {
    expectTypeOf<MockParams<'target'>>().toEqualTypeOf<{
      code: string;
      start: string;
      end: string;
      group: 'day' | 'hour';
      order: 'asc' | 'desc';
      page: number;
    }>();
    expectTypeOf<MockParams<'project'>['project']>().toEqualTypeOf<string | undefined>();
    expectTypeOf<MockParams<'session'>['hash']>().toEqualTypeOf<string>();
  });

  it('take items without hours, and refuse items of another method', () => {
    expectTypeOf<{ target: () => { date: string; timeMs: number }[] }>().toExtend<MockHandlers>();
    expectTypeOf<{
      session: () => { date: string; timeMs: number }[];
    }>().not.toExtend<MockHandlers>();
  });
});
