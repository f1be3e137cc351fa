import { methods } from '@boomstream/spec';
import type { ServerResponse } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';

import { trackInFlight } from '../test/in-flight.js';
import { fixtureAgent, fixtureIndex, fixtureParams, fixtureXml } from '../test/fixtures.js';
import { sendXml, startServer, type TestServer } from '../test/server.js';
import { hourlyPage, sessionXml, statsXml } from '../test/xml.js';
import { readWire } from '../test/wire-reader.js';
import {
  BoomstreamClient,
  type AllProgress,
  type BoomstreamError,
  type SessionItem,
  type StatsPage,
} from './index.js';

/** A stats answer as the regex-only reader reads it (not the client's decoder). */
function statsOf(xml: string): StatsPage {
  const wire = readWire(xml);
  if (wire.kind !== 'stats') throw new Error(`not a stats page: ${wire.kind}`);
  return wire.page as StatsPage;
}

/** A session answer's items as the regex-only reader reads them. */
function sessionsOf(xml: string): readonly unknown[] {
  const wire = readWire(xml);
  if (wire.kind !== 'session') throw new Error(`not a session page: ${wire.kind}`);
  return wire.items;
}

const ORIGIN = 'https://boomstream.test';
const API_KEY = 'k3y-0001';

let server: TestServer | undefined;
let closeAgent: (() => Promise<void>) | undefined;
afterEach(async () => {
  await server?.close();
  await closeAgent?.();
  server = undefined;
  closeAgent = undefined;
});

function fixtureClient() {
  const agent = fixtureAgent(ORIGIN, '/api', API_KEY);
  closeAgent = () => agent.close();
  return new BoomstreamClient({ apiKey: API_KEY, baseUrl: `${ORIGIN}/api`, dispatcher: agent });
}

/** The fixtures of one paged request, page 1 first. */
function pagedFixtures(file: RegExp) {
  return fixtureIndex()
    .filter((fixture) => file.test(fixture.file))
    .sort((a, b) => Number(a.request.query['page']) - Number(b.request.query['page']));
}

describe('pagination over the generated fixtures', () => {
  it('project.all() returns the items of every page of a year of hours, in page order, reporting progress', async () => {
    const fixtures = pagedFixtures(/^project\/hour-year-page-\d+\.xml$/);
    const pages = fixtures.map((fixture) => statsOf(fixtureXml(fixture)));
    const first = { page: pages[0]! };
    const expected = pages.slice(0, first.page.pageCount).flatMap((page) => page.items);
    const progress: AllProgress[] = [];
    const items = await fixtureClient().stats.project.all(fixtureParams(fixtures[0]!), {
      onProgress: (report) => progress.push(report),
    });
    expect(items).toHaveLength(first.page.itemCount);
    expect(items).toEqual(expected);
    expect(items.map((item) => item.date)).toEqual(items.map((item) => item.date).sort());
    expect(progress.map((report) => report.page)).toEqual(
      Array.from({ length: first.page.pageCount }, (_, i) => i + 1),
    );
    expect(progress.at(-1)).toEqual({
      page: first.page.pageCount,
      pageCount: first.page.pageCount,
      items: first.page.itemCount,
    });
  });

  it('session.iterate() yields every item of the pages up to the first short one, and .all() as many', async () => {
    const fixtures = pagedFixtures(/^session\/shared-password-page-\d+\.xml$/);
    const sizes = fixtures.map((fixture) => sessionsOf(fixtureXml(fixture)).length);
    const client = fixtureClient();
    let count = 0;
    for await (const item of client.stats.session.iterate(fixtureParams(fixtures[0]!) as never)) {
      expect(item.createdAt).toMatch(/\+03:00$/);
      count += 1;
    }
    expect(count).toBe(sizes.reduce((sum, size) => sum + size, 0));
    expect(sizes.at(-1)).toBeLessThan(methods.session.paging.pageSize);
    const all = await client.stats.session.all(fixtureParams(fixtures[0]!) as never);
    expect(all).toHaveLength(count);
  });
});

/**
 * A stats server of `pageCount` pages that holds every request, and answers the
 * ones it holds (in reverse order) once `target(answered)` of them are waiting and
 * the I/O already pending has been read. It counts how many it ever held at once.
 */
async function heldPages(pageCount: number, target: (answered: number) => number) {
  const held: { page: number; response: ServerResponse }[] = [];
  let answered = 0;
  let maxHeld = 0;
  const flush = () => {
    if (held.length < target(answered)) return;
    for (const { page, response } of held.splice(0).reverse()) {
      sendXml(response, statsXml(hourlyPage(page, pageCount)));
      answered += 1;
    }
  };
  server = await startServer((request, response) => {
    held.push({ page: Number(request.query.get('page') ?? '1'), response });
    maxHeld = Math.max(maxHeld, held.length);
    if (held.length >= target(answered)) setImmediate(flush);
  });
  const client = new BoomstreamClient({ apiKey: API_KEY, baseUrl: server.url });
  return { client, server, maxHeld: () => maxHeld };
}

/** Resolves once `condition` holds, checking after each turn of the event loop. */
async function waitFor(condition: () => boolean): Promise<void> {
  while (!condition()) await new Promise((resolve) => setImmediate(resolve));
}

describe('.all() against a real node:http server', () => {
  it.each([1, 4])(
    'keeps at most %i pages in flight and returns them in page order',
    async (concurrency) => {
      const pageCount = 20;
      // Page 1 alone, then as many at once as the client may have out.
      const { client, server, maxHeld } = await heldPages(pageCount, (answered) =>
        answered === 0 ? 1 : Math.min(concurrency, pageCount - answered),
      );
      const inFlight = trackInFlight(server.url);
      const items = await client.stats.project
        .all({ group: 'hour' }, { concurrency })
        .finally(inFlight.stop);
      expect(items).toEqual(
        Array.from({ length: pageCount }, (_, i) => hourlyPage(i + 1, pageCount).items).flat(),
      );
      expect(server.requests.map((request) => request.query.get('page'))).toHaveLength(pageCount);
      expect(maxHeld()).toBe(concurrency);
      expect(inFlight.max()).toBe(concurrency);
    },
  );

  it.each([
    [undefined, 4],
    [2, 2],
  ])('with the client option concurrency %s reads %i pages at once', async (option, expected) => {
    const pageCount = 9;
    const { server, maxHeld } = await heldPages(pageCount, (answered) =>
      answered === 0 ? 1 : Math.min(expected, pageCount - answered),
    );
    const client = new BoomstreamClient({
      apiKey: API_KEY,
      baseUrl: server.url,
      concurrency: option,
    });
    await expect(client.stats.project.all({})).resolves.toHaveLength(pageCount * 3);
    expect(maxHeld()).toBe(expected);
  });

  it('rejects with the first failure in page order, aborts the pages in flight, and keeps the items read before it', async () => {
    const pageCount = 12;
    server = await startServer((request, response) => {
      const page = Number(request.query.get('page') ?? '1');
      if (page <= 2) sendXml(response, statsXml(hourlyPage(page, pageCount)));
      if (page === 3) response.writeHead(400).end();
      // Every later page is held: only an abort can end those requests.
    });
    const client = new BoomstreamClient({ apiKey: API_KEY, baseUrl: server.url });
    const error = await client.stats.project
      .all({ group: 'hour' }, { concurrency: 3 })
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ name: 'BoomstreamHttpError', status: 400 });
    // Page 2 and page 3 travel together: the failure may arrive before page 2 is read.
    const page1 = hourlyPage(1, pageCount).items;
    expect([page1, [...page1, ...hourlyPage(2, pageCount).items]]).toContainEqual(
      (error as BoomstreamError).itemsRead,
    );
    await waitFor(() => server!.inFlight() === 0);
    const pages = server.requests.map((request) => Number(request.query.get('page') ?? '1'));
    // Never more than `concurrency` (3) pages past the last page read (2).
    expect(Math.max(...pages)).toBeLessThanOrEqual(2 + 3);
  });

  it('rejects as soon as a page fails, without waiting for slower pages: they are aborted and no page is requested after', async () => {
    const pageCount = 12;
    const slowMs = 5_000;
    const closedEarly: number[] = [];
    server = await startServer((request, response) => {
      const page = Number(request.query.get('page') ?? '1');
      if (page === 1) {
        sendXml(response, statsXml(hourlyPage(1, pageCount)));
        return;
      }
      if (page === 4) {
        sendXml(response, '<Response><Status>Failed</Status><Message>Quota</Message></Response>');
        return;
      }
      // Every other page answers only after slowMs, unless the client gives up first.
      const timer = setTimeout(() => {
        sendXml(response, statsXml(hourlyPage(page, pageCount)));
      }, slowMs);
      response.on('close', () => {
        clearTimeout(timer);
        if (!response.writableFinished) closedEarly.push(page);
      });
    });
    const client = new BoomstreamClient({ apiKey: API_KEY, baseUrl: server.url });
    const started = performance.now();
    const error = await client.stats.project
      .all({ group: 'hour' }, { concurrency: 3 })
      .catch((e: unknown) => e);
    const elapsed = performance.now() - started;
    expect(error).toMatchObject({ name: 'BoomstreamApiError', apiMessage: 'Quota' });
    expect(elapsed).toBeLessThan(slowMs / 2);
    // Pages 2 and 3 were in flight with page 4; their connections end, unanswered.
    await waitFor(() => closedEarly.length === 2);
    expect(closedEarly.sort()).toEqual([2, 3]);
    // Nothing is requested after the failure, however long one waits.
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(server.requests.map((request) => request.query.get('page') ?? '1').sort()).toEqual([
      '1',
      '2',
      '3',
      '4',
    ]);
  });

  it('rejects with BoomstreamAbortError when the caller aborts, and leaves nothing in flight', async () => {
    const { client, server } = await heldPages(30, (answered) => (answered === 0 ? 1 : 99));
    const controller = new AbortController();
    const call = client.stats.project
      .all({}, { signal: controller.signal })
      .catch((e: unknown) => e);
    await server.waitForRequests(5);
    controller.abort();
    expect(await call).toMatchObject({ name: 'BoomstreamAbortError' });
    await waitFor(() => server.inFlight() === 0);
    expect(server.requests).toHaveLength(5);
  });
});

describe('.pages() and .iterate()', () => {
  it('read lazily: breaking after the first page sends one request', async () => {
    server = await startServer((request, response) => {
      const page = Number(request.query.get('page') ?? '1');
      sendXml(response, statsXml(hourlyPage(page, 5)));
    });
    const client = new BoomstreamClient({ apiKey: API_KEY, baseUrl: server.url });
    for await (const page of client.stats.project.pages({})) {
      expect(page.page).toBe(1);
      break;
    }
    expect(server.requests).toHaveLength(1);
    const dates: string[] = [];
    for await (const item of client.stats.project.iterate({ page: 4 })) dates.push(item.date);
    expect(dates).toEqual(
      [...hourlyPage(4, 5).items, ...hourlyPage(5, 5).items].map((i) => i.date),
    );
    expect(server.requests.map((request) => request.query.get('page'))).toEqual([null, '4', '5']);
  });

  it('an empty range is one request and no items', async () => {
    server = await startServer((_request, response) => {
      sendXml(response, statsXml({ ...hourlyPage(1, 0), itemCount: 0, items: [] }));
    });
    const client = new BoomstreamClient({ apiKey: API_KEY, baseUrl: server.url });
    const progress: AllProgress[] = [];
    await expect(
      client.stats.project.all({}, { onProgress: (report) => progress.push(report) }),
    ).resolves.toEqual([]);
    expect(progress).toEqual([{ page: 1, pageCount: 1, items: 0 }]);
    expect(server.requests).toHaveLength(1);
  });

  it('checks .all() options before any request', async () => {
    server = await startServer((_request, response) => {
      sendXml(response, statsXml(hourlyPage(1, 1)));
    });
    const client = new BoomstreamClient({ apiKey: API_KEY, baseUrl: server.url });
    await expect(client.stats.project.all({}, { concurrency: 0 })).rejects.toMatchObject({
      name: 'BoomstreamValidationError',
      issues: [{ param: 'concurrency', message: 'must be 1 or more' }],
    });
    expect(server.requests).toHaveLength(0);
  });
});

describe('a server that ignores `page`', () => {
  it('stats: .pages() stops at the page count it asked for, even if every answer says page 1', async () => {
    server = await startServer((request, response) => {
      const asked = Number(request.query.get('page') ?? '1');
      sendXml(response, statsXml({ ...hourlyPage(asked, 3), page: 1 }));
    });
    const client = new BoomstreamClient({ apiKey: API_KEY, baseUrl: server.url });
    let pages = 0;
    for await (const _page of client.stats.project.pages({})) {
      pages += 1;
      if (pages > 10) break;
    }
    expect(pages).toBe(3);
  });

  it('sessions: .all() and .iterate() stop when a page repeats the one before, instead of reading forever', async () => {
    const [example] = sessionsOf(methods.session.example.response);
    const sessions = Array.from({ length: 150 }, (_, i) => ({
      ...(example as SessionItem),
      ip: `192.0.2.${i}`,
    }));
    server = await startServer((_request, response) => {
      sendXml(response, sessionXml(sessions));
    });
    const client = new BoomstreamClient({ apiKey: API_KEY, baseUrl: server.url });
    const params = { code: 'AbCd1234', hash: 'h' };
    let count = 0;
    for await (const _item of client.stats.session.iterate(params)) {
      count += 1;
      if (count > 1000) break;
    }
    expect(count).toBe(150);
    await expect(client.stats.session.all(params)).resolves.toEqual(sessions);
    expect(server.requests).toHaveLength(4);
  });
});

/**
 * A stats server whose `PageCount` changes between pages: page n says `counts[n-1]`.
 * Pages past the last count any page reported do not exist: 404.
 */
async function changingCount(counts: readonly number[]) {
  server = await startServer((request, response) => {
    const page = Number(request.query.get('page') ?? '1');
    // A page past the last answers Success, as the API does, with the latest count. (A
    // failure there would reject .all() whenever it arrives before the page that shrank
    // the count: .all() rejects at the first failure to arrive.)
    const count = counts[page - 1] ?? counts.at(-1) ?? 1;
    sendXml(response, statsXml({ ...hourlyPage(page, Math.max(count, page)), pageCount: count }));
  });
  return new BoomstreamClient({ apiKey: API_KEY, baseUrl: server.url, maxRetries: 0 });
}

/** The items of pages 1..n as the server above builds them. */
function itemsOfPages(counts: readonly number[], n: number) {
  return Array.from(
    { length: n },
    (_, i) => hourlyPage(i + 1, Math.max(counts[i]!, i + 1)).items,
  ).flat();
}

describe('one rule for a PageCount that changes mid-read: each page, in order, says whether another follows', () => {
  const cases = [
    // Grows at page 3 from 3 to 5: read on to 5.
    ['grows', [3, 3, 5, 5, 5], 5],
    // Shrinks at page 2 from 5 to 2: page 2 is the last; pages 3-5 no longer exist.
    ['shrinks', [5, 2], 2],
    // Shrinks to below the page just read: that page is the last.
    ['shrinks below the page read', [4, 4, 1], 3],
    // Grows, then shrinks back.
    ['grows then shrinks', [2, 6, 6, 3], 4],
  ] as const;

  it.each(cases)('%s: .pages() reads the pages the rule names', async (_case, counts, last) => {
    const client = await changingCount(counts);
    const pages: number[] = [];
    for await (const page of client.stats.project.pages({})) pages.push(page.page);
    expect(pages).toEqual(Array.from({ length: last }, (_, i) => i + 1));
  });

  it.each(cases)('%s: .iterate() yields the items of those pages', async (_case, counts, last) => {
    const client = await changingCount(counts);
    const items = [];
    for await (const item of client.stats.project.iterate({})) items.push(item);
    expect(items).toEqual(itemsOfPages(counts, last));
  });

  it.each(cases.flatMap((c) => [1, 4].map((concurrency) => [...c, concurrency] as const)))(
    '%s: .all() returns the items of those pages (concurrency %i)',
    async (_case, counts, last, concurrency) => {
      const client = await changingCount(counts);
      const progress: AllProgress[] = [];
      const items = await client.stats.project.all(
        {},
        { concurrency, onProgress: (report) => progress.push(report) },
      );
      expect(items).toEqual(itemsOfPages(counts, last));
      expect(progress.at(-1)).toMatchObject({ page: last, pageCount: last });
    },
  );
});

describe('an empty session page ends the read without losing the pages before it', () => {
  it.each(['<Response/>', '<Response></Response>'])(
    'page 2 answers %s: .all() returns page 1, .iterate() as many',
    async (empty) => {
      const [example] = sessionsOf(methods.session.example.response);
      const full = Array.from({ length: 100 }, (_, i) => ({
        ...(example as SessionItem),
        ip: `192.0.2.${i}`,
      }));
      server = await startServer((request, response) => {
        const page = Number(request.query.get('page') ?? '1');
        sendXml(response, page === 1 ? sessionXml(full) : empty);
      });
      const client = new BoomstreamClient({ apiKey: API_KEY, baseUrl: server.url });
      const params = { code: 'AbCd1234', hash: 'h' };
      await expect(client.stats.session.all(params)).resolves.toEqual(full);
      let count = 0;
      for await (const _item of client.stats.session.iterate(params)) count += 1;
      expect(count).toBe(100);
    },
  );
});
