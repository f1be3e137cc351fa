import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { readBucketDate, readMoscowTime, wireBucketDate, wireMoscowTime } from './dates.js';
import { countText, integerText, readCount, readInteger } from './integer-text.js';
import { readHours, wireHours } from './time-dim.js';

/** A text shaped like `shape`: each `9` any digit, each `.` any of `sep`, the rest as is; often padded. */
function shapedArb(shapes: readonly string[], sep: readonly string[]): fc.Arbitrary<string> {
  const char = (c: string) =>
    c === '9'
      ? fc.constantFrom('0', '1', '2', '3', '4', '5', '6', '7', '8', '9')
      : c === '.'
        ? fc.constantFrom(...sep)
        : fc.constant(c);
  return fc
    .tuple(
      fc.constantFrom(...shapes).chain((shape) => fc.tuple(...Array.from(shape, char))),
      fc.constantFrom('', ' ', '\t'),
    )
    .map(([chars, pad]) => `${pad}${chars.join('')}${pad}`);
}

/** Either digits in the codec's own forms, with near-miss separators, or any text. */
const textsLike = (shapes: readonly string[], sep: readonly string[]) =>
  fc.oneof({ weight: 4, arbitrary: shapedArb(shapes, sep) }, { weight: 1, arbitrary: fc.string() });

/** The calendar's edges: February 29 of leap and other years, month ends, hour and minute limits. */
const edgeDays = ['0000', '1900', '2000', '2023', '2024', '2100'].flatMap((year) => [
  `29.02.${year}`,
  `${year}-02-29 23:59:59`,
  `31.04.${year} 00:00`,
  `30.04.${year} 24:00`,
  `31.12.${year} 23:60`,
  `00.01.${year}`,
  `01.00.${year}`,
]);

/** Small numbers in each field, so that real days and hours come up, not only 99.99.9999. */
const bucketTexts = fc.oneof(
  fc.constantFrom(...edgeDays),
  textsLike(
    ['99.99.9999', '99.99.9999 99:99', '99.99.9999 99:99:99', '9999-99-99 99:99:99', '9999-99-99'],
    ['.', '-', ':', ' ', 'T'],
  ),
  fc
    .record({
      day: fc.integer({ min: 0, max: 32 }),
      month: fc.integer({ min: 0, max: 13 }),
      year: fc.integer({ min: 0, max: 9999 }),
      hour: fc.option(fc.integer({ min: 0, max: 25 })),
      minute: fc.integer({ min: 0, max: 60 }),
    })
    .map(({ day, month, year, hour, minute }) => {
      const pad = (n: number, width = 2) => String(n).padStart(width, '0');
      const date = `${pad(day)}.${pad(month)}.${pad(year, 4)}`;
      return hour === null ? date : `${date} ${pad(hour)}:${pad(minute)}`;
    }),
);

const moscowTexts = fc.oneof(
  fc.constantFrom(...edgeDays.map((day) => day.replace(/^(\d\d)\.(\d\d)\.(\d{4})/, '$3-$2-$1'))),
  textsLike(
    ['9999-99-99 99:99:99', '9999-99-99T99:99:99', '9999-99-99 99:99'],
    ['-', ':', ' ', 'T'],
  ),
);

/**
 * Each `read…` restates its codec's rule without zod, for the response readers:
 * on any text it gives what the codec decodes, or `undefined` where the codec fails.
 */
describe('each read function agrees with its codec', () => {
  const cases = [
    ['readBucketDate', readBucketDate, wireBucketDate, bucketTexts],
    ['readMoscowTime', readMoscowTime, wireMoscowTime, moscowTexts],
    ['readCount', readCount, countText, textsLike(['9', '99', '9'.repeat(16), '.9'], ['-', '+'])],
    [
      'readInteger',
      readInteger,
      integerText,
      textsLike(['.9', '.99', '.9999999999999999'], ['-', '+']),
    ],
    [
      'readHours',
      readHours,
      wireHours,
      textsLike(['9.99 hours', '9,9 hour', '99hours', `${'9'.repeat(320)} hours`], ['.', ',', '']),
    ],
  ] as const;

  it.each(cases)('%s', (_name, read, codec, texts) => {
    fc.assert(
      fc.property(texts, (text) => {
        const decoded = codec.safeDecode(text);
        expect(read(text)).toEqual(decoded.success ? decoded.data : undefined);
      }),
      { numRuns: 3000 },
    );
  });

  it.each([5, {}, null, undefined])('each refuses what is not text: %j', (value) => {
    for (const [, read] of cases) expect(read(value)).toBeUndefined();
  });
});
