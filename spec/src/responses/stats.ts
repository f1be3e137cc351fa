import { z } from 'zod';

import {
  countText,
  hoursOf,
  isoDate,
  isoHour,
  wireBucketDate,
  wireDay,
  wireHours,
  wirePeriod,
} from '../codecs/index.js';
import { responseEnvelope } from './envelope.js';

/**
 * One bucket of viewing as the XML carries it (element names exactly as on the wire).
 * `time_dim` only restates `time` in hours: one it cannot read (a number format not
 * foreseen) is left out, and the hours come from `time`, rather than failing the page.
 */
const statsItemWire = z.object({
  date: wireBucketDate,
  time: countText,
  time_dim: wireHours.optional().catch(undefined),
});

/** One bucket of viewing as users get it. */
export const statsItem = z.object({
  /** `2019-12-23` for days, `2019-12-23T14:00` (Moscow time) for hours. */
  date: z.union([isoDate, isoHour]),
  /** Milliseconds of viewing in the bucket. */
  timeMs: z.int().min(0),
  /** The same in hours, two decimals, as Boomstream reports it. */
  hours: z.number().min(0),
});

const statsItemCodec = z.codec(statsItemWire, statsItem, {
  decode: (wire) => ({
    date: wire.date,
    timeMs: wire.time,
    hours: wire.time_dim ?? hoursOf(wire.time),
  }),
  encode: (item) => ({ date: item.date, time: item.timeMs, time_dim: item.hours }),
});

export const groupBy = z.enum(['day', 'hour']);
/** **Assumption**: `project` for `project` (also with `project=all`), `media` for `target`. */
export const sourceType = z.enum(['project', 'media']);

/** What `ItemFormat` always says; decoders ignore it, the mock sends it. */
export const STATS_ITEM_FORMAT: Readonly<Record<string, string>> = {
  date: 'Date',
  time: 'Time',
  time_dim: 'Time (hours)',
};

/**
 * A stats answer as the XML carries it, in wire order. An empty list is
 * `<Items/>` (parsed as `''`) or no `Items` at all.
 */
export const statsWire = z.object({
  Period: wirePeriod.optional(),
  Start: wireDay.optional(),
  End: wireDay.optional(),
  GroupBy: groupBy,
  SourceType: sourceType,
  Page: countText,
  PageLimit: countText,
  PageCount: countText,
  ItemCount: countText,
  ItemFormat: z.unknown().optional(),
  Items: z
    .union([z.literal(''), z.object({ Item: z.array(statsItemCodec).optional() })])
    .optional(),
  Status: z.literal('Success').optional(),
});

/** A page of stats as users get it: the public contract of `project` and `target`. */
export const statsPage = z.object({
  period: z.object({ start: isoDate, end: isoDate }),
  groupBy,
  sourceType,
  page: z.int().min(1),
  pageLimit: z.int().min(1),
  pageCount: z.int().min(0),
  itemCount: z.int().min(0),
  items: z.array(statsItem),
});

export type StatsItem = z.infer<typeof statsItem>;
export type StatsPage = z.infer<typeof statsPage>;

/** The body of a stats answer ↔ a stats page. The requested page is not needed: the body says it. */
export const statsResponse = z.codec(responseEnvelope(statsWire), statsPage, {
  decode: ({ body }, ctx) => {
    const period = body.Start && body.End ? { start: body.Start, end: body.End } : body.Period;
    if (!period) {
      ctx.issues.push({
        code: 'custom',
        message: 'has neither Start and End nor Period',
        input: body,
        path: ['body'],
      });
      return z.NEVER;
    }
    return {
      period,
      groupBy: body.GroupBy,
      sourceType: body.SourceType,
      page: body.Page,
      pageLimit: body.PageLimit,
      pageCount: body.PageCount,
      itemCount: body.ItemCount,
      items: body.Items ? (body.Items.Item ?? []) : [],
    };
  },
  encode: (page) => ({
    requestedPage: page.page,
    body: {
      Period: page.period,
      Start: page.period.start,
      End: page.period.end,
      GroupBy: page.groupBy,
      SourceType: page.sourceType,
      Page: page.page,
      PageLimit: page.pageLimit,
      PageCount: page.pageCount,
      ItemCount: page.itemCount,
      ItemFormat: STATS_ITEM_FORMAT,
      Items: { Item: page.items },
      Status: 'Success' as const,
    },
  }),
});
