/** `3 725 000` ms → `1:02:05`: durations read at a glance, unlike raw milliseconds. */
export function formatDuration(ms: number): string {
  const totalSeconds = Math.round(ms / 1000);
  const hours = Math.floor(totalSeconds / 3600);
  const minutes = Math.floor((totalSeconds % 3600) / 60);
  const seconds = totalSeconds % 60;
  return `${hours}:${String(minutes).padStart(2, '0')}:${String(seconds).padStart(2, '0')}`;
}

/** Hours with two decimals, as Boomstream reports them. */
export function formatHours(hours: number): string {
  return hours.toFixed(2);
}

/**
 * `raw` with its control characters as spaces: API text (a viewer's user agent, a
 * server's message) may hold line breaks that would break a layout or a one-line
 * error, or escape sequences that the terminal would obey.
 */
export function printable(raw: string): string {
  return raw.replace(/\p{Cc}/gu, ' ');
}

/** `text` cut to `width` columns with an ellipsis, or padded to it, made {@link printable}. */
export function fit(raw: string, width: number, align: 'left' | 'right' = 'left'): string {
  if (width <= 0) return '';
  const text = printable(raw);
  const cut = text.length > width ? `${text.slice(0, Math.max(width - 1, 0))}…` : text;
  return align === 'right' ? cut.padStart(width) : cut.padEnd(width);
}
