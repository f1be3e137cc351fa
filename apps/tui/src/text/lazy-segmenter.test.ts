import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { LazySegmenter } from './lazy-segmenter.js';

const text = fc
  .array(
    fc.oneof(
      fc.constantFrom('a', ' ', '·', '─', '❯', '▁', '⠼', '\u001B', '[', 'm', '\n', '\r', '\r\n'),
      fc.constantFrom('😀', '👩‍💻', '🇫🇷', '東', 'e\u0301', '\u200D', '\uFE0F', '각', '\u1100\u1161'),
      fc.string({ unit: 'grapheme', maxLength: 3 }),
    ),
    { maxLength: 20 },
  )
  .map((parts) => parts.join(''));
const granularity = fc.constantFrom<Intl.SegmenterOptions['granularity']>(
  'grapheme',
  'word',
  'sentence',
  undefined,
);

describe('LazySegmenter', () => {
  it('segments as Intl.Segmenter does, for any text and granularity', () => {
    fc.assert(
      fc.property(text, granularity, (sample, chosen) => {
        const options = chosen === undefined ? undefined : { granularity: chosen };
        const lazy = new LazySegmenter('en', options).segment(sample);
        const real = new Intl.Segmenter('en', options).segment(sample);
        expect([...lazy]).toEqual([...real]);
        for (let index = -1; index <= sample.length; index++) {
          expect(lazy.containing(index), `containing(${index})`).toEqual(real.containing(index));
        }
        expect(lazy.containing()).toEqual(real.containing());
      }),
      { numRuns: 400 },
    );
  });

  it('resolves its options as Intl.Segmenter does', () => {
    expect(new LazySegmenter('en', { granularity: 'word' }).resolvedOptions()).toEqual(
      new Intl.Segmenter('en', { granularity: 'word' }).resolvedOptions(),
    );
    expect(LazySegmenter.supportedLocalesOf(['en', 'ru'])).toEqual(
      Intl.Segmenter.supportedLocalesOf(['en', 'ru']),
    );
  });

  /** What constructing with these arguments comes to: the error's class, or the options resolved. */
  const outcome = (make: () => Intl.Segmenter) => {
    try {
      const { locale, granularity } = make().resolvedOptions();
      return { locale, granularity };
    } catch (error) {
      return { throws: (error as Error).constructor.name };
    }
  };

  it('reads and checks its arguments when made, as Intl.Segmenter does', () => {
    const locales = fc.constantFrom<unknown>(
      undefined,
      'en',
      'ru-RU',
      ['fr', 'en'],
      [],
      'en-!!',
      42,
      [null],
      new Intl.Locale('de'),
    );
    const options = fc.oneof(
      fc.constantFrom<unknown>(undefined, null, 'word', 7, {}, () => undefined),
      fc.record(
        {
          granularity: fc.constantFrom<unknown>(
            'grapheme',
            'word',
            'sentence',
            'bogus',
            undefined,
            null,
            { toString: () => 'word' },
          ),
          localeMatcher: fc.constantFrom<unknown>('lookup', 'best fit', 'nope', undefined),
        },
        { requiredKeys: [] },
      ),
    );
    fc.assert(
      fc.property(locales, options, (chosenLocales, chosenOptions) => {
        type Args = ConstructorParameters<typeof Intl.Segmenter>;
        const args = [chosenLocales, chosenOptions] as Args;
        expect(outcome(() => new LazySegmenter(...args))).toEqual(
          outcome(() => new Intl.Segmenter(...args)),
        );
      }),
      { numRuns: 300 },
    );
  });

  it('keeps the options it was made with when the caller changes its objects after', () => {
    const options: Intl.SegmenterOptions = { granularity: 'grapheme' };
    const locales = ['en'];
    const lazy = new LazySegmenter(locales, options);
    options.granularity = 'word';
    locales[0] = 'fr';
    expect([...lazy.segment('hi 東京')].map(({ segment }) => segment)).toEqual([
      'h',
      'i',
      ' ',
      '東',
      '京',
    ]);
    expect(lazy.resolvedOptions()).toMatchObject({ locale: 'en', granularity: 'grapheme' });
  });
});
