import { BoomstreamError } from '@boomstream/client/errors';
import { redactText } from '@boomstream/spec';

/**
 * An error in words for a screen or stderr: the client's message (it names the
 * method and the problem, and its URL is already redacted), scrubbed once more of
 * every secret we know, never with a stack trace.
 */
export function describeError(error: unknown, secrets: readonly string[]): string {
  const text =
    error instanceof BoomstreamError
      ? error.message
      : `Unexpected error: ${error instanceof Error ? error.message : String(error)}`;
  return redactText(text, secrets);
}
