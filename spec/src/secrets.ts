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

/** A pattern of one character of an escape: hex digits come in either case. */
function atom(char: string): string {
  return /[a-f]/i.test(char) ? `[${char.toLowerCase()}${char.toUpperCase()}]` : escapeRegExp(char);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
}

/** `%D0%81` → the pattern of those characters, any hex case, any whitespace between two of them. */
function spelled(text: string): string {
  return Array.from(text).map(atom).join('\\s*');
}

const hex = (n: number, width = 0) => n.toString(16).padStart(width, '0');

/**
 * Every spelling of one character of a secret that a server echoing it may use:
 * as is; percent-encoded (UTF-8 bytes, either hex case) and `+` for a space, as
 * query strings and forms carry it; XML/HTML escaped (named, decimal and hex
 * references, leading zeros allowed); JSON escaped (`\/`, `\"`, `\\`, `\uXXXX`).
 * Inside an escape too, any whitespace may stand between two characters: a server
 * that wraps its echo at a column cuts wherever the column falls.
 */
function escapesOf(char: string): string[] {
  const code = char.codePointAt(0) ?? 0;
  const bytes = [...new TextEncoder().encode(char)];
  // JSON escapes a character outside the BMP as its two UTF-16 code units.
  const units = Array.from({ length: char.length }, (_, i) => char.charCodeAt(i));
  const forms = [
    spelled(bytes.map((byte) => `%${hex(byte, 2)}`).join('')),
    `&\\s*#\\s*(?:0\\s*)*${spelled(String(code))}\\s*;`,
    `&\\s*#\\s*[xX]\\s*(?:0\\s*)*${spelled(hex(code))}\\s*;`,
    spelled(units.map((unit) => `\\u${hex(unit, 4)}`).join('')),
  ];
  const named = XML_NAMED[char];
  if (named !== undefined) forms.push(spelled(`&${named};`));
  if (char === ' ') forms.push('\\+');
  if (char === '/' || char === '"' || char === '\\') forms.push(spelled(`\\${char}`));
  return forms;
}

/** Every spelling of one character, as is included: last, so that `&` alone cannot win over `&amp;`, nor `\` over `\/`. */
function characterPattern(char: string): string {
  // No encoder escapes letters, digits and `-._~` (RFC 3986's unreserved): keys made of them stay small patterns.
  if (UNRESERVED.test(char)) return escapeRegExp(char);
  return `(?:${[...escapesOf(char), escapeRegExp(char)].join('|')})`;
}

const UNRESERVED = /^[A-Za-z0-9._~-]$/;

/**
 * A pattern of every form of `secret` a server may echo: each character in any of
 * its spellings (forms may mix), with any run of whitespace between two characters,
 * as when an echo is wrapped across lines or indented. A run of whitespace in the
 * secret is one segment that any mix of whitespace and its escapes fills: written
 * as `\s*` around a space instead, a long run of blanks costs quadratic time.
 * Whitespace around the secret is not part of what identifies it.
 */
function secretPattern(secret: string): string {
  const segments = secret.trim().match(/\s+|\S/gu) ?? [];
  let pattern = '';
  let previousIsCharacter = false;
  for (const segment of segments) {
    if (/^\s/.test(segment)) {
      // Escapes only besides `\s`: a blank matched two ways would make the repetition exponential.
      const escapes = [...new Set(segment)].flatMap(escapesOf);
      pattern += `(?:\\s|${escapes.join('|')})+`;
      previousIsCharacter = false;
    } else {
      pattern += (previousIsCharacter ? '\\s*' : '') + characterPattern(segment);
      previousIsCharacter = true;
    }
  }
  return pattern;
}

/** Compiled patterns of recent secret sets: compiling one costs far more than using it. */
const compiled = new Map<string, RegExp>();
const COMPILED_KEPT = 16;

function patternOf(secrets: readonly string[]): RegExp {
  const key = JSON.stringify(secrets);
  let regex = compiled.get(key);
  if (regex === undefined) {
    regex = new RegExp(secrets.map(secretPattern).join('|'), 'g');
    if (compiled.size >= COMPILED_KEPT) compiled.delete(compiled.keys().next().value ?? '');
    compiled.set(key, regex);
  }
  return regex;
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
  const values = [...new Set(secrets)]
    .filter((secret) => secret.trim().length > 0)
    .sort((a, b) => b.length - a.length);
  if (values.length === 0) return text;
  return text.replace(patternOf(values), REDACTED);
}
