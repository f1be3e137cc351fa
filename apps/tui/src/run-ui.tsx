import { render } from 'ink';

import { CrashSafeApp } from './CrashSafeApp.js';
import { connect } from './data/connect.js';
import { describeError } from './data/describe-error.js';
import { printable } from './format.js';
import { methodRegistry } from './registry.js';
import { EXIT } from './cli/exit-codes.js';
import { takeOverTerminal } from './terminal.js';
import { configDir, watchFile } from './watch/watch-file.js';

export interface RunUiOptions {
  readonly mock: boolean;
  readonly env: Readonly<Record<string, string | undefined>>;
}

/**
 * Runs the interactive UI in the alternate screen until the user quits (q or
 * Ctrl-C) or a signal ends it; the terminal is restored on every way out.
 */
export async function runUi({ mock, env }: RunUiOptions): Promise<number> {
  const apiKey = env['BOOMSTREAM_API_KEY'] || undefined;
  const source = await connect({
    demo: mock,
    apiKey,
    baseUrl: env['BOOMSTREAM_BASE_URL'] || undefined,
  });
  const store = watchFile(configDir(env));
  let codes: string[];
  try {
    codes = await store.load();
  } catch (error) {
    await source.close();
    throw new Error(`the watch list: ${error instanceof Error ? error.message : String(error)}`);
  }
  let exitCode: number = EXIT.ok;
  const interrupted = () => {
    exitCode = EXIT.interrupted;
  };
  const restore = takeOverTerminal(process.stdout);
  // Ctrl-C is the app's own key (so that it can exit 130), not Ink's.
  const instance = render(
    <CrashSafeApp
      methods={methodRegistry}
      source={source}
      watch={{ store, codes }}
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
    return exitCode;
  } catch (error) {
    restore();
    process.stderr.write(`boomstream: ${printable(describeError(error, source.secrets))}\n`);
    return 1;
  } finally {
    process.off('SIGINT', interrupt);
    process.off('SIGTERM', stop);
    process.off('SIGHUP', stop);
    restore();
    await source.close();
  }
}
