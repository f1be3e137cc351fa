import { Text } from 'ink';

import { plural } from '../format.js';

export interface ProgressBarProps {
  /** Pages read so far. */
  readonly done: number;
  /** Pages in all; unknown for methods that page until a short page. */
  readonly total: number | undefined;
  readonly items: number;
  /** Columns for the bar itself. */
  readonly width: number;
}

export interface BarProps {
  readonly done: number;
  /** More than 0. */
  readonly total: number;
  /** Columns for the bar. */
  readonly width: number;
  /** What the bar counts, said after it. */
  readonly label: string;
}

/** A bar filled in proportion to `done` of `total`, then its label. */
export function Bar({ done, total, width, label }: BarProps) {
  const filled = Math.round((Math.min(done, total) / total) * width);
  return (
    <Text wrap="truncate-end">
      <Text color="green">{'█'.repeat(filled)}</Text>
      <Text dimColor>{'░'.repeat(Math.max(width - filled, 0))}</Text> {label}
    </Text>
  );
}

/** Progress of a full read: a bar when the page count is known, else a count. */
export function ProgressBar({ done, total, items, width }: ProgressBarProps) {
  const counts = `page ${done}${total === undefined ? '' : ` of ${total}`} · ${plural(items, 'item')}`;
  if (total === undefined || total === 0) return <Text>Loading every page: {counts}</Text>;
  return <Bar done={done} total={total} width={width} label={counts} />;
}
