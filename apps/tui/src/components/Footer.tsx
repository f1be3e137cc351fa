import { Text } from 'ink';

import { cells } from '../format.js';
import type { KeyHelp } from '../state/keymap.js';

export interface FooterProps {
  /** The screen's keys; the ranked ones are candidates for the footer. */
  readonly keys: readonly KeyHelp[];
  readonly width: number;
}

const SEPARATOR = ' · ';

/**
 * The footer's text: the ranked keys in the screen's order, dropping the highest
 * rank first until the line fits `width`; rank 0 (help and quit) always stays.
 */
export function footerText(keys: readonly KeyHelp[], width: number): string {
  const ranked = keys.filter((key) => key.footer !== undefined);
  const ranks = [...new Set(ranked.map((key) => key.footer?.rank ?? 0))].sort((a, b) => b - a);
  const line = (limit: number) =>
    ranked
      .filter((key) => (key.footer?.rank ?? 0) <= limit)
      .map((key) => `${key.keys} ${key.footer?.short ?? ''}`)
      .join(SEPARATOR);
  for (const limit of ranks) if (cells(line(limit)) <= width) return line(limit);
  return line(0);
}

/** The screen's main keys, on one line that fits the terminal. */
export function Footer({ keys, width }: FooterProps) {
  return (
    <Text dimColor wrap="truncate-end">
      {footerText(keys, width)}
    </Text>
  );
}
