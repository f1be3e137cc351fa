import { BoomstreamClient, decodeBody, type Dispatcher } from '@boomstream/client';
import { moscowToday, redactText, requestedPage } from '@boomstream/spec';

import { describeError } from '../../data/describe-error.js';
import type { Exchange, MeteredDispatcher } from './metered-dispatcher.js';
import type { Probe, ProbeContext, ProbeOutcome, ProbeRequest } from './probes.js';

/** A key no project has, for the probe of how the API refuses one. */
export const MADE_UP_KEY = 'boomstream-verify-made-up-key';

/** The client's retries of one call, at most: fewer when the run's allowance is nearly spent. */
const MAX_RETRIES_PER_CALL = 2;

export interface ProbeRun {
  readonly apiKey: string;
  readonly baseUrl: string | undefined;
  readonly code: string | undefined;
  readonly hash: string | undefined;
  readonly meter: MeteredDispatcher;
  readonly timeoutMs: number | undefined;
  readonly signal: AbortSignal;
  /** The instant the run takes as now; its Moscow day is the probes' today. */
  readonly now: Date;
  /** Every secret the run holds, masked in every message it keeps. */
  readonly secrets: readonly string[];
  /** Called before each probe that is sent, for a progress line. */
  readonly onProbe?: (probe: Probe, index: number) => void;
}

/** One probe as the run saw it: the outcome, and the whole answers of its attempts. */
export interface ProbeRecord {
  readonly probe: Probe;
  readonly outcome: ProbeOutcome;
  readonly exchanges: readonly Exchange[];
}

function client(run: ProbeRun, apiKey: string, dispatcher: Dispatcher): BoomstreamClient {
  return new BoomstreamClient({
    apiKey,
    dispatcher,
    ...(run.baseUrl !== undefined && { baseUrl: run.baseUrl }),
    ...(run.timeoutMs !== undefined && { timeoutMs: run.timeoutMs }),
  });
}

/**
 * Sends one probe's request with the client (its checks, retries and `Retry-After`),
 * and judges the last answer with the client's own decoder.
 */
async function send(
  run: ProbeRun,
  clients: Record<'key' | 'wrong', BoomstreamClient>,
  request: ProbeRequest,
  maxRetries: number,
): Promise<{ outcome: ProbeOutcome; exchanges: readonly Exchange[] }> {
  const before = run.meter.exchanges.length;
  const method = clients[request.auth ?? 'key'].stats[request.method] as (
    params: object,
    options: object,
  ) => Promise<unknown>;
  let error: unknown;
  try {
    await method(request.params, { maxRetries, signal: run.signal });
  } catch (caught) {
    error = caught;
  }
  const exchanges = run.meter.exchanges.slice(before);
  const last = exchanges.at(-1);
  if (last && last.status >= 200 && last.status < 300) {
    const decoded = decodeBody(request.method, last.body, requestedPage(request.params));
    const answer = { request, xml: last.body, status: last.status };
    const outcome: ProbeOutcome =
      decoded.status === 'success'
        ? { kind: 'page', page: decoded.page, ...answer }
        : decoded.status === 'failed'
          ? { kind: 'failed', message: decoded.message, ...answer }
          : { kind: 'invalid', request, reason: redactText(decoded.reason, run.secrets) };
    return { outcome, exchanges };
  }
  const message =
    error === undefined ? `HTTP ${last?.status ?? '?'}` : describeError(error, run.secrets);
  return { outcome: { kind: 'error', request, message }, exchanges };
}

/**
 * Runs `probes` in order, one request each (plus the client's retries, within the
 * meter's maximum); a probe whose request depends on an answer that did not come is
 * skipped, saying why.
 */
export async function runProbes(run: ProbeRun, probes: readonly Probe[]): Promise<ProbeRecord[]> {
  const clients = {
    key: client(run, run.apiKey, run.meter.dispatcher),
    wrong: client(run, MADE_UP_KEY, run.meter.dispatcher),
  };
  const records: ProbeRecord[] = [];
  const context: ProbeContext = {
    today: moscowToday(run.now),
    code: run.code,
    hash: run.hash,
    outcome: (id) => records.find(({ probe }) => probe.id === id)?.outcome,
  };
  for (const [index, probe] of probes.entries()) {
    const request = probe.request(context);
    if (typeof request === 'string') {
      records.push({ probe, outcome: { kind: 'skipped', reason: request }, exchanges: [] });
      continue;
    }
    run.onProbe?.(probe, index);
    // The run's spare requests: its maximum, less what went out and one for each probe to come.
    const spare = run.meter.max - run.meter.sent - (probes.length - index);
    const maxRetries = Math.max(0, Math.min(MAX_RETRIES_PER_CALL, spare));
    records.push({ probe, ...(await send(run, clients, request, maxRetries)) });
    if (run.signal.aborted) break;
  }
  return records;
}
