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

/**
 * The encoders' formatting, exported for writers whose dates are valid already
 * (the mock's fast path): `2019-12-23` → `23.12.2019`. No checks: the codecs check.
 */
export const wireDayText = (iso: string): string =>
  `${iso.slice(8, 10)}.${iso.slice(5, 7)}.${iso.slice(0, 4)}`;

/** `{ start, end }` → `01.01.2019 - 10.05.2020`, unchecked as `wireDayText`. */
export const wirePeriodText = ({ start, end }: { start: string; end: string }): string =>
  `${wireDayText(start)} - ${wireDayText(end)}`;

/** A date as the XML carries it: `23.12.2019` ↔ `2019-12-23`. */
export const wireDay = z.codec(
  z.string().trim().regex(WIRE_DAY, { error: 'must be a date as DD.MM.YYYY' }),
  isoDate,
  {
    decode: (text) => text.replace(WIRE_DAY, '$3-$2-$1'),
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

export const wireBucketDate = z.codec(
  z
    .string()
    .trim()
    .regex(WIRE_BUCKET, { error: 'must be a date as DD.MM.YYYY or DD.MM.YYYY HH:mm' }),
  z.union([isoDate, isoHour]),
  {
    decode: (text) => {
      const [, dd, mm, yyyy, y2, m2, d2, hh, min] = WIRE_BUCKET.exec(text) ?? [];
      const day = `${yyyy ?? y2 ?? ''}-${mm ?? m2 ?? ''}-${dd ?? d2 ?? ''}`;
      return hh === undefined ? day : `${day}T${hh}:${min ?? '00'}`;
    },
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
    .refine((text) => !Number.isNaN(Date.parse(text.replace(' ', 'T') + 'Z')), {
      error: 'must be a real calendar time',
    }),
  z.iso.datetime({ offset: true, precision: 0 }),
  {
    decode: (text) => `${text.replace(' ', 'T')}${MOSCOW_OFFSET}`,
    encode: (iso) => moscowWallClock(new Date(iso)).replace('T', ' '),
  },
);
