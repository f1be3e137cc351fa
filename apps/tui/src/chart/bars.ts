const EIGHTHS = ['▁', '▂', '▃', '▄', '▅', '▆', '▇', '█'] as const;

/**
 * Vertical bars of block characters, `height` rows, top row first. Each column
 * is one value scaled to the largest; NaN is a gap. A value above zero shows at
 * least one eighth, so that a little viewing never looks like none.
 */
export function renderBars(values: readonly number[], height: number): string[] {
  const max = Math.max(0, ...values.filter((value) => !Number.isNaN(value)));
  const levels = values.map((value) =>
    Number.isNaN(value) || max === 0 || value <= 0
      ? 0
      : Math.max(1, Math.round((value / max) * height * 8)),
  );
  return Array.from({ length: height }, (_, row) => {
    const floor = (height - 1 - row) * 8;
    return levels
      .map((level) => {
        const eighths = Math.min(level - floor, 8);
        return eighths <= 0 ? ' ' : EIGHTHS[eighths - 1];
      })
      .join('');
  });
}
