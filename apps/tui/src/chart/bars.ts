const EIGHTHS = ['▁', '▂', '▃', '▄', '▅', '▆', '▇', '█'] as const;

/**
 * The earlier period's bars without colours (NO_COLOR): a shaded cell wherever the bar
 * reaches, so that they stand apart from the solid blocks of the current period.
 */
export const SHADE = '░';

/**
 * Vertical bars of block characters, `height` rows, top row first. Each column
 * is one value scaled to the largest; NaN is a gap. A value above zero shows at
 * least one eighth, so that a little viewing never looks like none.
 */
export function renderBars(
  values: readonly number[],
  height: number,
  options: {
    /** The top of the scale: shared by two series. Defaults to the largest value. */
    readonly max?: number;
    /** Per column, whether it draws with the shaded glyph rather than blocks. */
    readonly shaded?: (column: number) => boolean;
  } = {},
): string[] {
  const max = options.max ?? Math.max(0, ...values.filter((value) => !Number.isNaN(value)));
  const shaded = options.shaded ?? (() => false);
  const levels = values.map((value) =>
    Number.isNaN(value) || max === 0 || value <= 0
      ? 0
      : Math.max(1, Math.round((value / max) * height * 8)),
  );
  return Array.from({ length: height }, (_, row) => {
    const floor = (height - 1 - row) * 8;
    return levels
      .map((level, column) => {
        const eighths = Math.min(level - floor, 8);
        if (eighths <= 0) return ' ';
        return shaded(column) ? SHADE : EIGHTHS[eighths - 1];
      })
      .join('');
  });
}
