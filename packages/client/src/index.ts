/**
 * @boomstream/client — the typed client of Boomstream's statistics API.
 * Public: the client, its options and its errors. `internal/` is not API.
 */
export { BoomstreamClient, DEFAULT_BASE_URL, type ClientOptions } from './client.js';
export { decodeBody, type DecodedBody } from './decode.js';
export {
  BoomstreamApiError,
  BoomstreamDecodeError,
  BoomstreamError,
  BoomstreamHttpError,
  BoomstreamValidationError,
} from './errors.js';
export type { StatsMethods } from './generated/methods.js';
export type { BoundMethod, CallOptions } from './internal/bind.js';
export type {
  ItemOf,
  PageOf,
  ParamsInput,
  ProjectParams,
  SessionItem,
  SessionPage,
  SessionParams,
  StatsItem,
  StatsPage,
  TargetParams,
} from '@boomstream/spec';
