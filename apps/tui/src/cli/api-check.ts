import type { ApiCheckCommand } from './args.js';
import type { CliIo } from './io.js';
import { runRecord } from './record/command.js';
import { runVerify } from './verify/command.js';

/** Runs `verify` or `record`; answers the exit code. */
export async function runApiCheck(
  command: ApiCheckCommand,
  argv: readonly string[],
  io: CliIo,
): Promise<number> {
  return command === 'verify' ? runVerify(argv, io) : runRecord(argv, io);
}
