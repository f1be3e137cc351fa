import { BoomstreamApiError, BoomstreamHttpError } from '@boomstream/client/errors';
import { redactUrl } from '@boomstream/spec';

import { decodeAnswer, operationAt, type Answers, type OperationId } from './answer.js';

/*
 * Each generator's own way in, over `decodeAnswer`. Generated clients that tell errors
 * by the HTTP status alone (openapi-fetch, hey-api) get a JSON response in place of the
 * XML one; a `Failed` answer (which Boomstream sends with HTTP 200) becomes a 400 with
 * status text `Failed`, so it lands in their `error`, never in `data`, and no retry logic
 * takes it for a transient 5xx. Generated clients whose errors are what the call throws
 * (orval, kubb) get the answer itself, and a `Failed` one throws `BoomstreamApiError`,
 * the error `@boomstream/client` throws for it.
 */

/** The response a JSON-parsing generated client reads: the decoded answer, or the Failed one as a 400. */
async function asJson(response: Response, url: string): Promise<Response> {
  const operationId = operationAt(url);
  if (!response.ok || operationId === undefined) return response;
  const answer = decodeAnswer(await response.text(), operationId);
  const failed = answer.Status === 'Failed';
  const headers = new Headers(response.headers);
  headers.set('content-type', 'application/json');
  // The body is a new one: the XML's length and encoding do not describe it.
  headers.delete('content-length');
  headers.delete('content-encoding');
  const json = new Response(JSON.stringify(answer), {
    status: failed ? 400 : response.status,
    statusText: failed ? 'Failed' : response.statusText,
    headers,
  });
  // A constructed response has no URL; callers log the one they asked.
  Object.defineProperty(json, 'url', { value: response.url });
  return json;
}

/** For openapi-fetch: `client.use(openapiFetchMiddleware)`. */
export const openapiFetchMiddleware = {
  onResponse: ({ request, response }: { request: Request; response: Response }) =>
    asJson(response, request.url),
};

/** For a @hey-api/openapi-ts fetch client: `client.interceptors.response.use(heyApiInterceptor)`. */
export const heyApiInterceptor = (response: Response, request: Request): Promise<Response> =>
  asJson(response, request.url);

/** The answer of a successful call; throws what the client throws for a Failed answer or an HTTP error. */
async function answerOrThrow(response: Response, url: string): Promise<Answers[OperationId]> {
  const operationId = operationAt(url);
  if (operationId === undefined) throw new TypeError(`${url}: no operation of the document`);
  const where = { method: operationId, url: redactUrl(response.url || url) };
  if (!response.ok) {
    const requestId = response.headers.get('x-request-id') ?? undefined;
    const message = `${operationId}: HTTP ${response.status} (GET ${where.url})`;
    throw new BoomstreamHttpError(message, {
      ...where,
      status: response.status,
      headers: {},
      requestId,
    });
  }
  const answer = decodeAnswer(await response.text(), operationId);
  if (answer.Status !== 'Failed') return answer;
  const apiMessage = answer.Message;
  const message = `${operationId}: Boomstream answered Failed: ${apiMessage || '(no message)'}`;
  throw new BoomstreamApiError(message, { ...where, apiMessage });
}

/**
 * orval's `mutator` for its fetch client (`client: 'fetch'`): orval calls it with the URL
 * it built (give orval a `baseUrl`) and types what it returns as `{ data, status, headers }`.
 */
export async function orvalMutator<T>(url: string, init?: RequestInit): Promise<T> {
  const response = await fetch(url, init);
  const data = await answerOrThrow(response, url);
  return { data, status: response.status, headers: response.headers } as T;
}

/** What kubb's generated functions hand their client (`RequestConfig` of kubb's fetch client). */
export interface KubbRequestConfig<TData = unknown> {
  baseURL?: string;
  url?: string;
  method?: 'GET' | 'PUT' | 'PATCH' | 'POST' | 'DELETE' | 'OPTIONS' | 'HEAD';
  params?: unknown;
  data?: TData | FormData;
  responseType?: 'arraybuffer' | 'blob' | 'document' | 'json' | 'text' | 'stream';
  signal?: AbortSignal;
  headers?: [string, string][] | Record<string, string>;
  credentials?: 'omit' | 'same-origin' | 'include';
}

/** What they expect back (`ResponseConfig`). */
export interface KubbResponseConfig<TData = unknown> {
  data: TData;
  status: number;
  statusText: string;
  headers: Headers;
}

/** The error type kubb's generated functions name: what the call throws. */
export type KubbResponseErrorConfig<TError = unknown> = TError;

// kubb's generated calls name three type parameters (`request<Data, Error, Variables>`).
// eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters
export type KubbClient = <TData, _TError = unknown, TVariables = unknown>(
  config: KubbRequestConfig<TVariables>,
) => Promise<KubbResponseConfig<TData>>;

/** kubb's client (`pluginClient({ importPath })`, a file that exports it as its default). */
// The data is the answer the generated function's types name: the document's schema.
// eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters
export const kubbClient: KubbClient = async <TData>(config: KubbRequestConfig) => {
  const url = new URL(`${config.baseURL ?? ''}${config.url ?? ''}`);
  for (const [name, value] of Object.entries(config.params ?? {})) {
    if (value !== undefined) url.searchParams.append(name, String(value));
  }
  const init = { method: config.method ?? 'GET', headers: config.headers ?? {} };
  const response = await fetch(url, { ...init, ...(config.signal && { signal: config.signal }) });
  const data = (await answerOrThrow(response, url.href)) as TData;
  return {
    data,
    status: response.status,
    statusText: response.statusText,
    headers: response.headers,
  };
};
