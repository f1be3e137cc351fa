import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { isoDateArb, isoHourArb, moscowTimeArb } from '../../test/arbitraries.js';
import { isoDate, wireBucketDate, wireDay, wireMoscowTime, wirePeriod } from './dates.js';

describe('isoDate', () => {
  it.each(['2020-02-29', '2019-12-23', '2000-02-29'])('accepts the calendar date %s', (date) => {
    expect(isoDate.safeParse(date).success).toBe(true);
  });

  it.each([
    '2021-02-29',
    '1900-02-29',
    '2019-13-01',
    '2019-04-31',
    '2019-12-23T00:00',
    '23.12.2019',
    '',
  ])('rejects %j', (date) => {
    expect(isoDate.safeParse(date).error?.issues[0]?.message).toBe(
      'must be a calendar date as YYYY-MM-DD',
    );
  });
});

describe('wireDay', () => {
  it('decodes DD.MM.YYYY to ISO and back', () => {
    expect(wireDay.decode('23.12.2019')).toBe('2019-12-23');
    expect(wireDay.encode('2019-12-23')).toBe('23.12.2019');
  });

  it('rejects dates that do not exist', () => {
    expect(wireDay.safeDecode('29.02.2021').success).toBe(false);
    expect(wireDay.safeDecode('2019-12-23').success).toBe(false);
  });

  it('round-trips any date', () => {
    fc.assert(fc.property(isoDateArb, (date) => wireDay.decode(wireDay.encode(date)) === date));
  });
});

describe('wireBucketDate', () => {
  it.each([
    ['23.12.2019', '2019-12-23'],
    ['23.12.2019 14:00', '2019-12-23T14:00'],
    ['23.12.2019 14:30', '2019-12-23T14:30'],
    ['23.12.2019 14:00:00', '2019-12-23T14:00'],
    ['2019-12-23 14:00:00', '2019-12-23T14:00'],
  ])('decodes %j as %j', (wire, iso) => {
    expect(wireBucketDate.decode(wire)).toBe(iso);
  });

  it('encodes hours as DD.MM.YYYY HH:mm', () => {
    expect(wireBucketDate.encode('2019-12-23T14:00')).toBe('23.12.2019 14:00');
  });

  it.each(['23.12.2019 25:00', '31.11.2019', '23/12/2019', '23.12.2019T'])('rejects %j', (wire) => {
    expect(wireBucketDate.safeDecode(wire).success).toBe(false);
  });

  it('round-trips any day or hour', () => {
    fc.assert(
      fc.property(
        fc.oneof(isoDateArb, isoHourArb),
        (date) => wireBucketDate.decode(wireBucketDate.encode(date)) === date,
      ),
    );
  });
});

describe('wirePeriod', () => {
  it('decodes the reference example', () => {
    expect(wirePeriod.decode('01.01.2019 - 10.05.2020')).toEqual({
      start: '2019-01-01',
      end: '2020-05-10',
    });
  });

  it('round-trips any pair of dates', () => {
    fc.assert(
      fc.property(isoDateArb, isoDateArb, (start, end) => {
        expect(wirePeriod.decode(wirePeriod.encode({ start, end }))).toEqual({ start, end });
      }),
    );
  });
});

describe('wireMoscowTime', () => {
  it('reads Moscow wall-clock time and keeps its offset', () => {
    const iso = wireMoscowTime.decode('2020-09-09 11:35:28');
    expect(iso).toBe('2020-09-09T11:35:28+03:00');
    expect(new Date(iso).toISOString()).toBe('2020-09-09T08:35:28.000Z');
  });

  it('encodes an instant in another offset as Moscow time', () => {
    expect(wireMoscowTime.encode('2020-09-09T08:35:28Z')).toBe('2020-09-09 11:35:28');
    expect(wireMoscowTime.encode('2020-09-09T23:00:00-02:00')).toBe('2020-09-10 04:00:00');
  });

  it('rejects times that do not exist', () => {
    expect(wireMoscowTime.safeDecode('2021-02-29 10:00:00').success).toBe(false);
    expect(wireMoscowTime.safeDecode('2020-09-09 24:00:00').success).toBe(false);
  });

  it('round-trips any Moscow time', () => {
    fc.assert(
      fc.property(
        moscowTimeArb,
        (iso) => wireMoscowTime.decode(wireMoscowTime.encode(iso)) === iso,
      ),
    );
  });
});
