import { startMockServer } from '@boomstream/mocks';
import { render } from 'ink-testing-library';
import { describe, expect, it } from 'vitest';

import { serverSource } from '../test/server-source.js';
import { waitForFrame, waitForInputListener } from '../test/wait-for-frame.js';
import { App } from './App.js';
import { methodRegistry } from './registry.js';

describe('App on the real client and mock server', () => {
  it('shows a server fault in the error panel, keeps the key secret, and recovers on retry', async () => {
    const today = '2024-06-30';
    // The first two requests fail: one attempt, then its one retry.
    const server = await startMockServer({
      today,
      faults: [{ kind: 'status', status: 503, times: 2 }],
    });
    const source = serverSource(server, { demo: false, maxRetries: 1 });
    const { stdin, lastFrame, unmount } = render(
      <App methods={methodRegistry} source={source} today={today} />,
    );
    try {
      await waitForInputListener(stdin);
      expect(lastFrame()).toContain('LIVE');
      stdin.write('\r');
      await waitForFrame(lastFrame, 'enter runs the query');
      stdin.write('\r');
      const failed = await waitForFrame(lastFrame, 'r retry');
      expect(failed).toContain('503');
      expect(failed).toContain('apikey=***');
      expect(failed).not.toContain(server.demo.apiKey);
      stdin.write('r');
      const loaded = await waitForFrame(lastFrame, '1 page');
      expect(loaded).toContain('2024-06-23 → 2024-06-30 (Moscow) · by day · source project');
      expect(loaded).not.toContain('r retry');
    } finally {
      unmount();
      await source.close();
    }
  });
});
