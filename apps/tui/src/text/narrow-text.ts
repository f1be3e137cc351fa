import stripAnsi from 'strip-ansi';

/**
 * Text whose every character stands alone (a grapheme of its own) and takes one column:
 * printable ASCII and the Latin-1, punctuation, arrow, box-drawing, block, shape,
 * dingbat and braille characters the UI draws with, minus any that `string-width` (8,
 * and 7, which Ink's wrap-ansi uses) counts otherwise or that joins a neighbour. Every
 * character of the class is checked against both and against `Intl.Segmenter` in
 * narrow-text.test.ts.
 *
 * Why: the first `Intl.Segmenter` (ICU loading its break rules) and the first
 * `\p{RGI_Emoji}` match (a regex of every emoji sequence) cost some 100–150 ms here,
 * before the UI's first frame, which holds only such text.
 */
const NARROW_CHARACTERS = String.raw`\u0020-\u007E\u00A0-\u00A8\u00AA-\u00AC\u00AF-\u00FF\u2010-\u2027\u202F-\u203B\u203D-\u2048\u204A-\u205E\u2190-\u2193\u219A-\u21A8\u21AB-\u21FF\u2500-\u25A9\u25AC-\u25B5\u25B7-\u25BF\u25C1-\u25FA\u25FF\u2700-\u2701\u2703-\u2704\u2706-\u2707\u270E\u2710-\u2711\u2713\u2715\u2717-\u271C\u271E-\u2720\u2722-\u2727\u2729-\u2732\u2735-\u2743\u2745-\u2746\u2748-\u274B\u274D\u274F-\u2752\u2756\u2758-\u2762\u2765-\u2794\u2798-\u27A0\u27A2-\u27AF\u27B1-\u27BE\u2800-\u28FF`;

export const NARROW_TEXT = new RegExp(String.raw`^[${NARROW_CHARACTERS}]*$`);

/**
 * Text whose every character is a grapheme of its own: narrow text, with control
 * characters (the escape sequences of styled text) but no carriage return, which joins
 * a line feed after it (Unicode's rule GB3).
 */
export const ONE_GRAPHEME_PER_CHARACTER = new RegExp(
  String.raw`^[${NARROW_CHARACTERS}\u0000-\u000C\u000E-\u001F\u007F-\u009F]*$`,
);

/** `string-width`'s options, as its versions 7 and 8 name them. */
export interface WidthOptions {
  readonly ambiguousIsNarrow?: unknown;
  readonly countAnsiEscapeCodes?: unknown;
}

/**
 * The columns `string-width` would count, when the text is narrow once its escape
 * sequences are left out (as `string-width` leaves them out) and the options are its
 * defaults (ambiguous characters narrow); undefined when `string-width` must say.
 */
export function narrowWidth(text: unknown, options: WidthOptions = {}): number | undefined {
  // Read as string-width reads them: defaults for undefined, then truthy or not.
  const { ambiguousIsNarrow = true, countAnsiEscapeCodes = false } = options;
  if (typeof text !== 'string' || !ambiguousIsNarrow) return undefined;
  const visible =
    !countAnsiEscapeCodes && (text.includes('\u001B') || text.includes('\u009B'))
      ? stripAnsi(text)
      : text;
  return NARROW_TEXT.test(visible) ? visible.length : undefined;
}
