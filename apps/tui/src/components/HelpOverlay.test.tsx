import { Box } from 'ink';
import { render } from 'ink-testing-library';
import { describe, expect, it } from 'vitest';

import { CHROME_LINES, MIN_SIZE } from '../App.js';
import { GLOBAL_KEYS, KEYMAP, type HelpPage } from '../state/keymap.js';
import { HelpOverlay } from './HelpOverlay.js';

/** The overlay drawn in the narrowest terminal the app draws in, as lines. */
function drawn(screen: HelpPage): string[] {
  const { lastFrame, unmount } = render(
    <Box width={MIN_SIZE.columns}>
      <HelpOverlay page={screen} />
    </Box>,
  );
  const lines = (lastFrame() ?? '').split('\n');
  unmount();
  return lines;
}

const SCREENS = Object.keys(KEYMAP) as HelpPage[];

describe('HelpOverlay', () => {
  it.each(SCREENS)(
    'shows every key of the %s page and every global key, each with its action',
    (screen) => {
      const lines = drawn(screen);
      for (const { keys, action } of [...KEYMAP[screen], ...GLOBAL_KEYS]) {
        const line = lines.find((candidate) => candidate.startsWith(`│ ${keys} `));
        expect(line, keys).toBeDefined();
        // The action may be cut at the border, never left out: its first word is on the key's line.
        expect(line, keys).toContain(action.split(' ')[0]);
      }
    },
  );

  it.each(SCREENS)(
    'fits the help of the %s page in the smallest terminal the app draws in',
    (screen) => {
      const lines = drawn(screen);
      expect(lines.length).toBeLessThanOrEqual(MIN_SIZE.rows - CHROME_LINES);
      for (const line of lines) expect(line.length, line).toBeLessThanOrEqual(MIN_SIZE.columns);
    },
  );
});
