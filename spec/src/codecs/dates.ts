import { z } from 'zod';

import { MOSCOW_OFFSET, moscowWallClock } from '../calendar.js';

/** A calendar date as users see it: `2019-12-23`. */
export const isoDate = z.iso.date({ error: 'must be a calendar date as YYYY-MM-DD' });

/** An hourly bucket as users see it: `2019-12-23T14:00` (Moscow time, no offset). */
export const isoHour = z.iso.datetime({
  local: true,
  precision: -1,
  error: 'must be a date and time as YYYY-MM-DDTHH:mm',
});

const WIRE_DAY = /^(\d{2})\.(\d{2})\.(\d{4})$/;

/** The encoders' formatting: `2019-12-23` → `23.12.2019`. No checks: the codecs check. */
const wireDayText = (iso: string): string =>
  `${iso.slice(8, 10)}.${iso.slice(5, 7)}.${iso.slice(0, 4)}`;

/** `{ start, end }` → `01.01.2019 - 10.05.2020`, unchecked as `wireDayText`. */
const wirePeriodText = ({ start, end }: { start: string; end: string }): string =>
  `${wireDayText(start)} - ${wireDayText(end)}`;

/** A date as the XML carries it: `23.12.2019` ↔ `2019-12-23`. */
export const wireDay = z.codec(
  z.string().trim().regex(WIRE_DAY, { error: 'must be a date as DD.MM.YYYY' }),
  isoDate,
  {
    // By position: the pattern fixed them (a `$3-$2-$1` replacement takes several times longer).
    decode: (text) => `${text.slice(6, 10)}-${text.slice(3, 5)}-${text.slice(0, 2)}`,
    encode: wireDayText,
  },
);

/**
 * The date of a stats bucket: `DD.MM.YYYY` for days; for hours
 * **assumption** (the reference shows no hourly example): `DD.MM.YYYY HH:00`,
 * also read as `DD.MM.YYYY HH:mm`, `DD.MM.YYYY HH:mm:ss` and `YYYY-MM-DD HH:mm:ss`.
 * Seconds are dropped: a bucket is an hour, its label carries no seconds.
 */
const WIRE_BUCKET =
  /^(?:(\d{2})\.(\d{2})\.(\d{4})|(\d{4})-(\d{2})-(\d{2}))(?:[ T](\d{2}):(\d{2})(?::\d{2})?)?$/;

/** Where the year, month and day stand in a text `WIRE_BUCKET` matched, by its first form. */
const DAY_FIRST = { year: 6, month: 3, day: 0 }; // DD.MM.YYYY
const YEAR_FIRST = { year: 0, month: 5, day: 8 }; // YYYY-MM-DD

/** The field positions of a text `WIRE_BUCKET` matched: every one is fixed by the form. */
const fieldsOf = (wire: string) => (wire.charCodeAt(2) === 0x2e ? DAY_FIRST : YEAR_FIRST);

/** The ISO label of a text `WIRE_BUCKET` matched: its day, and its hour when it has one. */
function bucketLabel(wire: string): string {
  const { year, month, day } = fieldsOf(wire);
  const date = `${wire.slice(year, year + 4)}-${wire.slice(month, month + 2)}-${wire.slice(day, day + 2)}`;
  return wire.length > 10 ? `${date}T${wire.slice(11, 16)}` : date;
}

export const wireBucketDate = z.codec(
  z
    .string()
    .trim()
    .regex(WIRE_BUCKET, { error: 'must be a date as DD.MM.YYYY or DD.MM.YYYY HH:mm' }),
  z.union([isoDate, isoHour]),
  {
    decode: bucketLabel,
    encode: (iso) => {
      const day = wireDayText(iso);
      return iso.length > 10 ? `${day} ${iso.slice(11, 16)}` : day;
    },
  },
);

const WIRE_PERIOD = /^(\d{2}\.\d{2}\.\d{4})\s*-\s*(\d{2}\.\d{2}\.\d{4})$/;

/** `Period` as the XML carries it: `01.01.2019 - 10.05.2020` ↔ `{ start, end }`. */
export const wirePeriod = z.codec(
  z.string().trim().regex(WIRE_PERIOD, { error: 'must be a period as DD.MM.YYYY - DD.MM.YYYY' }),
  z.object({ start: isoDate, end: isoDate }),
  {
    decode: (text) => {
      const [, start = '', end = ''] = WIRE_PERIOD.exec(text) ?? [];
      return { start: wireDay.decode(start), end: wireDay.decode(end) };
    },
    encode: wirePeriodText,
  },
);

const WIRE_MOSCOW_TIME = /^(\d{4}-\d{2}-\d{2})[ T](\d{2}:\d{2}:\d{2})$/;

/** The wall-clock time read as if in UTC: `NaN` for a time no calendar has. */
const asUtc = (text: string) => Date.parse(`${text.replace(' ', 'T')}Z`);
/** A Moscow wall-clock text `WIRE_MOSCOW_TIME` matched, as ISO 8601 with its offset. */
const withMoscowOffset = (text: string) => `${text.replace(' ', 'T')}${MOSCOW_OFFSET}`;

/**
 * A session time as the XML carries it, Moscow wall-clock `2020-09-09 11:35:28`,
 * ↔ ISO 8601 with its offset, `2020-09-09T11:35:28+03:00`. Encoding an instant
 * given in another offset converts it to Moscow time first.
 */
export const wireMoscowTime = z.codec(
  z
    .string()
    .trim()
    .regex(WIRE_MOSCOW_TIME, { error: 'must be a time as YYYY-MM-DD HH:mm:ss' })
    .refine((text) => !Number.isNaN(asUtc(text)), {
      error: 'must be a real calendar time',
    }),
  z.iso.datetime({ offset: true, precision: 0 }),
  {
    decode: withMoscowOffset,
    encode: (iso) => moscowWallClock(new Date(iso)).replace('T', ' '),
  },
);
