/**
 * @boomstream/spec — the Boomstream statistics API declared once.
 *
 * Every consumer (client, OpenAPI document, mocks, terminal UI) derives from what
 * this module exports; nothing here imports a consumer.
 */
export { API_BASE_URL, API_PREFIX, MOCK_PORT } from './api.js';
export { assumptions, isAssumptionId, type Assumption, type AssumptionId } from './assumptions.js';
export { addDays, daysBetween, MOSCOW_OFFSET, moscowToday, moscowWallClock } from './calendar.js';
export {
  countText,
  hoursOf,
  integerText,
  isoDate,
  isoHour,
  wireBucketDate,
  wireDay,
  wireHours,
  wireMoscowTime,
  wirePeriod,
} from './codecs/index.js';
export type { ServerDefault } from './defaults.js';
export {
  defineMethod,
  use,
  type MethodDeclaration,
  type MethodExample,
  type MethodSpec,
  type Paging,
  type ParamUse,
  type ResponseCodec,
} from './method.js';
export {
  methods,
  project,
  session,
  target,
  type MethodName,
  type Methods,
} from './methods/index.js';
export { itemResponses, type ItemKind, type ItemOfKind, type PageOfKind } from './items.js';
export { FIRST_PAGE, hasNextPage, knownPageCount, requestedPage, type PageInfo } from './paging.js';
export {
  apiKeyParam,
  isSecretValue,
  paramFromText,
  params,
  type Param,
  type ParamKind,
  type ParamName,
} from './params.js';
export {
  apiMessages,
  failedResponse,
  failedWire,
  groupBy,
  isFailed,
  sessionItem,
  sessionPage,
  sessionResponse,
  sessionWire,
  sourceType,
  STATS_ITEM_FORMAT,
  statsItem,
  statsPage,
  statsResponse,
  statsWire,
  xmlLayout,
  type FailedResponse,
  type SessionItem,
  type SessionPage,
  type StatsItem,
  type StatsPage,
} from './responses/index.js';
export {
  API_KEY_PARAM,
  isMaskable,
  MIN_MASKABLE_LENGTH,
  REDACTED,
  redactQuery,
  redactText,
  redactUrl,
  replaceSecrets,
  SECRET_PARAMS,
  WITHHELD,
  type ReplacedSecrets,
  type SecretReplacement,
} from './secrets.js';
export { applyServerDefaults } from './server-defaults.js';
export {
  formatIssues,
  validateParams,
  type ParamIssue,
  type ValidationResult,
} from './validate.js';
export type * from './types.js';
