import { Box, Text } from 'ink';

import type { Screen } from '../state/app-state.js';
import { GLOBAL_KEYS, KEYMAP } from '../state/keymap.js';

export interface HelpOverlayProps {
  readonly screen: Screen;
}

const TITLES: Readonly<Record<Screen, string>> = {
  methods: 'Methods',
  form: 'Query form',
  results: 'Results',
};

/** Every key of the current screen, and the keys that work everywhere. */
export function HelpOverlay({ screen }: HelpOverlayProps) {
  const keys = [...KEYMAP[screen], ...GLOBAL_KEYS];
  const width = Math.max(...keys.map((key) => key.keys.length));
  return (
    <Box flexDirection="column" borderStyle="round" borderColor="cyan" paddingX={1}>
      <Text bold>Help · {TITLES[screen]}</Text>
      {keys.map((key) => (
        <Text key={key.keys}>
          <Text color="cyan">{key.keys.padEnd(width)}</Text> {key.action}
        </Text>
      ))}
    </Box>
  );
}
