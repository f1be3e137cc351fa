import { COMPARISONS } from '@boomstream/insights';
import { API_BASE_URL, type ParamKind } from '@boomstream/spec';

import { isAlwaysSecret, publicValues } from '../data/params.js';
import { isGroupField, type FieldEntry, type MethodEntry } from '../registry.js';
import { SEVERAL_CODES_METHOD } from './args.js';
import { secretEnv, STDIN_SECRET } from './secret-sources.js';

/** Help stays inside a standard terminal: 80 columns. */
export const HELP_WIDTH = 80;
const FLAG_WIDTH = 26;

const PLACEHOLDER: Readonly<Record<ParamKind, string>> = {
  date: '<YYYY-MM-DD>',
  enum: '',
  integer: '<N>',
  code: '<code>',
  text: '<text>',
};

/**
 * Examples a person can paste; every one runs on demo data as it is (the codes and
 * the password are the demo's, which `boomstream demo` prints; the demo holds every
 * day from 2024-01-01). A test runs each one.
 */
const EXAMPLES: Readonly<Record<string, readonly string[]>> = {
  project: [
    'boomstream project --mock --start 2024-06-01 --end 2024-06-30',
    'boomstream project --mock --start 2024-01-01 --group month --csv --excel',
    "boomstream project --mock --compare previous | jq '.comparison.change'",
  ],
  target: [
    'boomstream target --mock --code PTwre8RB --group week --compare weekday',
    'boomstream target --mock --code PTwre8RB,FbBYdxJS,il4Wjxgd --csv',
    'boomstream target --mock --code PTwre8RB --timeout 10 --retries 0',
  ],
  session: [
    'BOOMSTREAM_HASH=UK7uXycsM2f3 boomstream session --mock --code PTwre8RB',
    'echo UK7uXycsM2f3 | boomstream session --mock --code PTwre8RB --hash-stdin',
  ],
};

/** `text` in lines of at most `width` columns, broken at spaces. */
function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line !== '' && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else {
      line = line === '' ? word : `${line} ${word}`;
    }
  }
  return [...lines, line];
}

/** A flag and what it does: the description wrapped under itself, or under the flag when long. */
export function entry(flag: string, text: string): string {
  const body = wrap(text, HELP_WIDTH - FLAG_WIDTH);
  const indent = ' '.repeat(FLAG_WIDTH);
  const head = `  ${flag}`;
  const first =
    head.length < FLAG_WIDTH - 1
      ? [`${head.padEnd(FLAG_WIDTH)}${body[0] ?? ''}`]
      : [head, `${indent}${body[0] ?? ''}`];
  return [...first, ...body.slice(1).map((line) => `${indent}${line}`)].join('\n');
}

function flagEntry(method: MethodEntry, field: FieldEntry): string {
  const required = field.required ? ' (required)' : '';
  if (isAlwaysSecret(field)) {
    const stdin = field.name === STDIN_SECRET ? ', or --hash-stdin' : '';
    return entry(`$${secretEnv(field.name)}`, `${field.param.label}${stdin}${required}`);
  }
  const options = field.options;
  const value = options.length > 0 ? `<${options.join('|')}>` : PLACEHOLDER[field.param.kind];
  const secret = field.param.secret
    ? ` (${publicValues(field).join('|')}; a key: $${secretEnv(field.name)})`
    : '';
  const extra = field.required
    ? required
    : field.serverDefault
      ? ` (default: ${field.serverDefault.text})`
      : '';
  const several =
    field.param.kind === 'code' && method.name === SEVERAL_CODES_METHOD
      ? ' Several codes (A,B or repeated): total hours per code.'
      : isGroupField(field)
        ? ' week and month are summed here from days: ISO weeks from Monday, Moscow\u2019s calendar, the buckets a period cuts marked partial; every page is read.'
        : '';
  return entry(
    `--${field.name} ${publicValues(field)[0] ?? value}`,
    `${field.param.description}${secret}${extra}.${several}`,
  );
}

const COMMON_FLAGS = [
  entry('--json', 'Print JSON (the default): one object whose .items holds the rows.'),
  entry('--csv', 'Print the rows as CSV (RFC 4180), exact values.'),
  entry('--all', 'Read every page (the client reads them a few at a time).'),
  entry('--mock', 'Use demo data from a built-in mock server (see boomstream demo).'),
  entry(
    '--timeout <seconds>',
    'How long one page may take, retries included (default: 45 s); --all goes on while pages come.',
  ),
  entry('--retries <n>', 'Tries again after a network fault or 5xx, 0–10 times (default: 2).'),
  entry(
    '--xlsx <file>',
    'Also write an Excel workbook: dates as dates, numbers as numbers, text never a formula, header frozen and filtered. Alone, nothing goes to stdout. The folder must exist: checked before any request.',
  ),
  entry(
    '--excel',
    'With --csv: CSV for Excel (UTF-8 BOM, ";", decimal comma; text starting with = + - @ gets a leading apostrophe).',
  ),
];

/** Flags of the methods that list viewing time (project, target). */
const VIEWING_FLAGS = [
  entry(
    `--compare <${COMPARISONS.join('|')}>`,
    'project and target: compare with the period of the same length just before; with the same weekdays, whole weeks back; or with the same dates a year before (29 Feb: 28 Feb). Each bucket meets its own days shifted back (by month with previous: the days just before, not the calendar month), so the buckets add up to the earlier total. A period ending today or later says so (its days are not over). Reads every page of both; JSON gains .comparison, CSV the earlier and change columns; a workbook gets a sheet per period, or per code with the earlier values.',
  ),
];

const HASH_STDIN = entry(
  '--hash-stdin',
  'Read the customer password from stdin (asked without echo in a terminal); session only.',
);

const JSON_SHAPES = `JSON output (jq '.items[]' reads the rows of every shape):
${entry('one page', 'the page as decoded: period, groupBy, sourceType, page, pageLimit, pageCount, itemCount, items (session pages: page, items).')}
${entry('--all', 'the same object without page and pageLimit; items holds every page.')}
${entry('several --code', '{"period": {"start", "end"}, "groupBy", "total", "items": [{"code", "timeMs", "hours"}]}, largest total first.')}
${entry('--group week|month', 'as --all; items are the weeks or months: date (first day), end, key, label, partial, timeMs, hours; newest first with --order desc, as every list.')}
${entry('--compare', 'adds "comparison": mode, current (start, end, timeMs, hours, partialDay: true when the period ends today or later) and earlier (start, end, timeMs, hours), change (timeMs, hours, percent: null when nobody watched before), then buckets, each with earlier: the earlier days it meets (date, end, label, timeMs, hours) (several codes: per code).')}
Hours are the exact milliseconds rounded once; hourly dates carry Moscow's
offset (2024-06-01T13:00:00+03:00). CSV columns: code or date (and a week's or
month's end, label, partial), timeMs, hours, then with --compare the earlier
ones (earlierDate; earlierEnd and earlierLabel for weeks and months,
earlierEnd by day or hour with last-year; earlierTimeMs, earlierHours) and
changeTimeMs, changeHours, changePercent.`;

const EXIT_CODES = `Exit codes:
  0    success; an empty page past the last one says so on stderr, as does a
       session query that finds nothing (a wrong password finds nothing too)
  1    API or network error (stderr says which)
  2    bad input: the flag and the rule are on stderr
  130  interrupted (Ctrl-C)`;

/** `boomstream help` and `boomstream --help`: commands, methods, common flags, all in 80 columns. */
export function usage(methods: readonly MethodEntry[], version: string): string {
  const width = Math.max(...methods.map((method) => method.name.length)) + 2;
  const list = methods.map((method) => `  ${method.name.padEnd(width)}${method.title}`).join('\n');
  return `boomstream ${version}: Boomstream's video statistics in a terminal UI, or one
query for scripts.

Usage:
${entry('boomstream', 'Open the terminal UI (demo data without BOOMSTREAM_API_KEY).')}
${entry('boomstream <method> [flags]', 'Run one query; print JSON or CSV.')}
${entry('boomstream help [method]', 'This help, or a method\u2019s flags and examples.')}
${entry('boomstream demo [--json]', 'Print the demo API key, media codes and passwords.')}
${entry('boomstream verify [--code <code>]', 'Does the real API behave as we think? Test each assumption with a few announced read-only requests (boomstream help verify).')}
${entry('boomstream record --out <dir>', 'Write real answers as fixtures, secrets replaced and viewers anonymised, for offline tests (boomstream help record).')}
${entry('boomstream audit [--customers <file>]', 'Is a customer\u2019s password shared? Rank customers (code,hash[,label] lines from a file or stdin; --mock: the demo\u2019s) by risk, with the evidence (boomstream help audit).')}
${entry('boomstream --version', 'Print the version.')}

Methods (boomstream help <method> for their flags):
${list}

Flags of every method:
${COMMON_FLAGS.join('\n')}
${VIEWING_FLAGS.join('\n')}
${HASH_STDIN}

${JSON_SHAPES}

Environment:
${entry('BOOMSTREAM_API_KEY', 'The project\u2019s API key; without it the UI shows demo data.')}
${entry('BOOMSTREAM_BASE_URL', `The API prefix (default ${API_BASE_URL}).`)}
${entry('BOOMSTREAM_PROJECT_KEY', 'Another project\u2019s key, for project (never a flag).')}
${entry('BOOMSTREAM_HASH', 'The customer password, for session (never a flag).')}
${entry('XDG_CONFIG_HOME', 'Where the UI keeps its watch list and audit its fingerprint key (default ~/.config).')}
${entry('NO_COLOR', 'No colours.')}

${EXIT_CODES}

Examples:
  boomstream demo
  boomstream project --mock --start 2024-06-01 --end 2024-06-30 --csv
  boomstream target --mock --code PTwre8RB,FbBYdxJS --csv
  boomstream project --mock --compare weekday --group week --csv --excel
`;
}

/** `boomstream help <method>` and `boomstream <method> --help`: its flags and examples. */
export function methodUsage(method: MethodEntry): string {
  const required = method.fields
    .filter((field) => field.required && !isAlwaysSecret(field))
    .map((field) => ` --${field.name} ${PLACEHOLDER[field.param.kind]}`)
    .join('');
  const examples = EXAMPLES[method.name] ?? [`boomstream ${method.name} --mock${required}`];
  return `boomstream ${method.name}: ${method.title} (GET ${method.path})

Usage: boomstream ${method.name}${required} [flags]

Flags:
${method.fields.map((field) => flagEntry(method, field)).join('\n')}
${[
  ...COMMON_FLAGS,
  ...(method.spec.items === 'stats' ? VIEWING_FLAGS : []),
  ...(method.fields.some((field) => field.name === STDIN_SECRET) ? [HASH_STDIN] : []),
].join('\n')}

Examples (boomstream demo prints codes and passwords for --mock):
${examples.map((example) => `  ${example}`).join('\n')}

See boomstream help for the JSON shapes, the environment and the exit codes.
`;
}
