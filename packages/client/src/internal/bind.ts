import type { MethodSpec } from '@boomstream/spec';
import type { z } from 'zod';

import type { CallOptions, MethodPage } from './call.js';
import {
  readAll,
  readItems,
  readPages,
  type AllOptions,
  type MethodItem,
  type PageCall,
} from './paginate.js';

/** What a caller passes to a method: its parameters before validation. */
export type MethodParams<M extends MethodSpec> = z.input<M['paramsSchema']>;

/** What a generated binding runs on: the client's one way to call a method. */
export interface MethodRuntime {
  call<M extends MethodSpec>(
    method: M,
    params: unknown,
    options?: CallOptions,
    onAnswered?: () => void,
  ): Promise<MethodPage<M>>;
  /** `.all()`'s concurrency when the call does not set one. */
  readonly concurrency: number;
}

/** A method of the spec bound to a client. Call it for one page; its members read every page. */
export interface BoundMethod<M extends MethodSpec> {
  /** One page (the `page` parameter, default 1). Rejects with a `BoomstreamError`. */
  (params: MethodParams<M>, options?: CallOptions): Promise<MethodPage<M>>;
  /** Every item, from `params.page` (default 1) to the last page, one request at a time. Stop early with `break`. */
  iterate(
    params: MethodParams<M>,
    options?: CallOptions,
  ): AsyncGenerator<MethodItem<M>, void, undefined>;
  /** Every page, from `params.page` (default 1) to the last, one request at a time. */
  pages(
    params: MethodParams<M>,
    options?: CallOptions,
  ): AsyncGenerator<MethodPage<M>, void, undefined>;
  /**
   * Every item in page order: the first page, then the rest `concurrency` at a time
   * (sessions, which tell no page count, one at a time). The first failure to arrive
   * rejects at once, aborts the pages in flight and requests no more.
   */
  all(params: MethodParams<M>, options?: AllOptions): Promise<MethodItem<M>[]>;
}

/**
 * The caller's own enumerable parameters. Inherited ones (a prototype's, a polluted
 * `Object.prototype`) are neither checked nor sent nor read for paging, as
 * `JSON.stringify` and spreading ignore them too. Anything not a plain object is
 * left for validation to refuse.
 */
function ownParams(params: unknown): unknown {
  return typeof params === 'object' && params !== null && !Array.isArray(params)
    ? Object.fromEntries(Object.entries(params))
    : params;
}

export function bindMethod<M extends MethodSpec>(
  runtime: MethodRuntime,
  method: M,
): BoundMethod<M> {
  const call: PageCall<M> = (params, options, onAnswered) =>
    runtime.call(method, params, options, onAnswered);
  return Object.assign(
    (params: MethodParams<M>, options?: CallOptions) => call(ownParams(params), options ?? {}),
    {
      iterate: (params: MethodParams<M>, options?: CallOptions) =>
        readItems(call, method, ownParams(params), options),
      pages: (params: MethodParams<M>, options?: CallOptions) =>
        readPages(call, method, ownParams(params), options),
      all: (params: MethodParams<M>, options: AllOptions = {}) =>
        readAll(call, method, ownParams(params), options, runtime.concurrency),
    },
  );
}
