import { Box, Text } from 'ink';

import { renderBars } from '../chart/bars.js';
import { fitToWidth } from '../chart/series.js';

export interface ChartProps {
  /** One value per bucket over the whole period, in time order. */
  readonly values: readonly number[];
  /** What one value covers. */
  readonly bucket: 'hour' | 'day';
  /** What a value measures, for the title: `hours of viewing`. */
  readonly title: string;
  readonly unit: string;
  /** Labels under the first and the last bucket. */
  readonly from: string;
  readonly to: string;
  readonly width: number;
  readonly height: number;
}

/** Block-character bars fitted to the terminal's width, scaled to the largest bin. */
export function Chart({ values, bucket, title, unit, from, to, width, height }: ChartProps) {
  const { columns, perBar } = fitToWidth(values, width, bucket);
  const peak = Math.max(0, ...columns.filter((value) => !Number.isNaN(value)));
  return (
    <Box flexDirection="column">
      <Text dimColor wrap="truncate-end">
        {title} per {perBar} · peak {Number.isInteger(peak) ? peak : peak.toFixed(2)} {unit}
      </Text>
      {renderBars(columns, height).map((line, index) => (
        <Text key={index} color="green">
          {line}
        </Text>
      ))}
      <Text dimColor>
        {from}
        {to.padStart(Math.max(width - from.length, to.length))}
      </Text>
    </Box>
  );
}
