/** A request header's value, from any form undici hands headers in: `Headers`, an object, a flat array. */
export function headerOf(headers: unknown, name: string): string | undefined {
  if (typeof headers !== 'object' || headers === null) return undefined;
  if (headers instanceof Headers) return headers.get(name) ?? undefined;
  const flat: unknown[] = Array.isArray(headers) ? headers : Object.entries(headers).flat();
  for (let i = 0; i + 1 < flat.length; i += 2) {
    const value: unknown = flat[i + 1];
    if (String(flat[i]).toLowerCase() === name) return String(value);
  }
  return undefined;
}
