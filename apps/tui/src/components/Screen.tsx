import { Box, Text } from 'ink';
import type { ReactNode } from 'react';

import type { TerminalSize } from '../hooks/use-terminal-size.js';
import type { KeyHelp } from '../state/keymap.js';
import { Footer } from './Footer.js';
import { helpHeight } from './HelpOverlay.js';
import { StatusLine, type StatusLineProps } from './StatusLine.js';

/** Lines kept free: the title, the status line, the footer, and one so Ink never clears the screen. */
export const CHROME_LINES = 4;

/**
 * Below this the results, or the help of the screen with the most keys, cannot fit: say so
 * rather than draw a frame taller than the screen (Ink would scroll the top of it away).
 */
export const MIN_SIZE = { columns: 60, rows: CHROME_LINES + helpHeight() } as const;

export interface ScreenProps {
  readonly size: TerminalSize;
  /** Where the user is, after the title: a method's name, the watch list; none on the method list. */
  readonly crumb: string | undefined;
  readonly status: Omit<StatusLineProps, 'width'>;
  /** The screen's keys, for the footer. */
  readonly keys: readonly KeyHelp[];
  /** The screen's own lines, between the title and the status line. */
  readonly children: ReactNode;
}

/**
 * Every screen's frame: the title, the screen's own lines, the status line and the
 * footer; in a terminal too small for the largest screen, one line that says so.
 */
export function Screen({ size, crumb, status, keys, children }: ScreenProps) {
  if (size.columns < MIN_SIZE.columns || size.rows < MIN_SIZE.rows) {
    return (
      <Text color="yellow" wrap="truncate-end">
        Terminal too small: {size.columns}×{size.rows}, needs {MIN_SIZE.columns}×{MIN_SIZE.rows}.
        Ctrl-C quits.
      </Text>
    );
  }
  return (
    <Box flexDirection="column" width={size.columns}>
      <Text bold color="magenta" wrap="truncate-end">
        Boomstream statistics
        {crumb === undefined ? null : <Text dimColor> › {crumb}</Text>}
      </Text>
      {children}
      <StatusLine {...status} width={size.columns} />
      <Footer keys={keys} width={size.columns} />
    </Box>
  );
}
