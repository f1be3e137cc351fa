import { z } from 'zod';

import type { ResponseCodec } from '../method.js';
import { sessionItemsReader, sessionResponse } from './session.js';
import { statsItemsReader, statsResponse } from './stats.js';

/**
 * A response codec's items read without zod: the rules of the codec's item
 * schemas restated as plain checks, which run several times faster than a
 * parse of each item. A reader only ever says "this is the item the codec
 * decodes" or "not sure": for anything but the plain layout and valid items
 * it declines, and the codec reads the whole answer, so errors are always the
 * codec's own. `read.test.ts` proves both agree on valid and mutated input.
 */
export interface ItemsReader<Item> {
  /**
   * The body without its items, for the codec to check what else it holds, and
   * the items as parsed; `undefined` for a layout the reader leaves to the codec.
   */
  split(
    body: Record<string, unknown>,
  ): { readonly rest: Record<string, unknown>; readonly items: readonly unknown[] } | undefined;
  /** One item as the codec decodes it, or `undefined` where the codec may refuse it. */
  item(element: unknown): Item | undefined;
}

const readers = new Map<ResponseCodec, ItemsReader<unknown>>([
  [statsResponse, statsItemsReader],
  [sessionResponse, sessionItemsReader],
]);

const compiled = new Map<ResponseCodec, ResponseCodec>();

/**
 * The codec compiled by zod (`z.compile`) for the envelope: its generated check
 * runs in half the time of a parse, and hands anything it refuses to the runtime
 * parser, so errors stay the codec's. Compiled when first used, not on import.
 */
function envelopeCodec<C extends ResponseCodec>(codec: C): C {
  // The map holds each codec's own clone, of its own type.
  let fast = compiled.get(codec) as C | undefined;
  if (fast === undefined) {
    fast = z.compile(codec);
    compiled.set(codec, fast);
  }
  return fast;
}

/** The page of a plain answer with valid items, read by hand but for the envelope; else `undefined`. */
function readByHand<C extends ResponseCodec>(
  codec: C,
  requestedPage: number,
  body: Record<string, unknown>,
): z.output<C> | undefined {
  const reader = readers.get(codec);
  const split = reader?.split(body);
  if (reader === undefined || split === undefined) return undefined;
  const items: unknown[] = [];
  for (const element of split.items) {
    const item = reader.item(element);
    if (item === undefined) return undefined;
    items.push(item);
  }
  const envelope = envelopeCodec(codec).safeParse({ requestedPage, body: split.rest });
  // `read.test.ts` proves a reader's items are the codec's.
  return envelope.success ? { ...envelope.data, items } : undefined;
}

/**
 * What `codec.safeParse({ requestedPage, body })` answers, faster: the page of a
 * valid answer, or the codec's own error. `body` is the parsed `<Response>`.
 */
export function readResponse<C extends ResponseCodec>(
  codec: C,
  requestedPage: number,
  body: Record<string, unknown>,
): z.ZodSafeParseResult<z.output<C>> {
  const page = readByHand(codec, requestedPage, body);
  return page === undefined
    ? codec.safeParse({ requestedPage, body })
    : { success: true, data: page };
}
