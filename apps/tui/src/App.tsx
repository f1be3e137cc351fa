import { Box, Text, useApp, useInput } from 'ink';
import { useReducer } from 'react';

import { FieldList } from './components/FieldList.js';
import { MethodList } from './components/MethodList.js';
import type { MethodEntry } from './registry-types.js';

export interface AppProps {
  /** The methods to offer; the generated registry in the real app. */
  readonly methods: readonly MethodEntry[];
}

interface State {
  readonly selected: number;
  readonly open: boolean;
}

type Action = 'up' | 'down' | 'open' | 'back';

/**
 * Keys go through a reducer, never through state captured by the input handler:
 * Ink swaps the handler in an effect, and keys typed faster than that would see
 * stale state.
 */
function reducer(count: number) {
  return (state: State, action: Action): State => {
    switch (action) {
      case 'up':
        return state.open ? state : { ...state, selected: Math.max(state.selected - 1, 0) };
      case 'down':
        return state.open ? state : { ...state, selected: Math.min(state.selected + 1, count - 1) };
      case 'open':
        return { ...state, open: true };
      case 'back':
        return { ...state, open: false };
    }
  };
}

/** The interactive UI: pick a method, see its parameters. */
export function App({ methods }: AppProps) {
  const { exit } = useApp();
  const [state, dispatch] = useReducer(reducer(methods.length), { selected: 0, open: false });
  const open = state.open ? methods[state.selected] : undefined;

  useInput((input, key) => {
    if (input === 'q') exit();
    else if (key.escape) dispatch('back');
    else if (key.downArrow || input === 'j') dispatch('down');
    else if (key.upArrow || input === 'k') dispatch('up');
    else if (key.return) dispatch('open');
  });

  return (
    <Box flexDirection="column">
      <Text bold color="magenta">
        Boomstream statistics
      </Text>
      {open ? (
        <FieldList method={open} />
      ) : (
        <MethodList methods={methods} selected={state.selected} />
      )}
      <Text dimColor>{open ? 'esc back · q quit' : '↑/↓ j/k move · enter select · q quit'}</Text>
    </Box>
  );
}
