import { Box, Text } from 'ink';
import type { ReactNode } from 'react';

import type { Column } from '../data/columns.js';
import { printable } from '../format.js';
import { Table } from './Table.js';

export interface TitledTableProps<T> {
  /** What the rows are, in bold on the first line. */
  readonly title: string;
  /** A line under the title, if any. */
  readonly subtitle?: ReactNode;
  readonly columns: readonly Column<T>[];
  readonly rows: readonly T[];
  readonly cursor: number;
  /** A dim line under the table: a legend, a summary. */
  readonly note: string;
  readonly width: number;
  /** Lines it may take; the table scrolls in what the other lines leave. */
  readonly height: number;
}

/**
 * A title, a scrolling table and a note: the audit's list and a customer's timeline. The
 * title and note may hold a label from the user's file, so control characters are blanked here.
 */
export function TitledTable<T>({
  title,
  subtitle,
  columns,
  rows,
  cursor,
  note,
  width,
  height,
}: TitledTableProps<T>) {
  // The title, the subtitle, the table's header and row count, the note.
  const chrome = 4 + (subtitle === undefined ? 0 : 1);
  return (
    <Box flexDirection="column">
      <Text bold wrap="truncate-end">
        {printable(title)}
      </Text>
      {subtitle}
      <Table
        columns={columns}
        rows={rows}
        cursor={cursor}
        height={Math.max(height - chrome, 3)}
        width={width}
        sort={undefined}
      />
      <Text dimColor wrap="truncate-end">
        {printable(note)}
      </Text>
    </Box>
  );
}
