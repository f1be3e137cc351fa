import { resolve } from 'node:path';

import { BoomstreamValidationError } from '@boomstream/client/errors';
import { earlierPeriod } from '@boomstream/insights';
import {
  API_BASE_URL,
  applyServerDefaults,
  hasNextPage,
  moscowToday,
  requestedPage,
  validateParams,
  type ParamIssue,
} from '@boomstream/spec';

import { describeError } from '../data/describe-error.js';
import { emptyAnswer } from '../data/empty-answer.js';
import { isAlwaysSecret, orderOf, secretValues, toQueryParams } from '../data/params.js';
import {
  itemsOf,
  joinItems,
  type DataSource,
  type KindedItems,
  type QueryParams,
} from '../data/source.js';
import type { ExportDocument } from '../export/document.js';
import { queryExport } from '../export/document.js';
import { watchExport } from '../export/watch-export.js';
import { csvText, destinationProblem, jsonText } from '../export/write-export.js';
import { plural, printable } from '../format.js';
import type { FieldEntry } from '../registry.js';
import { countedRows, watchTotals, type WatchPeriod } from '../watch/totals.js';
import { UsageError, type Command } from './args.js';
import { commandSource } from './command-source.js';
import { EXIT } from './exit-codes.js';
import { commandSignal, DeadlineError, InterruptedError } from './interrupt.js';
import { envValue, readStdin, writeError, type CliIo } from './io.js';
import { queryOptions, type QueryOptions } from './query-options.js';
import { promptSecret } from './secret-prompt.js';
import { secretEnv, STDIN_SECRET } from './secret-sources.js';

type QueryCommand = Extract<Command, { kind: 'query' }>;
type WatchCommand = Extract<Command, { kind: 'watch' }>;

/** Where a parameter came from, as the user would fix it: `--start`, or `$BOOMSTREAM_HASH`. */
function sourceOf(fields: readonly FieldEntry[], param: string): string {
  const field = fields.find((candidate) => candidate.name === param);
  if (field && isAlwaysSecret(field)) return `$${secretEnv(param)}`;
  return param ? `--${param}` : 'arguments';
}

function issuesMessage(fields: readonly FieldEntry[], issues: readonly ParamIssue[]): string {
  return issues.map((issue) => `${sourceOf(fields, issue.param)}: ${issue.message}`).join('; ');
}

/** `--hash-stdin`: piped as scripts do, or typed at a prompt without echo on a terminal. */
async function readHash(command: QueryCommand, io: CliIo): Promise<string | undefined> {
  const { stdin } = io;
  if (!stdin.isTTY || !stdin.setRawMode) return readStdin(io);
  const field = command.method.fields.find((candidate) => candidate.name === STDIN_SECRET);
  return promptSecret(stdin, io.stderr, `${field?.param.label ?? STDIN_SECRET}: `);
}

/**
 * Flag values, then secrets from the environment (or stdin), never from flags;
 * `undefined` when the user cancels the password prompt.
 */
async function gatherValues(
  command: QueryCommand | WatchCommand,
  io: CliIo,
): Promise<Record<string, string> | undefined> {
  const values: Record<string, string> = { ...command.values };
  for (const field of command.method.fields.filter((candidate) => candidate.param.secret)) {
    const fromEnv = envValue(io, secretEnv(field.name));
    if (values[field.name] === undefined && fromEnv !== undefined) values[field.name] = fromEnv;
  }
  if (command.kind === 'query' && command.hashStdin) {
    const hash = await readHash(command, io);
    if (hash === undefined) return undefined;
    values[STDIN_SECRET] = hash;
  }
  return values;
}

/** One progress line on stderr, rewritten in place, only when a person watches it. */
export function progressLine(io: CliIo): { show(text: string): void; clear(): void } {
  const tty = io.stderr.isTTY === true;
  return {
    show: (text) => {
      if (tty) io.stderr.write(`\r\u001B[K${text}`);
    },
    clear: () => {
      if (tty) io.stderr.write('\r\u001B[K');
    },
  };
}

/** How often the waiting line counts up; an answer sooner than its first tick shows none. */
const WAIT_TICK_MS = 1000;

/**
 * While `work` runs, on a terminal only, a line on stderr saying what it waits for and
 * for how long, rewritten in place each second and cleared when `work` settles: a
 * stalled API shows as such, not as a hung command.
 */
async function whileWaiting<T>(io: CliIo, what: string, work: Promise<T>): Promise<T> {
  if (io.stderr.isTTY !== true) return work;
  const started = Date.now();
  const line = { shown: false };
  const timer = setInterval(() => {
    line.shown = true;
    const seconds = Math.round((Date.now() - started) / 1000);
    io.stderr.write(`\r\u001B[Kwaiting for ${printable(what)} · ${seconds} s · Ctrl-C to cancel`);
  }, WAIT_TICK_MS);
  try {
    return await work;
  } finally {
    clearInterval(timer);
    if (line.shown) io.stderr.write('\r\u001B[K');
  }
}

/** What a query waits for, in a word: the API's host, or the demo data. */
function waitedFor(command: QueryCommand | WatchCommand, io: CliIo): string {
  if (command.mock) return 'the demo data';
  const base = envValue(io, 'BOOMSTREAM_BASE_URL') ?? API_BASE_URL;
  try {
    return new URL(base).host;
  } catch {
    return 'the API';
  }
}

/** A full read of `params` (every page), the progress line saying `what` it reads. */
async function readAll(
  command: QueryCommand | WatchCommand,
  source: DataSource,
  params: QueryParams,
  signal: AbortSignal,
  io: CliIo,
  what: string,
): Promise<KindedItems> {
  const progress = progressLine(io);
  const items = await source.all(command.method.spec, params, signal, (done) => {
    const of = done.pageCount === undefined ? '' : ` of ${done.pageCount}`;
    progress.show(`Reading ${what}: page ${done.page}${of} · ${plural(done.items, 'item')}`);
  });
  progress.clear();
  return items;
}

/**
 * The export on its way out: a workbook with `--xlsx`, then the JSON or CSV on stdout
 * (unless only the workbook was asked for). Answers false when the workbook could not
 * be written (said on stderr), before anything is printed.
 */
async function deliver(
  command: QueryCommand | WatchCommand,
  options: QueryOptions,
  shape: ExportDocument,
  io: CliIo,
): Promise<boolean> {
  const { xlsx, excel } = options;
  if (xlsx !== undefined) {
    try {
      // Loaded only here: exceljs is the largest part of the bundle.
      const { writeWorkbook } = await import('../export/xlsx.js');
      await writeWorkbook(shape.tables, resolve(xlsx), true);
    } catch (error) {
      writeError(
        io,
        `--xlsx: cannot write ${xlsx}: ${error instanceof Error ? error.message : String(error)}`,
      );
      return false;
    }
  }
  if (command.stdout) {
    io.stdout.write(command.format === 'csv' ? csvText(shape, excel) : jsonText(shape));
  }
  return true;
}

/** What a person should know about the numbers (a comparison's day not over), on stderr. */
function writeNotes(shape: ExportDocument, io: CliIo): void {
  for (const note of shape.notes ?? []) writeError(io, note);
}

/**
 * One page, or with `--all` (and always for `--group week|month` and `--compare`) every
 * page; with `--compare`, every page of the earlier period too.
 */
async function printQuery(
  command: QueryCommand,
  options: QueryOptions,
  source: DataSource,
  params: QueryParams,
  signal: AbortSignal,
  io: CliIo,
): Promise<number> {
  const { spec } = command.method;
  const { grouping, compare } = options;
  const everything = command.all || grouping !== undefined || compare !== undefined;
  const progress = progressLine(io);
  const first = await whileWaiting(io, waitedFor(command, io), source.page(spec, params, signal));
  let read = itemsOf(first);
  if (everything && hasNextPage(spec.paging, first.page)) {
    const rest = await source.all(spec, { ...params, page: 2 }, signal, (done) => {
      // `done` counts from page 2, but its page count is the whole read's.
      const of = done.pageCount === undefined ? '' : ` of ${done.pageCount}`;
      const count = plural(first.page.items.length + done.items, 'item');
      progress.show(`Reading every page: ${done.page + 1}${of} · ${count}`);
    });
    progress.clear();
    read = joinItems(read, rest);
  }
  let earlier: KindedItems | undefined;
  if (compare !== undefined && first.kind === 'stats') {
    const period = earlierPeriod(first.page.period, compare);
    const { page: _page, ...rest } = params;
    earlier = await readAll(
      command,
      source,
      { ...rest, ...period },
      signal,
      io,
      `${period.start} – ${period.end}`,
    );
  }
  const shape = queryExport({
    header: first,
    items: read,
    all: everything,
    ...(grouping && { grouping }),
    ...(compare &&
      earlier?.kind === 'stats' && { compare: { mode: compare, earlier: earlier.items } }),
    order: orderOf(params),
  });
  if (!(await deliver(command, options, shape, io))) return EXIT.failure;
  writeNotes(shape, io);
  const requested = requestedPage(params);
  const empty = emptyAnswer(first, requested);
  if (empty) writeError(io, requested > 1 ? `--page: ${empty}` : empty);
  return EXIT.ok;
}

/** Several codes: total hours per code over one period, largest first, as one table. */
async function printWatch(
  command: WatchCommand,
  options: QueryOptions,
  source: DataSource,
  params: QueryParams,
  signal: AbortSignal,
  io: CliIo,
): Promise<number> {
  const resolved = applyServerDefaults(command.method.spec, params, moscowToday());
  const period: WatchPeriod = {
    start: String(resolved['start']),
    end: String(resolved['end']),
    group: resolved['group'] === 'hour' ? 'hour' : 'day',
  };
  const progress = progressLine(io);
  // A code that fails for one period is said once, not again for the earlier period.
  const said = new Set<string>();
  const readTotals = async (over: WatchPeriod) => {
    const rows = await watchTotals(source, command.codes, over, signal, (read) => {
      progress.show(
        `Reading ${plural(read.codes, 'code')} (${over.start} – ${over.end}): ${read.done} done · ${plural(read.pages, 'page')} read`,
      );
    });
    progress.clear();
    for (const row of rows) {
      if (row.error === undefined || said.has(row.code)) continue;
      said.add(row.code);
      writeError(io, `--code ${row.code}: ${row.error}`);
    }
    return rows;
  };
  const rows = await readTotals(period);
  const { compare, grouping } = options;
  const before = compare && { ...period, ...earlierPeriod(period, compare) };
  const earlierRows = before && (await readTotals(before));
  const shape = watchExport({
    period,
    grouping: grouping ?? period.group,
    rows: countedRows(rows),
    ...(compare &&
      before &&
      earlierRows && {
        compare: { mode: compare, period: before, rows: countedRows(earlierRows) },
      }),
    order: orderOf(params),
  });
  if (!(await deliver(command, options, shape, io))) return EXIT.failure;
  writeNotes(shape, io);
  const failed = [...rows, ...(earlierRows ?? [])].some((row) => row.error !== undefined);
  return failed ? EXIT.failure : EXIT.ok;
}

/** Runs one query (or a table of several codes) and prints it; answers the exit code. */
export async function runQuery(asked: QueryCommand | WatchCommand, io: CliIo): Promise<number> {
  const { method } = asked;
  // `--group week|month` asks the API for days: the values sent carry the API's grouping.
  const typed = { ...asked.values };
  const options = queryOptions(method, typed, asked.flags, (message) => new UsageError(message));
  const command = { ...asked, values: typed };
  const problem = options.xlsx === undefined ? undefined : await destinationProblem(options.xlsx);
  if (problem !== undefined) throw new UsageError(`--xlsx: ${problem}`);
  const values = await gatherValues(command, io);
  if (values === undefined) return EXIT.interrupted;
  const apiKey = envValue(io, 'BOOMSTREAM_API_KEY');
  if (!command.mock && apiKey === undefined) {
    throw new UsageError('BOOMSTREAM_API_KEY is not set: set it, or pass --mock for demo data');
  }
  const params = toQueryParams(method.fields, values);
  // Several codes are checked one by one already; the first stands for them with the other flags.
  const checked = command.kind === 'watch' ? { ...params, code: command.codes[0] ?? '' } : params;
  const validated = validateParams(method.spec, checked);
  if (!validated.ok) throw new UsageError(issuesMessage(method.fields, validated.issues));

  const secrets = [
    ...(apiKey === undefined ? [] : [apiKey]),
    ...secretValues(method.fields, values),
  ];
  const source = await commandSource(
    { mock: command.mock, apiKey, patience: command.patience, secrets },
    io,
  );
  const run = commandSignal(command.patience, 'page');
  try {
    return command.kind === 'watch'
      ? await printWatch(command, options, source, params, run.signal, io)
      : await printQuery(command, options, source, params, run.signal, io);
  } catch (caught) {
    const error = run.explain(caught);
    if (error instanceof InterruptedError) {
      writeError(io, 'interrupted');
      return EXIT.interrupted;
    }
    if (error instanceof DeadlineError) {
      writeError(io, error.message);
      return EXIT.failure;
    }
    const message = describeError(error, [...secrets, ...source.secrets]);
    if (error instanceof BoomstreamValidationError) throw new UsageError(message);
    writeError(io, message);
    return EXIT.failure;
  } finally {
    run.dispose();
    await source.close();
  }
}
