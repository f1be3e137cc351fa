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

/** Progress of a full read: a bar when the page count is known, else a count. */
export function ProgressBar({ done, total, items, width }: ProgressBarProps) {
  const counts = `page ${done}${total === undefined ? '' : ` of ${total}`} · ${plural(items, 'item')}`;
  if (total === undefined || total === 0) return <Text>Loading every page: {counts}</Text>;
  const filled = Math.round((Math.min(done, total) / total) * width);
  return (
    <Text>
      <Text color="green">{'█'.repeat(filled)}</Text>
      <Text dimColor>{'░'.repeat(Math.max(width - filled, 0))}</Text> {counts}
    </Text>
  );
}
