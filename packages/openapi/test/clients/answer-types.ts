/**
 * What `decodeAnswer` returns, against what each generator types a 200 answer as (the
 * code generated at test time by src/generated-clients.test.ts): tsc compiles this file
 * and fails on any difference, so a change of the document that the decoder does not
 * follow (or the reverse) shows here.
 */
import type {
  Answers,
  FailedAnswer,
  SessionsAnswer,
  StatsAnswer,
} from '@boomstream/openapi/decode';
import { expectTypeOf } from 'vitest';

import type * as HeyApi from '../generated/hey-api/types.gen.js';
import type { FailedResponse as KubbFailed } from '../generated/kubb/types/FailedResponse.js';
import type { GetSessionsQueryResponse } from '../generated/kubb/types/GetSessions.js';
import type { GetStatsQueryResponse } from '../generated/kubb/types/GetStats.js';
import type { SessionsResponse as KubbSessions } from '../generated/kubb/types/SessionsResponse.js';
import type { StatsResponse as KubbStats } from '../generated/kubb/types/StatsResponse.js';
import type { components, operations } from '../generated/openapi-typescript/schema.js';
import type * as Orval from '../generated/orval/boomstream.js';

type Schemas = components['schemas'];

// openapi-typescript (openapi-fetch)
expectTypeOf<StatsAnswer>().toEqualTypeOf<Schemas['StatsResponse']>();
expectTypeOf<SessionsAnswer>().toEqualTypeOf<Schemas['SessionsResponse']>();
expectTypeOf<FailedAnswer>().toEqualTypeOf<Schemas['FailedResponse']>();
expectTypeOf<Answers['getStats']>().toEqualTypeOf<
  operations['getStats']['responses'][200]['content']['application/xml']
>();
expectTypeOf<Answers['getSessions']>().toEqualTypeOf<
  operations['getSessions']['responses'][200]['content']['application/xml']
>();

// @hey-api/openapi-ts
expectTypeOf<Answers['getStats']>().toEqualTypeOf<HeyApi.GetStatsResponse>();
expectTypeOf<Answers['getSessions']>().toEqualTypeOf<HeyApi.GetSessionsResponse>();

// orval
expectTypeOf<Answers['getStats']>().toEqualTypeOf<Orval.GetStats200>();
expectTypeOf<Answers['getSessions']>().toEqualTypeOf<Orval.GetSessions200>();

// kubb: the same, but for `ItemFormat`, which it types `any` where the others say `unknown`.
expectTypeOf<Omit<StatsAnswer, 'ItemFormat'>>().toEqualTypeOf<Omit<KubbStats, 'ItemFormat'>>();
expectTypeOf<SessionsAnswer>().toEqualTypeOf<KubbSessions>();
expectTypeOf<FailedAnswer>().toEqualTypeOf<KubbFailed>();
expectTypeOf<Answers['getStats']>().toExtend<GetStatsQueryResponse>();
expectTypeOf<Answers['getSessions']>().toEqualTypeOf<GetSessionsQueryResponse>();

// The comparison notices a difference: numbers instead of text.
expectTypeOf<StatsAnswer>().not.toEqualTypeOf<Omit<StatsAnswer, 'Page'> & { Page: number }>();
