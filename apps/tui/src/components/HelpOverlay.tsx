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
  watch: 'Watch list',
};

const keysOf = (screen: Screen) => [...KEYMAP[screen], ...GLOBAL_KEYS];

/** Lines the help of the screen with the most keys takes: one a key, a heading and the border. */
export function helpHeight(): number {
  const screens = Object.keys(KEYMAP) as Screen[];
  return Math.max(...screens.map((screen) => keysOf(screen).length)) + 3;
}

/** Every key of the current screen, and the keys that work everywhere, one line each. */
export function HelpOverlay({ screen }: HelpOverlayProps) {
  const keys = keysOf(screen);
  const width = Math.max(...keys.map((key) => key.keys.length));
  return (
    <Box flexDirection="column" borderStyle="round" borderColor="cyan" paddingX={1}>
      <Text bold>Help · {TITLES[screen]}</Text>
      {keys.map((key) => (
        <Text key={key.keys} wrap="truncate-end">
          <Text color="cyan">{key.keys.padEnd(width)}</Text> {key.action}
        </Text>
      ))}
    </Box>
  );
}
