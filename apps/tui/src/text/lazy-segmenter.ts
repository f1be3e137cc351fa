import { ONE_GRAPHEME_PER_CHARACTER } from './narrow-text.js';

/** The real one: `Intl.Segmenter` itself is this class in the bundle (bundle.mjs). */
const { Segmenter: IntlSegmenter } = Intl;

type SegmenterArgs = ConstructorParameters<typeof Intl.Segmenter>;

/** Grapheme segments of narrow text: each character is one. */
class CharacterSegments implements Intl.Segments {
  readonly #input: string;

  constructor(input: string) {
    this.#input = input;
  }

  containing(codeUnitIndex = 0): Intl.SegmentData | undefined {
    const index = Math.trunc(codeUnitIndex) || 0;
    const segment = this.#input[index];
    return segment === undefined ? undefined : { segment, index, input: this.#input };
  }

  *[Symbol.iterator](): IterableIterator<Intl.SegmentData> {
    const input = this.#input;
    for (let index = 0; index < input.length; index++) {
      yield { segment: input.charAt(index), index, input };
    }
  }
}

/**
 * `Intl.Segmenter` in the bundle, in place of the global (for Ink's dependencies too,
 * which make theirs as they load): it makes the real one only when a string needs it.
 * Text of narrow and control characters (narrow-text.ts) is split into graphemes here:
 * every character of it is one, so the UI's first frame never loads ICU's break rules.
 */
export class LazySegmenter implements Intl.Segmenter {
  static supportedLocalesOf(
    ...args: Parameters<typeof Intl.Segmenter.supportedLocalesOf>
  ): string[] {
    return IntlSegmenter.supportedLocalesOf(...args);
  }

  readonly #args: SegmenterArgs;
  readonly #graphemes: boolean;
  #real: Intl.Segmenter | undefined;

  constructor(...args: SegmenterArgs) {
    this.#args = args;
    this.#graphemes = (args[1]?.granularity ?? 'grapheme') === 'grapheme';
  }

  #segmenter(): Intl.Segmenter {
    return (this.#real ??= new IntlSegmenter(...this.#args));
  }

  segment(input: string): Intl.Segments {
    // Anything but a string (the real one takes any value, as its text) goes to the real one.
    return this.#graphemes && typeof input === 'string' && ONE_GRAPHEME_PER_CHARACTER.test(input)
      ? new CharacterSegments(input)
      : this.#segmenter().segment(input);
  }

  resolvedOptions(): Intl.ResolvedSegmenterOptions {
    return this.#segmenter().resolvedOptions();
  }
}
