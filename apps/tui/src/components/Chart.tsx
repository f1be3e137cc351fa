import { addDays } from '@boomstream/spec';
import { Box, Text } from 'ink';

import { renderBars } from '../chart/bars.js';
import { fitToWidth, type FittedSeries } from '../chart/series.js';
import { cells, formatCount, formatHours } from '../format.js';

export interface ChartProps {
  /** One value per bucket over the whole period, in time order. */
  readonly values: readonly number[];
  /** What one value covers. */
  readonly bucket: 'hour' | 'day';
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
function bucketLabel(from: string, fitted: FittedSeries, column: number): string {
  const bucket = Math.floor(column / fitted.columnsPerBar) * fitted.bucketsPerBar;
  if (fitted.unit === 'day') return addDays(from, bucket).slice(5);
  const day = addDays(from, Math.floor(bucket / 24)).slice(5);
  return `${day} ${String(bucket % 24).padStart(2, '0')}:00`;
}

/**
 * The time axis: a label under the start of as many bars as fit, two cells apart at
 * least, the first under the first bar.
 */
export function timeAxis(from: string, fitted: FittedSeries, width: number): string {
  let line = '';
  for (let column = 0; column < fitted.columns.length; column += fitted.columnsPerBar) {
    const label = bucketLabel(from, fitted, column);
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
export function Chart({ values, bucket, title, unit, from, width, height }: ChartProps) {
  const probe = fitToWidth(values, width, bucket);
  const peakOf = (fitted: FittedSeries) =>
    Math.max(0, ...fitted.columns.filter((value) => !Number.isNaN(value)));
  const gutter = Math.max(...valueLabels(peakOf(probe), height).map(cells)) + 2;
  const fitted = fitToWidth(values, Math.max(width - gutter, 1), bucket);
  const peak = peakOf(fitted);
  const labels = valueLabels(peak, height);
  const labelWidth = Math.max(...labels.map(cells));
  return (
    <Box flexDirection="column">
      <Text dimColor wrap="truncate-end">
        {title} per {fitted.perBar} ({unit}) · Moscow time · peak {axisValue(peak)} {unit}
      </Text>
      {renderBars(fitted.columns, height).map((line, index) => (
        <Text key={index} wrap="truncate-end">
          <Text dimColor>{`${(labels[index] ?? '').padStart(labelWidth)} ┤`}</Text>
          <Text color="green">{line}</Text>
        </Text>
      ))}
      <Text dimColor wrap="truncate-end">
        {' '.repeat(labelWidth + 2)}
        {timeAxis(from, fitted, width - labelWidth - 2)}
      </Text>
    </Box>
  );
}
