import { parseArgs, type ParseArgsConfig } from 'node:util';

import { params } from '@boomstream/spec';

import { UsageError } from '../args.js';
import { InterruptedError } from '../interrupt.js';
import { envValue, readStdin, type CliIo } from '../io.js';
import { promptSecret } from '../secret-prompt.js';
import { secretEnv } from '../secret-sources.js';

/** The flags `verify` and `record` share. */
export const SHARED_OPTIONS = {
  code: { type: 'string' },
  'hash-stdin': { type: 'boolean' },
  json: { type: 'boolean' },
  mock: { type: 'boolean' },
  timeout: { type: 'string' },
  retries: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** Retries the whole run may spend, beyond one request per probe, unless `--retries` says otherwise. */
export const DEFAULT_RETRY_ALLOWANCE = 3;

/** What `verify` and `record` are given, checked. */
export interface SharedInputs {
  readonly code: string | undefined;
  readonly hashStdin: boolean;
  readonly json: boolean;
  readonly mock: boolean;
  readonly timeoutSeconds: number | undefined;
  /** Retries the whole run may spend: the announced maximum is the requests plus these. */
  readonly retryAllowance: number;
  readonly help: boolean;
}

/** Reads `argv` with the shared flags and `extra`; a bad flag is a `UsageError` naming it. */
/** Flags by name: booleans, strings, or lists of strings for repeated ones. */
export type ToolValues = Readonly<
  Record<string, string | boolean | (string | boolean)[] | undefined>
>;

export function parseToolArgs(
  command: string,
  argv: readonly string[],
  extra: NonNullable<ParseArgsConfig['options']>,
): { shared: SharedInputs; values: ToolValues } {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      options: { ...SHARED_OPTIONS, ...extra },
      allowPositionals: false,
      strict: true,
    });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const flag = /'(-{1,2}[^' ]+)/.exec(message)?.[1];
    // node's own words name the flag's syntax; say the rule instead.
    const rule = !flag
      ? message
      : message.includes('Unknown option')
        ? 'is not an option'
        : /argument missing|argument is ambiguous/.test(message)
          ? `needs a value (write ${flag}=<value> for one that starts with -)`
          : (message.split('. ')[0] ?? message);
    throw new UsageError(`${flag ? `${flag}: ` : ''}${rule}; see boomstream ${command} --help`);
  }
  const values: ToolValues = parsed.values;
  const code = typeof values['code'] === 'string' ? values['code'] : undefined;
  if (code !== undefined && !params.code.schema.safeParse(code).success) {
    throw new UsageError(`--code: "${code}" must be 8 letters or digits, e.g. AbCd1234`);
  }
  const timeout = values['timeout'];
  const timeoutSeconds = typeof timeout === 'string' ? Number(timeout) : undefined;
  if (timeoutSeconds !== undefined && !(timeoutSeconds > 0 && Number.isFinite(timeoutSeconds))) {
    throw new UsageError('--timeout: must be a number of seconds above 0, e.g. 10 or 2.5');
  }
  const retries = values['retries'];
  if (typeof retries === 'string' && !/^(?:[0-9]|10)$/.test(retries.trim())) {
    throw new UsageError('--retries: must be a whole number from 0 to 10');
  }
  const shared: SharedInputs = {
    code,
    hashStdin: values['hash-stdin'] === true,
    json: values['json'] === true,
    mock: values['mock'] === true,
    timeoutSeconds,
    retryAllowance: typeof retries === 'string' ? Number(retries) : DEFAULT_RETRY_ALLOWANCE,
    help: values['help'] === true,
  };
  return { shared, values };
}

/** A secret from its variable, else typed at a prompt without echo when a person is there. */
async function secretFromEnvOrPrompt(
  io: CliIo,
  variable: string,
  label: string,
): Promise<string | undefined> {
  const fromEnv = envValue(io, variable);
  if (fromEnv !== undefined) return fromEnv;
  if (!io.stdin.isTTY || !io.stdin.setRawMode) return undefined;
  return typed(await promptSecret(io.stdin, io.stderr, `${label}: `));
}

/** What was typed at a prompt; Ctrl-C there stops the command (exit 130). */
function typed(answer: string | undefined): string {
  if (answer === undefined) throw new InterruptedError('interrupted');
  return answer;
}

/**
 * The API key (`BOOMSTREAM_API_KEY`, else a prompt without echo; never a flag) and
 * the customer password (`BOOMSTREAM_HASH`, or stdin with `--hash-stdin`).
 * `undefined` key: none given and nobody to ask.
 */
export async function readSecrets(
  io: CliIo,
  inputs: SharedInputs,
): Promise<{ apiKey: string | undefined; hash: string | undefined }> {
  const apiKey = await secretFromEnvOrPrompt(io, 'BOOMSTREAM_API_KEY', 'API key');
  let hash = envValue(io, secretEnv('hash'));
  if (inputs.hashStdin) {
    if (io.stdin.isTTY && io.stdin.setRawMode) {
      hash = typed(await promptSecret(io.stdin, io.stderr, 'Customer password: '));
    } else {
      hash = await readStdin(io);
      // Asked for and not there: say so, rather than quietly leave the sessions untested.
      if (hash === '')
        throw new UsageError('--hash-stdin: stdin was empty; pipe the customer password to it');
    }
  }
  return { apiKey, hash: hash === '' ? undefined : hash };
}
