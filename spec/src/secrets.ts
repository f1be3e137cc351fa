import type { MethodSpec } from './method.js';
import { methods } from './methods/index.js';
import { apiKeyParam, isSecretValue, type Param } from './params.js';

/** What replaces a secret value wherever it would show. */
export const REDACTED = '***';

/** The query parameter that carries the API key. */
export const API_KEY_PARAM = 'apikey';

/** Every query parameter that may carry a secret, across all methods. */
const secretParams: ReadonlyMap<string, Pick<Param, 'secret'>> = new Map([
  [API_KEY_PARAM, apiKeyParam],
  ...Object.values<MethodSpec>(methods).flatMap((method) =>
    Object.entries(method.params)
      .filter(([, use]) => use.param.secret !== undefined)
      .map(([name, use]) => [name, use.param] as const),
  ),
]);

/** The names of the query parameters that may carry a secret (`apikey`, `project`, `hash`). */
export const SECRET_PARAMS: readonly string[] = [...secretParams.keys()];

/** A copy of `query` with every secret value replaced by `***` (`project=all` stays). */
export function redactQuery(query: URLSearchParams): URLSearchParams {
  const redacted = new URLSearchParams();
  for (const [name, value] of query) {
    const declaration = secretParams.get(name);
    redacted.append(name, declaration && isSecretValue(declaration, value) ? REDACTED : value);
  }
  return redacted;
}

/** `url` with every secret query value and any user name or password replaced by `***`; safe to log or show. */
export function redactUrl(url: string | URL): string {
  const parsed = new URL(url);
  parsed.search = redactQuery(parsed.searchParams).toString();
  if (parsed.username) parsed.username = REDACTED;
  if (parsed.password) parsed.password = REDACTED;
  return parsed.toString();
}

const XML_NAMED: Readonly<Record<string, string>> = {
  '&': 'amp',
  '<': 'lt',
  '>': 'gt',
  '"': 'quot',
  "'": 'apos',
};

/** `ab` → `[aA][bB]`: hex digits in escapes come in either case. */
function anyCase(text: string): string {
  return text.replace(/[a-f]/gi, (c) => `[${c.toLowerCase()}${c.toUpperCase()}]`);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
}

/**
 * Every spelling of one character of a secret that a server echoing it may use:
 * as is; percent-encoded (UTF-8 bytes, either hex case) and `+` for a space, as
 * query strings and forms carry it; XML/HTML escaped (named, decimal and hex
 * references, leading zeros allowed); JSON escaped (`\/`, `\"`, `\\`, `\uXXXX`).
 */
function characterPattern(char: string): string {
  const code = char.codePointAt(0) ?? 0;
  const hex = code.toString(16);
  const bytes = [...new TextEncoder().encode(char)];
  // JSON escapes a character outside the BMP as its two UTF-16 code units.
  const units = Array.from({ length: char.length }, (_, i) => char.charCodeAt(i));
  const forms = [
    anyCase(bytes.map((byte) => `%${byte.toString(16).padStart(2, '0')}`).join('')),
    `&#0*${code};`,
    `&#[xX]0*${anyCase(hex)};`,
    anyCase(units.map((unit) => `\\\\u${unit.toString(16).padStart(4, '0')}`).join('')),
  ];
  const named = XML_NAMED[char];
  if (named !== undefined) forms.push(`&${named};`);
  if (char === ' ') forms.push('\\+');
  if (char === '/' || char === '"' || char === '\\') forms.push(`\\\\${escapeRegExp(char)}`);
  // The character as is comes last: `&` alone must not win over `&amp;`, nor `\\` over `\\/`.
  forms.push(escapeRegExp(char));
  return `(?:${forms.join('|')})`;
}

/**
 * A pattern of every form of `secret` a server may echo: each character in any of
 * its spellings (forms may mix), with any run of whitespace between two characters,
 * as when an echo is wrapped across lines or indented.
 */
function secretPattern(secret: string): string {
  return [...secret].map(characterPattern).join('\\s*');
}

/**
 * `text` with every occurrence of the given secret values replaced by `***`, for
 * free text that may echo a request (a server's error page, an exception message).
 * A value is found as is, URL- or form-encoded, XML- or JSON-escaped, in any mix of
 * those, and wrapped across lines. Longest first, so that a secret containing
 * another is masked whole. Mask before cutting text to a length: a cut secret is no
 * longer recognisable.
 */
export function redactText(text: string, secrets: Iterable<string>): string {
  const patterns = [...new Set(secrets)]
    .filter((secret) => secret.length > 0)
    .sort((a, b) => b.length - a.length)
    .map(secretPattern);
  if (patterns.length === 0) return text;
  return text.replace(new RegExp(patterns.join('|'), 'g'), REDACTED);
}
