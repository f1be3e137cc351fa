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
import { envValue, type CliIo } from '../io.js';
import { secretEnv } from '../secret-sources.js';
import { withProbeSession, type RunOptions } from '../verify/command.js';
import { parseToolArgs } from '../verify/inputs.js';
import { plannedProbes, type Probe } from '../verify/probes.js';
import type { ProbeRecord } from '../verify/run-probes.js';
import { Anonymiser } from './anonymise.js';
import { ReplacementLog, replaceSecrets, sanitiseBody, type Replacement } from './sanitise.js';

/** The key a replaying test passes: the recording holds answers for it, never the real one. */
export const RECORDED_API_KEY = 'recorded-api-key';

const RECORD_OPTIONS = {
  out: { type: 'string' },
  request: { type: 'string', multiple: true },
  'mask-codes': { type: 'boolean' },
  'keep-ips': { type: 'boolean' },
  'user-agents': { type: 'string' },
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

/** Writes the recorded answers as fixtures; answers what was written and replaced. */
function writeRecording(
  dir: string,
  records: readonly ProbeRecord[],
  placeholders: Placeholders,
  anonymiser: Anonymiser,
  baseUrl: string,
  now: Date,
): { written: number; log: ReplacementLog } {
  const log = new ReplacementLog();
  const prefix = new URL(baseUrl).pathname.replace(/\/$/, '');
  const fixtures: FixtureIndex['fixtures'] = [];
  const files: [string, string][] = [];
  for (const { probe, outcome, exchanges } of records) {
    const last = exchanges.at(-1);
    if (!last || outcome.kind === 'skipped' || !('request' in outcome)) continue;
    const mark = last.target.indexOf('?');
    const path = (mark < 0 ? last.target : last.target.slice(0, mark)).slice(prefix.length);
    const query = new URLSearchParams(mark < 0 ? '' : last.target.slice(mark + 1));
    const sanitised = new URLSearchParams(
      [...query].map(([name, value]): [string, string] => [
        name,
        replaceSecrets(value, placeholders.replacements, log),
      ]),
    );
    const file = `${outcome.request.method}/${probe.id}.xml`;
    files.push([file, sanitiseBody(last.body, placeholders.replacements, anonymiser, log)]);
    fixtures.push({
      method: outcome.request.method,
      source: 'recorded',
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
  if (files.length === 0) return { written: 0, log };
  for (const [file, body] of files) {
    mkdirSync(join(dir, file, '..'), { recursive: true });
    writeFileSync(join(dir, file), body);
  }
  writeFileSync(join(dir, 'index.json'), `${JSON.stringify(index, null, 2)}\n`);
  return { written: files.length, log };
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
    async ({ records, target, now, count, interrupted, stopped }) => {
      await Promise.resolve();
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
      const { written, log } = writeRecording(
        out,
        records,
        placeholders,
        anonymiser,
        target.baseUrl ?? API_BASE_URL,
        now,
      );
      const replaced = [...log.counts].map(
        ([what, { count: times, by }]) => `  ${what}: ${times} × by ${by}`,
      );
      const summary = {
        dir: out,
        fixtures: written,
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
      const text =
        written === 0
          ? `Wrote nothing to ${out}: no answer came back (${sent}).\n`
          : `Wrote ${written} answers to ${out} (${sent}).\nReplaced before writing:\n${replaced.join('\n') || '  nothing'}\nReplay: createMockAgent({ fixtures: '${out}' }) with apiKey '${RECORDED_API_KEY}'.\n`;
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
