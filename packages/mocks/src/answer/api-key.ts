import { API_KEY_PARAM } from '@boomstream/spec';

/** The key a request carries: an explicit `apikey` parameter wins over `Authorization: Bearer`. */
export function apiKeyOf(
  query: URLSearchParams,
  authorization: string | undefined,
): string | undefined {
  return query.get(API_KEY_PARAM) ?? /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? '')?.[1];
}
