import { resolveConfig, type ClientConfig, type ClientOptions } from './config.js';
import { createStatsMethods, type StatsMethods } from './generated/methods.js';
import { callMethod } from './internal/call.js';

/**
 * The typed client of Boomstream's statistics API.
 *
 * ```ts
 * const client = new BoomstreamClient({ apiKey });
 * const page = await client.stats.project({ start: '2024-01-01', group: 'day' });
 * ```
 *
 * Options are checked here: a missing key or a bad option throws
 * `BoomstreamValidationError` before any request.
 */
export class BoomstreamClient {
  /** The API's statistics methods: `project`, `target`, `session`. */
  readonly stats: StatsMethods;
  /** The API prefix requests go to. */
  readonly baseUrl: string;

  constructor(options: ClientOptions = {}) {
    const config: ClientConfig = resolveConfig(options);
    this.baseUrl = config.baseUrl;
    this.stats = createStatsMethods({
      call: (method, params, callOptions, onAnswered) =>
        callMethod(config, method, params, callOptions, onAnswered),
      concurrency: config.concurrency,
    });
  }
}
