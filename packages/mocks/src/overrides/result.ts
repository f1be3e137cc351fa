import {
  hoursOf,
  methods,
  moscowWallClock,
  sessionItem,
  sessionPage,
  statsItem,
  statsPage,
  type ItemKind,
  type MethodName,
} from '@boomstream/spec';
import { z } from 'zod';

import type { MockCall, MockItem, MockPage } from '../answer/call.js';
import { mockFault, type MockFault } from '../server/faults.js';

/**
 * What a handler answers: the items of the answer (the mock orders and pages
 * them), a whole page (sent as it is), `failed(message)` or another fault, or
 * `undefined` to leave the request to the previous override, then to the world.
 */
export type HandlerResult<M extends MethodName> =
  readonly MockItem<M>[] | MockPage<M> | MockFault | undefined;

/** `Status` `Failed` with this `Message` (none: a `Failed` without `Message`), as a handler's answer. */
export function failed(message?: string): MockFault {
  return message === undefined ? { kind: 'failed' } : { kind: 'failed', message };
}

/** A handler's answer, checked and in the spec's decoded shape. */
export type Checked =
  | { readonly kind: 'items'; readonly items: readonly unknown[] }
  | { readonly kind: 'page'; readonly page: object }
  | { readonly kind: 'fault'; readonly fault: MockFault };

/** A stats item as a handler may give it: `hours` computed when left out. Unknown keys are typos, not data. */
const statsItemInput = statsItem
  .extend({ hours: statsItem.shape.hours.optional() })
  .strict()
  .transform((item) => ({ ...item, hours: item.hours ?? hoursOf(item.timeMs) }));
const sessionItemInput = sessionItem.strict();

/** What a handler may answer, by the kind of items its method answers: a new kind needs its schemas. */
const resultSchemas: {
  readonly [K in ItemKind]: { items: z.ZodType<unknown[]>; page: z.ZodType<object> };
} = {
  stats: {
    items: z.array(statsItemInput),
    page: statsPage.extend({ items: z.array(statsItemInput) }).strict(),
  },
  sessions: {
    items: z.array(sessionItemInput),
    page: sessionPage.extend({ items: z.array(sessionItemInput) }).strict(),
  },
};

/** The Moscow day of an item: its date, or the day its session was created. */
function dayOf(item: { date?: string; createdAt?: string }): string {
  return item.date?.slice(0, 10) ?? moscowWallClock(new Date(item.createdAt ?? NaN)).slice(0, 10);
}

/** An item's place in time, for ordering: ISO bucket dates sort as text, sessions by instant. */
function instantOf(item: { date?: string; createdAt?: string }): number {
  return Date.parse(item.date ?? item.createdAt ?? '');
}

/**
 * The items of the answer, oldest first, inside the asked period (others are
 * left out, as the API answers only the period asked). Throws, naming the item,
 * for what the API could not answer: an hourly bucket for `group=day`, or the
 * reverse, and two buckets of one date.
 */
function itemsFor(call: MockCall, items: readonly { date?: string; createdAt?: string }[]) {
  const { start, end, group } = call.params;
  const seen = new Set<string>();
  items.forEach(({ date }, index) => {
    if (date === undefined) return;
    if (date.includes('T') !== (group === 'hour')) {
      throw new Error(
        `items[${index}].date: ${date} is ${date.includes('T') ? 'an hour' : 'a day'}, but the request asks group=${String(group)}`,
      );
    }
    if (seen.has(date)) throw new Error(`items[${index}].date: two items dated ${date}`);
    seen.add(date);
  });
  return items
    .filter((item) => dayOf(item) >= String(start) && dayOf(item) <= String(end))
    .toSorted((a, b) => instantOf(a) - instantOf(b));
}

/** What a handler's answer is, checked against the spec; throws a message saying what is wrong. */
export function checkResult(call: MockCall, result: unknown): Checked | undefined {
  if (result === undefined) return undefined;
  const schemas = resultSchemas[methods[call.method].items];
  const parse = <T>(schema: z.ZodType<T>, value: unknown): T => {
    const parsed = schema.safeParse(value);
    if (!parsed.success) throw new Error(z.prettifyError(parsed.error));
    return parsed.data;
  };
  if (Array.isArray(result)) {
    const items = parse(schemas.items, result) as { date?: string; createdAt?: string }[];
    return { kind: 'items', items: itemsFor(call, items) };
  }
  if (typeof result === 'object' && result !== null && 'kind' in result) {
    return { kind: 'fault', fault: parse(mockFault, result) };
  }
  if (typeof result === 'object' && result !== null && 'items' in result) {
    return { kind: 'page', page: parse(schemas.page, result) };
  }
  throw new Error(
    `returned ${JSON.stringify(result)}: expected the answer's items (an array), a page ({ …, items }), failed(message), a fault ({ kind }), or undefined to leave the request to the world`,
  );
}
