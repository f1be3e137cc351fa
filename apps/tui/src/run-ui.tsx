import { render } from 'ink';

import { CrashSafeApp } from './CrashSafeApp.js';
import { connect } from './data/connect.js';
import { describeError } from './data/describe-error.js';
import { printable } from './format.js';
import { methodRegistry } from './registry.js';
import { takeOverTerminal } from './terminal.js';

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
  const restore = takeOverTerminal(process.stdout);
  const instance = render(<CrashSafeApp methods={methodRegistry} source={source} />, {
    exitOnCtrlC: true,
  });
  const stop = () => {
    instance.unmount();
  };
  // Ctrl-C in the UI is a key (raw mode); these come from outside: `kill`, a closed terminal.
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  process.once('SIGHUP', stop);
  try {
    await instance.waitUntilExit();
    return 0;
  } catch (error) {
    restore();
    process.stderr.write(`boomstream: ${printable(describeError(error, source.secrets))}\n`);
    return 1;
  } finally {
    process.off('SIGINT', stop);
    process.off('SIGTERM', stop);
    process.off('SIGHUP', stop);
    restore();
    await source.close();
  }
}
