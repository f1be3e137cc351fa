import { parseArgs } from 'node:util';

import { isSecretValue } from '@boomstream/spec';

import { publicValues } from '../data/params.js';
import type { MethodEntry } from '../registry.js';
import { secretEnv, STDIN_SECRET } from './secret-sources.js';

/** Bad input on the command line: exit code 2, a message naming the flag and the rule. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

export type OutputFormat = 'json' | 'csv';

export type Command =
  | { readonly kind: 'help' }
  | { readonly kind: 'version' }
  | { readonly kind: 'ui'; readonly mock: boolean }
  | {
      readonly kind: 'query';
      readonly method: MethodEntry;
      /** Flag values by parameter name, as typed. */
      readonly values: Readonly<Record<string, string>>;
      readonly all: boolean;
      readonly format: OutputFormat;
      readonly mock: boolean;
      readonly hashStdin: boolean;
    };

const SWITCHES = {
  all: { type: 'boolean' },
  json: { type: 'boolean' },
  csv: { type: 'boolean' },
  mock: { type: 'boolean' },
  'hash-stdin': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
} as const;

/** One `--name <value>` option per parameter of any method, secret ones included to explain them. */
function paramOptions(methods: readonly MethodEntry[]) {
  const names = new Set(methods.flatMap((method) => method.fields.map((field) => field.name)));
  return Object.fromEntries([...names].map((name) => [name, { type: 'string' as const }]));
}

/** Switches are booleans, parameters strings; the names are known only at run time. */
type ParsedValues = Readonly<Record<string, string | boolean | undefined>>;

function parse(argv: readonly string[], methods: readonly MethodEntry[]) {
  try {
    const { values, positionals } = parseArgs({
      args: [...argv],
      options: { ...SWITCHES, ...paramOptions(methods) },
      allowPositionals: true,
      strict: true,
    });
    return { values: values as ParsedValues, positionals };
  } catch (error) {
    // Node's message names the flag; drop its hints about `--` and positionals.
    const message = error instanceof Error ? error.message.split('. ')[0] : String(error);
    throw new UsageError(`${message ?? 'bad arguments'}; see boomstream --help`);
  }
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

/** Reads the command line; throws `UsageError` for anything a person should fix. */
export function parseCommand(argv: readonly string[], methods: readonly MethodEntry[]): Command {
  const { values, positionals } = parse(argv, methods);
  if (values['help']) return { kind: 'help' };
  if (values['version']) return { kind: 'version' };
  const [name, ...extra] = positionals;
  const flags = Object.entries(values).filter(
    (entry): entry is [string, string] => typeof entry[1] === 'string',
  );
  if (name === undefined) {
    const stray = flags[0]?.[0] ?? Object.keys(values).find((key) => key !== 'mock');
    if (stray)
      throw new UsageError(
        `--${stray}: needs a method first, e.g. boomstream project --${stray} …`,
      );
    return { kind: 'ui', mock: values['mock'] === true };
  }
  const method = methods.find((candidate) => candidate.name === name);
  if (!method) {
    const known = methods.map((candidate) => candidate.name).join(', ');
    throw new UsageError(`unknown method "${name}": must be one of ${known}`);
  }
  if (extra.length > 0) throw new UsageError(`unexpected argument "${extra[0] ?? ''}"`);
  for (const [flag, value] of flags) {
    if (!method.fields.some((field) => field.name === flag)) {
      throw new UsageError(`--${flag}: is not an option of ${method.name}`);
    }
    refuseSecretFlag(method, flag, value);
  }
  if (values['json'] && values['csv']) throw new UsageError('--json and --csv: choose one format');
  if (values['all'] && values['page'] !== undefined) {
    throw new UsageError('--page and --all: choose one page, or all of them');
  }
  const hashStdin = values['hash-stdin'] === true;
  if (hashStdin && !method.fields.some((field) => field.name === STDIN_SECRET)) {
    throw new UsageError(`--hash-stdin: ${method.name} takes no customer password`);
  }
  return {
    kind: 'query',
    method,
    values: Object.fromEntries(flags),
    all: values['all'] === true,
    format: values['csv'] ? 'csv' : 'json',
    mock: values['mock'] === true,
    hashStdin,
  };
}
