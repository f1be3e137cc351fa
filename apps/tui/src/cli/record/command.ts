import { mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { fixtureQuery, secretDigest, type FixtureIndex } from '@boomstream/mocks';
import {
  API_BASE_URL,
  formatIssues,
  moscowToday,
  isSecretValue,
  methods,
  paramFromText,
  params,
  validateParams,
  type MethodName,
  type ParamName,
} from '@boomstream/spec';

import { UsageError } from '../args.js';
import { EXIT } from '../exit-codes.js';
import { plural } from '../../format.js';
import { envValue, type CliIo } from '../io.js';
import { secretEnv } from '../secret-sources.js';
import { withProbeSession, type RunOptions } from '../verify/command.js';
import { parseToolArgs } from '../verify/inputs.js';
import { plannedProbes, type Probe } from '../verify/probes.js';
import type { ProbeRecord } from '../verify/run-probes.js';
import { Anonymiser } from './anonymise.js';
import { saysFailed } from '../verify/metered-dispatcher.js';
import {
  ReplacementLog,
  replaceSecrets,
  sanitiseBody,
  sanitiseJson,
  type Replacement,
} from './sanitise.js';

/** The key a replaying test passes: the recording holds answers for it, never the real one. */
export const RECORDED_API_KEY = 'recorded-api-key';

const RECORD_OPTIONS = {
  out: { type: 'string' },
  request: { type: 'string', multiple: true },
  'mask-codes': { type: 'boolean' },
  'keep-ips': { type: 'boolean' },
  'user-agents': { type: 'string' },
  'keep-failed': { type: 'boolean' },
} as const;

export const RECORD_USAGE = `boomstream record: write real answers as fixtures for offline tests.

Usage: boomstream record --out <dir> [--request '<method> k=v …']… [flags]

Runs the requests of boomstream verify (or those listed with --request) and
writes each answer as it came, in the format of @boomstream/mocks' fixtures,
with index.json saying what was asked. createMockAgent({ fixtures: dir })
replays the folder. Before anything is written, secrets are replaced (the API
key by "${RECORDED_API_KEY}", passwords and project keys by placeholders;
codes too with --mask-codes) and viewers' IP addresses become documentation
addresses; what was replaced is printed.

Flags:
  --out <dir>             The folder to write: new, or empty.
  --request '<m> k=v …'   A request to record instead of verify's, e.g.
                          'target code=AbCd1234 start=2024-06-01 group=hour'.
                          A password comes from BOOMSTREAM_HASH, a project key
                          from BOOMSTREAM_PROJECT_KEY (write project=key).
  --code <code>           A media code, for verify's requests (as verify); not
                          with --request, which names its own.
  --hash-stdin            Read the customer password from stdin.
  --mask-codes            Replace media codes by placeholders too.
  --keep-ips              Keep viewers' IP addresses (personal data!).
  --user-agents <mode>    reduce (default: browser and system only) or keep.
  --keep-failed           Also write answers that are not data: Failed ones
                          (refusals such as "Media not found") and HTTP errors.
                          Without it they are left out, and said so.
                          A refused API key writes nothing either way.
  --mock, --timeout, --retries, --json   As for boomstream verify.
`;

/** One `--request` as a probe: `<method> name=value …`, checked by the spec before any request. */
function listedProbe(text: string, index: number, io: CliIo): Probe {
  const [name = '', ...pairs] = text.trim().split(/\s+/);
  if (!Object.hasOwn(methods, name)) {
    throw new UsageError(`--request: "${name}" is not a method; use project, target or session`);
  }
  const method = name as MethodName;
  const values: Record<string, string | number> = {};
  for (const pair of pairs) {
    const mark = pair.indexOf('=');
    const param = pair.slice(0, mark);
    const value = pair.slice(mark + 1);
    if (mark < 1 || !Object.hasOwn(params, param)) {
      throw new UsageError(
        `--request: "${mark < 1 ? pair : param}" is not name=value of a parameter`,
      );
    }
    const declaration = params[param as ParamName];
    if (param === 'project' && value === 'key') {
      const key = envValue(io, secretEnv('project'));
      if (key === undefined)
        throw new UsageError(`--request: project=key needs ${secretEnv('project')}`);
      values[param] = key;
    } else if (isSecretValue(declaration, value)) {
      throw new UsageError(
        `--request: a secret never goes in a flag: set ${secretEnv(param)}${param === 'project' ? ' and write project=key' : ''}`,
      );
    } else {
      values[param] = paramFromText(declaration, value);
    }
  }
  // The password comes later, from the environment or stdin: checked here as present.
  const checked = validateParams(methods[method], {
    ...values,
    ...(method === 'session' && { hash: 'given' }),
  });
  if (!checked.ok) throw new UsageError(`--request ${index + 1}: ${formatIssues(checked.issues)}`);
  return {
    id: `request-${index + 1}`,
    request: ({ hash }) => {
      if (method !== 'session') return { method, params: values };
      return hash === undefined
        ? `no customer password given (${secretEnv('hash')} or --hash-stdin)`
        : { method, params: { ...values, hash } };
    },
  };
}

/** Placeholders by parameter, numbered in the order secrets are met. */
class Placeholders {
  readonly replacements: Replacement[] = [];

  constructor(apiKey: string) {
    this.replacements.push({ secret: apiKey, placeholder: RECORDED_API_KEY, what: 'the API key' });
  }

  add(secret: string, kind: 'hash' | 'project' | 'code'): void {
    if (this.replacements.some((known) => known.secret === secret)) return;
    const n = this.replacements.filter(({ what }) => what.startsWith(WHAT[kind])).length + 1;
    const placeholder =
      kind === 'code'
        ? `Rec${String(n).padStart(5, '0')}`
        : `recorded-${kind === 'hash' ? 'password' : 'project'}-${n}`;
    this.replacements.push({ secret, placeholder, what: `${WHAT[kind]} ${n}` });
  }

  /** Placeholders by parameter, for the index. */
  byParam(): Record<string, string[]> {
    const param = (what: string) =>
      what === 'the API key'
        ? 'apikey'
        : (Object.entries(WHAT).find(([, w]) => what.startsWith(w))?.[0] ?? what);
    const out: Record<string, string[]> = {};
    for (const { what, placeholder } of this.replacements)
      (out[param(what)] ??= []).push(placeholder);
    return out;
  }
}

const WHAT = { hash: 'customer password', project: 'project key', code: 'media code' } as const;

/** Whether an answer is data: not a `Failed` (whatever its format) nor an HTTP error. */
function isData(outcome: ProbeRecord['outcome']): boolean {
  if (outcome.kind === 'json') return outcome.status < 300 && !saysFailed(outcome.text);
  return outcome.kind === 'page' || outcome.kind === 'invalid';
}

/** Writes the recorded answers as fixtures; answers what was written, left out and replaced. */
function writeRecording(
  dir: string,
  records: readonly ProbeRecord[],
  placeholders: Placeholders,
  anonymiser: Anonymiser,
  baseUrl: string,
  now: Date,
  keepFailed: boolean,
): { written: number; leftOut: number; log: ReplacementLog } {
  const log = new ReplacementLog();
  const prefix = new URL(baseUrl).pathname.replace(/\/$/, '');
  const fixtures: FixtureIndex['fixtures'] = [];
  const files: [string, string][] = [];
  let leftOut = 0;
  for (const { probe, outcome, exchanges } of records) {
    const last = exchanges.at(-1);
    if (!last || outcome.kind === 'skipped' || !('request' in outcome)) continue;
    if (!keepFailed && !isData(outcome)) {
      leftOut += 1;
      continue;
    }
    const mark = last.target.indexOf('?');
    const path = (mark < 0 ? last.target : last.target.slice(0, mark)).slice(prefix.length);
    const query = new URLSearchParams(mark < 0 ? '' : last.target.slice(mark + 1));
    const sanitised = new URLSearchParams(
      [...query].map(([name, value]): [string, string] => [
        name,
        replaceSecrets(value, placeholders.replacements, log),
      ]),
    );
    const json = outcome.kind === 'json';
    const file = `${outcome.request.method}/${probe.id}.${json ? 'json' : 'xml'}`;
    const sanitise = json ? sanitiseJson : sanitiseBody;
    files.push([file, sanitise(last.body, placeholders.replacements, anonymiser, log)]);
    fixtures.push({
      method: outcome.request.method,
      source: 'recorded',
      // The key as a header is the key all the same; the header itself is never kept.
      auth: outcome.request.auth === 'wrong' ? 'wrong' : 'key',
      request: { path, query: fixtureQuery(sanitised) },
      file,
    });
  }
  if (anonymiser.replacedAddresses > 0) {
    log.add(
      `viewer IP address (${anonymiser.distinctAddresses} distinct)`,
      'documentation addresses',
      anonymiser.replacedAddresses,
    );
  }
  if (anonymiser.reducedUserAgents > 0) {
    log.add('user agent', 'browser and system only', anonymiser.reducedUserAgents);
  }
  const index: FixtureIndex = {
    world: { today: moscowToday(now), apiKey: secretDigest(RECORDED_API_KEY) },
    fixtures,
    rejected: [],
    recording: {
      // The run's instant, the one its dates were chosen from: the same run writes the same files.
      recordedAt: now.toISOString(),
      placeholders: placeholders.byParam(),
      replaced: [...log.counts].map(([what, { count, by }]) => ({ what, count, by })),
    },
  };
  // Nothing came back (Ctrl-C, an unreachable API): no folder that replays nothing.
  if (files.length === 0) return { written: 0, leftOut, log };
  for (const [file, body] of files) {
    mkdirSync(join(dir, file, '..'), { recursive: true });
    writeFileSync(join(dir, file), body);
  }
  writeFileSync(join(dir, 'index.json'), `${JSON.stringify(index, null, 2)}\n`);
  return { written: files.length, leftOut, log };
}

/** `--out` is a new folder or an empty one: a recording never mixes with other files. */
function checkOutFolder(out: string): void {
  const found = statSync(out, { throwIfNoEntry: false });
  if (found === undefined) return;
  if (!found.isDirectory()) {
    throw new UsageError(`--out: ${out} is a file; give a new or empty folder`);
  }
  if (readdirSync(out).length > 0) {
    throw new UsageError(`--out: ${out} is not empty; give a new or empty folder`);
  }
}

/** `boomstream record …`: answers the exit code. */
export async function runRecord(
  argv: readonly string[],
  io: CliIo,
  options: RunOptions = {},
): Promise<number> {
  const { shared, values } = parseToolArgs('record', argv, RECORD_OPTIONS);
  if (shared.help) {
    io.stdout.write(RECORD_USAGE);
    return EXIT.ok;
  }
  const out = values['out'];
  if (typeof out !== 'string' || out === '')
    throw new UsageError('--out: the folder to write is required');
  checkOutFolder(out);
  const mode = values['user-agents'] ?? 'reduce';
  if (mode !== 'keep' && mode !== 'reduce')
    throw new UsageError('--user-agents: must be keep or reduce');
  const listed = Array.isArray(values['request']) ? values['request'].map(String) : [];
  if (listed.length > 0 && shared.code !== undefined)
    throw new UsageError(
      "--code: it picks the media code of verify's requests; with --request, write code=<code> in each request",
    );
  const listedProbes = listed.map((text, index) => listedProbe(text, index, io));
  return withProbeSession(
    'record',
    io,
    shared,
    options,
    (target) => (listedProbes.length > 0 ? listedProbes : plannedProbes(target)),
    async ({ records, target, now, count, interrupted, stopped, refused }) => {
      await Promise.resolve();
      if (refused !== undefined) {
        const why = `${refused}; check BOOMSTREAM_API_KEY (and BOOMSTREAM_PROJECT_KEY)`;
        io.stdout.write(
          shared.json
            ? `${JSON.stringify({ dir: out, fixtures: 0, requests: count, stopped: why, replaced: [], replay: null }, null, 2)}\n`
            : `Wrote nothing to ${out}: ${why} (sent ${count.sent} of at most ${count.max} requests).\n`,
        );
        return interrupted ? EXIT.interrupted : EXIT.failure;
      }
      const placeholders = new Placeholders(target.apiKey);
      for (const { outcome } of records) {
        if (!('request' in outcome)) continue;
        const { hash, project, code } = outcome.request.params;
        if (typeof hash === 'string') placeholders.add(hash, 'hash');
        if (typeof project === 'string' && project !== 'all') placeholders.add(project, 'project');
        if (values['mask-codes'] === true && typeof code === 'string')
          placeholders.add(code, 'code');
      }
      const anonymiser = new Anonymiser(mode);
      if (values['keep-ips'] === true) anonymiser.keepAddresses();
      const keepFailed = values['keep-failed'] === true;
      const { written, leftOut, log } = writeRecording(
        out,
        records,
        placeholders,
        anonymiser,
        target.baseUrl ?? API_BASE_URL,
        now,
        keepFailed,
      );
      const replaced = [...log.counts].map(
        ([what, { count: times, by }]) => `  ${what}: ${times} × by ${by}`,
      );
      const summary = {
        dir: out,
        fixtures: written,
        leftOut,
        requests: count,
        stopped: stopped ?? null,
        replaced: [...log.counts].map(([what, { count: times, by }]) => ({
          what,
          count: times,
          by,
        })),
        replay:
          written === 0 ? null : { apiKey: RECORDED_API_KEY, placeholders: placeholders.byParam() },
      };
      const sent = `sent ${count.sent} of at most ${count.max} requests`;
      const left =
        leftOut === 0
          ? ''
          : `Left out ${plural(leftOut, 'answer')} that ${leftOut === 1 ? 'was' : 'were'} Failed or an HTTP error (--keep-failed writes them).\n`;
      const text =
        written === 0
          ? `Wrote nothing to ${out}: ${leftOut === 0 ? 'no answer came back' : 'no answer held data'} (${sent}).\n${left}`
          : `Wrote ${plural(written, 'answer')} to ${out} (${sent}).\n${left}Replaced before writing:\n${replaced.join('\n') || '  nothing'}\nReplay: createMockAgent({ fixtures: '${out}' }) with apiKey '${RECORDED_API_KEY}'.\n`;
      io.stdout.write(
        shared.json
          ? `${JSON.stringify(summary, null, 2)}\n`
          : `${stopped === undefined ? '' : `Stopped early: ${stopped}\n`}${text}`,
      );
      return interrupted
        ? EXIT.interrupted
        : written === 0 || stopped !== undefined
          ? EXIT.failure
          : EXIT.ok;
    },
  );
}
