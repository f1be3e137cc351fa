import { BoomstreamAbortError, BoomstreamApiError } from '@boomstream/client/errors';
import {
  addDays,
  type MethodSpec,
  type SessionItem,
  type SessionPage,
  type StatsItem,
  type StatsPage,
} from '@boomstream/spec';

import {
  itemsOf,
  joinItems,
  type DataSource,
  type KindedPage,
  type QueryParams,
} from '../src/data/source.js';

/** Items per page of the fake: small, so that tests page. */
export const FAKE_PAGE_SIZE = 5;

function statsItems(start: string, days: number): StatsItem[] {
  return Array.from({ length: days }, (_, index) => {
    const timeMs = (index + 1) * 900_000;
    return { date: addDays(start, index), timeMs, hours: Math.round(timeMs / 36_000) / 100 };
  });
}

function sessionItems(start: string): SessionItem[] {
  return ['Russia', 'Germany, "Berlin"'].map((country, index) => ({
    place: `Lecture ${index + 1}`,
    ip: `10.0.0.${index + 1}`,
    country,
    userAgent: 'Mozilla/5.0 (X11; Linux x86_64)',
    createdAt: `${start}T1${index}:00:00+03:00`,
    leftActivations: index,
  }));
}

/** A stats page of the whole range, sliced like the API. */
function statsPage(method: MethodSpec, params: QueryParams, page: number): StatsPage {
  const start = String(params['start'] ?? '2024-03-01');
  const end = String(params['end'] ?? addDays(start, 11));
  const days = Math.max(Math.round((Date.parse(end) - Date.parse(start)) / 86_400_000) + 1, 0);
  const all = statsItems(start, days);
  return {
    period: { start, end },
    groupBy: params['group'] === 'hour' ? 'hour' : 'day',
    sourceType: method.name === 'project' ? 'project' : 'media',
    page,
    pageLimit: FAKE_PAGE_SIZE,
    pageCount: Math.ceil(all.length / FAKE_PAGE_SIZE),
    itemCount: all.length,
    items: all.slice((page - 1) * FAKE_PAGE_SIZE, page * FAKE_PAGE_SIZE),
  };
}

function sessionPage(params: QueryParams, page: number): SessionPage {
  const start = String(params['start'] ?? '2024-03-01');
  return { page, items: page === 1 ? sessionItems(start) : [] };
}

/** The answer the fake gives to one request, by the kind of items its method declares. */
export function fakePage(method: MethodSpec, params: QueryParams): KindedPage {
  const page = typeof params['page'] === 'number' ? params['page'] : 1;
  switch (method.items) {
    case 'stats':
      return { kind: 'stats', page: statsPage(method, params, page) };
    case 'sessions':
      return { kind: 'sessions', page: sessionPage(params, page) };
  }
}

/** Rejects as the client does when `signal` has aborted. */
function throwIfAborted(method: MethodSpec, signal: AbortSignal): void {
  if (signal.aborted) {
    throw new BoomstreamAbortError(`${method.name}: aborted`, {
      method: method.name,
      cause: signal.reason,
    });
  }
}

export interface FakeSource extends DataSource {
  /** Every request, in order. */
  readonly calls: { readonly method: string; readonly params: QueryParams }[];
  /** Requests that read the abort signal aborted and stopped there, in order. */
  readonly aborted: { readonly method: string; readonly params: QueryParams }[];
  /** Makes the next `count` requests fail as the API does with `message`. */
  failNext(count: number, message: string): void;
  /** Holds every request until `release()`, as a slow network would. */
  hold(): { release(): void };
}

/**
 * An in-memory data source for unit tests; the end-to-end tests use the real
 * client and mock. Like the client, it honours the abort signal: a request whose
 * signal has aborted rejects with `BoomstreamAbortError`, and `.all()` reads no
 * page after its signal aborts.
 */
export function fakeSource(overrides: Partial<DataSource> = {}): FakeSource {
  const calls: FakeSource['calls'] = [];
  const aborted: FakeSource['aborted'] = [];
  let failures = { count: 0, message: '' };
  let gate: Promise<void> = Promise.resolve();
  const answer = async (method: MethodSpec, params: QueryParams, signal: AbortSignal) => {
    calls.push({ method: method.name, params });
    // A held request ends when its signal aborts, as a request on a slow network does.
    await Promise.race([
      gate,
      new Promise((resolve) => {
        signal.addEventListener('abort', resolve, { once: true });
      }),
    ]);
    if (signal.aborted) aborted.push({ method: method.name, params });
    throwIfAborted(method, signal);
    if (failures.count > 0) {
      failures = { ...failures, count: failures.count - 1 };
      throw new BoomstreamApiError(`${method.name}: ${failures.message}`, {
        method: method.name,
        apiMessage: failures.message,
      });
    }
    return fakePage(method, params);
  };
  return {
    mode: 'demo',
    baseUrl: 'http://127.0.0.1:9/api',
    demo: {
      codes: ['DemoCode', 'Other001'],
      sessions: [{ code: 'DemoCode', hash: 's3cret-hash' }],
    },
    secrets: ['fake-api-key'],
    calls,
    aborted,
    failNext(count, message) {
      failures = { count, message };
    },
    hold() {
      let release!: () => void;
      gate = new Promise<void>((resolve) => {
        release = resolve;
      });
      return {
        release: () => {
          gate = Promise.resolve();
          release();
        },
      };
    },
    page: (method, params, signal) => answer(method, params, signal),
    all: async (method, params, signal, onProgress) => {
      const first = await answer(method, { ...params, page: 1 }, signal);
      let items = itemsOf(first);
      const pageCount = first.kind === 'stats' ? first.page.pageCount : 1;
      onProgress({ page: 1, pageCount, items: items.items.length });
      for (let page = 2; page <= pageCount; page++) {
        items = joinItems(items, itemsOf(await answer(method, { ...params, page }, signal)));
        onProgress({ page, pageCount, items: items.items.length });
      }
      return items;
    },
    close: () => Promise.resolve(),
    ...overrides,
  };
}
