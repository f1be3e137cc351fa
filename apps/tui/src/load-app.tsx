import type { ComponentType } from 'react';

import { CrashSafeApp } from './CrashSafeApp.js';
import { connect } from './data/connect.js';
import type { DataSource } from './data/source.js';
import { methodRegistry } from './registry.js';
import { configDir, watchFile } from './watch/watch-file.js';

export interface LoadAppOptions {
  /** The live API's source, made before the UI started; the demo's mock server starts here otherwise. */
  readonly live: DataSource | undefined;
  readonly env: Readonly<Record<string, string | undefined>>;
  /** Called when the user quits with Ctrl-C. */
  readonly onInterrupt: () => void;
}

/**
 * What the UI loads while a line says so (run-ui.tsx): the app, the spec it is built
 * on, the data source and the saved watch list. Its source is open until closed, by
 * whoever started the UI.
 */
export async function loadApp({
  live,
  env,
  onInterrupt,
}: LoadAppOptions): Promise<{ readonly source: DataSource; readonly App: ComponentType }> {
  const source = live ?? (await connect({ demo: true, apiKey: undefined, baseUrl: undefined }));
  const store = watchFile(configDir(env));
  let codes: string[];
  try {
    codes = await store.load();
  } catch (error) {
    await source.close();
    throw new Error(`the watch list: ${error instanceof Error ? error.message : String(error)}`);
  }
  const watch = { store, codes };
  return {
    source,
    App: () => (
      <CrashSafeApp
        methods={methodRegistry}
        source={source}
        watch={watch}
        onInterrupt={onInterrupt}
      />
    ),
  };
}
