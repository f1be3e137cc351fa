import { moscowToday } from '@boomstream/spec';
import { Box, Text, useApp, useInput } from 'ink';
import { useEffect, useMemo, useReducer } from 'react';

import { Footer } from './components/Footer.js';
import { Form } from './components/Form.js';
import { HelpOverlay, helpHeight } from './components/HelpOverlay.js';
import { MethodList } from './components/MethodList.js';
import { Results } from './components/Results.js';
import { StatusLine } from './components/StatusLine.js';
import { secretValues } from './data/params.js';
import type { DataSource } from './data/source.js';
import { useExportJob, useQueryJob } from './hooks/use-jobs.js';
import { useTerminalSize } from './hooks/use-terminal-size.js';
import type { MethodEntry } from './registry.js';
import { INITIAL_STATE } from './state/app-state.js';
import { createReducer } from './state/reducer.js';
import { splitKeys } from './state/split-keys.js';

export interface AppProps {
  /** The methods to offer; the generated registry in the real app. */
  readonly methods: readonly MethodEntry[];
  /** Where data comes from: the client against the API, or the demo mock. */
  readonly source: DataSource;
  /** Moscow's today, for date presets and defaults. Defaults to the real date. */
  readonly today?: string;
  /**
   * Kept up to date with the secrets typed into the form or sent with the query: the
   * crash screen sits above the app's state, and must hide them too.
   */
  readonly typedSecretsRef?: { current: readonly string[] };
}

/** Lines kept free: the title, the status line, the footer, and one so Ink never clears the screen. */
export const CHROME_LINES = 4;

/**
 * Below this the results, or the help of the screen with the most keys, cannot fit: say so
 * rather than draw a frame taller than the screen (Ink would scroll the top of it away).
 */
export const MIN_SIZE = { columns: 60, rows: CHROME_LINES + helpHeight() } as const;

/** The interactive UI: pick a method, fill its form, browse the results. */
export function App({ methods, source, today, typedSecretsRef }: AppProps) {
  const { exit } = useApp();
  const size = useTerminalSize();
  const reducer = useMemo(
    () => createReducer({ methods, today: today ?? moscowToday(), demo: source.demo }),
    [methods, today, source.demo],
  );
  const [state, dispatch] = useReducer(reducer, INITIAL_STATE);
  const method = state.screen === 'methods' ? undefined : methods[state.selected];
  if (typedSecretsRef) {
    // During render, not in an effect: a crash in this very render must find them, and an
    // effect after a crashed render never runs. The ref is read only by the crash screen.
    // eslint-disable-next-line react-hooks/refs
    typedSecretsRef.current = method
      ? [
          ...secretValues(method.fields, state.form?.values ?? {}),
          ...secretValues(method.fields, state.results?.params ?? {}),
        ]
      : [];
  }

  useInput((input, key) => {
    for (const press of splitKeys(input, key)) dispatch({ type: 'key', ...press });
  });
  useQueryJob(source, method, state.results, dispatch);
  useExportJob(method, state.results, dispatch);
  useEffect(() => {
    if (state.quit) exit();
  }, [state.quit, exit]);

  const width = size.columns;
  const height = size.rows - CHROME_LINES;
  if (width < MIN_SIZE.columns || size.rows < MIN_SIZE.rows) {
    return (
      <Text color="yellow" wrap="truncate-end">
        Terminal too small: {width}×{size.rows}, needs {MIN_SIZE.columns}×{MIN_SIZE.rows}. Ctrl-C
        quits.
      </Text>
    );
  }
  return (
    <Box flexDirection="column" width={width}>
      <Text bold color="magenta" wrap="truncate-end">
        Boomstream statistics{method ? <Text dimColor> › {method.name}</Text> : null}
      </Text>
      {state.help ? (
        <HelpOverlay screen={state.screen} />
      ) : state.screen === 'methods' ? (
        <MethodList methods={methods} selected={state.selected} />
      ) : state.screen === 'form' && method && state.form ? (
        <Form method={method} form={state.form} demo={source.demo !== undefined} />
      ) : method && state.results ? (
        <Results method={method} results={state.results} width={width} height={height} />
      ) : null}
      <StatusLine mode={source.mode} baseUrl={source.baseUrl} latencyMs={state.latencyMs} />
      <Footer screen={state.screen} />
    </Box>
  );
}
