import type { IncomingHttpHeaders } from 'node:http';

import { REDACTED, redactText } from '@boomstream/spec';

const EXCERPT_LENGTH = 120;

/** Control and format characters, and U+FFFD: what binary or terminal sequences leave in text. */
const NOT_TEXT = /[\p{Cc}\p{Cf}\uFFFD]+/gu;

/**
 * The start of a body, for an error message: secrets masked in the WHOLE text
 * first, then control characters and whitespace runs made single spaces, then the
 * cut. Cutting or collapsing first would split a secret, or join a wrapped one,
 * where masking no longer sees it.
 */
export function safeExcerpt(text: string, secrets: readonly string[]): string {
  const collapsed = redactText(text, secrets).replace(NOT_TEXT, ' ').replace(/\s+/g, ' ').trim();
  return collapsed.length > EXCERPT_LENGTH ? `${collapsed.slice(0, EXCERPT_LENGTH)}…` : collapsed;
}

/**
 * A copy of an underlying error that is safe to keep as `cause`: its message and
 * stack redacted (undici's errors may quote the request path, query and all), its
 * `name` and `code` kept.
 */
export function safeCause(error: unknown, secrets: readonly string[]): Error {
  if (!(error instanceof Error)) return new Error(redactText(String(error), secrets));
  const copy = new Error(redactText(error.message, secrets));
  copy.name = error.name;
  copy.stack = redactText(error.stack ?? `${error.name}: ${error.message}`, secrets);
  const { code } = error as { code?: unknown };
  if (typeof code === 'string') Object.assign(copy, { code });
  return copy;
}

/** Headers whose whole value is a credential, whatever it holds. */
export const CREDENTIAL_HEADER = /authorization|cookie|token|secret|password|api-?key|session/i;

/**
 * Response headers safe to keep on an error: one text per name (repeated ones
 * joined), credential headers replaced whole by `***`, the call's secrets masked
 * in the rest (a server may echo the key in any header).
 */
export function safeHeaders(
  headers: IncomingHttpHeaders,
  secrets: readonly string[],
): Record<string, string> {
  const safe: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value === undefined) continue;
    const text = Array.isArray(value) ? value.join(', ') : value;
    safe[name.toLowerCase()] = CREDENTIAL_HEADER.test(name) ? REDACTED : redactText(text, secrets);
  }
  return safe;
}

/** Where servers put their id of a request; the first one present is the request id. */
const REQUEST_ID_HEADERS = ['x-request-id', 'request-id', 'x-correlation-id'] as const;

/** The server's id of the request, from headers already made safe. */
export function requestIdOf(headers: Readonly<Record<string, string>>): string | undefined {
  return REQUEST_ID_HEADERS.map((name) => headers[name]).find((id) => id !== undefined);
}
