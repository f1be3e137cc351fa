import fc from 'fast-check';

import type { SessionPage, StatsPage } from '../src/index.js';
import { hoursOf } from '../src/index.js';

const pad = (n: number) => String(n).padStart(2, '0');

/** Any calendar date from 1971 to 2099, as ISO. */
export const isoDateArb = fc
  .date({
    min: new Date('1971-01-01T00:00:00Z'),
    max: new Date('2099-12-31T00:00:00Z'),
    noInvalidDate: true,
  })
  .map((date) => date.toISOString().slice(0, 10));

/** Any hour bucket label, `YYYY-MM-DDTHH:mm`. */
export const isoHourArb = fc
  .tuple(isoDateArb, fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }))
  .map(([day, hour, minute]) => `${day}T${pad(hour)}:${pad(minute)}`);

/** Any Moscow time with its offset, whole seconds. */
export const moscowTimeArb = fc
  .tuple(isoDateArb, fc.integer({ min: 0, max: 86_399 }))
  .map(
    ([day, s]) =>
      `${day}T${pad(Math.floor(s / 3600))}:${pad(Math.floor(s / 60) % 60)}:${pad(s % 60)}+03:00`,
  );

/** Text the XML can carry once trimmed: no edge whitespace, no control characters. */
const textArb = fc
  .string({ minLength: 1, maxLength: 40 })
  .map((s) => s.replace(/[\p{Cc}]/gu, '').trim())
  .filter((s) => s.length > 0);

const statsItemArb = fc
  .record({ date: fc.oneof(isoDateArb, isoHourArb), timeMs: fc.integer({ min: 0, max: 10 ** 12 }) })
  .map(({ date, timeMs }) => ({ date, timeMs, hours: hoursOf(timeMs) }));

/** Any decoded stats page. */
export const statsPageArb: fc.Arbitrary<StatsPage> = fc.record({
  period: fc.record({ start: isoDateArb, end: isoDateArb }),
  groupBy: fc.constantFrom('day', 'hour'),
  sourceType: fc.constantFrom('project', 'media'),
  page: fc.integer({ min: 1, max: 10_000 }),
  pageLimit: fc.integer({ min: 1, max: 10_000 }),
  pageCount: fc.nat(10_000),
  itemCount: fc.nat(10 ** 7),
  items: fc.array(statsItemArb, { maxLength: 20 }),
});

/** Any decoded session page. */
export const sessionPageArb: fc.Arbitrary<SessionPage> = fc.record({
  page: fc.integer({ min: 1, max: 10_000 }),
  items: fc.array(
    fc.record({
      place: textArb,
      ip: fc.ipV4(),
      country: textArb,
      userAgent: textArb,
      createdAt: moscowTimeArb,
      leftActivations: fc.integer({ min: -1, max: 1000 }),
    }),
    { maxLength: 10 },
  ),
});
