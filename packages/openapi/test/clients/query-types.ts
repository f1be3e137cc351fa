/**
 * The query types openapi-typescript reads from the document (generated at test time by
 * src/generated-clients.test.ts) against `z.input` of the spec's parameter schemas; tsc
 * compiles this file and fails on any difference in names, required flags or values.
 */
import type { methods } from '@boomstream/spec';
import { expectTypeOf } from 'vitest';
import type { z } from 'zod';

import type { operations } from '../generated/openapi-typescript/schema.js';

/** Optional properties as `?: T`, without the `| undefined` that zod adds to optional inputs. */
type Exact<T> = { [K in keyof T]: Exclude<T[K], undefined> };
type TheirQuery<Id extends keyof operations> = Exact<
  NonNullable<operations[Id]['parameters']['query']>
>;
type OurQuery<Name extends keyof typeof methods> = Exact<
  z.input<(typeof methods)[Name]['paramsSchema']>
>;

// `GET /stats` serves `project` and `target`: every parameter of either, none required.
expectTypeOf<TheirQuery<'getStats'>>().toEqualTypeOf<
  Partial<OurQuery<'project'> & OurQuery<'target'>>
>();
expectTypeOf<OurQuery<'project'>>().toExtend<TheirQuery<'getStats'>>();
expectTypeOf<OurQuery<'target'>>().toExtend<TheirQuery<'getStats'>>();
expectTypeOf<TheirQuery<'getSessions'>>().toEqualTypeOf<OurQuery<'session'>>();

// The comparison notices a difference: a widened enum, a dropped required flag.
expectTypeOf<TheirQuery<'getStats'>>().not.toEqualTypeOf<
  Partial<Omit<OurQuery<'project'> & OurQuery<'target'>, 'group'>> & {
    group?: 'day' | 'hour' | 'week';
  }
>();
expectTypeOf<TheirQuery<'getSessions'>>().not.toEqualTypeOf<Partial<OurQuery<'session'>>>();
