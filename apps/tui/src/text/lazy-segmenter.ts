import { ONE_GRAPHEME_PER_CHARACTER } from './narrow-text.js';

/** The real one: `Intl.Segmenter` itself is this class in the bundle (bundle.mjs). */
const { Segmenter: IntlSegmenter } = Intl;

type SegmenterArgs = ConstructorParameters<typeof Intl.Segmenter>;

/** Grapheme segments of text whose every character is one (ONE_GRAPHEME_PER_CHARACTER). */
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

const GRANULARITIES: ReadonlySet<string> = new Set(['grapheme', 'word', 'sentence']);
const LOCALE_MATCHERS: ReadonlySet<string> = new Set(['lookup', 'best fit']);

/** An option as the real constructor reads it: its default when undefined, else as text. */
function option(value: unknown, fallback: string, allowed: ReadonlySet<string>, name: string) {
  // ToString, as the real constructor reads it: an object counts as its text.
  // eslint-disable-next-line @typescript-eslint/no-base-to-string
  const text = value === undefined ? fallback : String(value);
  if (!allowed.has(text)) {
    throw new RangeError(`Value ${text} out of range for Intl.Segmenter options property ${name}`);
  }
  return text;
}

/**
 * The arguments as the real constructor reads them, and when: now, once. A bad one
 * throws here as it would there, and objects the caller changes later change nothing.
 */
function readArguments(...[locales, options]: SegmenterArgs): SegmenterArgs {
  // TypeScript's declaration leaves out what it takes at run time: an Intl.Locale too.
  const canonical = Intl.getCanonicalLocales(locales as string | readonly string[] | undefined);
  // Typed, but JavaScript calls it too (Ink's dependencies): check what came.
  const given: unknown = options;
  if (given === undefined) return [canonical, {}];
  if (given === null || (typeof given !== 'object' && typeof given !== 'function')) {
    throw new TypeError('Intl.Segmenter: the options must be an object');
  }
  const read = given as Record<string, unknown>;
  const localeMatcher = option(read['localeMatcher'], 'best fit', LOCALE_MATCHERS, 'localeMatcher');
  const granularity = option(read['granularity'], 'grapheme', GRANULARITIES, 'granularity');
  return [canonical, { localeMatcher, granularity } as Intl.SegmenterOptions];
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
    this.#args = readArguments(...args);
    this.#graphemes = (this.#args[1]?.granularity ?? 'grapheme') === 'grapheme';
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
