import { render } from 'ink-testing-library';
import { describe, expect, it } from 'vitest';

import { fakeSource } from '../../test/fake-source.js';
import { waitForFrame, waitForInputListener } from '../../test/wait-for-frame.js';
import { App } from '../App.js';
import { methodRegistry } from '../registry.js';
import { waitedFor } from './Waiting.js';

describe('the UI while a request waits', () => {
  it('says after a second what it waits for and how long, and esc cancels it', async () => {
    const source = fakeSource({
      // An API that never answers: only the signal ends the request.
      page: (_method, _params, signal) =>
        new Promise((_resolve, reject) => {
          signal.addEventListener('abort', () => {
            reject(signal.reason as Error);
          });
        }),
    });
    const instance = render(<App methods={methodRegistry} source={source} today="2024-03-12" />);
    await waitForInputListener(instance.stdin);
    instance.stdin.write('\r');
    await waitForFrame(instance.lastFrame, 'enter runs the query');
    instance.stdin.write('\r');
    expect(await waitForFrame(instance.lastFrame, 'Loading…')).not.toContain('waiting for');
    const waiting = await waitForFrame(instance.lastFrame, 'waiting for the demo server · 1 s');
    expect(waiting).toContain('· esc to cancel');
    expect(await waitForFrame(instance.lastFrame, 'waiting for the demo server · 2 s')).toContain(
      '· esc to cancel',
    );
    instance.stdin.write('\u001B');
    expect(await waitForFrame(instance.lastFrame, 'Cancelled')).not.toContain('waiting for');
    instance.unmount();
  });

  it('names the live API by its host', () => {
    expect(waitedFor({ mode: 'live', baseUrl: 'https://boomstream.com/api' })).toBe(
      'boomstream.com',
    );
    expect(waitedFor({ mode: 'demo', baseUrl: 'http://127.0.0.1:4011/api' })).toBe(
      'the demo server',
    );
  });
});
