import { Box } from 'ink';
import { render } from 'ink-testing-library';
import { describe, expect, it } from 'vitest';

import { CHROME_LINES, MIN_SIZE } from '../App.js';
import type { Screen } from '../state/app-state.js';
import { HelpOverlay } from './HelpOverlay.js';

describe('HelpOverlay', () => {
  it.each<Screen>(['methods', 'form', 'results', 'watch'])(
    'lists every key of %s within the smallest terminal the app draws in',
    (screen) => {
      const { lastFrame, unmount } = render(
        <Box width={MIN_SIZE.columns}>
          <HelpOverlay screen={screen} />
        </Box>,
      );
      const lines = (lastFrame() ?? '').split('\n');
      expect(lines.length).toBeLessThanOrEqual(MIN_SIZE.rows - CHROME_LINES);
      expect(lines.join('\n')).toContain('ctrl+c');
      unmount();
    },
  );
});
