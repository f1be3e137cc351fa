import { BoomstreamValidationError } from '@boomstream/client';
import { validateParams, type ParamIssue } from '@boomstream/spec';

import { withColumns } from '../data/columns.js';
import { connect } from '../data/connect.js';
import { describeError } from '../data/describe-error.js';
import { isAlwaysSecret, secretValues, toQueryParams } from '../data/params.js';
import { itemsOf } from '../data/source.js';
import { toCsv } from '../export/csv.js';
import type { FieldEntry } from '../registry.js';
import { UsageError, type Command } from './args.js';
import { EXIT } from './exit-codes.js';
import { envValue, readStdin, writeError, type CliIo } from './io.js';
import { promptSecret } from './secret-prompt.js';
import { secretEnv, STDIN_SECRET } from './secret-sources.js';

type QueryCommand = Extract<Command, { kind: 'query' }>;

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
  command: QueryCommand,
  io: CliIo,
): Promise<Record<string, string> | undefined> {
  const values: Record<string, string> = { ...command.values };
  for (const field of command.method.fields.filter((candidate) => candidate.param.secret)) {
    const fromEnv = envValue(io, secretEnv(field.name));
    if (values[field.name] === undefined && fromEnv !== undefined) values[field.name] = fromEnv;
  }
  if (command.hashStdin) {
    const hash = await readHash(command, io);
    if (hash === undefined) return undefined;
    values[STDIN_SECRET] = hash;
  }
  return values;
}

/** Runs one query and prints it; answers the exit code. */
export async function runQuery(command: QueryCommand, io: CliIo): Promise<number> {
  const { method } = command;
  const values = await gatherValues(command, io);
  if (values === undefined) return EXIT.interrupted;
  const apiKey = envValue(io, 'BOOMSTREAM_API_KEY');
  if (!command.mock && apiKey === undefined) {
    throw new UsageError('BOOMSTREAM_API_KEY is not set: set it, or pass --mock for demo data');
  }
  const params = toQueryParams(method.fields, values);
  const validated = validateParams(method.spec, params);
  if (!validated.ok) throw new UsageError(issuesMessage(method.fields, validated.issues));

  const secrets = [
    ...(apiKey === undefined ? [] : [apiKey]),
    ...secretValues(method.fields, values),
  ];
  const baseUrl = envValue(io, 'BOOMSTREAM_BASE_URL');
  const signal = new AbortController().signal;
  let source;
  try {
    source = await connect({ demo: command.mock, apiKey, baseUrl });
  } catch (error) {
    throw new UsageError(describeError(error, secrets));
  }
  try {
    if (command.all) {
      const all = await source.all(method.spec, params, signal, () => undefined);
      io.stdout.write(
        command.format === 'csv'
          ? withColumns(all, toCsv)
          : `${JSON.stringify(all.items, null, 2)}\n`,
      );
    } else {
      const answer = await source.page(method.spec, params, signal);
      io.stdout.write(
        command.format === 'csv'
          ? withColumns(itemsOf(answer), toCsv)
          : `${JSON.stringify(answer.page, null, 2)}\n`,
      );
    }
    return EXIT.ok;
  } catch (error) {
    const message = describeError(error, [...secrets, ...source.secrets]);
    if (error instanceof BoomstreamValidationError) throw new UsageError(message);
    writeError(io, message);
    return EXIT.failure;
  } finally {
    await source.close();
  }
}
