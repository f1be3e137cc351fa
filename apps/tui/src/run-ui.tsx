import { render } from 'ink';

import { EXIT } from './cli/exit-codes.js';
import { CrashedError } from './components/ErrorBoundary.js';
import type { DataSource } from './data/source.js';
import { printable } from './format.js';
import type { loadApp } from './load-app.js';
import { takeOverTerminal } from './terminal.js';
import { Ui } from './Ui.js';

type Loading = ReturnType<typeof loadApp>;

/** How long a load still running when the UI ends may take to end before the process leaves without it. */
const ABANDON_LOAD_MS = 1_000;

/** The loaded app; undefined if its load failed, `stuck` if it has not ended within ABANDON_LOAD_MS. */
function loadedWithin(loading: Loading): Promise<Awaited<Loading> | undefined | 'stuck'> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      resolve('stuck');
    }, ABANDON_LOAD_MS);
    void loading
      .then(
        (loaded) => {
          resolve(loaded);
        },
        () => {
          resolve(undefined);
        },
      )
      .finally(() => {
        clearTimeout(timer);
      });
  });
}

export interface RunUiOptions {
  readonly mock: boolean;
  readonly env: Readonly<Record<string, string | undefined>>;
}

/**
 * Runs the interactive UI in the alternate screen until the user quits (q or
 * Ctrl-C) or a signal ends it; the terminal is restored on every way out. A line
 * shows while the app loads (Ui). Never throws: an error that ends the UI is
 * written to stderr, and the exit code is 1.
 */
export async function runUi({ mock, env }: RunUiOptions): Promise<number> {
  const apiKey = env['BOOMSTREAM_API_KEY'] || undefined;
  let live: DataSource | undefined;
  let loading: Loading | undefined;
  let restore = (): void => undefined;
  let exitCode: number = EXIT.ok;
  const interrupted = () => {
    exitCode = EXIT.interrupted;
  };
  try {
    if (!mock && apiKey !== undefined) {
      const { connect } = await import('./data/connect.js');
      // Made before the UI starts: a bad key or URL is an error before it does.
      live = await connect({
        demo: false,
        apiKey,
        baseUrl: env['BOOMSTREAM_BASE_URL'] || undefined,
      });
    }
    restore = takeOverTerminal(process.stdout);
    // A deprecation warning on stderr would be drawn over the UI's screen, where the user
    // can do nothing with it: exceljs's zip writer calls Buffer() (DEP0005) when the
    // results are exported as a workbook. The CLI keeps Node's warnings.
    const deprecations = process.noDeprecation ?? false;
    process.noDeprecation = true;
    const leave = restore;
    restore = () => {
      process.noDeprecation = deprecations;
      leave();
    };
    const load = async () => {
      loading ??= import('./load-app.js').then((module) =>
        module.loadApp({
          live: live && apiKey !== undefined ? { source: live, apiKey } : undefined,
          env,
          onInterrupt: interrupted,
        }),
      );
      return (await loading).App;
    };
    // Ctrl-C is the app's own key (so that it can exit 130), not Ink's.
    const instance = render(<Ui load={load} onInterrupt={interrupted} />, { exitOnCtrlC: false });
    const stop = () => {
      instance.unmount();
    };
    const interrupt = () => {
      interrupted();
      stop();
    };
    // Ctrl-C in the UI is a key (raw mode); these come from outside: `kill`, a closed terminal.
    process.once('SIGINT', interrupt);
    process.once('SIGTERM', stop);
    process.once('SIGHUP', stop);
    try {
      await instance.waitUntilExit();
    } finally {
      process.off('SIGINT', interrupt);
      process.off('SIGTERM', stop);
      process.off('SIGHUP', stop);
    }
    return exitCode;
  } catch (error) {
    restore();
    const loaded = loading && (await loadedWithin(loading));
    const secrets = [
      ...(apiKey === undefined ? [] : [apiKey]),
      ...(typeof loaded === 'object' ? loaded.source.secrets : []),
    ];
    const { describeError } = await import('./data/describe-error.js');
    const { redactText } = await import('@boomstream/spec');
    // A crash's message was redacted on its screen already; masked again all the same.
    const message =
      error instanceof CrashedError
        ? redactText(error.message, secrets)
        : describeError(error, secrets);
    process.stderr.write(`boomstream: ${printable(message)}\n`);
    return EXIT.failure;
  } finally {
    restore();
    // Awaited even when the user left before the app loaded: its mock server would keep the
    // process alive. A load stuck on I/O (a watch list on a hung mount) is left: the app
    // never took over, so nothing of it (a save of the watch list) can be in flight. Not
    // with process.exit, which waits for the stuck read (Node joins its I/O threads as it
    // exits): the process ends as the signal the user sent ends a program that keeps none.
    const loaded = loading && (await loadedWithin(loading));
    if (loaded === 'stuck') {
      process.kill(process.pid, exitCode === EXIT.interrupted ? 'SIGINT' : 'SIGTERM');
    } else {
      await (loaded?.source ?? live)?.close();
    }
  }
}
