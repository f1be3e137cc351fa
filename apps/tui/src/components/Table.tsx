import { Box, Text } from 'ink';

import type { AnyColumn, Column } from '../data/columns.js';
import { fit, formatCount } from '../format.js';

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

/** Marks the selected row in text as well as in reverse video: NO_COLOR turns styles off. */
export const SELECTED = '› ';
const UNSELECTED = '  ';
/** A text column is never cut below this many cells when the terminal is narrow. */
const MIN_TEXT_WIDTH = 6;

/**
 * Column widths in terminal cells: fixed ones as declared, the flex column takes what
 * is left. When they do not fit, the text columns after the first (the time a row
 * stands for, which must stay whole) give up cells, the widest first.
 */
export function columnWidths(columns: readonly AnyColumn[], width: number): number[] {
  const available = width - SELECTED.length - (columns.length - 1);
  const sizes = columns.map((column) => column.width);
  let excess = sizes.reduce((sum, size) => sum + size, 0) - available;
  const shrinkable = columns.flatMap((column, index) =>
    index > 0 && column.align === 'left' ? [index] : [],
  );
  while (excess > 0) {
    const widest = shrinkable.reduce<number | undefined>(
      (best, index) =>
        (sizes[index] ?? 0) > MIN_TEXT_WIDTH &&
        (best === undefined || (sizes[index] ?? 0) > (sizes[best] ?? 0))
          ? index
          : best,
      undefined,
    );
    if (widest === undefined) break;
    sizes[widest] = (sizes[widest] ?? 0) - 1;
    excess -= 1;
  }
  const flex = columns.findIndex((column) => column.flex);
  if (excess < 0 && flex >= 0) sizes[flex] = (sizes[flex] ?? 0) - excess;
  return sizes;
}

/** A scrolling table built from fixed-width text: one line per row, never wrapped. */
export function Table<T>({ columns, rows, cursor, height, width, sort }: TableProps<T>) {
  const sizes = columnWidths(columns, width);
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
        {UNSELECTED}
        {line(header)}
      </Text>
      {shown.map((item, index) => {
        const selected = first + index === cursor;
        return (
          <Text key={first + index} wrap="truncate-end" {...(selected && { inverse: true })}>
            {selected ? SELECTED : UNSELECTED}
            {line(columns.map((column) => column.cell(item)))}
          </Text>
        );
      })}
      {rows.length === 0 ? <Text dimColor>No rows.</Text> : null}
      <Text dimColor>
        {rows.length === 0
          ? ''
          : `rows ${formatCount(first + 1)}–${formatCount(first + shown.length)} of ${formatCount(rows.length)}`}
      </Text>
    </Box>
  );
}
