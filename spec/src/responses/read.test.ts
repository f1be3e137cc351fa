import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { sessionPageArb, statsPageArb } from '../../test/arbitraries.js';
import { sessionWireItem } from '../../test/wire-items.js';
import type { ResponseCodec } from '../method.js';
import { readResponse, type ItemsReader } from './read.js';
import { sessionItemsReader, sessionResponse } from './session.js';
import { statsItemsReader, statsResponse } from './stats.js';

/** Values a parsed XML element can hold, and near misses of the wire formats. */
const oddValues = [
  '',
  ' ',
  'text',
  '0',
  '-1',
  '1.5',
  '0012',
  ' 42 ',
  '9'.repeat(17),
  '9'.repeat(400),
  '23.12.2019',
  ' 23.12.2019 ',
  '29.02.2020',
  '29.02.2021',
  '31.04.2019',
  '00.12.2019',
  '23.13.2019',
  '23.12.2019 14:00',
  '23.12.2019 24:00',
  '23.12.2019 23:60',
  '23.12.2019 14:30:59',
  '2019-12-23 14:00:00',
  '2019-12-23T14:00',
  '2019-12-23',
  '2020-09-09 11:35:28',
  '2020-09-09T11:35:28',
  ' 2020-09-09 11:35:28 ',
  '2020-02-30 11:35:28',
  '2021-02-29 00:00:00',
  '2020-09-09 24:00:00',
  '2020-09-09 11:60:00',
  '2020-09-09 11:35',
  '0.27 hours',
  '0,27 hours',
  '1 hour',
  '12hours',
  '-1 hours',
  `${'9'.repeat(400)} hours`,
  '0.27 ч',
  {},
  { x: '1' },
  ['1', '2'],
  5,
  null,
];

type Wire = Record<string, unknown>;

/** One change to an element: a name set to an odd or random value, or removed. */
const changeArb = (names: readonly string[]) =>
  fc.record({
    name: fc.constantFrom(...names),
    value: fc.oneof(
      { weight: 3, arbitrary: fc.constantFrom(...oddValues) },
      { weight: 1, arbitrary: fc.string({ maxLength: 12 }) },
      { weight: 1, arbitrary: fc.constant(undefined) },
    ),
  });

/** An element with up to three changes, or replaced by what an `<Item>` of text parses to. */
function mutatedArb(element: Wire, names: readonly string[]): fc.Arbitrary<unknown> {
  return fc.oneof(
    { weight: 1, arbitrary: fc.constant(element) },
    {
      weight: 6,
      arbitrary: fc.array(changeArb(names), { minLength: 1, maxLength: 3 }).map((changes) => {
        const changed: Wire = { ...element };
        for (const { name, value } of changes) {
          if (value === undefined) Reflect.deleteProperty(changed, name);
          else changed[name] = value;
        }
        return changed;
      }),
    },
    { weight: 1, arbitrary: fc.constantFrom<unknown>('', 'text', [], null) },
  );
}

const statsNames = ['date', 'time', 'time_dim', 'extra'];
/** Both spellings the reference uses, in other letter cases too, and a name no spelling has. */
const sessionNames = [
  'Place',
  'place',
  'ip',
  'IP',
  'Ip',
  'Country',
  'UserAgent',
  'useragent',
  'Start',
  'CreatedAt',
  'createdat',
  'LeftActivations',
  'LEFTACTIVATIONS',
  'extra',
];

/** A valid wire element of a reader's kind, with its names to mutate. */
const elements = {
  stats: {
    reader: statsItemsReader as ItemsReader<unknown>,
    codec: statsResponse,
    names: statsNames,
    arb: statsPageArb.map((page): Wire[] => {
      const list = statsResponse.encode(page).body.Items;
      return typeof list === 'object' ? (list.Item ?? []) : [];
    }),
    body: (items: unknown[]): Wire => ({
      ...statsResponse.encode({
        period: { start: '2024-01-01', end: '2024-01-31' },
        groupBy: 'day',
        sourceType: 'project',
        page: 1,
        pageLimit: 1000,
        pageCount: 1,
        itemCount: items.length,
        items: [],
      }).body,
      Items: { Item: items },
    }),
  },
  sessions: {
    reader: sessionItemsReader as ItemsReader<unknown>,
    codec: sessionResponse,
    names: sessionNames,
    arb: sessionPageArb.map((page): Wire[] => {
      const { Item: items } = sessionResponse.encode(page).body;
      return Array.isArray(items) ? (items as Wire[]) : [];
    }),
    body: (items: unknown[]): Wire => ({ Item: items, Status: 'Success' }),
  },
};

/** What a decode answers, for comparing: the page, or the issues of the error. */
function outcome(result: { success: boolean; data?: unknown; error?: { issues: unknown } }) {
  return result.success ? { page: result.data } : { issues: result.error?.issues };
}

describe.each(Object.entries(elements))(
  'the %s reader agrees with the zod codec',
  (_kind, kind) => {
    const codec: ResponseCodec = kind.codec;
    const itemArb = kind.arb
      .filter((items) => items.length > 0)
      .chain((items) => fc.constantFrom(...items))
      .chain((element) => mutatedArb(element, kind.names));

    it('on every item, valid or mutated: the same item, or both refuse it', () => {
      fc.assert(
        fc.property(itemArb, (element) => {
          const byZod = codec.safeParse({ requestedPage: 1, body: kind.body([element]) });
          const byHand = kind.reader.item(element);
          expect(byHand).toEqual(byZod.success ? byZod.data.items[0] : undefined);
        }),
        { numRuns: 2000 },
      );
      // Thousands of runs through zod: seconds on a busy machine, not a hang.
    }, 60_000);

    it('on whole pages with mutated items: the same page, or the same error', () => {
      fc.assert(
        fc.property(
          fc.array(itemArb, { maxLength: 6 }),
          fc.integer({ min: 1, max: 50 }),
          (items, requestedPage) => {
            const body = kind.body(items);
            expect(outcome(readResponse(codec, requestedPage, body))).toEqual(
              outcome(codec.safeParse({ requestedPage, body })),
            );
          },
        ),
        { numRuns: 500 },
      );
    }, 60_000);
  },
);

describe('readResponse on layouts and envelopes', () => {
  const statsBody = elements.stats.body([{ date: '23.12.2019', time: '965600' }]);
  const item = sessionWireItem;
  const cases: [string, ResponseCodec, Wire][] = [
    ['stats, <Items/>', statsResponse, { ...statsBody, Items: '' }],
    ['stats, no Items', statsResponse, { ...statsBody, Items: undefined }],
    ['stats, Items of text', statsResponse, { ...statsBody, Items: 'text' }],
    ['stats, two Items', statsResponse, { ...statsBody, Items: [{ Item: [] }, { Item: [] }] }],
    ['stats, Items without Item', statsResponse, { ...statsBody, Items: { Other: 'x' } }],
    ['stats, Items with more', statsResponse, { ...statsBody, Items: { Item: [], Other: 'x' } }],
    ['stats, a bad Page', statsResponse, { ...statsBody, Page: 'one' }],
    ['stats, no period', statsResponse, { ...statsBody, Period: undefined, Start: undefined }],
    ['stats, Status Other', statsResponse, { ...statsBody, Status: 'Other' }],
    ['sessions, under the root', sessionResponse, { Item: [item] }],
    ['sessions, wrapped', sessionResponse, { Items: { Item: [item] } }],
    ['sessions, both', sessionResponse, { Item: [item], Items: { Item: [{}] } }],
    ['sessions, <Items/>', sessionResponse, { Items: '' }],
    ['sessions, Items of text', sessionResponse, { Items: 'text' }],
    ['sessions, Item of text', sessionResponse, { Item: 'text' }],
    ['sessions, Status Other', sessionResponse, { Item: [item], Status: 'Other' }],
  ];
  it.each(cases)('%s', (_case, codec, body) => {
    expect(outcome(readResponse(codec, 2, body))).toEqual(
      outcome(codec.safeParse({ requestedPage: 2, body })),
    );
  });

  it('reads valid items by hand: the page is built without a zod parse of them', () => {
    const body = { Item: [item] };
    expect(sessionItemsReader.split(body)).toEqual({ rest: {}, items: [item] });
    expect(sessionItemsReader.item(item)).toEqual(
      sessionResponse.parse({ requestedPage: 1, body }).items[0],
    );
  });
});
