import { methodRegistry } from '../registry.js';
import { VERSION } from '../version.js';
import { parseCommand, UsageError, type OutputFormat } from './args.js';
import { EXIT } from './exit-codes.js';
import { writeError, type CliIo } from './io.js';

/** Opens the interactive UI; answers the exit code. Passed in so that the CLI never loads Ink. */
export type UiRunner = (options: { readonly mock: boolean }) => Promise<number>;

/** `boomstream demo`: what the built-in mock knows, so that a user can try every method on it. */
async function printDemo(io: CliIo, format: OutputFormat | 'text'): Promise<number> {
  const { connect } = await import('../data/connect.js');
  const source = await connect({ demo: true, apiKey: undefined, baseUrl: undefined });
  try {
    const demo = source.demo;
    if (!demo) return EXIT.failure;
    const apiKey = source.secrets[0] ?? '';
    if (format === 'json') {
      io.stdout.write(
        `${JSON.stringify({ apiKey, codes: demo.codes, sessions: demo.sessions }, null, 2)}\n`,
      );
      return EXIT.ok;
    }
    if (format === 'csv') {
      const lines = ['code,hash', ...demo.sessions.map(({ code, hash }) => `${code},${hash}`)];
      io.stdout.write(lines.map((line) => `${line}\r\n`).join(''));
      return EXIT.ok;
    }
    const [code = '<code>'] = demo.codes;
    const session = demo.sessions[0];
    io.stdout.write(`Demo data: a built-in mock server, used by --mock and by the UI without
BOOMSTREAM_API_KEY. These values belong to the mock, not to anyone.

API key (the mock's; --mock sets it for you):
  ${apiKey}

Media codes (for target and session --code):
${demo.codes.map((one) => `  ${one}`).join('\n')}

Customer passwords (BOOMSTREAM_HASH for session), by media code:
${demo.sessions.map((one) => `  ${one.code}  ${one.hash}`).join('\n')}

Try:
  boomstream target --mock --code ${code}
  boomstream target --mock --code ${demo.codes.slice(0, 3).join(',')} --csv
  BOOMSTREAM_HASH=${session?.hash ?? '<password>'} boomstream session --mock --code ${session?.code ?? code}
`);
    return EXIT.ok;
  } finally {
    await source.close();
  }
}

/** `boomstream …`: the UI, one query, help or version. Answers the exit code; never throws. */
export async function runCli(argv: readonly string[], io: CliIo, runUi: UiRunner): Promise<number> {
  try {
    const command = parseCommand(argv, methodRegistry);
    switch (command.kind) {
      case 'help': {
        // Loaded when asked for: the help names the insights' groupings and comparisons.
        const { methodUsage, usage } = await import('./usage.js');
        io.stdout.write(
          command.method ? methodUsage(command.method) : usage(methodRegistry, VERSION),
        );
        return EXIT.ok;
      }
      case 'version':
        io.stdout.write(`${VERSION}\n`);
        return EXIT.ok;
      case 'demo':
        return await printDemo(io, command.format);
      case 'ui': {
        if (io.interactive) return await runUi({ mock: command.mock });
        const { usage } = await import('./usage.js');
        // Without a terminal there is nobody to type: say how to run a query instead of waiting.
        io.stderr.write(
          `boomstream: the terminal UI needs a terminal (stdin and stdout TTYs, CI unset); give a method to run one query.\n\n${usage(methodRegistry, VERSION)}`,
        );
        return EXIT.usage;
      }
      case 'audit': {
        // Loaded only when asked for, with the insights it bundles.
        const { runAudit } = await import('./audit/command.js');
        return await runAudit(command.argv, io);
      }
      case 'api-check': {
        // Loaded only when asked for: the other commands never pay for them.
        const { runApiCheck } = await import('./api-check.js');
        return await runApiCheck(command.command, command.argv, io);
      }
      case 'query':
      case 'watch': {
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
