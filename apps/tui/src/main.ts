#!/usr/bin/env node
import { EXIT } from './cli/exit-codes.js';
import { quickAnswer, quickUi } from './cli/quick-answer.js';
import { cliStdout } from './cli/terminal-output.js';
import { honourNoColor, inCi } from './terminal.js';

// Before anything loads chalk: the UI and its modules come in through dynamic imports below.
honourNoColor(process.env);

// A reader that stops early (`boomstream project --all --csv | head`) is no error: stop
// quietly, as `cat` does, instead of Node's stack trace for the unhandled EPIPE.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') process.stderr.write(`boomstream: output: ${error.message}\n`);
  process.exit(error.code === 'EPIPE' ? EXIT.ok : EXIT.failure);
});

const argv = process.argv.slice(2);
const quick = quickAnswer(argv);
if (quick !== undefined) {
  cliStdout(process.stdout).write(quick);
} else {
  const interactive = process.stdin.isTTY && process.stdout.isTTY && !inCi(process.env['CI']);
  // The UI and the CLI: each its own chunk of the bundle, loaded only when needed.
  const openUi = async ({ mock }: { readonly mock: boolean }) => {
    const { runUi } = await import('./run-ui.js');
    return runUi({ mock, env: process.env });
  };
  const ui = interactive ? quickUi(argv) : undefined;
  if (ui) {
    process.exitCode = await openUi(ui);
  } else {
    const { runCli } = await import('./cli/run-cli.js');
    process.exitCode = await runCli(
      argv,
      {
        env: process.env,
        // A terminal shows the API's text, never obeys it: escape sequences in data are written visibly.
        stdout: cliStdout(process.stdout),
        stderr: process.stderr,
        stdin: process.stdin,
        interactive,
      },
      openUi,
    );
  }
}
