import { API_BASE_URL, apiKeyParam, type ParamIssue } from '@boomstream/spec';
import type { Dispatcher } from 'undici';
import { z } from 'zod';

import { BoomstreamValidationError } from './errors.js';
import { headersRule, lowerCaseNames, type HeaderMap } from './internal/headers.js';

/** Receives one debug line per HTTP attempt; `console` fits. Lines never carry a secret; what it throws is ignored. */
export interface Logger {
  debug(message: string): void;
}

/** How the API key travels: the `apikey` query parameter, or `Authorization: Bearer`. */
export type AuthMode = 'query' | 'header';

/** Options of `new BoomstreamClient(options)`. */
export interface ClientOptions {
  /** The project's API key. Defaults to the `BOOMSTREAM_API_KEY` environment variable; without either, the constructor throws. */
  readonly apiKey?: string | undefined;
  /** The API prefix. Defaults to `BOOMSTREAM_BASE_URL`, else `https://boomstream.com/api`. */
  readonly baseUrl?: string | undefined;
  /** Milliseconds one attempt may take, from sending to the last byte of the body. Defaults to 30 000. */
  readonly timeoutMs?: number | undefined;
  /**
   * Milliseconds one page may take in all: its attempts and the waits between them.
   * An attempt is cut short, and a retry that would not fit is not made, so that a
   * stalled server ends a page within this bound. `.all()`, `.iterate()` and
   * `.pages()` bound each page on its own. Defaults to 45 000.
   */
  readonly pageTimeoutMs?: number | undefined;
  /** Retries after the first attempt of a call, for transient failures only. Defaults to 2. */
  readonly maxRetries?: number | undefined;
  /** `'query'` sends `apikey=`; `'header'` sends `Authorization: Bearer`. Defaults to `'query'`, as the reference shows. */
  readonly auth?: AuthMode | undefined;
  /**
   * Any undici Dispatcher: a `ProxyAgent`, a `MockAgent`, a tuned `Agent`. Defaults to
   * undici's global dispatcher, a keep-alive Agent (so `setGlobalDispatcher` applies).
   */
  readonly dispatcher?: Dispatcher | undefined;
  /** Opt-in debug lines (method, redacted URL, status, duration, attempt). Defaults to none. */
  readonly logger?: Logger | undefined;
  /** Pages `.all()` reads at once. Defaults to 4. */
  readonly concurrency?: number | undefined;
  /** The largest body accepted; a larger one is a `BoomstreamDecodeError`. Defaults to 32 MiB. */
  readonly maxBodyBytes?: number | undefined;
  /**
   * Extra headers on every request, e.g. a gateway's `x-tenant` or a mock's
   * `x-mock-fault`; a call's `headers` replace these by name (names ignore case).
   * The client's own (`accept`, `accept-encoding`, `authorization`, framing) cannot
   * be set. Values of credential-like names (`…token…`, `…key…`, `cookie`, …) are
   * masked like the API key in errors and logs. Defaults to none.
   */
  readonly headers?: Readonly<Record<string, string>> | undefined;
}

/** The API prefix when neither the option nor `BOOMSTREAM_BASE_URL` sets one. */
export const DEFAULT_BASE_URL = API_BASE_URL;

/** Every default of the client, in one place. */
export const CLIENT_DEFAULTS = {
  baseUrl: DEFAULT_BASE_URL,
  timeoutMs: 30_000,
  pageTimeoutMs: 45_000,
  maxRetries: 2,
  auth: 'query',
  concurrency: 4,
  maxBodyBytes: 32 * 1024 * 1024,
  headers: {},
} as const satisfies Partial<Record<keyof ClientOptions, unknown>>;

/** The options after defaults, environment and checks. */
export interface ClientConfig {
  readonly apiKey: string;
  readonly baseUrl: string;
  readonly timeoutMs: number;
  readonly pageTimeoutMs: number;
  readonly maxRetries: number;
  readonly auth: AuthMode;
  readonly dispatcher: Dispatcher | undefined;
  readonly logger: Logger | undefined;
  readonly concurrency: number;
  readonly maxBodyBytes: number;
  /** Extra headers, names in lower case. */
  readonly headers: HeaderMap;
}

const positiveMs = z
  .number({ error: 'must be a number of milliseconds' })
  .positive({ error: 'must be more than 0 milliseconds' })
  .max(2 ** 31 - 1, { error: 'must be at most 2147483647 milliseconds' });
const retries = z
  .int({ error: 'must be a whole number' })
  .min(0, { error: 'must be 0 or more' })
  .max(10, { error: 'must be at most 10' });
const concurrency = z
  .int({ error: 'must be a whole number' })
  .min(1, { error: 'must be 1 or more' })
  .max(64, { error: 'must be at most 64' });

/** No credentials, query or fragment: nothing but where the API lives. */
function isPlainPrefix(url: URL): boolean {
  return `${url.origin}${url.pathname}` === url.href;
}

/** The rules of every option; the keys are tied to `ClientOptions`. */
const optionRules = {
  apiKey: apiKeyParam.schema,
  baseUrl: z
    .url({
      protocol: /^https?$/,
      error: 'must be an http or https URL, e.g. https://boomstream.com/api',
    })
    // undici drops credentials in a URL without a word, and a method's path would land inside a query.
    .refine((url) => !URL.canParse(url) || isPlainPrefix(new URL(url)), {
      error:
        'must not carry a user name, password, query or fragment: pass the key as `apiKey`, a proxy as `dispatcher`',
    }),
  timeoutMs: positiveMs,
  pageTimeoutMs: positiveMs,
  maxRetries: retries,
  auth: z.enum(['query', 'header'], { error: 'must be one of: query, header' }),
  dispatcher: z.custom<Dispatcher>(
    (value) => typeof (value as Partial<Dispatcher> | null)?.dispatch === 'function',
    { error: 'must be an undici Dispatcher (Agent, ProxyAgent, MockAgent, …)' },
  ),
  logger: z.custom<Logger>(
    (value) => typeof (value as Partial<Logger> | null)?.debug === 'function',
    { error: 'must have a debug(message) method, e.g. console' },
  ),
  concurrency,
  maxBodyBytes: z.int({ error: 'must be a whole number' }).min(1, { error: 'must be 1 or more' }),
  headers: headersRule,
} satisfies Record<keyof ClientOptions, z.ZodType>;

/** Per-call options, checked by the same rules. */
export const callOptionRules = {
  timeoutMs: positiveMs,
  pageTimeoutMs: positiveMs,
  maxRetries: retries,
  signal: z.instanceof(AbortSignal, { error: 'must be an AbortSignal' }),
  headers: headersRule,
} as const;

/** `.all()`'s options: a call's, plus how many pages at once and a progress callback. */
export const allOptionRules = {
  ...callOptionRules,
  concurrency,
  onProgress: z.custom<unknown>((value) => typeof value === 'function', {
    error: 'must be a function',
  }),
} as const;

/**
 * Checks the present (not `undefined`) options against their rules and returns the
 * issues, in the same shape as parameter issues. Values never enter a message.
 */
export function checkOptions(
  options: object,
  rules: Readonly<Record<string, z.ZodType>>,
): ParamIssue[] {
  const issues: ParamIssue[] = [];
  for (const [name, value] of Object.entries(options)) {
    if (value === undefined) continue;
    const rule = rules[name];
    if (!rule) {
      issues.push({ param: name, message: 'is not an option' });
      continue;
    }
    const result = rule.safeParse(value);
    if (!result.success)
      issues.push({ param: name, message: result.error.issues[0]?.message ?? 'is invalid' });
  }
  return issues;
}

/** An environment variable, treating an empty one as unset. */
function env(name: string): string | undefined {
  const value = process.env[name];
  return value === undefined || value === '' ? undefined : value;
}

/** Merges options, environment and defaults once, and checks the result before any request. */
export function resolveConfig(options: ClientOptions): ClientConfig {
  const apiKey = options.apiKey ?? env('BOOMSTREAM_API_KEY');
  const baseUrl = options.baseUrl ?? env('BOOMSTREAM_BASE_URL') ?? CLIENT_DEFAULTS.baseUrl;
  const issues = checkOptions({ ...options, apiKey, baseUrl }, optionRules);
  if (apiKey === undefined) {
    issues.unshift({
      param: 'apiKey',
      message: 'is required: pass `apiKey` or set BOOMSTREAM_API_KEY',
    });
  } else if (
    options.auth === 'header' &&
    !/^[\x21-\x7E]*$/.test(apiKey) &&
    !issues.some(({ param }) => param === 'apiKey')
  ) {
    // A query carries any key URL-encoded; a header only visible ASCII, else undici refuses it at every attempt.
    issues.push({
      param: 'apiKey',
      message: "must be visible ASCII characters to travel in a header (auth: 'header')",
    });
  }
  if (apiKey === undefined || issues.length > 0) {
    throw BoomstreamValidationError.fromIssues('BoomstreamClient', issues);
  }
  return {
    apiKey,
    baseUrl: baseUrl.replace(/\/+$/, ''),
    timeoutMs: options.timeoutMs ?? CLIENT_DEFAULTS.timeoutMs,
    pageTimeoutMs: options.pageTimeoutMs ?? CLIENT_DEFAULTS.pageTimeoutMs,
    maxRetries: options.maxRetries ?? CLIENT_DEFAULTS.maxRetries,
    auth: options.auth ?? CLIENT_DEFAULTS.auth,
    dispatcher: options.dispatcher,
    logger: options.logger,
    concurrency: options.concurrency ?? CLIENT_DEFAULTS.concurrency,
    maxBodyBytes: options.maxBodyBytes ?? CLIENT_DEFAULTS.maxBodyBytes,
    headers: lowerCaseNames(options.headers ?? CLIENT_DEFAULTS.headers),
  };
}
