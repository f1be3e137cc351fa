const LEVELS = ['▁', '▂', '▃', '▄', '▅', '▆', '▇', '█'] as const;

/** Sums of consecutive runs of values, so that `values` fits in `width` characters. */
function fitted(values: readonly number[], width: number): number[] {
  if (values.length <= width) return [...values];
  const run = Math.ceil(values.length / width);
  return Array.from({ length: Math.ceil(values.length / run) }, (_, index) =>
    values.slice(index * run, (index + 1) * run).reduce((sum, value) => sum + value, 0),
  );
}

/**
 * One line of block characters, one per value (runs summed when they do not fit in
 * `width`), scaled to `max` so that rows drawn with the same `max` compare. No viewing
 * is a blank; a little viewing is at least the lowest block.
 */
export function sparkline(values: readonly number[], width: number, max?: number): string {
  const columns = fitted(values, Math.max(width, 1));
  const top = max ?? Math.max(0, ...columns);
  return columns
    .map((value) =>
      value <= 0 || top <= 0
        ? ' '
        : LEVELS[
            Math.min(Math.max(Math.ceil((value / top) * LEVELS.length), 1), LEVELS.length) - 1
          ],
    )
    .join('');
}

/** The largest value `sparkline` would draw for `values` at `width`, to share one scale among rows. */
export function sparklineMax(values: readonly number[], width: number): number {
  return Math.max(0, ...fitted(values, Math.max(width, 1)));
}
