import { API_KEY_PARAM, isSecretValue, type MethodSpec } from '@boomstream/spec';

/** Validated parameters: each present value is text or a whole number. */
export type QueryValues = Readonly<Record<string, string | number | undefined>>;

/** The endpoint of a method under the API prefix, without a query. */
export function endpointUrl(baseUrl: string, method: MethodSpec): URL {
  return new URL(`${baseUrl}${method.path}`);
}

/**
 * The URL of one call: only the parameters the caller set, URL-encoded, in the
 * spec's order, then the API key when it travels in the query.
 */
export function buildUrl(
  baseUrl: string,
  method: MethodSpec,
  params: QueryValues,
  apiKey?: string,
): URL {
  const url = endpointUrl(baseUrl, method);
  for (const name of Object.keys(method.params)) {
    const value = params[name];
    if (value !== undefined) url.searchParams.set(name, String(value));
  }
  if (apiKey !== undefined) url.searchParams.set(API_KEY_PARAM, apiKey);
  return url;
}

/**
 * The secret values of one call (the API key, a `project` key, a `hash`), to redact
 * from free text; `redactText` finds each in every form a server may echo.
 */
export function secretsOf(method: MethodSpec, params: QueryValues, apiKey: string): string[] {
  const secrets = [apiKey];
  for (const [name, use] of Object.entries(method.params)) {
    const value = params[name];
    if (typeof value === 'string' && isSecretValue(use.param, value)) secrets.push(value);
  }
  return secrets;
}
