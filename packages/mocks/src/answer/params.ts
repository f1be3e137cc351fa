import { API_KEY_PARAM, paramFromText, type MethodSpec } from '@boomstream/spec';

/**
 * The query as a method's schema reads it: only the method's own parameters, the
 * first value of a repeated one (what a lenient mock answers; a strict one refuses
 * both first, see `strayParam`), each read by the spec's `paramFromText` (the UI
 * reads typed text the same way).
 */
export function paramsFromQuery(
  method: MethodSpec,
  query: URLSearchParams,
): Record<string, string | number> {
  const params: Record<string, string | number> = {};
  for (const [name, use] of Object.entries(method.params)) {
    const value = query.get(name);
    if (value === null) continue;
    params[name] = paramFromText(use.param, value);
  }
  return params;
}

/** Names every method takes besides its own parameters: the key, and the answer's format. */
const SHARED_NAMES: ReadonlySet<string> = new Set([API_KEY_PARAM, 'format']);

/**
 * The first name in the query, in its order, that the method does not take or that
 * comes a second time: what the API's strict clients need refused by name rather
 * than answered from a guess (`__proto__`, a misspelt `hash`, two `group`s).
 */
export function strayParam(method: MethodSpec, query: URLSearchParams): string | undefined {
  const seen = new Set<string>();
  for (const name of query.keys()) {
    if (seen.has(name) || !(Object.hasOwn(method.params, name) || SHARED_NAMES.has(name))) {
      return name;
    }
    seen.add(name);
  }
  return undefined;
}

const requiredParams = new WeakMap<MethodSpec, readonly string[]>();

/** A method's required parameters, worked out once per method: every request asks. */
function required(method: MethodSpec): readonly string[] {
  let names = requiredParams.get(method);
  if (!names) {
    names = Object.entries(method.params)
      .filter(([, use]) => use.required)
      .map(([name]) => name);
    requiredParams.set(method, names);
  }
  return names;
}

/**
 * Which of the methods sharing a path a query means: the one with the most
 * required parameters that are all present (`code` makes `/stats` a `target`),
 * else the one with the fewest, whose validation then names what is missing.
 */
export function pickMethod<M extends MethodSpec>(
  candidates: readonly M[],
  query: URLSearchParams,
): M | undefined {
  const byRequired = [...candidates].sort((a, b) => required(b).length - required(a).length);
  return (
    byRequired.find((method) => required(method).every((name) => query.has(name))) ??
    byRequired.at(-1)
  );
}
