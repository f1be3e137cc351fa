import {
  demoCustomerRows,
  readCustomersFile,
  requireCustomers,
} from '../../audit/customer-list.js';
import { nameCustomers } from '../../audit/customers.js';
import { parseCustomers, type CustomerRow } from '../../audit/customers-csv.js';
import { CustomersError } from '../../audit/customers-error.js';
import { fingerprintKey } from '../../audit/fingerprint-key.js';
import { readSessions } from '../../audit/read-sessions.js';
import { auditReport } from '../../audit/report.js';
import { plural } from '../../format.js';
import { configDir } from '../../watch/watch-file.js';
import { UsageError } from '../args.js';
import { commandSource } from '../command-source.js';
import { EXIT } from '../exit-codes.js';
import { commandSignal, InterruptedError } from '../interrupt.js';
import { envValue, readStdin, writeError, type CliIo } from '../io.js';
import { progressLine } from '../run-query.js';
import { AUDIT_USAGE } from './help.js';
import { parseAuditArgs, type AuditInputs } from './options.js';
import { csvReport, jsonReport, textReport } from './print.js';

/** The customers' CSV and where it came from, for messages; `undefined`: the demo's customers. */
async function customersText(
  inputs: AuditInputs,
  io: CliIo,
): Promise<{ text: string; where: string } | undefined> {
  const file = inputs.customers;
  if (file !== undefined && file !== '-') {
    try {
      return { text: await readCustomersFile(file), where: `--customers ${file}` };
    } catch (error) {
      throw asUsage(error, '--customers: ');
    }
  }
  if (file === undefined && inputs.mock) return undefined;
  // A person typing passwords here would see them echoed: ask for a file or a pipe instead.
  if (io.stdin.isTTY) {
    throw new UsageError(
      '--customers: give a CSV file of code,hash[,label] lines, or pipe them to stdin; --mock audits the demo customers',
    );
  }
  return { text: await readStdin(io), where: 'stdin' };
}

/** A customer list's problem as bad input (exit 2), `prefix` naming the flag; other errors as they are. */
function asUsage(error: unknown, prefix = ''): unknown {
  return error instanceof CustomersError ? new UsageError(`${prefix}${error.message}`) : error;
}

/** The customers to audit, checked, with `--code` applied; none is a `UsageError`. */
function chosenRows(
  rows: readonly CustomerRow[],
  inputs: AuditInputs,
  where: string,
): readonly CustomerRow[] {
  let listed: readonly CustomerRow[];
  try {
    listed = requireCustomers(rows, where);
  } catch (error) {
    throw asUsage(error);
  }
  const chosen =
    inputs.code === undefined ? listed : listed.filter((row) => row.code === inputs.code);
  if (chosen.length === 0)
    throw new UsageError(`--code: no customer of ${inputs.code} in ${where}`);
  return chosen;
}

/** `boomstream audit …`: answers the exit code. */
export async function runAudit(argv: readonly string[], io: CliIo): Promise<number> {
  const inputs = parseAuditArgs(argv);
  if (inputs === 'help') {
    io.stdout.write(AUDIT_USAGE);
    return EXIT.ok;
  }
  const apiKey = envValue(io, 'BOOMSTREAM_API_KEY');
  if (!inputs.mock && apiKey === undefined) {
    throw new UsageError('BOOMSTREAM_API_KEY is not set: set it, or pass --mock for demo data');
  }
  const listed = await customersText(inputs, io);
  let parsed: CustomerRow[] | undefined;
  try {
    parsed = listed && parseCustomers(listed.text, listed.where);
  } catch (error) {
    throw asUsage(error);
  }
  const keySecrets = apiKey === undefined ? [] : [apiKey];
  const source = await commandSource(
    { mock: inputs.mock, apiKey, patience: inputs.patience, secrets: keySecrets },
    io,
  );
  // Ctrl-C only: `--timeout` bounds each page, and a customer that runs out is listed with it.
  const run = commandSignal(inputs.patience, 'page');
  const progress = progressLine(io);
  try {
    const where = listed?.where ?? 'the demo';
    // The demo's seeded cases only: the crowd of honest viewers is the UI's longer demo.
    const rows = chosenRows(parsed ?? demoCustomerRows(source.demo, false), inputs, where);
    const customers = await nameCustomers(rows, where, () =>
      fingerprintKey(configDir(io.env)),
    ).catch((error: unknown) => {
      throw asUsage(error);
    });
    const reads = await readSessions(source, customers, inputs.period, {
      concurrency: inputs.concurrency,
      secrets: keySecrets,
      signal: run.signal,
      onProgress: ({ done, failed, total }) => {
        progress.show(`audited ${done}/${total}${failed > 0 ? ` · ${failed} failed` : ''}`);
      },
    });
    progress.clear();
    const report = auditReport(reads, inputs.period, inputs.showIps);
    io.stdout.write(
      inputs.format === 'json'
        ? jsonReport(report)
        : inputs.format === 'csv'
          ? csvReport(report)
          : textReport(report, inputs.showIps),
    );
    const unread = report.customers.filter((row) => row.error !== undefined);
    for (const row of unread) writeError(io, `${row.customer} (${row.code}): ${row.error ?? ''}`);
    if (unread.length === 0) return EXIT.ok;
    writeError(
      io,
      `${plural(unread.length, 'customer')} of ${reads.length} could not be read; the others are listed`,
    );
    return EXIT.failure;
  } catch (caught) {
    progress.clear();
    const error = run.explain(caught);
    if (!(error instanceof InterruptedError)) throw error;
    writeError(io, 'interrupted');
    return EXIT.interrupted;
  } finally {
    run.dispose();
    await source.close();
  }
}
