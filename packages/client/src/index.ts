/**
 * @boomstream/client — the typed client of Boomstream's statistics API.
 *
 * The API is what this file exports: the client, its options and defaults, the
 * errors, the decoder of one answer, the reader of a server's `Retry-After`, the page
 * and item types of the spec, and undici's dispatchers for the `dispatcher` option.
 * Modules under `internal/` are not API and may change in any release.
 */
export { BoomstreamClient } from './client.js';
export {
  CLIENT_DEFAULTS,
  DEFAULT_BASE_URL,
  type AuthMode,
  type ClientOptions,
  type Logger,
} from './config.js';
export { decodeBody, type DecodedBody } from './decode.js';
export {
  BoomstreamAbortError,
  BoomstreamApiError,
  BoomstreamConnectionError,
  BoomstreamDecodeError,
  BoomstreamError,
  BoomstreamHttpError,
  BoomstreamTimeoutError,
  BoomstreamValidationError,
  type ErrorContext,
} from './errors.js';
export type { StatsMethods } from './generated/methods.js';
// The undici this package is tested with (7, which runs on Node 20; undici 8 needs Node 22):
// a dispatcher built from these always fits the `dispatcher` option.
export { Agent, EnvHttpProxyAgent, MockAgent, ProxyAgent, type Dispatcher } from 'undici';
export type { BoundMethod, MethodParams } from './internal/bind.js';
export type { CallOptions, MethodPage } from './internal/call.js';
export type { AllOptions, AllProgress, MethodItem } from './internal/paginate.js';
export { requestedWaitMs } from './internal/retry.js';
export type {
  ItemOf,
  PageOf,
  ParamIssue,
  ParamsInput,
  ProjectParams,
  SessionItem,
  SessionPage,
  SessionParams,
  StatsItem,
  StatsPage,
  TargetParams,
} from '@boomstream/spec';
