/**
 * The cross-check: the query types openapi-typescript reads from the document
 * (`generated/openapi.ts`, written by src/cross-check.test.ts) against `z.input`
 * of the spec's parameter schemas. `tsc -p test/types` compiles this file; a
 * difference in names, required flags or accepted values fails it.
 */
import type { methods } from '@boomstream/spec';
import { expectTypeOf } from 'vitest';
import type { z } from 'zod';

import type { operations } from './generated/openapi.js';

/** Optional properties as `?: T`, without the `| undefined` that zod adds to optional inputs. */
type Exact<T> = { [K in keyof T]: Exclude<T[K], undefined> };
type TheirQuery<Id extends keyof operations> = Exact<
  NonNullable<operations[Id]['parameters']['query']>
>;
type OurQuery<Name extends keyof typeof methods> = Exact<
  z.input<(typeof methods)[Name]['paramsSchema']>
>;

expectTypeOf<TheirQuery<'statsProject'>>().toEqualTypeOf<OurQuery<'project'>>();
expectTypeOf<TheirQuery<'statsTarget'>>().toEqualTypeOf<OurQuery<'target'>>();
expectTypeOf<TheirQuery<'statsSession'>>().toEqualTypeOf<OurQuery<'session'>>();

// The comparison notices a difference: a widened enum, a dropped required flag.
expectTypeOf<TheirQuery<'statsProject'>>().not.toEqualTypeOf<
  Omit<OurQuery<'project'>, 'group'> & { group?: 'day' | 'hour' | 'week' }
>();
expectTypeOf<TheirQuery<'statsTarget'>>().not.toEqualTypeOf<Partial<OurQuery<'target'>>>();
