import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { sessionPageArb, statsPageArb } from '../../test/arbitraries.js';
import { sessionWireItem } from '../../test/wire-items.js';
import { failedResponse, isFailed } from './status.js';
import { sessionResponse } from './session.js';
import { statsResponse } from './stats.js';

/** The reference's `project` example as an XML parser with text values hands it over. */
const projectExample = {
  Period: '01.01.2019 - 10.05.2020',
  Start: '01.01.2019',
  End: '10.05.2020',
  GroupBy: 'day',
  SourceType: 'project',
  Page: '1',
  PageLimit: '1000',
  PageCount: '1',
  ItemCount: '1',
  ItemFormat: { date: 'Date', time: 'Time', time_dim: 'Time (hours)' },
  Items: { Item: [{ date: '23.12.2019', time: '965600', time_dim: '0.27 hours' }] },
  Status: 'Success',
};

describe('stats response', () => {
  it('decodes the reference example', () => {
    expect(statsResponse.parse({ requestedPage: 1, body: projectExample })).toEqual({
      period: { start: '2019-01-01', end: '2020-05-10' },
      groupBy: 'day',
      sourceType: 'project',
      page: 1,
      pageLimit: 1000,
      pageCount: 1,
      itemCount: 1,
      items: [{ date: '2019-12-23', timeMs: 965_600, hours: 0.27 }],
    });
  });

  it('encodes the example back to the same wire values', () => {
    const page = statsResponse.parse({ requestedPage: 1, body: projectExample });
    expect(statsResponse.encode(page)).toEqual({ requestedPage: 1, body: projectExample });
  });

  it('reads the period from Period when Start and End are absent', () => {
    const { Start: _start, End: _end, ...body } = projectExample;
    expect(statsResponse.parse({ requestedPage: 1, body }).period).toEqual({
      start: '2019-01-01',
      end: '2020-05-10',
    });
  });

  it('treats <Items/> and a missing Items as no items', () => {
    expect(
      statsResponse.parse({ requestedPage: 1, body: { ...projectExample, Items: '' } }).items,
    ).toEqual([]);
    const { Items: _items, ...body } = projectExample;
    expect(statsResponse.parse({ requestedPage: 1, body }).items).toEqual([]);
  });

  it('derives hours from time when time_dim is absent', () => {
    const body = { ...projectExample, Items: { Item: [{ date: '23.12.2019', time: '965600' }] } };
    expect(statsResponse.parse({ requestedPage: 1, body }).items[0]?.hours).toBe(0.27);
  });

  it.each([
    ['a page that is not a number', { Page: 'one' }],
    ['an unknown grouping', { GroupBy: 'week' }],
    ['a date that does not exist', { Items: { Item: [{ date: '30.02.2019', time: '1' }] } }],
    ['a negative time', { Items: { Item: [{ date: '23.12.2019', time: '-5' }] } }],
  ])('rejects %s', (_case, change) => {
    expect(
      statsResponse.safeParse({ requestedPage: 1, body: { ...projectExample, ...change } }).success,
    ).toBe(false);
  });

  it('round-trips any page: encode then decode gives it back', () => {
    fc.assert(
      fc.property(statsPageArb, (page) => {
        expect(statsResponse.decode(statsResponse.encode(page))).toEqual(page);
      }),
    );
  });
});

describe('session response', () => {
  const item = sessionWireItem;
  const decodedItem = {
    place: 'Media name',
    ip: '192.168.0.1',
    country: 'Russia',
    userAgent: 'Mozilla/5.0',
    createdAt: '2020-09-09T11:35:28+03:00',
    leftActivations: 1,
  };

  it('decodes the reference example, which has no Status, with the requested page', () => {
    expect(sessionResponse.decode({ requestedPage: 3, body: { Item: [item] } })).toEqual({
      page: 3,
      items: [decodedItem],
    });
  });

  it('accepts the output list spelling IP and CreatedAt, in any case', () => {
    const { ip, Start, ...rest } = item;
    expect(
      sessionResponse.decode({
        requestedPage: 1,
        body: { Item: [{ ...rest, IP: ip, CreatedAt: Start }] },
      }).items,
    ).toEqual([decodedItem]);
    expect(
      sessionResponse.decode({
        requestedPage: 1,
        body: { Item: [{ ...rest, Ip: ip, createdat: Start }] },
      }).items,
    ).toEqual([decodedItem]);
  });

  it('refuses two spellings of one element that disagree, and accepts them when they agree', () => {
    const { ip, ...rest } = item;
    const both = (IP: string) =>
      sessionResponse.safeParse({ requestedPage: 1, body: { Item: [{ ...rest, ip, IP }] } });
    expect(both('198.51.100.7').error?.issues[0]?.message).toBe(
      'has both <ip> and <IP> with different values',
    );
    expect(both(ip).data?.items).toEqual([decodedItem]);
  });

  it('encodes with the example spelling and a Status', () => {
    expect(sessionResponse.encode({ page: 1, items: [decodedItem] })).toEqual({
      requestedPage: 1,
      body: { Item: [item], Status: 'Success' },
    });
  });

  it('treats no Item as an empty page', () => {
    expect(sessionResponse.decode({ requestedPage: 2, body: { Status: 'Success' } })).toEqual({
      page: 2,
      items: [],
    });
  });

  it('reads sessions wrapped in Items as stats lists are, instead of dropping them', () => {
    expect(
      sessionResponse.parse({
        requestedPage: 1,
        body: { Items: { Item: [item] }, Status: 'Success' },
      }).items,
    ).toEqual([decodedItem]);
    expect(sessionResponse.parse({ requestedPage: 1, body: { Items: '' } }).items).toEqual([]);
  });

  it('rejects an item without its creation time', () => {
    const { Start: _start, ...rest } = item;
    expect(sessionResponse.safeParse({ requestedPage: 1, body: { Item: [rest] } }).success).toBe(
      false,
    );
  });

  it('round-trips any page', () => {
    fc.assert(
      fc.property(sessionPageArb, (page) => {
        expect(sessionResponse.decode(sessionResponse.encode(page))).toEqual(page);
      }),
    );
  });
});

describe('failed response', () => {
  it('recognises Failed, with or without a Message', () => {
    expect(isFailed({ Status: 'Failed', Message: 'Media not found' })).toBe(true);
    expect(failedResponse.decode({ Status: 'Failed', Message: 'Media not found' })).toEqual({
      message: 'Media not found',
    });
    expect(failedResponse.decode({ Status: 'Failed' })).toEqual({});
    expect(isFailed({ Status: 'Success' })).toBe(false);
    expect(isFailed('')).toBe(false);
  });

  it('round-trips', () => {
    fc.assert(
      fc.property(fc.option(fc.string(), { nil: undefined }), (message) => {
        const decoded = message === undefined ? {} : { message };
        expect(failedResponse.decode(failedResponse.encode(decoded))).toEqual(decoded);
      }),
    );
  });
});
