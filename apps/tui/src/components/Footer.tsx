import { Text } from 'ink';

import type { Screen } from '../state/app-state.js';
import { KEYMAP } from '../state/keymap.js';

export interface FooterProps {
  readonly screen: Screen;
}

/** The main keys of the screen, on one line. */
export function Footer({ screen }: FooterProps) {
  const keys = KEYMAP[screen].filter((key) => key.main);
  return (
    <Text dimColor wrap="truncate-end">
      {keys.map((key) => `${key.keys} ${key.action.split(/[:(,]/)[0]?.trim() ?? ''}`).join(' · ')}
    </Text>
  );
}
