import {
  itemsAnswer,
  methodOf,
  pageAnswer,
  resolveRequest,
  type ApiRequest,
} from '../answer/answer.js';
import { answererFor, type Answerer, type QuirkId } from '../answer/quirks.js';
import { failedXml } from '../answer/xml.js';
import {
  MockHandlerError,
  Overrides,
  type MockHandlers,
  type MockOverride,
  type UseOptions,
} from '../overrides/overrides.js';
import { AnswerCache } from '../server/answer-cache.js';
import { FaultSchedule, parseFaults, type FaultRule } from '../server/faults.js';
import { MockWorld } from './mock-world.js';
import type { Demo, World } from '../world/world.js';
import { deliver, type Answered, type Delivery, type Reply } from './delivery.js';

/** What the server and the agent alike offer a test. */
export interface MockControls {
  /** What the world holds, for expected values: `mock.world.totalTimeMs({ code, start, end })`. */
  readonly world: MockWorld;
  /** Values that work with every method: an API key, media codes, code/hash pairs. */
  readonly demo: Demo;
  /**
   * Puts handlers in front of the world, newest first; each gets the validated,
   * defaulted parameters and returns items, a page, `failed(message)`, a fault,
   * or `undefined` to pass. Options scope it: `once`, `times`, `match`.
   */
  use(handlers: MockHandlers, options?: UseOptions): MockOverride;
  /**
   * Removes every override. Throws `MockHandlerError` if a handler threw or
   * answered what the spec refuses since the last reset, so that
   * `afterEach(() => mock.reset())` fails the test that caused it.
   */
  reset(): void;
}

/** One HTTP request as the server or the agent receives it. */
export interface HttpRequest {
  readonly method: string;
  /** The path and query, e.g. `/api/stats?code=…`. */
  readonly target: string;
  readonly authorization?: string | undefined;
  /** The `x-mock-fault` header's value. */
  readonly faultHeader?: string | undefined;
}

/**
 * The mock API behind the server and the agent: the world, the overrides, the
 * faults. It decides what to answer; the server and the agent only deliver it.
 * An answer is items → page → XML, for the world's items and a handler's alike.
 */
export class MockApi implements MockControls {
  readonly world: MockWorld;
  readonly #world: World;
  readonly #prefix: string;
  readonly #schedule: FaultSchedule;
  readonly #overrides = new Overrides();
  readonly #answers = new AnswerCache();
  readonly #answerer: Answerer;
  readonly #lenientParams: boolean;
  #errors: MockHandlerError[] = [];

  /** `prefix`: where the API lives on its origin, e.g. `/api`; `quirks`: assumptions it breaks on purpose. */
  constructor(
    world: World,
    prefix: string,
    faults: readonly FaultRule[],
    quirks: readonly QuirkId[] = [],
    { lenientParams = false }: { readonly lenientParams?: boolean | undefined } = {},
  ) {
    this.#world = world;
    this.#lenientParams = lenientParams;
    this.#answerer = answererFor(quirks);
    this.world = new MockWorld(world);
    this.#prefix = prefix;
    this.#schedule = new FaultSchedule(faults);
  }

  get demo(): Demo {
    return this.#world.demo;
  }

  use(handlers: MockHandlers, options?: UseOptions): MockOverride {
    return this.#overrides.add(handlers, options);
  }

  reset(): void {
    this.#overrides.clear();
    this.throwErrors();
  }

  /** Throws, once, what handlers did wrong since the last check. */
  throwErrors(): void {
    const errors = this.#errors;
    this.#errors = [];
    if (errors.length === 0) return;
    const messages = [...new Set(errors.map(({ message }) => message))];
    throw new MockHandlerError(messages.join('\n'), { cause: errors[0] });
  }

  /** What to answer a request, and how: after which latency, whole or cut. */
  respond(request: HttpRequest): Delivery {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      const headers = { allow: 'GET, HEAD' };
      return {
        reply: { status: 405, body: failedXml('Method not allowed'), headers },
        latencyMs: 0,
      };
    }
    let headerFaults;
    try {
      headerFaults = parseFaults(request.faultHeader ?? '');
    } catch (error) {
      return { reply: { status: 400, body: failedXml((error as Error).message) }, latencyMs: 0 };
    }
    const mark = request.target.indexOf('?');
    const path = mark < 0 ? request.target : request.target.slice(0, mark);
    const query = new URLSearchParams(mark < 0 ? '' : request.target.slice(mark + 1));
    const api: ApiRequest | undefined = path.startsWith(`${this.#prefix}/`)
      ? {
          path: path.slice(this.#prefix.length),
          query,
          authorization: request.authorization,
          lenientParams: this.#lenientParams,
        }
      : undefined;
    const faults = [...this.#schedule.next(api && methodOf(api)), ...headerFaults];
    return deliver(
      faults,
      () => (api ? this.#answer(api) : { reply: { status: 404, body: failedXml('Not found') } }),
      failedXml,
    );
  }

  #answer(request: ApiRequest): Answered {
    const key = AnswerCache.keyOf(request.path, request.query, request.authorization);
    if (this.#overrides.size === 0) {
      return { reply: this.#answers.get(key, () => this.#answerer.answer(this.#world, request)) };
    }
    const resolution = resolveRequest(this.#world, request);
    if ('answer' in resolution) return { reply: resolution.answer };
    const { call } = resolution;
    const fromWorld = () =>
      this.#answers.get(key, () => this.#answerer.worldAnswer(this.#world, call, request));
    let checked;
    try {
      checked = this.#overrides.answer(call);
    } catch (error) {
      return this.#handlerFailed(error);
    }
    if (checked === undefined) return { reply: fromWorld() };
    if (checked.kind === 'fault') return { reply: fromWorld(), faults: [checked.fault] };
    // A handler's answer comes in the format asked for, as the world's does.
    try {
      return {
        reply:
          checked.kind === 'items'
            ? itemsAnswer(call, checked.items)
            : pageAnswer(call.method, checked.page, call.format),
      };
    } catch (error) {
      // Checked answers encode; should the codecs still refuse one, the test hears it the same way.
      const reason = error instanceof Error ? error.message : String(error);
      return this.#handlerFailed(
        new MockHandlerError(
          `mock.use() ${call.method} handler: its answer does not encode: ${reason}`,
          {
            cause: error,
          },
        ),
      );
    }
  }

  /** Records what a handler did wrong, for reset() and close() to throw, and answers 500 saying it. */
  #handlerFailed(error: unknown): Answered {
    if (!(error instanceof MockHandlerError)) throw error;
    this.#errors.push(error);
    return { reply: handlerErrorReply(error) };
  }
}

/** What the client under test gets when a handler went wrong: a 500 that says why. */
function handlerErrorReply(error: MockHandlerError): Reply {
  return {
    status: 500,
    body: `${error.name}: ${error.message}\n`,
    contentType: 'text/plain; charset=utf-8',
  };
}
