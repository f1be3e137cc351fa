/**
 * `@boomstream/openapi/decode`: the answers of a client generated from the document,
 * decoded to what its types say, for any generator (`decodeAnswer`) and with each
 * mainstream one's own hook. No Node.js module and no HTTP library: it runs wherever
 * the generated client does, a browser bundle included.
 */
export {
  decodeAnswer,
  operationAt,
  type Answers,
  type FailedAnswer,
  type OperationId,
  type SessionsAnswer,
  type SessionsAnswerItem,
  type StatsAnswer,
  type StatsAnswerItem,
} from './answer.js';
export {
  heyApiInterceptor,
  kubbClient,
  openapiFetchMiddleware,
  orvalMutator,
  type KubbClient,
  type KubbRequestConfig,
  type KubbResponseConfig,
  type KubbResponseErrorConfig,
} from './adapters.js';
