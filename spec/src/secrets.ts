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

const XML_ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
};

/** The ways a secret shows in text: as is, URL-encoded (both ways), XML-escaped. */
function formsOf(secret: string): string[] {
  return [
    secret,
    encodeURIComponent(secret),
    new URLSearchParams({ s: secret }).toString().slice(2),
    secret.replace(/[&<>"']/g, (char) => XML_ESCAPES[char] ?? char),
  ];
}

/**
 * `text` with every occurrence of the given secret values replaced by `***`, for
 * free text that may echo a request (a server's error page, an exception message).
 * Values are also matched URL-encoded, as they travel, and XML-escaped, as an
 * answer quotes them. Longest first, so that a secret containing another is
 * masked whole.
 */
export function redactText(text: string, secrets: Iterable<string>): string {
  const forms = [...new Set([...secrets].flatMap(formsOf))]
    .filter((form) => form.length > 0)
    .sort((a, b) => b.length - a.length);
  return forms.reduce((redacted, form) => redacted.split(form).join(REDACTED), text);
}
