import { redactQuery, type MethodName } from '@boomstream/spec';

import type { MockCall, MockParams } from '../answer/call.js';
import { checkResult, type Checked, type HandlerResult } from './result.js';
import { checkUse } from './use-options.js';

/** A handler: the validated, defaulted parameters in, the answer out. Synchronous, as an answer is computed. */
export type MockHandler<M extends MethodName> = (params: MockParams<M>) => HandlerResult<M>;

/** Handlers by method name; a method left out is answered by the world. */
export type MockHandlers = { readonly [M in MethodName]?: MockHandler<M> };

/** The parameters of any method, for `match`. */
type AnyParams = { [M in MethodName]: MockParams<M> }[MethodName];
/** Every method's parameters at once, so that `match` takes any parameter of any method. */
type AllParams = UnionToIntersection<AnyParams>;
type UnionToIntersection<U> = (U extends unknown ? (union: U) => void : never) extends (
  intersection: infer I,
) => void
  ? I
  : never;

/** Which requests an override answers: those whose parameters equal these, or that the predicate accepts. */
export type MockMatch =
  | { readonly [K in keyof AllParams]?: AllParams[K] }
  | ((params: AnyParams, method: MethodName) => boolean);

export interface UseOptions {
  /** Answer one request, then step aside. Same as `times: 1`. */
  readonly once?: boolean;
  /** Answer this many requests, then step aside. Defaults to every request. */
  readonly times?: number;
  /** Answer only requests whose resolved parameters match. Defaults to every request. */
  readonly match?: MockMatch;
}

/** An override in place: how many requests it answered, and a way to remove it before `reset()`. */
export interface MockOverride {
  readonly calls: number;
  remove(): void;
}

/**
 * A handler answered something the spec refuses, or threw. The request got
 * HTTP 500 saying so; the mock's `reset()` and `close()` throw it, so the test
 * that caused it fails even when the code under test swallowed the 500.
 */
export class MockHandlerError extends Error {
  override readonly name = 'MockHandlerError';
}

interface Entry {
  readonly handlers: MockHandlers;
  readonly match: MockMatch | undefined;
  left: number;
  calls: number;
}

/** The parameters as a redacted query, for messages: no `hash` or `project` key in clear. */
function describeParams(params: MockCall['params']): string {
  return redactQuery(
    new URLSearchParams(Object.entries(params).map(([k, v]): [string, string] => [k, String(v)])),
  ).toString();
}

function matches(match: MockMatch | undefined, call: MockCall): boolean {
  if (match === undefined) return true;
  if (typeof match === 'function') return match(call.params as AnyParams, call.method);
  return Object.entries(match).every(([name, value]) => call.params[name] === value);
}

/** The overrides in place, newest first: the newest that answers a request wins. */
export class Overrides {
  #entries: Entry[] = [];

  get size(): number {
    return this.#entries.length;
  }

  add(handlers: MockHandlers, options: UseOptions = {}): MockOverride {
    checkUse(handlers, options);
    const times = options.times ?? (options.once ? 1 : Number.POSITIVE_INFINITY);
    const entry: Entry = { handlers, match: options.match, left: times, calls: 0 };
    this.#entries.unshift(entry);
    return {
      get calls() {
        return entry.calls;
      },
      remove: () => {
        this.#remove(entry);
      },
    };
  }

  clear(): void {
    this.#entries = [];
  }

  /**
   * The answer of the newest override that gives one, checked; `undefined` when
   * none does. Throws `MockHandlerError` naming the method when a handler throws
   * or answers what the spec refuses.
   */
  answer(call: MockCall): Checked | undefined {
    for (const entry of [...this.#entries]) {
      const handler = entry.handlers[call.method] as
        ((params: MockCall['params']) => unknown) | undefined;
      if (!handler || !matches(entry.match, call)) continue;
      let checked: Checked | undefined;
      try {
        checked = checkResult(call, handler(Object.freeze({ ...call.params })));
      } catch (error) {
        entry.calls += 1;
        const reason = error instanceof Error ? error.message : String(error);
        throw new MockHandlerError(
          `mock.use() ${call.method} handler, for ${describeParams(call.params)}: ${reason}`,
          { cause: error },
        );
      }
      if (checked === undefined) continue;
      entry.calls += 1;
      entry.left -= 1;
      if (entry.left <= 0) this.#remove(entry);
      return checked;
    }
    return undefined;
  }

  #remove(entry: Entry): void {
    this.#entries = this.#entries.filter((candidate) => candidate !== entry);
  }
}
