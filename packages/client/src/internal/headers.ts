import { z } from 'zod';

import { ACCEPTED_ENCODINGS } from './content.js';
import { CREDENTIAL_HEADER } from './redact.js';

/** Request headers by lower-case name. */
export type HeaderMap = Readonly<Record<string, string>>;

/**
 * Headers the client sets itself and a caller may not: what it asks for and
 * decodes (`accept`, `accept-encoding`), where the key travels (`authorization`:
 * pass `apiKey` and `auth` instead) and what HTTP framing owns.
 */
const RESERVED = new Set([
  'accept',
  'accept-encoding',
  'authorization',
  'connection',
  'content-length',
  'host',
  'keep-alive',
  'proxy-authorization',
  'te',
  'transfer-encoding',
  'upgrade',
]);

/** RFC 9110 `token`: the characters a field name may hold. */
const TOKEN = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;
/** Visible ASCII, spaces and tabs: no line break can split a header into two. */
const FIELD_VALUE = /^[\t\x20-\x7E]*$/;

/** The rule of the `headers` option, per client and per call. Messages name the header, never its value. */
export const headersRule = z
  .record(z.string(), z.string({ error: 'must map header names to text values' }), {
    error: 'must be an object of header names to text values',
  })
  .superRefine((headers, ctx) => {
    const seen = new Set<string>();
    for (const [name, value] of Object.entries(headers)) {
      const key = name.toLowerCase();
      const problem = !TOKEN.test(name)
        ? `has a name that is not a valid header name: ${JSON.stringify(name)}`
        : RESERVED.has(key)
          ? `must not set ${key}: the client sets it (the API key goes in \`apiKey\`, with \`auth\`)`
          : seen.has(key)
            ? `names ${key} twice (header names ignore case)`
            : !FIELD_VALUE.test(value)
              ? `has a value for ${key} with a line break or a character outside visible ASCII`
              : undefined;
      seen.add(key);
      if (problem) ctx.addIssue({ code: 'custom', message: problem, input: name });
    }
  });

/** Names in lower case, so that a call's header replaces the client's of the same name. */
export function lowerCaseNames(headers: HeaderMap | undefined): HeaderMap {
  return Object.fromEntries(
    Object.entries(headers ?? {}).map(([name, value]) => [name.toLowerCase(), value]),
  );
}

/** Values of the caller's headers that are credentials by their name: secrets to mask like the key. */
export function credentialValues(headers: HeaderMap): string[] {
  return Object.entries(headers)
    .filter(([name, value]) => CREDENTIAL_HEADER.test(name) && value.trim() !== '')
    .map(([, value]) => value.trim());
}

/**
 * A request's headers: the client's own, then the client's `headers`, then the
 * call's (each replacing the one before by name); the key only in `header` mode.
 */
export function requestHeaders(
  clientHeaders: HeaderMap,
  callHeaders: HeaderMap,
  bearer: string | undefined,
): HeaderMap {
  return {
    'user-agent': '@boomstream/client',
    ...clientHeaders,
    ...callHeaders,
    accept: 'application/xml',
    // Only what the client decodes: a server may then answer in none of them, never in another.
    'accept-encoding': ACCEPTED_ENCODINGS.join(', '),
    ...(bearer !== undefined && { authorization: `Bearer ${bearer}` }),
  };
}
