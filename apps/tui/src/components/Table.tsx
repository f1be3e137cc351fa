import { Box, Text } from 'ink';

import type { Column } from '../data/columns.js';
import { fit } from '../format.js';

export interface TableProps<T> {
  readonly columns: readonly Column<T>[];
  readonly rows: readonly T[];
  /** The highlighted row. */
  readonly cursor: number;
  /** Rows that fit on screen; the window follows the cursor. */
  readonly height: number;
  readonly width: number;
  readonly sort: { readonly column: number; readonly descending: boolean } | undefined;
}

/** Column widths: fixed ones as declared, the flex column takes what is left. */
function widths<T>(columns: readonly Column<T>[], width: number): number[] {
  const gaps = columns.length - 1;
  const fixed = columns.reduce((sum, column) => sum + (column.flex ? 0 : column.width), 0);
  return columns.map((column) =>
    column.flex ? Math.max(column.width, width - fixed - gaps) : column.width,
  );
}

/** A scrolling table built from fixed-width text: one line per row, never wrapped. */
export function Table<T>({ columns, rows, cursor, height, width, sort }: TableProps<T>) {
  const sizes = widths(columns, width);
  const first = Math.min(Math.max(cursor - height + 1, 0), Math.max(rows.length - height, 0));
  const shown = rows.slice(first, first + height);
  const line = (cells: readonly string[]) =>
    cells.map((cell, index) => fit(cell, sizes[index] ?? 0, columns[index]?.align)).join(' ');
  const header = columns.map((column, index) =>
    sort?.column === index ? `${column.title} ${sort.descending ? '▼' : '▲'}` : column.title,
  );
  return (
    <Box flexDirection="column">
      <Text bold underline wrap="truncate-end">
        {line(header)}
      </Text>
      {shown.map((item, index) => {
        const selected = first + index === cursor;
        return (
          <Text key={first + index} wrap="truncate-end" {...(selected && { inverse: true })}>
            {line(columns.map((column) => column.cell(item)))}
          </Text>
        );
      })}
      {rows.length === 0 ? <Text dimColor>No rows.</Text> : null}
      <Text dimColor>
        {rows.length === 0 ? '' : `rows ${first + 1}–${first + shown.length} of ${rows.length}`}
      </Text>
    </Box>
  );
}
