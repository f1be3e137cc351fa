import { hasNextPage, knownPageCount, type MethodSpec } from '@boomstream/spec';

import { allOptionRules, checkOptions } from '../config.js';
import { BoomstreamValidationError } from '../errors.js';
import type { CallOptions, MethodPage } from './call.js';

/** One item of a method's pages. */
export type MethodItem<M extends MethodSpec> =
  MethodPage<M> extends { readonly items: readonly (infer I)[] } ? I : never;

/** What `.all()` reports after each page it reads. */
export interface AllProgress {
  /** Pages read so far, this one included (1, 2, …): it only grows, whatever order pages arrive in. */
  readonly page: number;
  /** Pages the read takes in all, from the first page's `PageCount`; `undefined` for sessions, whose count shows only at the end. */
  readonly pageCount: number | undefined;
  /** Items read so far. */
  readonly items: number;
}

/** Options of `.all()`: a call's options, plus how many pages to read at once and a progress callback. */
export interface AllOptions extends CallOptions {
  /** Pages read at once after the first. Defaults to the client's `concurrency` (4). */
  readonly concurrency?: number | undefined;
  /** Called after each page is read. An exception here fails the read like a failed page. */
  readonly onProgress?: ((progress: AllProgress) => void) | undefined;
}

/** A method's one-page call, as the client runs it. */
export type PageCall<M extends MethodSpec> = (
  params: unknown,
  options: CallOptions,
) => Promise<MethodPage<M>>;

/** The caller's parameters at another page. The first call sends them as given, so that a bad `page` is reported. */
function atPage(params: unknown, page: number): unknown {
  return { ...(params as object), page };
}

function firstPageNumber(params: unknown): number {
  const { page } = (params ?? {}) as { page?: unknown };
  return typeof page === 'number' ? page : 1;
}

/** Pages in order from the caller's `page` (default 1), one request at a time, until the method's paging rule says the last. */
export async function* readPages<M extends MethodSpec>(
  call: PageCall<M>,
  method: M,
  params: unknown,
  options: CallOptions = {},
): AsyncGenerator<MethodPage<M>, void, undefined> {
  let number = firstPageNumber(params);
  let page = await call(params, options);
  let key = itemsKey(page);
  yield page;
  // The page asked for, not the one the answer names: a server that ignores `page` must not loop.
  while (hasNextPage(method.paging, { ...page, page: number })) {
    number += 1;
    page = await call(atPage(params, number), options);
    const previousKey = key;
    key = itemsKey(page);
    // A server that ignores `page` answers every page alike; sessions, which tell no
    // page count, would then be read forever.
    if (page.items.length > 0 && key === previousKey) return;
    yield page;
  }
}

/** What a page's items serialize to, computed once per page to compare with the next. */
function itemsKey(page: { readonly items: readonly unknown[] }): string {
  return JSON.stringify(page.items);
}

/** Every item, page after page. */
export async function* readItems<M extends MethodSpec>(
  call: PageCall<M>,
  method: M,
  params: unknown,
  options: CallOptions = {},
): AsyncGenerator<MethodItem<M>, void, undefined> {
  for await (const page of readPages(call, method, params, options)) {
    yield* page.items as MethodItem<M>[];
  }
}

/**
 * Every item in page order. The first page tells the count (stats); the rest are
 * read `concurrency` at a time. Sessions tell no count and are read one by one.
 * The first failure aborts the pages in flight and is what rejects.
 */
export async function readAll<M extends MethodSpec>(
  call: PageCall<M>,
  method: M,
  params: unknown,
  options: AllOptions,
  defaultConcurrency: number,
): Promise<MethodItem<M>[]> {
  const { concurrency = defaultConcurrency, onProgress, signal, ...perCall } = options;
  const issues = checkOptions({ concurrency, onProgress }, allOptionRules);
  if (issues.length > 0) throw BoomstreamValidationError.fromIssues(method.name, issues);
  // Aborted by the caller, or by this read at its first failure.
  const controller = new AbortController();
  const callOptions: CallOptions = {
    ...perCall,
    signal: signal ? AbortSignal.any([signal, controller.signal]) : controller.signal,
  };
  const progress = { page: 0, pageCount: undefined as number | undefined, items: 0 };
  const read = (page: MethodPage<M>) => {
    progress.page += 1;
    progress.items += page.items.length;
    onProgress?.({ ...progress });
  };
  if (method.paging.kind === 'untilShortPage') {
    const items: MethodItem<M>[] = [];
    for await (const page of readPages(call, method, params, callOptions)) {
      read(page);
      items.push(...(page.items as MethodItem<M>[]));
    }
    return items;
  }
  const first = await call(params, callOptions);
  const start = firstPageNumber(params);
  const last = knownPageCount(method.paging, first) ?? start;
  progress.pageCount = Math.max(last - start + 1, 1);
  read(first);
  const rest = await readRest(call, params, callOptions, controller, {
    from: start + 1,
    to: last,
    concurrency,
    read,
  });
  return [first, ...rest].flatMap((page) => page.items as MethodItem<M>[]);
}

/** Pages `from`..`to` with at most `concurrency` in flight, in page order; the first failure aborts the others. */
async function readRest<M extends MethodSpec>(
  call: PageCall<M>,
  params: unknown,
  options: CallOptions,
  controller: AbortController,
  plan: {
    readonly from: number;
    readonly to: number;
    readonly concurrency: number;
    readonly read: (page: MethodPage<M>) => void;
  },
): Promise<MethodPage<M>[]> {
  const pages: MethodPage<M>[] = [];
  let next = plan.from;
  let failure: { error: unknown } | undefined;
  const worker = async () => {
    while (failure === undefined && next <= plan.to) {
      const number = next++;
      try {
        const page = await call(atPage(params, number), options);
        pages[number - plan.from] = page;
        plan.read(page);
      } catch (error) {
        // Pages aborted because of this failure reject too; only the first one counts.
        failure ??= { error };
        controller.abort();
      }
    }
  };
  const workers = Math.min(plan.concurrency, plan.to - plan.from + 1);
  await Promise.all(Array.from({ length: Math.max(workers, 0) }, worker));
  if (failure !== undefined) throw failure.error;
  return pages;
}
