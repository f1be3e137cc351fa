import type { MethodSpec } from '@boomstream/spec';

/** The URL of one call: only the parameters the caller set, URL-encoded, in the spec's order. */
export function buildUrl(
  baseUrl: string,
  method: MethodSpec,
  params: Readonly<Record<string, string | number | undefined>>,
): URL {
  const url = new URL(`${baseUrl.replace(/\/+$/, '')}${method.path}`);
  for (const name of Object.keys(method.params)) {
    const value = params[name];
    if (value !== undefined) url.searchParams.set(name, String(value));
  }
  return url;
}
