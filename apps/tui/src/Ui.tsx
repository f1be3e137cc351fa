import { Text, useApp, useInput, useStdin } from 'ink';
import { Component, Suspense, useEffect, type ComponentType, type ReactNode } from 'react';

import { splitKeys } from './state/split-keys.js';

export interface UiProps {
  /** The app, as `React.lazy` gives it: a line says it loads until it has. */
  readonly App: ComponentType;
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

interface LoadFailedProps {
  readonly onError: (error: unknown) => void;
  readonly children: ReactNode;
}

/**
 * A load that fails ends the UI with its error, for run-ui.tsx to say once the
 * terminal is restored; Ink's own boundary would draw its stack trace overview first.
 * (A crash of the loaded app shows the app's own crash screen: CrashSafeApp.)
 */
class LoadFailed extends Component<LoadFailedProps, { readonly failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  override componentDidCatch(error: unknown) {
    this.props.onError(error);
  }

  override render() {
    return this.state.failed ? null : this.props.children;
  }
}

/** The interactive UI: the app once it has loaded, a line until then. */
export function Ui({ App, onInterrupt }: UiProps) {
  const { exit } = useApp();
  const { setRawMode } = useStdin();
  // Raw mode from the first frame to the last: were it off for a moment as the app takes
  // over from the loading line, Ink would drop a key it had half read then (a lone Esc),
  // and the terminal would echo what is typed meanwhile.
  useEffect(() => {
    setRawMode(true);
    return () => {
      setRawMode(false);
    };
  }, [setRawMode]);
  return (
    <LoadFailed onError={exit}>
      <Suspense fallback={<Loading onInterrupt={onInterrupt} />}>
        <App />
      </Suspense>
    </LoadFailed>
  );
}
