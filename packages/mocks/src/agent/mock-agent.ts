import { moscowToday } from '@boomstream/spec';
import { errors, MockAgent, type Dispatcher } from 'undici';

import { parseQuirks, type QuirkId } from '../answer/quirks.js';
import { MockApi, type MockControls } from '../core/mock-api.js';
import type { Delivery } from '../core/delivery.js';
import type { MockWorld } from '../core/mock-world.js';
import { createFixtureAgent, MOCK_AGENT_DEFAULTS } from '../fixtures/mock-agent.js';
import { FIXTURE_WORLD } from '../fixtures/world.js';
import type { MockHandlers, MockOverride, UseOptions } from '../overrides/overrides.js';
import { FAULT_HEADER, type FaultRule } from '../server/faults.js';
import { BODILESS_STATUSES, XML_CONTENT_TYPE } from '../server/respond.js';
import { createWorld, type Demo } from '../world/index.js';
import { headerOf } from './headers.js';

export interface MockAgentOptions {
  /** The API prefix the client under test is given. Defaults to `https://boomstream.com/api`, the client's default. */
  readonly baseUrl?: string;
  /** The world's seed. Defaults to 2024, the fixture world's (`FIXTURE_WORLD`). */
  readonly seed?: number;
  /**
   * Moscow's today as YYYY-MM-DD. Defaults to the day of `now`, else 2024-06-30,
   * the fixture world's: tests get the same numbers on every day they run.
   */
  readonly today?: string;
  /** The instant inside today after which nothing is watched. Defaults to the end of today. */
  readonly now?: Date;
  /** Faults on every request, or on the next `times`; of every method, or of `method`. Defaults to none. */
  readonly faults?: readonly FaultRule[];
  /** Assumptions of the spec it breaks on purpose, by id, as the server's `quirks`. Defaults to none. */
  readonly quirks?: readonly QuirkId[];
  /**
   * Answer a repeated parameter from its first value and ignore unknown ones, as the
   * server's option of the same name. Defaults to false: both are `Failed`, `Invalid parameter: <name>`.
   */
  readonly lenientParams?: boolean;
}

/** setTimeout's longest delay: a stalled answer waits until the client gives up. */
const STALL_MS = 2 ** 31 - 1;

/** Whether undici's MockAgent found no interceptor of its own for a request. */
const notMatched = (error: unknown) =>
  (error as { code?: unknown } | null)?.code === 'UND_MOCK_ERR_MOCK_NOT_MATCHED';

/**
 * `handler` with its error callbacks watching for "no interceptor matched": that
 * one is swallowed and reported through `onNotMatched`; any other is passed on.
 * Both undici handler styles (`onError`, `onResponseError`) are covered.
 */
function watchNotMatched(
  handler: Dispatcher.DispatchHandler,
  onNotMatched: () => void,
): Dispatcher.DispatchHandler {
  return new Proxy(handler, {
    get(target, property) {
      const value: unknown = Reflect.get(target, property, target);
      if (property === 'onError' && typeof value === 'function') {
        return (error: Error) => {
          if (notMatched(error)) onNotMatched();
          else Reflect.apply(value, target, [error]);
        };
      }
      if (property === 'onResponseError' && typeof value === 'function') {
        return (controller: unknown, error: Error) => {
          if (notMatched(error)) onNotMatched();
          else Reflect.apply(value, target, [controller, error]);
        };
      }
      return typeof value === 'function'
        ? (value as (...args: unknown[]) => unknown).bind(target)
        : value;
    },
  });
}

/**
 * An undici `MockAgent` answering Boomstream's API from a seeded world, like the
 * mock server, without sockets. Interceptors you add with `.get(origin).intercept()`
 * answer first; requests they do not match, on the API's origin, go to the world
 * (and the overrides of `use()`); others fail, as net connections are disabled.
 */
export class MockApiAgent extends MockAgent implements MockControls {
  /** The API prefix it answers under, the client's `baseUrl`. */
  readonly baseUrl: string;
  readonly #api: MockApi;
  readonly #origin: string;

  constructor(options: MockAgentOptions = {}) {
    super();
    this.disableNetConnect();
    const base = new URL(options.baseUrl ?? MOCK_AGENT_DEFAULTS.baseUrl);
    this.baseUrl = `${base.origin}${base.pathname.replace(/\/$/, '')}`;
    this.#origin = base.origin;
    const today =
      options.today ?? (options.now === undefined ? FIXTURE_WORLD.today : moscowToday(options.now));
    const world = createWorld({
      seed: options.seed ?? FIXTURE_WORLD.seed,
      today,
      ...(options.now !== undefined && { now: options.now }),
    });
    this.#api = new MockApi(
      world,
      base.pathname.replace(/\/$/, ''),
      options.faults ?? [],
      parseQuirks(options.quirks ?? []),
      { lenientParams: options.lenientParams },
    );
  }

  get world(): MockWorld {
    return this.#api.world;
  }

  get demo(): Demo {
    return this.#api.demo;
  }

  use(handlers: MockHandlers, options?: UseOptions): MockOverride {
    return this.#api.use(handlers, options);
  }

  reset(): void {
    this.#api.reset();
  }

  /** Closes the agent, then throws `MockHandlerError` if a handler went wrong since the last `reset()`. */
  override async close(): Promise<void> {
    await super.close();
    this.#api.throwErrors();
  }

  override dispatch(options: Dispatcher.DispatchOptions, handler: Dispatcher.DispatchHandler) {
    if (!this.#serves(options.origin)) return super.dispatch(options, handler);
    const outcome = { unmatched: false };
    const dispatched = super.dispatch(
      options,
      watchNotMatched(handler, () => {
        outcome.unmatched = true;
      }),
    );
    // undici reports "no interceptor" synchronously, before the handler hears anything else.
    if (!outcome.unmatched) return dispatched;
    this.#intercept(
      this.#api.respond({
        method: options.method,
        target: options.path,
        authorization: headerOf(options.headers, 'authorization'),
        faultHeader: headerOf(options.headers, FAULT_HEADER),
      }),
    );
    return super.dispatch(options, handler);
  }

  #serves(origin: Dispatcher.DispatchOptions['origin']): boolean {
    try {
      return new URL(String(origin)).origin === this.#origin;
    } catch {
      return false;
    }
  }

  /**
   * The world's answer as a one-time interceptor for the request being
   * dispatched, so undici delivers it as it delivers any mocked reply (latency,
   * aborts, both handler styles). It matches anything: the very next dispatch,
   * this request's, takes it.
   */
  #intercept({ reply, latencyMs, cut }: Delivery): void {
    const interceptor = this.get(this.#origin).intercept({ path: () => true, method: () => true });
    if (cut === 'reset') {
      interceptor.replyWithError(new errors.SocketError('other side closed'));
      return;
    }
    const bodiless = BODILESS_STATUSES.has(reply.status);
    const scope = interceptor.reply(reply.status, bodiless ? '' : reply.body, {
      headers: {
        ...(!bodiless && { 'content-type': reply.contentType ?? XML_CONTENT_TYPE }),
        ...reply.headers,
      },
    });
    const delay = cut === 'stall' ? STALL_MS : latencyMs;
    if (delay > 0) scope.delay(delay);
  }
}

/** `createMockAgent({ fixtures })`: replay a folder of fixtures instead of a world. */
export interface FixtureFolderOptions {
  /** The folder: its `index.json` and answers, such as `boomstream record` writes. */
  readonly fixtures: string;
  /** The API prefix the client under test is given. Defaults to `https://boomstream.com/api`. */
  readonly baseUrl?: string;
}

/**
 * An undici `MockAgent` answering any request from a seeded world (by default
 * the fixture world, so the fixtures' requests get their fixtures' bytes), with
 * the server's overrides and faults: give it to a client as its `dispatcher`.
 * Given `fixtures`, a folder such as `boomstream record` writes, it replays that
 * folder instead, byte for byte, as `createFixtureAgent({ dir })` does.
 */
export function createMockAgent(options: FixtureFolderOptions): MockAgent;
export function createMockAgent(options?: MockAgentOptions): MockApiAgent;
export function createMockAgent(
  options: MockAgentOptions | FixtureFolderOptions = {},
): MockAgent | MockApiAgent {
  if ('fixtures' in options) {
    return createFixtureAgent({
      dir: options.fixtures,
      ...(options.baseUrl !== undefined && { baseUrl: options.baseUrl }),
    });
  }
  return new MockApiAgent(options);
}
