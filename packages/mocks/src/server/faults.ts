import { methods, type MethodName } from '@boomstream/spec';
import { z } from 'zod';

/** The header that asks the server for a fault on one request. */
export const FAULT_HEADER = 'x-mock-fault';

/**
 * A fault the server can play, for tests of a client's error handling:
 * - `latency`: answer after `ms` milliseconds (combines with the others);
 * - `status`: answer this HTTP status with a short text body;
 * - `rate-limit`: 429 with `Retry-After: retryAfterSeconds`;
 * - `reset`: send the headers and half the body, then reset the connection;
 * - `truncate`: a complete HTTP answer whose XML stops halfway;
 * - `malformed`: XML that is not well-formed (its closing root tag is wrong);
 * - `html`: a proxy's 502 HTML error page instead of the API;
 * - `stall`: send the headers and half the body, then nothing more;
 * - `failed`: HTTP 200 with `Status` `Failed` and this `message` (none: a `Failed`
 *   without `Message`, which Boomstream's own SDK also meets).
 */
export const mockFault = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('latency'), ms: z.int().min(0).max(600_000) }),
  z.object({ kind: z.literal('failed'), message: z.string().optional() }),
  z.object({ kind: z.literal('status'), status: z.int().min(200).max(599) }),
  z.object({ kind: z.literal('rate-limit'), retryAfterSeconds: z.int().min(0).max(86_400) }),
  z.object({ kind: z.enum(['reset', 'truncate', 'malformed', 'html', 'stall']) }),
]);
export type MockFault = z.infer<typeof mockFault>;

/**
 * A fault the mock plays on its own: on every request, or on the next `times`
 * ones; on every method's requests, or on `method`'s only.
 */
export type FaultRule = MockFault & { readonly times?: number; readonly method?: MethodName };

const methodName = z.enum(Object.keys(methods) as [MethodName, ...MethodName[]]);

const number = (value: string | undefined) => (value === undefined ? undefined : Number(value));

/** `failed=<message>`: percent-decoded, so a message may hold commas (`%2C`). */
function failedMessage(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

/** One kind of fault as `--fault` and the header spell it: its syntax, what it does, how it reads. */
export interface FaultSyntax {
  readonly kind: MockFault['kind'];
  readonly syntax: string;
  readonly what: string;
  readonly read: (value: string | undefined) => Record<string, unknown>;
}

/**
 * Every fault's spelling: `parseFaults` reads by it and the CLI's help lists it, so the
 * help cannot offer a fault the parser refuses, nor miss one.
 */
export const FAULT_SYNTAX: readonly FaultSyntax[] = [
  {
    kind: 'latency',
    syntax: 'latency=<ms>',
    what: 'answer after <ms> milliseconds (combines with the others)',
    read: (value) => ({ kind: 'latency', ms: number(value) }),
  },
  {
    kind: 'status',
    syntax: 'status=<code>',
    what: 'answer this HTTP status with a short text body',
    read: (value) => ({ kind: 'status', status: number(value) }),
  },
  {
    kind: 'rate-limit',
    syntax: 'rate-limit[=<seconds>]',
    what: '429 with Retry-After: <seconds> (default 1)',
    read: (value) => ({ kind: 'rate-limit', retryAfterSeconds: number(value ?? '1') }),
  },
  {
    kind: 'failed',
    syntax: 'failed[=<message>]',
    what: 'HTTP 200, Status Failed with this Message (percent-encoded; none: no Message)',
    read: (value) => ({ kind: 'failed', message: failedMessage(value) }),
  },
  {
    kind: 'reset',
    syntax: 'reset',
    what: 'send the headers and half the body, then reset the connection',
    read: () => ({ kind: 'reset' }),
  },
  {
    kind: 'truncate',
    syntax: 'truncate',
    what: 'a complete HTTP answer whose XML stops halfway',
    read: () => ({ kind: 'truncate' }),
  },
  {
    kind: 'malformed',
    syntax: 'malformed',
    what: 'XML that is not well-formed',
    read: () => ({ kind: 'malformed' }),
  },
  {
    kind: 'html',
    syntax: 'html',
    what: "a proxy's 502 HTML error page instead of the API",
    read: () => ({ kind: 'html' }),
  },
  {
    kind: 'stall',
    syntax: 'stall',
    what: 'send the headers and half the body, then nothing more',
    read: () => ({ kind: 'stall' }),
  },
];

const FAULT_LIST = `${FAULT_SYNTAX.slice(0, -1)
  .map(({ syntax }) => syntax)
  .join(', ')} or ${FAULT_SYNTAX.at(-1)?.syntax ?? ''}`;

/**
 * Reads the header's syntax, also used by the CLI's `--fault`: comma-separated
 * faults, each `kind` or `kind=value`, e.g. `latency=200, status=503`,
 * `rate-limit=2`, `reset`, `failed=Quota%20exceeded`. Throws a message naming the bad part.
 */
export function parseFaults(text: string): MockFault[] {
  return text
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part !== '')
    .map((part) => {
      const mark = part.indexOf('=');
      const kind = (mark < 0 ? part : part.slice(0, mark)).trim();
      const value = mark < 0 ? undefined : part.slice(mark + 1).trim();
      const syntax = FAULT_SYNTAX.find((known) => known.kind === kind);
      const parsed = mockFault.safeParse(syntax?.read(value));
      if (!parsed.success) {
        throw new Error(`${FAULT_HEADER}: "${part}" is not a fault; use ${FAULT_LIST}`);
      }
      return parsed.data;
    });
}

/**
 * The mock's own faults, counted down as requests come: a rule with `times`
 * applies to that many requests (of its method, if it names one), then no more.
 */
export class FaultSchedule {
  readonly #rules: { fault: MockFault; method: MethodName | undefined; left: number }[];

  constructor(rules: readonly FaultRule[]) {
    this.#rules = rules.map(({ times, method, ...fault }) => ({
      fault: mockFault.parse(fault),
      method: method === undefined ? undefined : methodName.parse(method),
      left: times ?? Number.POSITIVE_INFINITY,
    }));
  }

  /** The faults for the next request, of `method` when its path and query name one. */
  next(method?: MethodName): MockFault[] {
    const active = this.#rules.filter(
      (rule) => rule.left > 0 && (rule.method === undefined || rule.method === method),
    );
    for (const rule of active) rule.left -= 1;
    return active.map((rule) => rule.fault);
  }
}
