import { moscowToday } from '@boomstream/spec';
import { useApp, useInput } from 'ink';
import { useEffect, useMemo, useReducer } from 'react';

import { Form } from './components/Form.js';
import { HelpOverlay } from './components/HelpOverlay.js';
import { MethodList } from './components/MethodList.js';
import { Results } from './components/Results.js';
import { CHROME_LINES, Screen } from './components/Screen.js';
import { secretValues } from './data/params.js';
import type { DataSource } from './data/source.js';
import { WatchView } from './components/WatchView.js';
import { useExportJob, useQueryJob, useWatchJob, useWatchSave } from './hooks/use-jobs.js';
import { useTerminalSize } from './hooks/use-terminal-size.js';
import type { MethodEntry } from './registry.js';
import { INITIAL_STATE, type AppState } from './state/app-state.js';
import type { KeyPress } from './state/context.js';
import { keyActions } from './state/key-actions.js';
import { FAILED_KEYS, KEYMAP } from './state/keymap.js';
import { createReducer } from './state/reducer.js';
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
  /** The saved watch list and where it is kept; without it the app offers no watch list. */
  readonly watch?: { readonly store: WatchStore; readonly codes: readonly string[] };
  /** Called when the user quits with Ctrl-C, before the app exits (the process then exits 130). */
  readonly onInterrupt?: () => void;
  /** Keys typed before the app took over (while it loaded), played as if typed now. */
  readonly typedAhead?: readonly KeyPress[];
}

/** The state the app starts in: the methods, and the watch list as saved (the demo's codes when empty). */
function initialState(
  watch: AppProps['watch'],
  demoCodes: readonly string[] | undefined,
): AppState {
  if (!watch) return INITIAL_STATE;
  const suggested = watch.codes.length === 0 && demoCodes !== undefined;
  return { ...INITIAL_STATE, watch: initialWatch(suggested ? demoCodes : watch.codes, suggested) };
}

/** The interactive UI: pick a method, fill its form, browse the results. */
export function App({
  methods,
  source,
  today,
  typedSecretsRef,
  watch,
  onInterrupt,
  typedAhead,
}: AppProps) {
  const { exit } = useApp();
  const size = useTerminalSize();
  const reducer = useMemo(
    () => createReducer({ methods, today: today ?? moscowToday(), demo: source.demo }),
    [methods, today, source.demo],
  );
  const [state, dispatch] = useReducer(reducer, undefined, () =>
    initialState(watch, source.demo?.codes),
  );
  const method =
    state.screen === 'methods' || state.screen === 'watch' ? undefined : methods[state.selected];
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
    for (const action of keyActions({ input, key })) dispatch(action);
  });
  // In an effect, not in the first state: the same flush of effects that stops whoever kept
  // them (Startup) listening starts the listener above, so that no key falls in between.
  useEffect(() => {
    for (const press of typedAhead ?? []) for (const action of keyActions(press)) dispatch(action);
  }, [typedAhead]);
  useQueryJob(source, method, state.results, dispatch);
  useExportJob(method, state.results, dispatch);
  useWatchJob(source, state.watch, dispatch);
  useWatchSave(watch?.store, state.watch, dispatch);
  useEffect(() => {
    if (!state.quit) return;
    if (state.interrupted) onInterrupt?.();
    exit();
  }, [state.quit, state.interrupted, exit, onInterrupt]);

  const width = size.columns;
  const height = size.rows - CHROME_LINES;
  return (
    <Screen
      size={size}
      crumb={method?.name ?? (state.screen === 'watch' ? 'watch list' : undefined)}
      status={{ mode: source.mode, baseUrl: source.baseUrl, latencyMs: state.latencyMs }}
      keys={
        state.screen === 'results' && state.results?.error && !state.help
          ? FAILED_KEYS
          : KEYMAP[state.screen]
      }
    >
      {state.help ? (
        <HelpOverlay screen={state.screen} />
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
      ) : state.screen === 'form' && method && state.form ? (
        <Form method={method} form={state.form} demo={source.demo !== undefined} width={width} />
      ) : method && state.results ? (
        <Results method={method} results={state.results} width={width} height={height} />
      ) : null}
    </Screen>
  );
}
