import { quickUi } from './cli/quick-answer.js';
import { cliStdout } from './cli/terminal-output.js';
import { honourNoColor, inCi } from './terminal.js';

/** The bin for every command line but `--version` (main.ts): the UI or the CLI. Answers the exit code. */
export async function start(argv: readonly string[]): Promise<number> {
  // Before anything loads chalk: the UI and its modules come in through dynamic imports below.
  honourNoColor(process.env);
  const interactive = process.stdin.isTTY && process.stdout.isTTY && !inCi(process.env['CI']);
  // The UI and the CLI: each its own chunk of the bundle, loaded only when needed.
  const openUi = async ({ mock }: { readonly mock: boolean }) => {
    const { runUi } = await import('./run-ui.js');
    return runUi({ mock, env: process.env });
  };
  const ui = interactive ? quickUi(argv) : undefined;
  if (ui) return openUi(ui);
  const { runCli } = await import('./cli/run-cli.js');
  return runCli(
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
