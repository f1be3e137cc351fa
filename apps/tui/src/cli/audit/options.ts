import { parseArgs } from 'node:util';

import {
  addDays,
  methods,
  moscowToday,
  params,
  validateParams,
  type ParamIssue,
} from '@boomstream/spec';

import { codeProblem } from '../../watch/watch-file.js';
import {
  parseProblem,
  patienceOf,
  UsageError,
  type OutputFormat,
  type ParsedValues,
  type Patience,
} from '../args.js';
import { DEFAULT_CONCURRENCY, type AuditPeriod } from '../../audit/read-sessions.js';

const OPTIONS = {
  customers: { type: 'string' },
  code: { type: 'string' },
  start: { type: 'string' },
  end: { type: 'string' },
  concurrency: { type: 'string' },
  json: { type: 'boolean' },
  csv: { type: 'boolean' },
  'show-ips': { type: 'boolean' },
  mock: { type: 'boolean' },
  timeout: { type: 'string' },
  retries: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** Enough to audit a shop's customers quickly without hammering one API key. */
const MAX_CONCURRENCY = 16;
/** The default period: the last 30 days, today included. */
export const DEFAULT_DAYS = 30;

export interface AuditInputs {
  /** A CSV file of customers (`-` for stdin); unset: stdin, or the demo's customers with `--mock`. */
  readonly customers: string | undefined;
  /** Audit only this media's customers. */
  readonly code: string | undefined;
  readonly period: AuditPeriod;
  readonly concurrency: number;
  readonly format: OutputFormat | 'text';
  readonly showIps: boolean;
  readonly mock: boolean;
  readonly patience: Patience;
}

/**
 * The period's problems by the spec's own rules for the session method's `start` and
 * `end` (a calendar date, start on or before end), checked once before any request;
 * the code and password are stand-ins, since every customer's are checked as read.
 */
function periodIssues(period: AuditPeriod): readonly ParamIssue[] {
  const stand = { code: params.code.example, hash: 'stand-in', ...period };
  const result = validateParams(methods.session, stand);
  return result.ok ? [] : result.issues;
}

function concurrencyOf(text: string | undefined): number {
  if (text === undefined) return DEFAULT_CONCURRENCY;
  const value = Number(text);
  if (!/^\d+$/.test(text.trim()) || value < 1 || value > MAX_CONCURRENCY) {
    throw new UsageError(`--concurrency: must be a whole number from 1 to ${MAX_CONCURRENCY}`);
  }
  return value;
}

/**
 * `boomstream audit`'s flags, checked, or `'help'` for `--help`; a bad flag is a
 * `UsageError` naming it and the rule.
 */
export function parseAuditArgs(
  argv: readonly string[],
  today = moscowToday(),
): AuditInputs | 'help' {
  let values: ParsedValues;
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({
      args: [...argv],
      options: OPTIONS,
      allowPositionals: true,
      strict: true,
    }));
  } catch (error) {
    throw new UsageError(`${parseProblem(error)}; see boomstream audit --help`);
  }
  if (values['help'] === true) return 'help';
  // Not echoed: a password pasted here would show in ps and shell history, and on screen again.
  if (positionals.length > 0) {
    throw new UsageError(
      'audit takes no arguments: customers come from --customers FILE or stdin as code,hash[,label] lines, never from the command line',
    );
  }
  const text = (name: keyof typeof OPTIONS) => {
    const value = values[name];
    return typeof value === 'string' ? value : undefined;
  };
  if (values['json'] === true && values['csv'] === true) {
    throw new UsageError('--json and --csv: choose one format');
  }
  const code = text('code');
  const problem = code === undefined ? undefined : codeProblem(code);
  if (code !== undefined && problem) throw new UsageError(`--code: "${code}" ${problem}`);
  const customers = text('customers');
  if (customers === '') throw new UsageError('--customers: needs a file name, or - for stdin');
  const end = text('end') ?? today;
  const endIssue = params.end.schema.safeParse(end).error?.issues[0]?.message;
  // The default start counts back from the end, so the end must be a date first.
  if (endIssue) throw new UsageError(`--end: ${endIssue}`);
  const period = { start: text('start') ?? addDays(end, 1 - DEFAULT_DAYS), end };
  const issues = periodIssues(period);
  if (issues.length > 0) {
    throw new UsageError(issues.map((issue) => `--${issue.param}: ${issue.message}`).join('; '));
  }
  return {
    customers,
    code,
    period,
    concurrency: concurrencyOf(text('concurrency')),
    format: values['json'] === true ? 'json' : values['csv'] === true ? 'csv' : 'text',
    showIps: values['show-ips'] === true,
    mock: values['mock'] === true,
    patience: patienceOf(values),
  };
}
