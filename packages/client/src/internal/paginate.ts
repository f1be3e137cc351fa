import { hasNextPage, knownPageCount, type MethodSpec } from '@boomstream/spec';

import { allOptionRules, checkOptions } from '../config.js';
import { BoomstreamError, BoomstreamValidationError } from '../errors.js';
import type { CallOptions, MethodPage } from './call.js';

/** One item of a method's pages. */
export type MethodItem<M extends MethodSpec> =
  MethodPage<M> extends { readonly items: readonly (infer I)[] } ? I : never;

/** What `.all()` reports after each page it reads. */
export interface AllProgress {
  /** Pages read so far, this one included (1, 2, …): it only grows, whatever order pages arrive in. */
  readonly page: number;
  /**
   * Pages the read takes in all, as known after this page: from the `PageCount` of
   * the latest page read, so it changes when the server's count changes mid-read;
   * `undefined` for sessions, whose count shows only at the end.
   */
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
  /** Told when the page's last request is answered, before its body is decoded. */
  onAnswered?: () => void,
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

/** The error `.all()` rejects with, carrying the items of the pages it had read. */
function withItemsRead(error: unknown, pages: readonly MethodPage<MethodSpec>[]): unknown {
  if (error instanceof BoomstreamError) {
    // Not enumerable: `JSON.stringify(error)` and loggers stay small.
    Object.defineProperty(error, 'itemsRead', {
      value: pages.flatMap((page): readonly unknown[] => page.items),
      enumerable: false,
      configurable: true,
    });
  }
  return error;
}

/**
 * Every item in page order, with `.pages()`'s rule for where the read ends (see
 * `readInPageOrder`). Sessions tell no count and are read one page at a time. The
 * first failure to arrive is what rejects, at once: the pages in flight are
 * aborted, no more is requested, and the error carries the items read in page
 * order before it as `itemsRead`.
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
  // Aborted by the caller, or by this read once it has its answer or its failure.
  const controller = new AbortController();
  const callOptions: CallOptions = {
    ...perCall,
    signal: signal ? AbortSignal.any([signal, controller.signal]) : controller.signal,
  };
  const pages: MethodPage<M>[] = [];
  let items = 0;
  const read = (page: MethodPage<M>, pageCount: number | undefined) => {
    pages.push(page);
    items += page.items.length;
    onProgress?.({ page: pages.length, pageCount, items });
  };
  try {
    if (method.paging.kind === 'untilShortPage') {
      for await (const page of readPages(call, method, params, callOptions)) read(page, undefined);
    } else {
      await readInPageOrder(call, method, params, callOptions, concurrency, read);
    }
  } catch (error) {
    throw withItemsRead(error, pages);
  } finally {
    controller.abort();
  }
  return pages.flatMap((page) => page.items as MethodItem<M>[]);
}

/**
 * Pages from the caller's `page` (default 1) on, at most `concurrency` requests at
 * once after the first, handed to `read` strictly in page order with the pages the
 * read takes as known then.
 *
 * Where the read ends is `.pages()`'s rule (`hasNextPage`), applied to each page
 * in page order with that page's own `PageCount`: a count that grows between pages
 * extends the read, one that shrinks ends it. Pages already requested past the end
 * are aborted and their answers, failures included, ignored.
 *
 * A failure ends the read as soon as it arrives, without waiting for the pages
 * before it still in flight: waiting would keep a caller on a read already lost for
 * as long as the slowest page takes. The read then requests nothing more, and the
 * caller's `finally` aborts the pages in flight. A page before the failure that
 * would have shrunk the count past it is not waited for either.
 */
function readInPageOrder<M extends MethodSpec>(
  call: PageCall<M>,
  method: M,
  params: unknown,
  options: CallOptions,
  concurrency: number,
  read: (page: MethodPage<M>, pageCount: number) => void,
): Promise<void> {
  const start = firstPageNumber(params);
  const arrived = new Map<number, MethodPage<M>>(); // pages answered ahead of `expected`
  let last = start; // the last page known to exist
  let next = start; // the next page to request
  let expected = start; // the next page to hand to `read`
  let inFlight = 0;
  let done = false;
  return new Promise<void>((resolve, reject) => {
    const finish = (error?: unknown) => {
      done = true;
      if (error === undefined) resolve();
      // eslint-disable-next-line @typescript-eslint/prefer-promise-reject-errors -- what a page call or onProgress threw, passed on as is
      else reject(error);
    };
    const drain = () => {
      for (let page = arrived.get(expected); page; page = arrived.get(expected)) {
        arrived.delete(expected);
        const more = hasNextPage(method.paging, { ...page, page: expected });
        last = more ? (knownPageCount(method.paging, page) ?? expected) : expected;
        read(page, last - start + 1);
        if (!more) {
          finish();
          return;
        }
        expected += 1;
      }
      launch();
    };
    const launch = () => {
      while (!done && inFlight < concurrency && next <= last) {
        const number = next++;
        inFlight += 1;
        // A page leaves the requests in flight once answered, before it decodes:
        // the next request then travels while this thread decodes.
        let answered = false;
        const onAnswered = () => {
          if (answered) return;
          answered = true;
          inFlight -= 1;
          launch();
        };
        // The first request sends the parameters as given, so that a bad `page` is reported.
        void call(number === start ? params : atPage(params, number), options, onAnswered)
          .then(
            (page) => ({ ok: true as const, page }),
            (error: unknown) => ({ ok: false as const, error }),
          )
          .then((outcome) => {
            // A failure finishes the read before this page's slot frees: nothing more may be requested.
            if (!done && !outcome.ok) finish(outcome.error);
            onAnswered();
            if (done || !outcome.ok) return;
            arrived.set(number, outcome.page);
            try {
              drain();
            } catch (error) {
              // `onProgress` threw: that fails the read like a failed page.
              finish(error);
            }
          });
      }
    };
    launch();
  });
}
