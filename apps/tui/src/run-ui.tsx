import { render } from 'ink';

import { EXIT } from './cli/exit-codes.js';
import type { DataSource } from './data/source.js';
import { printable } from './format.js';
import type { loadApp } from './load-app.js';
import { Startup } from './Startup.js';
import { takeOverTerminal } from './terminal.js';

export interface RunUiOptions {
  readonly mock: boolean;
  readonly env: Readonly<Record<string, string | undefined>>;
}

/**
 * Runs the interactive UI in the alternate screen until the user quits (q or
 * Ctrl-C) or a signal ends it; the terminal is restored on every way out. The
 * method list shows first, the app loads behind it (Startup). Never throws: an
 * error that ends the UI is written to stderr, and the exit code is 1.
 */
export async function runUi({ mock, env }: RunUiOptions): Promise<number> {
  const apiKey = env['BOOMSTREAM_API_KEY'] || undefined;
  let live: DataSource | undefined;
  let loading: ReturnType<typeof loadApp> | undefined;
  let restore = (): void => undefined;
  let exitCode: number = EXIT.ok;
  const interrupted = () => {
    exitCode = EXIT.interrupted;
  };
  const load = async () => {
    loading ??= import('./load-app.js').then((module) =>
      module.loadApp({ live, env, onInterrupt: interrupted }),
    );
    return (await loading).App;
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
    // Ctrl-C is the app's own key (so that it can exit 130), not Ink's.
    const instance = render(
      <Startup
        mode={live ? 'live' : 'demo'}
        baseUrl={live?.baseUrl}
        load={load}
        onInterrupt={interrupted}
      />,
      { exitOnCtrlC: false },
    );
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
    const loaded = await loading?.catch(() => undefined);
    const secrets = [...(apiKey === undefined ? [] : [apiKey]), ...(loaded?.source.secrets ?? [])];
    const { describeError } = await import('./data/describe-error.js');
    process.stderr.write(`boomstream: ${printable(describeError(error, secrets))}\n`);
    return EXIT.failure;
  } finally {
    restore();
    // Awaited even when the user left before the app loaded: its mock server would keep the process alive.
    const loaded = await loading?.catch(() => undefined);
    await (loaded?.source ?? live)?.close();
  }
}
