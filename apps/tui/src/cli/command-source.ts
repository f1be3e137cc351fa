import { connect } from '../data/connect.js';
import { describeError } from '../data/describe-error.js';
import type { DataSource } from '../data/source.js';
import { UsageError, type Patience } from './args.js';
import { envValue, type CliIo } from './io.js';

export interface CommandSourceOptions {
  /** `--mock`: the in-process mock server's demo data (also without a key). */
  readonly mock: boolean;
  readonly apiKey: string | undefined;
  /** `--timeout` and `--retries`, as the command parsed them. */
  readonly patience: Patience;
  /** Masked in the message should the source not start. */
  readonly secrets: readonly string[];
}

/**
 * The data source a CLI command reads, `BOOMSTREAM_BASE_URL` and the command's patience
 * applied. A source that cannot start (a bad key or URL) is bad input: a UsageError
 * whose message names the cause, secrets masked.
 */
export async function commandSource(
  { mock, apiKey, patience, secrets }: CommandSourceOptions,
  io: CliIo,
): Promise<DataSource> {
  const { timeoutSeconds, retries } = patience;
  try {
    return await connect({
      demo: mock,
      apiKey,
      baseUrl: envValue(io, 'BOOMSTREAM_BASE_URL'),
      // `--timeout` bounds each page, retries included: `--all` goes on while pages come.
      pageTimeoutMs: timeoutSeconds === undefined ? undefined : timeoutSeconds * 1000,
      maxRetries: retries,
    });
  } catch (error) {
    throw new UsageError(describeError(error, secrets));
  }
}
