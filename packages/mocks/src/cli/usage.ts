import { assumptions, MOCK_PORT } from '@boomstream/spec';

import { QUIRK_IDS } from '../answer/quirks.js';
import { FAULT_SYNTAX } from '../server/faults.js';

/** One flag of `boomstream-mock`: how `parseArgs` reads it and how the help says it. */
interface MockOption {
  readonly type: 'string' | 'boolean';
  readonly multiple?: boolean;
  readonly short?: string;
  /** The value's placeholder in the help, for a string flag. */
  readonly value?: string;
  readonly help: string;
  /** What applies without the flag, said in the help as `(default: …)`. */
  readonly fallback?: string;
}

/** The defaults the CLI starts the server with. */
export const CLI_DEFAULTS = { port: MOCK_PORT, seed: 1 } as const;

/**
 * Every flag, once: `parseArgs` reads these (it takes `type`, `multiple` and `short`, and
 * leaves the rest) and the help lists them, so a flag cannot be parsed and left out of
 * the help, nor listed and refused.
 */
export const OPTIONS = {
  port: {
    type: 'string',
    value: '<port>',
    help: 'port to listen on; 0 takes a free one',
    fallback: String(CLI_DEFAULTS.port),
  },
  host: { type: 'string', value: '<host>', help: 'address to listen on', fallback: '127.0.0.1' },
  seed: {
    type: 'string',
    value: '<n>',
    help: 'seed of the made-up data: the same seed, the same answers',
    fallback: String(CLI_DEFAULTS.seed),
  },
  today: {
    type: 'string',
    value: 'YYYY-MM-DD',
    help: "the mock's today, in Moscow time: data ends that day",
    fallback: 'the real date and time',
  },
  fault: {
    type: 'string',
    multiple: true,
    value: '<faults>',
    help: 'play faults on every request: comma-separated, from the list below; repeatable',
    fallback: 'none',
  },
  quirk: {
    type: 'string',
    multiple: true,
    value: '<id>',
    help: 'break one of the toolkit\u2019s assumptions on purpose, from the list below; repeatable',
    fallback: 'none',
  },
  lenient: {
    type: 'boolean',
    help: 'answer a repeated parameter from its first value and ignore unknown ones',
    fallback: 'refuse both, Failed "Invalid parameter: <name>"',
  },
  help: { type: 'boolean', short: 'h', help: 'print this help' },
} as const satisfies Readonly<Record<string, MockOption>>;

const WIDTH = 80;

/** `text` in lines of at most `WIDTH` columns, the first after `lead`, the rest under it. */
function hang(lead: string, text: string): string {
  const indent = ' '.repeat(lead.length);
  const lines: string[] = [];
  let line = lead;
  for (const word of text.split(' ')) {
    if (line.length + 1 + word.length > WIDTH && line.trim() !== '') {
      lines.push(line);
      line = indent + word;
    } else line = line === lead || line === indent ? line + word : `${line} ${word}`;
  }
  return [...lines, line].join('\n');
}

/** A table of `name  text` rows, the texts in one column. */
function table(rows: readonly (readonly [string, string])[]): string {
  const width = Math.max(...rows.map(([name]) => name.length));
  return rows.map(([name, text]) => hang(`  ${name.padEnd(width)}  `, text)).join('\n');
}

function flagName(name: string, option: MockOption): string {
  const short = option.short === undefined ? '' : `-${option.short}, `;
  return `${short}--${name}${option.value === undefined ? '' : ` ${option.value}`}`;
}

/** The help of `boomstream-mock`, from the tables the CLI parses by. */
export function usage(): string {
  const options: readonly (readonly [string, MockOption])[] = Object.entries(OPTIONS);
  const statements = new Map(assumptions.map(({ id, statement }) => [id, statement]));
  return `boomstream-mock: a Boomstream statistics API on this machine, with made-up data.

Usage: boomstream-mock [flags]

Flags:
${table(
  options.map(([name, option]) => [
    flagName(name, option),
    option.fallback === undefined ? option.help : `${option.help} (default: ${option.fallback})`,
  ]),
)}

Faults (--fault; several at once combine):
${table(FAULT_SYNTAX.map(({ syntax, what }) => [syntax, what]))}

Quirks (--quirk <id>): each breaks the assumption of docs/api.md it names.
${table(QUIRK_IDS.map((id) => [id, statements.get(id) ?? '']))}

${hang(
  '',
  'At start it prints its URL, an API key, media codes and customer passwords. They are the demo\u2019s: the key opens only this mock\u2019s made-up data, never an account at boomstream.com. Ctrl-C stops it.',
)}

Example:
  boomstream-mock --port 0 --today 2024-06-30 --fault latency=200,status=503`;
}
