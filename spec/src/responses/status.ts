import { z } from 'zod';

/**
 * Boomstream answers errors with HTTP 200 and `<Status>Failed</Status>`, usually
 * with a `<Message>`; its own SDK also meets a `Failed` answer without one.
 */
export const failedWire = z.object({
  Status: z.literal('Failed'),
  Message: z.string().optional(),
});

export const failedResponse = z.codec(failedWire, z.object({ message: z.string().optional() }), {
  decode: (wire) => (wire.Message === undefined ? {} : { message: wire.Message }),
  encode: ({ message }) =>
    message === undefined
      ? { Status: 'Failed' as const }
      : { Status: 'Failed' as const, Message: message },
});

export type FailedResponse = z.infer<typeof failedResponse>;

/** `Failed` when the body says so; anything else is for the method's decoder to judge. */
export function isFailed(body: unknown): body is z.input<typeof failedWire> {
  return (
    typeof body === 'object' && body !== null && (body as { Status?: unknown }).Status === 'Failed'
  );
}

/**
 * Messages the mock answers with. Boomstream's SDK shows `Invalid API key`; the
 * others are **assumptions** where the reference names no text.
 */
export const apiMessages = {
  invalidApiKey: 'Invalid API key',
  mediaNotFound: 'Media not found',
  invalidDate: (param: string) => `Invalid date: ${param}`,
  invalidParameter: (param: string) => `Invalid parameter: ${param}`,
} as const;
