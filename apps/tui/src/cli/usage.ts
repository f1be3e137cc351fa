import type { ParamKind } from '@boomstream/spec';

import { isAlwaysSecret, publicValues } from '../data/params.js';
import type { FieldEntry, MethodEntry } from '../registry.js';
import { secretEnv, STDIN_SECRET } from './secret-sources.js';

const PLACEHOLDER: Readonly<Record<ParamKind, string>> = {
  date: '<YYYY-MM-DD>',
  enum: '',
  integer: '<N>',
  code: '<code>',
  text: '<text>',
};

function flagLine(field: FieldEntry): string {
  if (isAlwaysSecret(field)) {
    const stdin = field.name === STDIN_SECRET ? ' or --hash-stdin' : '';
    return `  ${`$${secretEnv(field.name)}`.padEnd(26)}${field.param.label}${stdin}${field.required ? ' (required)' : ''}`;
  }
  const value =
    field.options.length > 0 ? `<${field.options.join('|')}>` : PLACEHOLDER[field.param.kind];
  const secret = field.param.secret
    ? ` (${publicValues(field).join('|')}; a key: $${secretEnv(field.name)})`
    : '';
  const extra = field.required
    ? ' (required)'
    : field.serverDefault
      ? ` (default: ${field.serverDefault.text})`
      : '';
  return `  ${`--${field.name} ${publicValues(field)[0] ?? value}`.padEnd(26)}${field.param.description}${secret}${extra}`;
}

/** `boomstream --help`, written from the registry: a new method or parameter shows up here. */
export function usage(methods: readonly MethodEntry[], version: string): string {
  const sections = methods.map(
    (method) =>
      `boomstream ${method.name}: ${method.title}\n${method.fields.map(flagLine).join('\n')}`,
  );
  return `boomstream ${version}: Boomstream video statistics in a terminal UI, or one query for scripts.

Usage:
  boomstream [--mock]                       open the terminal UI (needs a terminal)
  boomstream <method> [flags] [--json|--csv] [--page N | --all] [--mock]
  boomstream --help | --version

Methods and their flags:
${sections.join('\n\n')}

Output and data:
  --json                    the decoded page (with --all: every item) as JSON (the default)
  --csv                     the items as CSV (RFC 4180)
  --all                     read every page
  --mock                    use demo data from a built-in mock server
  --hash-stdin              read the customer password from stdin (asked without echo in a terminal)

Environment:
  BOOMSTREAM_API_KEY        the project's API key; without it the UI shows demo data
  BOOMSTREAM_BASE_URL       the API prefix (default https://boomstream.com/api)
  BOOMSTREAM_PROJECT_KEY    another project's key, for project (secrets never go in flags)
  BOOMSTREAM_HASH           the customer password, for session
  NO_COLOR                  no colours

Exit codes: 0 success, 1 API or network error, 2 bad input.
`;
}
