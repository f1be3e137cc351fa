import { Text, useApp, useInput, useStdin } from 'ink';
import { useEffect, useState, type ComponentType } from 'react';

import { splitKeys } from './state/split-keys.js';

export interface UiProps {
  /** Loads the app; called once, after the first frame. */
  readonly load: () => Promise<ComponentType>;
  /** Called when the user quits with Ctrl-C while the app loads (the process then exits 130). */
  readonly onInterrupt: () => void;
}

/** The line shown while the app loads. Ctrl-C quits at once, however long the load takes. */
function Loading({ onInterrupt }: Pick<UiProps, 'onInterrupt'>) {
  const { exit } = useApp();
  useInput((input, key) => {
    // Ctrl-C may come in one chunk with keys typed before it (splitKeys).
    if (splitKeys(input, key).some((press) => press.key.ctrl && press.input === 'c')) {
      onInterrupt();
      exit();
    }
  });
  return <Text dimColor>Boomstream statistics: loading…</Text>;
}

/**
 * The interactive UI: a line while the app loads, then the app. A load that fails ends
 * the UI with its error, for run-ui.tsx to say once the terminal is restored.
 *
 * Not React.lazy and Suspense: React shows what a Suspense boundary waited for no
 * sooner than 300 ms after its fallback (FALLBACK_THROTTLE_MS), which would hold
 * back the app, and the first key it can take, for that long.
 */
export function Ui({ load, onInterrupt }: UiProps) {
  const { exit } = useApp();
  const { setRawMode } = useStdin();
  const [App, setApp] = useState<ComponentType>();
  // Raw mode from the first frame to the last: were it off for a moment as the app takes
  // over from the loading line, Ink would drop a key it had half read then (a lone Esc),
  // and the terminal would echo what is typed meanwhile.
  useEffect(() => {
    setRawMode(true);
    return () => {
      setRawMode(false);
    };
  }, [setRawMode]);
  useEffect(() => {
    load().then((loaded) => {
      setApp(() => loaded);
    }, exit);
  }, [load, exit]);
  return App ? <App /> : <Loading onInterrupt={onInterrupt} />;
}
