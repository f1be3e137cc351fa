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
});
