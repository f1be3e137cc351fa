import { addDays } from '@boomstream/spec';
import { Box, Text } from 'ink';

import { renderBars, SHADE } from '../chart/bars.js';
import {
  fitPairToWidth,
  fitToWidth,
  type ChartBucket,
  type FittedPair,
  type FittedSeries,
} from '../chart/series.js';
import { cells, formatCount, formatHours } from '../format.js';

export interface ChartProps {
  /** One value per bucket over the whole period, in time order. */
  readonly values: readonly number[];
  /** What one value covers. */
  readonly bucket: ChartBucket;
  /**
   * The earlier period, one value per bucket of `values` (`null` where it has none): drawn
   * beside each bar on the same scale, dimmer, or shaded without colours.
   */
  readonly earlier?: readonly (number | null)[] | undefined;
  /** The time axis' label of each bucket (weeks, months); by default counted from `from`. */
  readonly labels?: readonly string[] | undefined;
  /** No colours (NO_COLOR): the earlier series is drawn with another glyph instead. */
  readonly plain?: boolean;
  /** What a value measures, for the title: `hours of viewing`. */
  readonly title: string;
  readonly unit: string;
  /** The first day of the period (Moscow), which the time axis counts from. */
  readonly from: string;
  readonly width: number;
  readonly height: number;
}

/** A value on the value axis: whole numbers as counts, others with two decimals. */
function axisValue(value: number): string {
  return Number.isInteger(value) ? formatCount(value) : formatHours(value);
}

/** The value axis: the peak at the top, half of it in the middle, zero at the bottom. */
export function valueLabels(peak: number, height: number): string[] {
  return Array.from({ length: height }, (_, row) => {
    if (row === 0) return axisValue(peak);
    if (row === height - 1) return '0';
    if (height >= 4 && row === Math.floor((height - 1) / 2)) return axisValue(peak / 2);
    return '';
  });
}

/** The label of the bucket a column starts: `03-05`, or `03-05 14:00` for hours. */
function bucketLabel(
  from: string,
  fitted: FittedSeries,
  column: number,
  labels: readonly string[] | undefined,
): string {
  const bucket = Math.floor(column / fitted.columnsPerBar) * fitted.bucketsPerBar;
  if (labels) return labels[bucket] ?? '';
  if (fitted.unit !== 'hour') return addDays(from, bucket).slice(5);
  const day = addDays(from, Math.floor(bucket / 24)).slice(5);
  return `${day} ${String(bucket % 24).padStart(2, '0')}:00`;
}

/**
 * The time axis: a label under the start of as many bars as fit, two cells apart at
 * least, the first under the first bar.
 */
export function timeAxis(
  from: string,
  fitted: FittedSeries,
  width: number,
  labels?: readonly string[],
): string {
  let line = '';
  for (let column = 0; column < fitted.columns.length; column += fitted.columnsPerBar) {
    const label = bucketLabel(from, fitted, column, labels);
    const gap = column - cells(line);
    if ((line === '' || gap >= 2) && column + cells(label) <= width) {
      line += ' '.repeat(Math.max(gap, 0)) + label;
    }
  }
  return line;
}

/**
 * Block-character bars fitted to the terminal's width, scaled to the largest bar, with
 * a value axis on the left and dates (Moscow) under the bars.
 */
export function Chart({
  values,
  bucket,
  title,
  unit,
  from,
  width,
  height,
  earlier,
  labels,
  plain = false,
}: ChartProps) {
  const fit = (columns: number): FittedSeries | FittedPair =>
    earlier
      ? fitPairToWidth(values, earlier, columns, bucket)
      : fitToWidth(values, columns, bucket);
  const peakOf = (fitted: FittedSeries) =>
    Math.max(0, ...fitted.columns.filter((value) => !Number.isNaN(value)));
  const gutter = Math.max(...valueLabels(peakOf(fit(width)), height).map(cells)) + 2;
  const fitted = fit(Math.max(width - gutter, 1));
  const peak = peakOf(fitted);
  const axisLabels = valueLabels(peak, height);
  const labelWidth = Math.max(...axisLabels.map(cells));
  const series = 'series' in fitted ? fitted.series : undefined;
  const isEarlier = (column: number) => series?.[column] === 1;
  const bars = renderBars(fitted.columns, height, {
    max: peak,
    shaded: (column) => plain && isEarlier(column),
  });
  // Says which bar is which, in colour or (NO_COLOR) by glyph.
  const legend = earlier ? ` · now █ · before ${plain ? SHADE : 'dim █'}` : ' · Moscow time';
  return (
    <Box flexDirection="column">
      <Text dimColor wrap="truncate-end">
        {title} per {fitted.perBar} ({unit}) · peak {axisValue(peak)} {unit}
        {legend}
      </Text>
      {bars.map((line, index) => (
        <Text key={index} wrap="truncate-end">
          <Text dimColor>{`${(axisLabels[index] ?? '').padStart(labelWidth)} ┤`}</Text>
          {runs(line, isEarlier).map(([text, old], run) =>
            old ? (
              <Text key={run} color="green" dimColor>
                {text}
              </Text>
            ) : (
              <Text key={run} color="green">
                {text}
              </Text>
            ),
          )}
        </Text>
      ))}
      <Text dimColor wrap="truncate-end">
        {' '.repeat(labelWidth + 2)}
        {timeAxis(from, fitted, width - labelWidth - 2, labels)}
      </Text>
    </Box>
  );
}

/** A line of bars cut where it passes from one series to the other, to colour each run. */
function runs(line: string, isEarlier: (column: number) => boolean): [string, boolean][] {
  const out: [string, boolean][] = [];
  // Bars are single-cell block and shade glyphs, one code point a column.
  Array.from(line).forEach((glyph, column) => {
    const old = isEarlier(column);
    const last = out.at(-1);
    if (last?.[1] === old) last[0] += glyph;
    else out.push([glyph, old]);
  });
  return out;
}
