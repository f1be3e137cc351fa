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
 * - `stall`: send the headers and half the body, then nothing more.
 */
export const mockFault = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('latency'), ms: z.int().min(0).max(600_000) }),
  z.object({ kind: z.literal('status'), status: z.int().min(200).max(599) }),
  z.object({ kind: z.literal('rate-limit'), retryAfterSeconds: z.int().min(0).max(86_400) }),
  z.object({ kind: z.enum(['reset', 'truncate', 'malformed', 'html', 'stall']) }),
]);
export type MockFault = z.infer<typeof mockFault>;

/** A fault the server plays on its own: on every request, or on the next `times` ones. */
export type FaultRule = MockFault & { readonly times?: number };

const number = (value: string | undefined) => (value === undefined ? undefined : Number(value));

/**
 * Reads the header's syntax, also used by the CLI's `--fault`: comma-separated
 * faults, each `kind` or `kind=value`, e.g. `latency=200, status=503`,
 * `rate-limit=2`, `reset`. Throws a message naming the bad part.
 */
export function parseFaults(text: string): MockFault[] {
  return text
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part !== '')
    .map((part) => {
      const [kind = '', value] = part.split('=', 2).map((piece) => piece.trim());
      const candidate =
        kind === 'latency'
          ? { kind, ms: number(value) }
          : kind === 'status'
            ? { kind, status: number(value) }
            : kind === 'rate-limit'
              ? { kind, retryAfterSeconds: number(value ?? '1') }
              : { kind };
      const parsed = mockFault.safeParse(candidate);
      if (!parsed.success) {
        throw new Error(
          `${FAULT_HEADER}: "${part}" is not a fault; use latency=<ms>, status=<code>, rate-limit[=<seconds>], reset, truncate, malformed, html or stall`,
        );
      }
      return parsed.data;
    });
}

/**
 * The server's own faults, counted down as requests come: a rule with `times`
 * applies to that many requests, then no more.
 */
export class FaultSchedule {
  readonly #rules: { fault: MockFault; left: number }[];

  constructor(rules: readonly FaultRule[]) {
    this.#rules = rules.map(({ times, ...fault }) => ({
      fault: mockFault.parse(fault),
      left: times ?? Number.POSITIVE_INFINITY,
    }));
  }

  /** The faults for the next request. */
  next(): MockFault[] {
    const active = this.#rules.filter((rule) => rule.left > 0);
    for (const rule of active) rule.left -= 1;
    return active.map((rule) => rule.fault);
  }
}
