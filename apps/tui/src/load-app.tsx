import type { ComponentType } from 'react';

import { fingerprintKey } from './audit/fingerprint-key.js';
import { CrashSafeApp } from './CrashSafeApp.js';
import { connect } from './data/connect.js';
import type { DataSource } from './data/source.js';
import { methodRegistry } from './registry.js';
import {
  configDir,
  memoryWatchStore,
  projectFingerprint,
  watchFile,
  type WatchStore,
} from './watch/watch-file.js';

export interface LoadAppOptions {
  /**
   * The live API's source and its key, made before the UI started; the demo's mock server
   * starts here otherwise. Only a fingerprint of the key is kept, to name the project's
   * watch list.
   */
  readonly live: { readonly source: DataSource; readonly apiKey: string } | undefined;
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
  const source =
    live?.source ?? (await connect({ demo: true, apiKey: undefined, baseUrl: undefined }));
  // The demo's list lives in memory, seeded with the demo's codes: they exist only in the
  // mock server of this run, so in the user's file they would be rows of "not found" once
  // a real key is set. No demo file of its own either: the demo's data is made anew at
  // each run, and each run starts again from its codes.
  const store: WatchStore = live
    ? watchFile(configDir(env), projectFingerprint(live.apiKey))
    : memoryWatchStore(source.demo?.codes ?? []);
  // Never throws: a broken or unreadable file is reported, and the list starts empty.
  const { codes, problem } = await store.load();
  const watch = { store, codes, problem };
  return {
    source,
    App: () => (
      <CrashSafeApp
        methods={methodRegistry}
        source={source}
        watch={watch}
        onInterrupt={onInterrupt}
        // The CLI's key: a customer without a label has the same name in both.
        auditKey={() => fingerprintKey(configDir(env))}
      />
    ),
  };
}
