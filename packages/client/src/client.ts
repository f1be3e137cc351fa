import {
  API_KEY_PARAM,
  formatIssues,
  redactText,
  redactUrl,
  validateParams,
  type MethodSpec,
} from '@boomstream/spec';
import { request, type Dispatcher } from 'undici';
import type { z } from 'zod';

import { decodeBody } from './decode.js';
import {
  BoomstreamApiError,
  BoomstreamDecodeError,
  BoomstreamError,
  BoomstreamHttpError,
  BoomstreamValidationError,
} from './errors.js';
import { createStatsMethods, type StatsMethods } from './generated/methods.js';
import type { CallOptions, MethodRuntime } from './internal/bind.js';
import { buildUrl } from './query.js';

export interface ClientOptions {
  /** The project's API key. Defaults to the `BOOMSTREAM_API_KEY` environment variable. */
  readonly apiKey?: string;
  /** The API prefix. Defaults to `BOOMSTREAM_BASE_URL`, else `https://boomstream.com/api`. */
  readonly baseUrl?: string;
  /** Any undici Dispatcher (a proxy, a tuned Agent, a MockAgent). Defaults to undici's global one. */
  readonly dispatcher?: Dispatcher;
}

export const DEFAULT_BASE_URL = 'https://boomstream.com/api';

/** The typed client of Boomstream's statistics API. */
export class BoomstreamClient implements MethodRuntime {
  readonly stats: StatsMethods;
  readonly baseUrl: string;
  readonly #apiKey: string;
  readonly #dispatcher: Dispatcher | undefined;

  constructor(options: ClientOptions = {}) {
    const apiKey = options.apiKey ?? process.env['BOOMSTREAM_API_KEY'];
    if (apiKey === undefined || apiKey === '') {
      throw new BoomstreamError('No API key: pass `apiKey` or set BOOMSTREAM_API_KEY.', {
        method: 'client',
      });
    }
    this.#apiKey = apiKey;
    this.baseUrl = options.baseUrl ?? process.env['BOOMSTREAM_BASE_URL'] ?? DEFAULT_BASE_URL;
    this.#dispatcher = options.dispatcher;
    this.stats = createStatsMethods(this);
  }

  async call<M extends MethodSpec>(
    method: M,
    params: unknown,
    options: CallOptions = {},
  ): Promise<z.output<M['response']>> {
    const validated = validateParams(method, params);
    if (!validated.ok) {
      throw new BoomstreamValidationError(
        `Invalid parameters for ${method.name}: ${formatIssues(validated.issues)}`,
        {
          method: method.name,
          issues: validated.issues,
        },
      );
    }
    const url = buildUrl(
      this.baseUrl,
      method,
      validated.value as Record<string, string | number | undefined>,
    );
    url.searchParams.set(API_KEY_PARAM, this.#apiKey);
    const context = { method: method.name, url: redactUrl(url) };
    const response = await request(url, {
      method: 'GET',
      ...(this.#dispatcher && { dispatcher: this.#dispatcher }),
      ...(options.signal && { signal: options.signal }),
    });
    const text = await response.body.text();
    if (response.statusCode < 200 || response.statusCode > 299) {
      throw new BoomstreamHttpError(`${method.name}: HTTP ${response.statusCode}`, {
        ...context,
        status: response.statusCode,
      });
    }
    const page = (validated.value as { page?: number }).page ?? 1;
    const decoded = decodeBody(method, text, page);
    if (decoded.status === 'failed') {
      throw new BoomstreamApiError(
        `${method.name}: ${decoded.message ?? 'Failed without a message'}`,
        {
          ...context,
          apiMessage: decoded.message,
        },
      );
    }
    if (decoded.status === 'invalid') {
      const excerpt = redactText(text.slice(0, 120), [this.#apiKey]);
      throw new BoomstreamDecodeError(
        `${method.name}: unexpected answer, ${decoded.reason}: ${JSON.stringify(excerpt)}`,
        context,
      );
    }
    return decoded.page;
  }
}
