import { methodRegistry } from '../registry.js';
import { VERSION } from '../version.js';
import { parseCommand, UsageError } from './args.js';
import { EXIT } from './exit-codes.js';
import { writeError, type CliIo } from './io.js';
import { usage } from './usage.js';

/** Opens the interactive UI; answers the exit code. Passed in so that the CLI never loads Ink. */
export type UiRunner = (options: { readonly mock: boolean }) => Promise<number>;

/** `boomstream …`: the UI, one query, help or version. Answers the exit code; never throws. */
export async function runCli(argv: readonly string[], io: CliIo, runUi: UiRunner): Promise<number> {
  try {
    const command = parseCommand(argv, methodRegistry);
    switch (command.kind) {
      case 'help':
        io.stdout.write(usage(methodRegistry, VERSION));
        return EXIT.ok;
      case 'version':
        io.stdout.write(`${VERSION}\n`);
        return EXIT.ok;
      case 'ui':
        if (io.interactive) return await runUi({ mock: command.mock });
        // Without a terminal there is nobody to type: say how to run a query instead of waiting.
        io.stderr.write(
          `boomstream: the terminal UI needs a terminal (stdin and stdout TTYs, CI unset); give a method to run one query.\n\n${usage(methodRegistry, VERSION)}`,
        );
        return EXIT.usage;
      case 'query': {
        // The client (undici) loads only for a query: --help and --version stay quick.
        const { runQuery } = await import('./run-query.js');
        return await runQuery(command, io);
      }
    }
  } catch (error) {
    if (error instanceof UsageError) {
      writeError(io, error.message);
      return EXIT.usage;
    }
    const message = error instanceof Error ? error.message : String(error);
    writeError(io, `unexpected error: ${message}`);
    return EXIT.failure;
  }
}
