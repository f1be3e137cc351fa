import stringWidth from 'string-width';

/** `3 725 000` ms → `1:02:05`: durations read at a glance, unlike raw milliseconds. */
export function formatDuration(ms: number): string {
  const totalSeconds = Math.round(ms / 1000);
  const hours = Math.floor(totalSeconds / 3600);
  const minutes = Math.floor((totalSeconds % 3600) / 60);
  const seconds = totalSeconds % 60;
  return `${hours}:${String(minutes).padStart(2, '0')}:${String(seconds).padStart(2, '0')}`;
}

/** `make()`, called once, when first asked for. */
function once<T>(make: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= make());
}

// Made when first used: the first number format loads ICU's number data, which would
// delay the UI's first frame, where no number shows.
const HOURS = once(
  () => new Intl.NumberFormat('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 }),
);
const COUNT = once(() => new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 }));

/** Hours with two decimals and thousands separators, for reading: `14,063.90`. Exports keep the exact value. */
export function formatHours(hours: number): string {
  return HOURS().format(hours);
}

/** A whole number with thousands separators: `1,200`. */
export function formatCount(count: number): string {
  return COUNT().format(count);
}

/** A count with its noun, singular or plural and with separators: `1 session`, `1,200 items`. */
export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${formatCount(count)} ${count === 1 ? singular : pluralForm}`;
}

/**
 * `raw` with its control characters as spaces: API text (a viewer's user agent, a
 * server's message) may hold line breaks that would break a layout or a one-line
 * error, or escape sequences that the terminal would obey.
 */
export function printable(raw: string): string {
  return raw.replace(/\p{Cc}/gu, ' ');
}

/** Terminal cells `text` takes: a CJK character two, a combining mark none. */
export function cells(text: string): number {
  return stringWidth(text);
}

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/** The longest start of `text` (whole graphemes) that takes at most `width` cells. */
function cut(text: string, width: number): string {
  let used = 0;
  let end = 0;
  for (const { segment, index } of graphemes.segment(text)) {
    const size = stringWidth(segment);
    if (used + size > width) break;
    used += size;
    end = index + segment.length;
  }
  return text.slice(0, end);
}

/**
 * `text` cut to `width` terminal cells with an ellipsis, or padded to it, made
 * {@link printable}: columns line up whatever script the data is in.
 */
export function fit(raw: string, width: number, align: 'left' | 'right' = 'left'): string {
  if (width <= 0) return '';
  const text = printable(raw);
  const shown = cells(text) > width ? `${cut(text, width - 1)}…` : text;
  const padding = ' '.repeat(Math.max(width - cells(shown), 0));
  return align === 'right' ? padding + shown : shown + padding;
}
