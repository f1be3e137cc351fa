import { setTimeout as sleep } from 'node:timers/promises';

import {
  BoomstreamClient,
  BoomstreamConnectionError,
  CLIENT_DEFAULTS,
  decodeBody,
  type AuthMode,
  type Dispatcher,
} from '@boomstream/client';
import {
  API_BASE_URL,
  API_KEY_PARAM,
  methods,
  moscowToday,
  redactText,
  requestedPage,
} from '@boomstream/spec';

import { describeError } from '../../data/describe-error.js';
import { DeadlineError, InterruptedError } from '../interrupt.js';
import { keyRefused, refusesKey } from './key-refusal.js';
import { saysFailed, type Exchange, type MeteredDispatcher } from './metered-dispatcher.js';
import type { Probe, ProbeContext, ProbeOutcome, ProbeRequest } from './probes.js';

/** A key no project has, for the probe of how the API refuses one. */
export const MADE_UP_KEY = 'boomstream-verify-made-up-key';

/** Why probes after a stop were not sent; the report says once why the run stopped. */
export const STOPPED = 'the run stopped early';

/** The longest `Retry-After` a run waits out between probes, as the client does within a call. */
const MAX_WAIT_MS = 60_000;

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
  /** The error to report for a failed call: Ctrl-C and `--timeout` in their own words. */
  readonly explain: (error: unknown) => unknown;
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

/** The clients of a run: with the user's key, with a made-up one, and with the user's key as a header. */
export type ProbeClients = Readonly<Record<'key' | 'wrong' | 'header', BoomstreamClient>>;

function client(
  run: ProbeRun,
  apiKey: string,
  dispatcher: Dispatcher,
  auth: AuthMode = 'query',
): BoomstreamClient {
  return new BoomstreamClient({
    apiKey,
    dispatcher,
    auth,
    ...(run.baseUrl !== undefined && { baseUrl: run.baseUrl }),
    ...(run.timeoutMs !== undefined && { timeoutMs: run.timeoutMs }),
  });
}

type Sent = { outcome: ProbeOutcome; exchanges: readonly Exchange[]; error?: unknown };

const isOk = (status: number) => status >= 200 && status < 300;

/** The outcome of an answer that came: a page, a `Failed` (whatever its HTTP status), or not the method's XML. */
function answered(run: ProbeRun, request: ProbeRequest, last: Exchange): ProbeOutcome | undefined {
  if (!isOk(last.status) && !saysFailed(last.body)) return undefined;
  const decoded = decodeBody(request.method, last.body, requestedPage(request.params));
  const answer = { request, xml: last.body, status: last.status };
  if (decoded.status === 'failed') return { kind: 'failed', message: decoded.message, ...answer };
  if (!isOk(last.status)) return undefined;
  return decoded.status === 'success'
    ? { kind: 'page', page: decoded.page, ...answer }
    : { kind: 'invalid', request, reason: redactText(decoded.reason, run.secrets) };
}

/**
 * Sends a request the client would refuse to (`raw` query text) once, through the
 * meter, as the client would: same base URL, the key as `apikey`, the run's signal.
 */
async function sendRaw(run: ProbeRun, request: ProbeRequest): Promise<Sent> {
  const before = run.meter.exchanges.length;
  const url = new URL(
    `${(run.baseUrl ?? API_BASE_URL).replace(/\/$/, '')}${methods[request.method].path}`,
  );
  const query = new URLSearchParams({ [API_KEY_PARAM]: run.apiKey });
  for (const [name, value] of Object.entries(request.params)) query.append(name, String(value));
  const timeout = run.timeoutMs ?? CLIENT_DEFAULTS.timeoutMs;
  let error: unknown;
  try {
    const { body } = await run.meter.dispatcher.request({
      origin: url.origin,
      path: `${url.pathname}?${query.toString()}&${request.raw ?? ''}`,
      method: 'GET',
      signal: run.signal,
      headersTimeout: timeout,
      bodyTimeout: timeout,
    });
    await body.text();
  } catch (caught) {
    error = caught;
  }
  const exchanges = run.meter.exchanges.slice(before);
  const last = exchanges.at(-1);
  const json = /(?:^|&)format=json(?:&|$)/.test(request.raw ?? '');
  if (last && error === undefined && json && (isOk(last.status) || saysFailed(last.body))) {
    const contentType = last.headers['content-type'];
    return {
      outcome: { kind: 'json', request, text: last.body, status: last.status, contentType },
      exchanges,
    };
  }
  const outcome = last && error === undefined ? answered(run, request, last) : undefined;
  if (outcome) return { outcome, exchanges };
  const explained = run.explain(error);
  const message =
    error === undefined
      ? `HTTP ${last?.status ?? '?'}`
      : explained instanceof InterruptedError || explained instanceof DeadlineError
        ? explained.message
        : `${request.method}: ${describeError(explained, run.secrets)}`;
  return { outcome: { kind: 'error', request, message }, exchanges, error: explained };
}

/**
 * Sends one probe's request with the client (its checks, retries and `Retry-After`),
 * and judges the last answer with the client's own decoder. A `Failed` body counts as
 * an answer whatever its HTTP status: it is evidence about the API, not a network fault.
 */
async function send(
  run: ProbeRun,
  clients: ProbeClients,
  request: ProbeRequest,
  maxRetries: number,
): Promise<Sent> {
  if (request.raw !== undefined) return sendRaw(run, request);
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
  const outcome = last && answered(run, request, last);
  if (outcome) return { outcome, exchanges };
  const explained = run.explain(error);
  const message =
    error === undefined
      ? `HTTP ${last?.status ?? '?'}`
      : run.meter.refusal !== undefined
        ? `${request.method}: ${run.meter.refusal}`
        : explained instanceof InterruptedError || explained instanceof DeadlineError
          ? explained.message
          : describeError(explained, run.secrets);
  return { outcome: { kind: 'error', request, message }, exchanges, error: explained };
}

/**
 * The clients a run sends with; throws the client's `BoomstreamValidationError` for a
 * bad base URL or key, before anything is announced or sent.
 */
export function probeClients(run: ProbeRun): ProbeClients {
  return {
    key: client(run, run.apiKey, run.meter.dispatcher),
    wrong: client(run, MADE_UP_KEY, run.meter.dispatcher),
    header: client(run, run.apiKey, run.meter.dispatcher, 'header'),
  };
}

/**
 * Why the run should send nothing more after `error`: Ctrl-C, `--timeout`, a server
 * that cannot be reached (the client has retried already), or one that asked to wait
 * longer than the client does. `undefined`: go on.
 */
function stopReason(error: unknown, run: ProbeRun, raw: boolean): string | undefined {
  if (run.meter.refusal !== undefined) return run.meter.refusal;
  if (error instanceof InterruptedError || error instanceof DeadlineError) return error.message;
  // A request sent without the client fails with undici's own error: the network's, here.
  if (error instanceof BoomstreamConnectionError || (raw && error instanceof Error)) {
    return `${describeError(error, run.secrets)}; check BOOMSTREAM_BASE_URL and the network`;
  }
  return undefined;
}

/**
 * The refusal of the user's key, when `outcome` is one: a `Failed` whose message
 * refuses the key or the project (`refusesKey`), to a request that carried the key as
 * `apikey`. The made-up key's refusal is expected, and a refusal of the key as a
 * header is evidence about the header (`bearer-key`).
 */
function refusedKey(outcome: ProbeOutcome, run: ProbeRun): string | undefined {
  if (outcome.kind !== 'failed' || outcome.request.auth !== undefined) return undefined;
  if (!refusesKey(outcome.message)) return undefined;
  return keyRefused(redactText(outcome.message ?? '', run.secrets));
}

/**
 * Waits out a `Retry-After` the last probe's retries left, as the client does within a
 * call; answers why the run stops instead: a longer wait, Ctrl-C or `--timeout`.
 */
async function waitOut(run: ProbeRun): Promise<string | undefined> {
  const wait = run.meter.waitMs();
  if (wait > MAX_WAIT_MS) {
    return `the API asked to wait ${Math.ceil(wait / 1000)} s (Retry-After); run again later`;
  }
  if (wait > 0) await sleep(wait, undefined, { signal: run.signal }).catch(() => undefined);
  if (!run.signal.aborted) return undefined;
  const explained = run.explain(run.signal.reason);
  return explained instanceof Error ? explained.message : 'aborted';
}

/**
 * Runs `probes` in order, one request each (plus the client's retries, within the
 * meter's maximum); a probe whose request depends on an answer that did not come is
 * skipped, saying why. After an error that later requests would meet too (see
 * `stopReason`), the rest are skipped and `stopped` says why.
 */
export async function runProbes(
  run: ProbeRun,
  clients: ProbeClients,
  probes: readonly Probe[],
): Promise<{
  records: ProbeRecord[];
  stopped: string | undefined;
  /** Why the API refused the user's key, when it did: the run stopped there. */
  refused: string | undefined;
}> {
  const records: ProbeRecord[] = [];
  const context: ProbeContext = {
    today: moscowToday(run.now),
    code: run.code,
    hash: run.hash,
    outcome: (id) => records.find(({ probe }) => probe.id === id)?.outcome,
  };
  let stopped: string | undefined;
  let refused: string | undefined;
  for (const [index, probe] of probes.entries()) {
    let request = stopped === undefined ? probe.request(context) : STOPPED;
    if (typeof request !== 'string') {
      stopped = await waitOut(run);
      if (stopped !== undefined) request = STOPPED;
    }
    if (typeof request === 'string') {
      records.push({ probe, outcome: { kind: 'skipped', reason: request }, exchanges: [] });
      continue;
    }
    run.onProbe?.(probe, index);
    // The run's spare requests: its maximum, less what went out and one for each probe to come.
    const spare = run.meter.max - run.meter.sent - (probes.length - index);
    // An API that answers Failed with an error status does so again: retrying says nothing new.
    const settled = run.meter.failedWithErrorStatus() > 0;
    const maxRetries = settled ? 0 : Math.max(0, Math.min(MAX_RETRIES_PER_CALL, spare));
    run.meter.beginProbe();
    const { outcome, exchanges, error } = await send(run, clients, request, maxRetries);
    records.push({ probe, outcome, exchanges });
    refused = refusedKey(outcome, run);
    if (refused !== undefined) stopped = refused;
    else if (outcome.kind === 'error') stopped = stopReason(error, run, request.raw !== undefined);
  }
  return { records, stopped, refused };
}
