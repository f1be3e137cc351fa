import type { ApiCheckCommand } from './args.js';
import { EXIT } from './exit-codes.js';
import { InterruptedError } from './interrupt.js';
import { writeError, type CliIo } from './io.js';
import { runRecord } from './record/command.js';
import { runVerify } from './verify/command.js';

/** Runs `verify` or `record`; answers the exit code (130 for Ctrl-C at a prompt). */
export async function runApiCheck(
  command: ApiCheckCommand,
  argv: readonly string[],
  io: CliIo,
): Promise<number> {
  try {
    return await (command === 'verify' ? runVerify(argv, io) : runRecord(argv, io));
  } catch (error) {
    if (!(error instanceof InterruptedError)) throw error;
    writeError(io, 'interrupted');
    return EXIT.interrupted;
  }
}
