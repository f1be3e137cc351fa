import { Box, Text } from 'ink';

import { fit } from '../format.js';

export interface ErrorPanelProps {
  /** Already redacted. */
  readonly message: string;
  /** Columns the panel may take. */
  readonly width: number;
}

/** Lines of message the panel shows at most: enough for a URL, never the whole screen. */
const MAX_MESSAGE_LINES = 3;

/** Columns a line of message gets inside the border and padding. */
const innerWidth = (width: number) => Math.max(width - 6, 10);

/** Lines the panel takes for `message`, for the layout's height budget. */
export function errorPanelHeight(message: string, width: number): number {
  return 3 + Math.min(Math.ceil(message.length / innerWidth(width)), MAX_MESSAGE_LINES);
}

/** A failed request, in words, with the key that retries it; the last good data stays on screen. */
export function ErrorPanel({ message, width }: ErrorPanelProps) {
  const text = fit(`✖ ${message}`, innerWidth(width) * MAX_MESSAGE_LINES).trimEnd();
  return (
    <Box flexDirection="column" borderStyle="round" borderColor="red" paddingX={1} width={width}>
      <Text color="red">{text}</Text>
      <Text dimColor>r retry · esc back to the form</Text>
    </Box>
  );
}
