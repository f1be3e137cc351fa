import { useApp, useInput, useStdin } from 'ink';
import { useEffect, useState, type ComponentType } from 'react';

import { MethodList } from './components/MethodList.js';
import { Screen } from './components/Screen.js';
import { useTerminalSize } from './hooks/use-terminal-size.js';
import { MENU } from './menu.js';
import type { KeyPress } from './state/context.js';
import { keyActions } from './state/key-actions.js';
import { KEYMAP } from './state/keymap.js';

/** The app once loaded, given the keys typed while it loaded. */
export type LoadedApp = ComponentType<{ readonly typedAhead: readonly KeyPress[] }>;

export interface StartupProps {
  readonly mode: 'demo' | 'live';
  /** Where requests go; unknown until the demo's mock server listens. */
  readonly baseUrl: string | undefined;
  /** Loads the app (the spec and zod, the data source, the watch list); called once, after the first frame. */
  readonly load: () => Promise<LoadedApp>;
  /** Called when the user quits with Ctrl-C before the app has loaded (the process then exits 130). */
  readonly onInterrupt: () => void;
}

/**
 * The app's first frame, the method list, drawn before the app has loaded: the
 * list is plain data, and the frame needs neither the spec nor zod nor the demo's
 * mock server, which load once it shows. Keys typed meanwhile are kept and played
 * by the app when it takes over, but Ctrl-C quits at once, however long the load
 * takes; a load that fails ends the UI with its error.
 */
export function Startup({ mode, baseUrl, load, onInterrupt }: StartupProps) {
  const { exit } = useApp();
  const { setRawMode } = useStdin();
  const size = useTerminalSize();
  const [App, setApp] = useState<LoadedApp>();
  // One array for the component's life, which the app reads when it takes over.
  const [typed] = useState<KeyPress[]>(() => []);
  useInput(
    (input, key) => {
      typed.push({ input, key });
      if (keyActions({ input, key }).some((action) => action.type === 'interrupt')) {
        onInterrupt();
        exit();
      }
    },
    { isActive: App === undefined },
  );
  // Raw mode held for Startup's whole life, the app's under it too: when the last holder
  // lets go, Ink drops a key it has half read (a lone Esc), and the hand-over from
  // Startup's listener to the app's would otherwise let go for a moment.
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

  if (App) return <App typedAhead={typed} />;
  return (
    <Screen
      size={size}
      crumb={undefined}
      status={{ mode, baseUrl, latencyMs: undefined }}
      keys={KEYMAP.methods}
    >
      {/* The app always offers the watch list (run-ui.tsx gives it one). */}
      <MethodList methods={MENU} selected={0} watch />
    </Screen>
  );
}
