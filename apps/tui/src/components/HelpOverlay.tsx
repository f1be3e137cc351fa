import { Box, Text } from 'ink';

import { GLOBAL_KEYS, KEYMAP, type HelpPage } from '../state/keymap.js';

export interface HelpOverlayProps {
  /** What the help is about: the screen, or the level of it the user is on. */
  readonly page: HelpPage;
}

const TITLES: Readonly<Record<HelpPage, string>> = {
  methods: 'Methods',
  form: 'Query form',
  results: 'Results',
  'bucket-results': 'Results › buckets',
  'session-results': 'Results',
  'session-detail': 'Results › one session',
  watch: 'Watch list',
  audit: 'Sharing audit',
  'audit-list': 'Sharing audit › customers',
  'audit-timeline': 'Sharing audit › a customer’s sessions',
  'audit-session': 'Sharing audit › one session',
};

const keysOf = (page: HelpPage) => [...KEYMAP[page], ...GLOBAL_KEYS];

/** Lines the help of the page with the most keys takes: one a key, a heading and the border. */
export function helpHeight(): number {
  const pages = Object.keys(KEYMAP) as HelpPage[];
  return Math.max(...pages.map((page) => keysOf(page).length)) + 3;
}

/** Every key of the current page, and the keys that work everywhere, one line each. */
export function HelpOverlay({ page }: HelpOverlayProps) {
  const keys = keysOf(page);
  const width = Math.max(...keys.map((key) => key.keys.length));
  return (
    <Box flexDirection="column" borderStyle="round" borderColor="cyan" paddingX={1}>
      <Text bold>Help · {TITLES[page]}</Text>
      {keys.map((key) => (
        <Text key={key.keys} wrap="truncate-end">
          <Text color="cyan">{key.keys.padEnd(width)}</Text> {key.action}
        </Text>
      ))}
    </Box>
  );
}
