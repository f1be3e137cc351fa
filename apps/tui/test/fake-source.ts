import { BoomstreamApiError } from '@boomstream/client';
import { addDays, type MethodSpec, type SessionItem, type StatsItem } from '@boomstream/spec';

import type { AnyItem } from '../src/data/columns.js';
import type { AnyPage, DataSource, QueryParams } from '../src/data/source.js';

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

/** The answer the fake gives to one request: a page of the whole range, sliced like the API. */
export function fakePage(method: MethodSpec, params: QueryParams): AnyPage {
  const start = String(params['start'] ?? '2024-03-01');
  const end = String(params['end'] ?? addDays(start, 11));
  const page = typeof params['page'] === 'number' ? params['page'] : 1;
  if (method.name === 'session') return { page, items: page === 1 ? sessionItems(start) : [] };
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

export interface FakeSource extends DataSource {
  /** Every request, in order. */
  readonly calls: { readonly method: string; readonly params: QueryParams }[];
  /** Makes the next `count` requests fail as the API does with `message`. */
  failNext(count: number, message: string): void;
}

/** An in-memory data source for unit tests; the end-to-end tests use the real client and mock. */
export function fakeSource(overrides: Partial<DataSource> = {}): FakeSource {
  const calls: FakeSource['calls'] = [];
  let failures = { count: 0, message: '' };
  const answer = (method: MethodSpec, params: QueryParams): AnyPage => {
    calls.push({ method: method.name, params });
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
    failNext(count, message) {
      failures = { count, message };
    },
    page: (method, params) => Promise.resolve().then(() => answer(method, params)),
    all: async (method, params, _signal, onProgress) => {
      const first = answer(method, { ...params, page: 1 });
      const items: AnyItem[] = [...first.items];
      const pageCount = 'pageCount' in first ? first.pageCount : 1;
      onProgress({ page: 1, pageCount, items: items.length });
      for (let page = 2; page <= pageCount; page++) {
        items.push(...answer(method, { ...params, page }).items);
        onProgress({ page, pageCount, items: items.length });
        await Promise.resolve();
      }
      return items;
    },
    close: () => Promise.resolve(),
    ...overrides,
  };
}
