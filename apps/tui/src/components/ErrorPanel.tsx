import { Box, Text } from 'ink';

export interface ErrorPanelProps {
  /** Already redacted. */
  readonly message: string;
}

/** A failed request, in words, with the key that retries it; the last good data stays below. */
export function ErrorPanel({ message }: ErrorPanelProps) {
  return (
    <Box flexDirection="column" borderStyle="round" borderColor="red" paddingX={1}>
      <Text color="red" wrap="truncate-end">
        ✖ {message}
      </Text>
      <Text dimColor>r retry · esc back to the form</Text>
    </Box>
  );
}
