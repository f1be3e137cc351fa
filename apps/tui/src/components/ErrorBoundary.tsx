import { Box, Text, useApp, useInput } from 'ink';
import { Component, type ReactNode } from 'react';

export interface ErrorBoundaryProps {
  readonly children: ReactNode;
  /** Scrubs secrets from the message before it shows. */
  readonly redact: (text: string) => string;
}

interface ErrorBoundaryState {
  readonly message: string | undefined;
}

/**
 * How the UI ends after a crash: Ink's `waitUntilExit` rejects with it, so that the
 * process exits 1 (run-ui.tsx) and says the message, already redacted, once the
 * terminal is restored.
 */
export class CrashedError extends Error {
  override readonly name = 'CrashedError';
}

function Crashed({ message }: { readonly message: string }) {
  const { exit } = useApp();
  useInput(() => {
    exit(new CrashedError(`the UI stopped on an error: ${message}`));
  });
  return (
    <Box flexDirection="column" borderStyle="round" borderColor="red" paddingX={1}>
      <Text color="red">✖ Something went wrong: {message}</Text>
      <Text dimColor>Press any key to quit.</Text>
    </Box>
  );
}

/**
 * A bug in a component ends in a message in words, never in Ink's stack trace
 * overview, and the user leaves with a key press as usual: the run then fails (exit 1).
 */
export class ErrorBoundary extends Component<ErrorBoundaryProps, ErrorBoundaryState> {
  override state: ErrorBoundaryState = { message: undefined };

  static getDerivedStateFromError(error: unknown): ErrorBoundaryState {
    return { message: error instanceof Error ? error.message : String(error) };
  }

  override render() {
    const { message } = this.state;
    return message === undefined ? (
      this.props.children
    ) : (
      <Crashed message={this.props.redact(message)} />
    );
  }
}
