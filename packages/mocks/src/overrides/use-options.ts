import { isSecretValue, methods, REDACTED, type MethodSpec } from '@boomstream/spec';

/** The options `use()` knows; any other name is a mistake it cannot honour. */
const OPTION_NAMES: ReadonlySet<string> = new Set(['once', 'times', 'match']);

/** What `use()` throws for an option it cannot honour: the option, the rule, what it got. */
function refuse(option: string, rule: string, got?: string): never {
  throw new RangeError(`use(): ${option} ${rule}${got === undefined ? '' : `, got ${got}`}`);
}

function shown(value: unknown): string {
  if (typeof value === 'function') return 'a function';
  if (typeof value === 'string') return JSON.stringify(value);
  return typeof value === 'object' && value !== null ? JSON.stringify(value) : String(value);
}

const methodNames = Object.keys(methods);

/**
 * The methods `handlers` answers, checked: an object of known method names, each a
 * function (`undefined` leaves a method to the world, as leaving it out does).
 */
function checkHandlers(handlers: unknown): MethodSpec[] {
  if (typeof handlers !== 'object' || handlers === null || Array.isArray(handlers)) {
    refuse(
      'handlers',
      `must be an object of handlers by method (${methodNames.join(', ')})`,
      shown(handlers),
    );
  }
  const answered: MethodSpec[] = [];
  for (const [name, handler] of Object.entries(handlers)) {
    const method = Object.hasOwn(methods, name)
      ? (methods as Record<string, MethodSpec>)[name]
      : undefined;
    if (method === undefined) {
      refuse(`handlers.${name}`, `is not a method; the methods are ${methodNames.join(', ')}`);
    }
    if (handler === undefined) continue;
    if (typeof handler !== 'function')
      refuse(`handlers.${name}`, 'must be a function', shown(handler));
    answered.push(method);
  }
  return answered;
}

/**
 * `match` as an object: each name a parameter of every method the handlers answer,
 * each value one the spec accepts for it. Anything else could never match a request
 * the mock answers, and the override would silently never answer.
 */
function checkMatch(match: object, answered: readonly MethodSpec[]): void {
  for (const [name, value] of Object.entries(match)) {
    for (const method of answered) {
      const use = Object.hasOwn(method.params, name) ? method.params[name] : undefined;
      if (use === undefined) {
        refuse(
          `match.${name}`,
          `is not a parameter of ${method.name}; its parameters are ${Object.keys(method.params).join(', ')}`,
        );
      }
      const checked = use.param.schema.safeParse(value);
      if (!checked.success) {
        const secret = typeof value === 'string' && isSecretValue(use.param, value);
        refuse(
          `match.${name}`,
          `is a value ${method.name} refuses: ${checked.error.issues[0]?.message ?? 'invalid'}`,
          secret ? REDACTED : shown(value),
        );
      }
    }
  }
}

/**
 * Checks what `use(handlers, options)` was given, before anything is put in place:
 * throws a `RangeError` naming the option and the rule it breaks, so that a test
 * learns at once of an override that would answer otherwise than it says.
 */
export function checkUse(handlers: unknown, options: unknown): void {
  const answered = checkHandlers(handlers);
  if (options === undefined) return;
  if (typeof options !== 'object' || options === null || Array.isArray(options)) {
    refuse('options', 'must be an object ({ once, times, match })', shown(options));
  }
  for (const name of Object.keys(options)) {
    if (!OPTION_NAMES.has(name))
      refuse(name, 'is not an option; the options are once, times, match');
  }
  const { once, times, match } = options as Record<string, unknown>;
  if (once !== undefined && typeof once !== 'boolean')
    refuse('once', 'must be true or false', shown(once));
  if (times !== undefined) {
    if (once !== undefined) refuse('times', 'cannot go with once: once is times: 1');
    if (typeof times !== 'number' || !Number.isSafeInteger(times)) {
      refuse('times', 'must be a whole number', shown(times));
    }
    if (times < 1) refuse('times', 'must be 1 or more', shown(times));
  }
  if (match === undefined || typeof match === 'function') return;
  if (typeof match !== 'object' || match === null || Array.isArray(match)) {
    refuse(
      'match',
      'must be an object of parameters or a predicate (params, method) => boolean',
      shown(match),
    );
  }
  checkMatch(match, answered);
}
