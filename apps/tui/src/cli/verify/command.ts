import { Agent, BoomstreamValidationError, type Dispatcher } from '@boomstream/client';
import { API_BASE_URL, moscowToday, redactText } from '@boomstream/spec';

import { UsageError } from '../args.js';
import { EXIT } from '../exit-codes.js';
import { describeError } from '../../data/describe-error.js';
import { commandSignal, InterruptedError } from '../interrupt.js';
import { envSecrets, envValue, type CliIo } from '../io.js';
import { judge, type Evidence } from './checks.js';
import { readSecrets, parseToolArgs, type SharedInputs } from './inputs.js';
import { MeteredDispatcher } from './metered-dispatcher.js';
import { plannedProbes, type Probe } from './probes.js';
import { printable } from '../../format.js';
import { announcement, jsonReport, textReport, type ReportLine } from './report.js';
import { probeClients, runProbes, type ProbeRecord, type ProbeRun } from './run-probes.js';

/** What tests hand a run instead of the real world: the clock, and a dispatcher to count through. */
export interface RunOptions {
  readonly now?: Date;
  readonly dispatcher?: Dispatcher;
}

/** The target of a run: the real API (or `BOOMSTREAM_BASE_URL`), or the built-in mock. */
interface Target {
  readonly apiKey: string;
  readonly baseUrl: string | undefined;
  readonly code: string | undefined;
  readonly hash: string | undefined;
  close(): Promise<void>;
}

/**
 * Where requests go: with `--mock`, a mock server started here at `now` with its
 * demo key, code and password (unless given); else the key and password the user gave.
 */
export async function openTarget(io: CliIo, inputs: SharedInputs, now: Date): Promise<Target> {
  const { apiKey, hash } = await readSecrets(io, inputs);
  if (inputs.mock) {
    const { startMockServer } = await import('@boomstream/mocks/server');
    const server = await startMockServer({ today: moscowToday(now), now });
    const [session] = server.demo.sessions;
    return {
      apiKey: server.demo.apiKey,
      baseUrl: server.url,
      code: inputs.code ?? session?.code,
      hash: hash ?? session?.hash,
      close: () => server.close(),
    };
  }
  if (apiKey === undefined) {
    throw new UsageError(
      'BOOMSTREAM_API_KEY is not set: set it (or run in a terminal to type it), or pass --mock',
    );
  }
  return {
    apiKey,
    baseUrl: envValue(io, 'BOOMSTREAM_BASE_URL'),
    code: inputs.code,
    hash,
    close: () => Promise.resolve(),
  };
}

/** Everything a finished run of the probes holds. */
export interface ProbeSession {
  readonly records: readonly ProbeRecord[];
  readonly evidence: Evidence;
  /** The instant the run took as now: its dates were chosen from it. */
  readonly now: Date;
  readonly count: { planned: number; max: number; sent: number };
  readonly target: Target;
  /** Every secret of the run, for masking. */
  readonly secrets: readonly string[];
  /** Ctrl-C stopped the run. */
  readonly interrupted: boolean;
  /** Why the run stopped before its last probe (`--timeout`, an unreachable server, a long `Retry-After`, a refused key). */
  readonly stopped: string | undefined;
  /** `the API refused the key: …` (redacted) when it did: the run stopped at that answer. */
  readonly refused: string | undefined;
}

/**
 * Announces, then runs `probes` (or the planned ones) against the target within the
 * announced maximum, then hands the session to `use`; closes what it opened. A bad
 * target (`BOOMSTREAM_BASE_URL`, the key) is a `UsageError` before the announcement.
 */
export async function withProbeSession<T>(
  command: string,
  io: CliIo,
  inputs: SharedInputs,
  options: RunOptions,
  probes: (target: Target) => readonly Probe[],
  use: (session: ProbeSession) => Promise<T>,
): Promise<T> {
  const now = options.now ?? new Date();
  const target = await openTarget(io, inputs, now);
  const ownAgent = options.dispatcher === undefined ? new Agent() : undefined;
  const run = commandSignal({ timeoutSeconds: inputs.timeoutSeconds, retries: undefined }, 'run');
  try {
    const planned = probes(target);
    const max = planned.length + inputs.retryAllowance;
    const meter = new MeteredDispatcher(options.dispatcher ?? ownAgent ?? new Agent(), max);
    // The environment's too: a project key `record --request project=key` sends.
    const secrets = [
      ...new Set([
        target.apiKey,
        ...(target.hash === undefined ? [] : [target.hash]),
        ...envSecrets(io),
      ]),
    ];
    const probeRun: ProbeRun = {
      apiKey: target.apiKey,
      baseUrl: target.baseUrl,
      code: target.code,
      hash: target.hash,
      meter,
      timeoutMs: inputs.timeoutSeconds === undefined ? undefined : inputs.timeoutSeconds * 1000,
      signal: run.signal,
      explain: (error) => run.explain(error),
      now,
      secrets,
    };
    let clients;
    try {
      clients = probeClients(probeRun);
    } catch (error) {
      if (error instanceof BoomstreamValidationError) {
        throw new UsageError(describeError(error, secrets));
      }
      throw error;
    }
    io.stderr.write(
      announcement(
        command,
        { planned: planned.length, max },
        redactText(target.baseUrl ?? API_BASE_URL, secrets),
      ),
    );
    const { records, stopped, refused } = await runProbes(probeRun, clients, planned);
    const today = moscowToday(now);
    const evidence: Evidence = {
      today,
      todays: new Set([today, moscowToday(options.now ?? new Date())]),
      outcome: (id) => records.find(({ probe }) => probe.id === id)?.outcome,
    };
    const interrupted = run.explain(undefined) instanceof InterruptedError;
    return await use({
      records,
      evidence,
      now,
      count: { planned: planned.length, max, sent: meter.sent },
      target,
      secrets,
      interrupted,
      stopped: stopped === undefined || interrupted ? undefined : redactText(stopped, secrets),
      refused: interrupted ? undefined : refused,
    });
  } finally {
    run.dispose();
    await ownAgent?.close();
    await target.close();
  }
}

export const VERIFY_USAGE = `boomstream verify: does the real API behave as the toolkit assumes?

Usage: boomstream verify [--code <code>] [--hash-stdin] [--json] [flags]

Sends a small, announced number of read-only requests chosen to test each
assumption of docs/api.md (ranges, empty buckets, hourly dates, Moscow time,
paging, SourceType, server defaults, time_dim, error messages, sessions,
repeated and unknown parameters, format=json, the key as a Bearer header),
checks every answer against the spec's wire schemas, and prints one line per
assumption in the order of docs/api.md: holds, BROKEN (with the evidence,
secrets masked) or not testable (and what to give to test it). It never sends
more than the maximum it announces first, and never sooner than Retry-After
asks (asked to wait over 60 s, it stops). It stops early, saying why, when the
API cannot be reached, and at once when it refuses the key.

Flags:
  --code <code>       A media code of the project: tests SourceType media and,
                      with the customer password, the sessions.
  --hash-stdin        Read the customer password from stdin (asked without echo
                      in a terminal); else $BOOMSTREAM_HASH.
  --json              Print the results as JSON: requests, results (id,
                      verdict, detail, statement), stopped, exitCode.
  --mock              Ask the built-in mock instead (every assumption holds).
  --timeout <seconds> Give up after this long.
  --retries <n>       Retries the whole run may spend, 0-10 (default 3).

Environment: BOOMSTREAM_API_KEY (else asked without echo in a terminal; never a
flag), BOOMSTREAM_HASH, BOOMSTREAM_BASE_URL (e.g. a boomstream-mock --quirk).

Exit codes:
  0    no assumption broken (some may be not testable)
  1    the run was incomplete: a request got no answer, or a Failed one,
       or the run stopped early; or the API refused the key (no
       assumption is judged then)
  2    bad input
  3    an assumption is broken
  130  interrupted (Ctrl-C)
`;

/** Whether a probe that should have answered did not: the run is incomplete. */
function incomplete(records: readonly ProbeRecord[]): boolean {
  return records.some(
    ({ probe, outcome }) =>
      outcome.kind === 'error' || (outcome.kind === 'failed' && probe.refusal !== true),
  );
}

/**
 * The lines of a run the API refused the key to: nothing it answered to that key says
 * anything of an assumption, so none is called broken.
 */
function afterRefusal(lines: readonly ReportLine[], refused: string): ReportLine[] {
  return lines.map((line) =>
    line.verdict === 'broken' ? { ...line, verdict: 'untestable', detail: refused } : line,
  );
}

/** `boomstream verify …`: answers the exit code. */
export async function runVerify(
  argv: readonly string[],
  io: CliIo,
  options: RunOptions = {},
): Promise<number> {
  const { shared } = parseToolArgs('verify', argv, {});
  if (shared.help) {
    io.stdout.write(VERIFY_USAGE);
    return EXIT.ok;
  }
  return withProbeSession(
    'verify',
    io,
    shared,
    options,
    (target) => plannedProbes(target),
    ({ records, evidence, count, secrets, interrupted, stopped, refused }) => {
      const judged: ReportLine[] = judge(evidence).map((line) => ({
        ...line,
        detail: redactText(line.detail, secrets),
      }));
      const lines = refused === undefined ? judged : afterRefusal(judged, refused);
      const exitCode = interrupted
        ? EXIT.interrupted
        : refused !== undefined
          ? EXIT.failure
          : lines.some(({ verdict }) => verdict === 'broken')
            ? EXIT.assumptionBroken
            : incomplete(records)
              ? EXIT.failure
              : EXIT.ok;
      if (shared.json) io.stdout.write(jsonReport(lines, count, stopped, exitCode));
      else if (refused === undefined) io.stdout.write(textReport(lines, count, stopped));
      else {
        // Nothing was judged: the one thing to say is why, and what to check.
        io.stderr.write(
          `boomstream verify: ${printable(refused)}; check BOOMSTREAM_API_KEY (and BOOMSTREAM_PROJECT_KEY). No assumption was judged (sent ${count.sent} of at most ${count.max} requests).\n`,
        );
      }
      return Promise.resolve(exitCode);
    },
  );
}
