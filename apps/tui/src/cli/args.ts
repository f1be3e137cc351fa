import { parseArgs } from 'node:util';

import { isSecretValue } from '@boomstream/spec';

import { publicValues } from '../data/params.js';
import type { MethodEntry } from '../registry.js';
import { codeProblem } from '../watch/watch-file.js';
import { secretEnv, STDIN_SECRET } from './secret-sources.js';

/** Bad input on the command line: exit code 2, a message naming the flag and the rule. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

export type OutputFormat = 'json' | 'csv';

/** How long a command may wait for the API, and how often it tries again. */
export interface Patience {
  /** Seconds the whole command may take waiting for the API; the client's default when unset. */
  readonly timeoutSeconds: number | undefined;
  readonly retries: number | undefined;
}

interface Output {
  readonly format: OutputFormat;
  /** Whether stdout gets the JSON or CSV: not when only a workbook (`--xlsx`) is asked for. */
  readonly stdout: boolean;
  readonly mock: boolean;
  readonly patience: Patience;
  /**
   * The command line as parsed, for `queryOptions` to read `--group`, `--compare`, `--xlsx`
   * and `--excel` when the query runs: their rules come from the insights, which the CLI
   * loads only for a query (help and `--version` stay quick).
   */
  readonly flags: ParsedValues;
}

/** Commands with flags of their own, parsed by their modules: checks of the real API. */
export const API_CHECK_COMMANDS = ['verify', 'record'] as const;
export type ApiCheckCommand = (typeof API_CHECK_COMMANDS)[number];

const isApiCheck = (name: string | undefined): name is ApiCheckCommand =>
  API_CHECK_COMMANDS.some((command) => command === name);

export type Command =
  | { readonly kind: 'help'; readonly method: MethodEntry | undefined }
  /** `audit` with the arguments after it, which its module reads: customers never come from argv. */
  | { readonly kind: 'audit'; readonly argv: readonly string[] }
  /** `verify` or `record` with the arguments after it, which its module reads. */
  | {
      readonly kind: 'api-check';
      readonly command: ApiCheckCommand;
      readonly argv: readonly string[];
    }
  | { readonly kind: 'version' }
  | { readonly kind: 'ui'; readonly mock: boolean }
  /** Plain text for a person unless `--json` or `--csv` asks for a format. */
  | { readonly kind: 'demo'; readonly format: OutputFormat | 'text' }
  | (Output & {
      readonly kind: 'query';
      readonly method: MethodEntry;
      /** Flag values by parameter name, as typed. */
      readonly values: Readonly<Record<string, string>>;
      readonly all: boolean;
      readonly hashStdin: boolean;
    })
  | (Output & {
      /** Several media codes: one table of total hours per code. */
      readonly kind: 'watch';
      readonly method: MethodEntry;
      readonly codes: readonly string[];
      /** The other flags (dates, grouping), as typed. */
      readonly values: Readonly<Record<string, string>>;
    });

/** The flags every method takes, besides its parameters. */
const SWITCHES = {
  all: { type: 'boolean' },
  json: { type: 'boolean' },
  csv: { type: 'boolean' },
  mock: { type: 'boolean' },
  'hash-stdin': { type: 'boolean' },
  timeout: { type: 'string' },
  retries: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
  // Read by `queryOptions` (query-options.ts) when the query runs.
  compare: { type: 'string' },
  xlsx: { type: 'string' },
  excel: { type: 'boolean' },
} as const;

/** Names that are not a method: the commands of the CLI itself. */
const COMMANDS = ['help', 'demo', 'audit', ...API_CHECK_COMMANDS] as const;

/** The parameter that may be given several times (or comma-separated) for a table per code. */
const MULTI_PARAM = 'code';

/** The method that takes several codes (a table of total hours per code); the others take one. */
export const SEVERAL_CODES_METHOD = 'target';

/** One `--name <value>` option per parameter of any method, secret ones included to explain them. */
function paramOptions(methods: readonly MethodEntry[]) {
  const names = new Set(methods.flatMap((method) => method.fields.map((field) => field.name)));
  return Object.fromEntries(
    [...names].map((name) => [name, { type: 'string' as const, multiple: name === MULTI_PARAM }]),
  );
}

/** Switches are booleans, parameters strings (`--code` a list); the names are known only at run time. */
export type ParsedValues = Readonly<Record<string, string | string[] | boolean | undefined>>;

/** Node's parse errors, in our one style: the flag, then the rule. */
export function parseProblem(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const flag = /'(-{1,2}[^' ]+)/.exec(message)?.[1];
  const code = (error as { code?: string } | null)?.code;
  if (flag && code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return `${flag}: is not an option`;
  if (flag && code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    return message.includes('argument missing')
      ? `${flag}: needs a value`
      : `${flag}: takes no value`;
  }
  return message.split('. ')[0] ?? message;
}

/**
 * A flag that takes one value given twice (`--compare previous --compare weekday`) is
 * refused rather than read as the last one: which one was meant is the user's to say.
 * Only `--code` may repeat (several codes). The values are not echoed: one may be a secret.
 */
function refuseRepeats(tokens: readonly { kind: string; name?: string }[]): void {
  const seen = new Set<string>();
  for (const token of tokens) {
    if (token.kind !== 'option' || token.name === undefined || token.name === MULTI_PARAM) {
      continue;
    }
    const option = token.name as keyof typeof SWITCHES;
    // A switch (`--json --json`) says the same thing twice: harmless.
    if (Object.hasOwn(SWITCHES, option) && SWITCHES[option].type === 'boolean') continue;
    if (seen.has(token.name)) {
      throw new UsageError(`--${token.name}: given more than once; give it once`);
    }
    seen.add(token.name);
  }
}

function parse(argv: readonly string[], methods: readonly MethodEntry[]) {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      options: { ...SWITCHES, ...paramOptions(methods) },
      allowPositionals: true,
      strict: true,
      tokens: true,
    });
  } catch (error) {
    throw new UsageError(`${parseProblem(error)}; see boomstream help`);
  }
  refuseRepeats(parsed.tokens);
  return { values: parsed.values as ParsedValues, positionals: parsed.positionals };
}

/** A secret typed as a flag is refused without being echoed: it would sit in `ps` and shell history. */
function refuseSecretFlag(method: MethodEntry, name: string, value: string): void {
  const field = method.fields.find((candidate) => candidate.name === name);
  if (!field || !isSecretValue(field.param, value)) return;
  const allowed = publicValues(field)
    .map((public_) => `"${public_}"`)
    .join(' or ');
  const stdin = name === STDIN_SECRET ? ' or pipe it to --hash-stdin' : '';
  throw new UsageError(
    `--${name}: ${allowed ? `only ${allowed} may be given as a flag; ` : ''}a secret never goes in a flag (it shows in ps and shell history): set ${secretEnv(name)}${stdin}`,
  );
}

/** `--timeout` and `--retries`, checked: a number of seconds above 0, a whole number 0–10. */
export function patienceOf(values: ParsedValues): Patience {
  const timeout = values['timeout'];
  const retries = values['retries'];
  let timeoutSeconds: number | undefined;
  if (typeof timeout === 'string') {
    timeoutSeconds = Number(timeout);
    if (timeout.trim() === '' || !Number.isFinite(timeoutSeconds) || timeoutSeconds <= 0) {
      throw new UsageError('--timeout: must be a number of seconds above 0, e.g. 10 or 2.5');
    }
  }
  let retryCount: number | undefined;
  if (typeof retries === 'string') {
    retryCount = Number(retries);
    if (!/^\d+$/.test(retries.trim()) || retryCount > 10) {
      throw new UsageError('--retries: must be a whole number from 0 to 10');
    }
  }
  return { timeoutSeconds, retries: retryCount };
}

/** The codes of `--code A,B --code C`, each checked by the spec's rule. */
function codesOf(values: ParsedValues): string[] {
  const raw = values[MULTI_PARAM];
  const list = (Array.isArray(raw) ? raw : [])
    .flatMap((value) => value.split(','))
    .map((code) => code.trim())
    .filter((code) => code !== '');
  for (const code of list) {
    const problem = codeProblem(code);
    if (problem) throw new UsageError(`--code: "${code}" ${problem}`);
  }
  return [...new Set(list)];
}

function methodNamed(methods: readonly MethodEntry[], name: string): MethodEntry {
  const method = methods.find((candidate) => candidate.name === name);
  if (method) return method;
  const known = [...methods.map((candidate) => candidate.name), ...COMMANDS].join(', ');
  throw new UsageError(`unknown command "${name}": must be one of ${known}; see boomstream help`);
}

/** Reads the command line; throws `UsageError` for anything a person should fix. */
export function parseCommand(argv: readonly string[], methods: readonly MethodEntry[]): Command {
  const [first, ...rest] = argv;
  if (isApiCheck(first)) return { kind: 'api-check', command: first, argv: rest };
  if (first === 'audit') return { kind: 'audit', argv: rest };
  if (first === 'help' && rest[0] === 'audit' && rest.length === 1) {
    return { kind: 'audit', argv: ['--help'] };
  }
  if (first === 'help' && isApiCheck(rest[0]) && rest.length === 1) {
    return { kind: 'api-check', command: rest[0], argv: ['--help'] };
  }
  const { values, positionals } = parse(argv, methods);
  const [name, ...extra] = positionals;
  // `help` and `demo` are described by the general help: asking for theirs shows it, rather
  // than calling a command the error itself lists unknown.
  const helpOf = (command: string | undefined): Command => ({
    kind: 'help',
    method:
      command === undefined || COMMANDS.some((own) => own === command)
        ? undefined
        : methodNamed(methods, command),
  });
  if (name === 'help') {
    if (extra.length > 1) throw new UsageError(`unexpected argument "${extra[1] ?? ''}"`);
    return helpOf(extra[0]);
  }
  if (values['help']) return helpOf(name);
  if (values['version']) return { kind: 'version' };
  const json = values['json'] === true;
  const csv = values['csv'] === true;
  if (json && csv) throw new UsageError('--json and --csv: choose one format');
  const format: OutputFormat = csv ? 'csv' : 'json';
  if (name === 'demo') {
    if (extra.length > 0) throw new UsageError(`unexpected argument "${extra[0] ?? ''}"`);
    return { kind: 'demo', format: json || csv ? format : 'text' };
  }
  const codes = codesOf(values);
  const flags = Object.entries(values).filter(
    (entry): entry is [string, string] => typeof entry[1] === 'string',
  );
  if (codes.length > 0) flags.push([MULTI_PARAM, codes.join(',')]);
  if (name === undefined) {
    const stray = flags[0]?.[0] ?? Object.keys(values).find((key) => key !== 'mock');
    if (stray)
      throw new UsageError(
        `--${stray}: needs a method first, e.g. boomstream project --${stray} …`,
      );
    return { kind: 'ui', mock: values['mock'] === true };
  }
  const method = methodNamed(methods, name);
  if (extra.length > 0) throw new UsageError(`unexpected argument "${extra[0] ?? ''}"`);
  const params = flags.filter(([flag]) => !(flag in SWITCHES));
  for (const [flag, value] of params) {
    if (!method.fields.some((field) => field.name === flag)) {
      throw new UsageError(`--${flag}: is not an option of ${method.name}`);
    }
    refuseSecretFlag(method, flag, value);
  }
  if (values['all'] && values['page'] !== undefined) {
    throw new UsageError('--page and --all: choose one page, or all of them');
  }
  const hashStdin = values['hash-stdin'] === true;
  if (hashStdin && !method.fields.some((field) => field.name === STDIN_SECRET)) {
    throw new UsageError(`--hash-stdin: ${method.name} takes no customer password`);
  }
  const typed: Record<string, string> = Object.fromEntries(params);
  const output = {
    format,
    stdout: values['xlsx'] === undefined || json || csv,
    mock: values['mock'] === true,
    patience: patienceOf(values),
    flags: values,
  };
  if (codes.length > 1) {
    if (method.name !== SEVERAL_CODES_METHOD) {
      throw new UsageError(
        `--code: ${method.name} takes one code; several codes are for ${SEVERAL_CODES_METHOD}`,
      );
    }
    if (values['page'] !== undefined) {
      throw new UsageError('--page: several codes are always read in full; leave it out');
    }
    const { [MULTI_PARAM]: _codes, ...rest } = typed;
    return { kind: 'watch', method, codes, values: rest, ...output };
  }
  return {
    kind: 'query',
    method,
    values: typed,
    all: values['all'] === true,
    hashStdin,
    ...output,
  };
}
