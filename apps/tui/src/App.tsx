import { moscowToday } from '@boomstream/spec';
import { Box, Text, useApp, useInput } from 'ink';
import { useEffect, useMemo, useReducer } from 'react';

import { Footer } from './components/Footer.js';
import { Form } from './components/Form.js';
import { HelpOverlay, helpHeight } from './components/HelpOverlay.js';
import { MethodList } from './components/MethodList.js';
import { Results } from './components/Results.js';
import { waitedFor } from './components/Waiting.js';
import { StatusLine } from './components/StatusLine.js';
import { secretValues } from './data/params.js';
import type { DataSource } from './data/source.js';
import { WatchView } from './components/WatchView.js';
import { demoCustomerRows } from './audit/customer-list.js';
import { AuditView } from './components/AuditView.js';
import { useAuditJob } from './hooks/use-audit-job.js';
import { useExportJob, useQueryJob, useWatchJob, useWatchSave } from './hooks/use-jobs.js';
import { useTerminalSize } from './hooks/use-terminal-size.js';
import type { MethodEntry } from './registry.js';
import { INITIAL_STATE, type AppState } from './state/app-state.js';
import { initialAudit } from './state/audit.js';
import { footerKeys, helpPage } from './state/keymap.js';
import { createReducer } from './state/reducer.js';
import { splitKeys } from './state/split-keys.js';
import { noColor } from './terminal.js';
import { initialWatch } from './state/watch.js';
import type { WatchStore } from './watch/watch-file.js';

export interface AppProps {
  /** The methods to offer; the registry derived from the spec in the real app. */
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
  /**
   * The watch list as loaded, where it is kept, and what went wrong with its file (said on
   * the status line); without it the app offers no watch list.
   */
  readonly watch?: {
    readonly store: WatchStore;
    readonly codes: readonly string[];
    readonly problem?: string | undefined;
  };
  /** Called when the user quits with Ctrl-C, before the app exits (the process then exits 130). */
  readonly onInterrupt?: () => void;
  /**
   * The key that names the audit's customers without a label by a fingerprint of their
   * password (the CLI's, kept in the config folder). Defaults to a key made for this run.
   */
  readonly auditKey?: () => Promise<string>;
}

/** The state the app starts in: the methods, the watch list as loaded, the audit's setup. */
function initialState(watch: AppProps['watch'], demo: boolean): AppState {
  const state = { ...INITIAL_STATE, audit: initialAudit(demo) };
  if (!watch) return state;
  return { ...state, watch: initialWatch(watch.codes, watch.problem) };
}

/** Lines kept free: the title, the status line, the footer, and one so Ink never clears the screen. */
export const CHROME_LINES = 4;

/**
 * Below this the results, or the help of the screen with the most keys, cannot fit: say so
 * rather than draw a frame taller than the screen (Ink would scroll the top of it away).
 */
export const MIN_SIZE = { columns: 60, rows: CHROME_LINES + helpHeight() } as const;

/** The interactive UI: pick a method, fill its form, browse the results. */
export function App({
  methods,
  source,
  today,
  typedSecretsRef,
  watch,
  onInterrupt,
  auditKey,
}: AppProps) {
  const { exit } = useApp();
  const size = useTerminalSize();
  const reducer = useMemo(
    () => createReducer({ methods, today: today ?? moscowToday(), demo: source.demo }),
    [methods, today, source.demo],
  );
  const [state, dispatch] = useReducer(reducer, undefined, () =>
    initialState(watch, source.demo !== undefined),
  );
  const method =
    state.screen === 'methods' || state.screen === 'watch' || state.screen === 'audit'
      ? undefined
      : methods[state.selected];
  const day = today ?? moscowToday();
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
    for (const press of splitKeys(input, key)) {
      // Ink's own Ctrl-C handling is off: quitting here lets the process exit with 130.
      if (press.key.ctrl && press.input === 'c') dispatch({ type: 'interrupt' });
      else dispatch({ type: 'key', ...press });
    }
  });
  useQueryJob(source, method, state.results, dispatch);
  useExportJob(method, state.results, dispatch);
  useWatchJob(source, state.watch, dispatch);
  useWatchSave(watch?.store, state.watch, dispatch);
  useAuditJob(source, state.audit, auditKey, dispatch);
  useEffect(() => {
    if (!state.quit) return;
    if (state.interrupted) onInterrupt?.();
    exit();
  }, [state.quit, state.interrupted, exit, onInterrupt]);

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
        Boomstream statistics
        {method ? <Text dimColor> › {method.name}</Text> : null}
        {state.screen === 'watch' ? <Text dimColor> › watch list</Text> : null}
        {state.screen === 'audit' ? <Text dimColor> › sharing audit</Text> : null}
      </Text>
      {state.help ? (
        <HelpOverlay page={helpPage(state, methods)} />
      ) : state.screen === 'methods' ? (
        <MethodList methods={methods} selected={state.selected} watch={state.watch !== undefined} />
      ) : state.screen === 'watch' && state.watch && watch ? (
        <WatchView
          watch={state.watch}
          path={watch.store.path}
          today={day}
          width={width}
          height={height}
        />
      ) : state.screen === 'audit' ? (
        <AuditView
          audit={state.audit}
          demoCustomers={source.demo && demoCustomerRows(source.demo, true).length}
          today={day}
          width={width}
          height={height}
        />
      ) : state.screen === 'form' && method && state.form ? (
        <Form method={method} form={state.form} demo={source.demo !== undefined} width={width} />
      ) : method && state.results ? (
        <Results
          method={method}
          results={state.results}
          width={width}
          height={height}
          waitingFor={waitedFor(source)}
          plain={noColor(process.env)}
          today={day}
        />
      ) : null}
      <StatusLine
        mode={source.mode}
        baseUrl={source.baseUrl}
        latencyMs={state.latencyMs}
        warning={watch?.problem}
        width={width}
      />
      <Footer keys={footerKeys(state, methods)} width={width} />
    </Box>
  );
}
