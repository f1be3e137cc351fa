import { render } from 'ink-testing-library';
import { describe, expect, it } from 'vitest';

import { waitForFrame, waitForInputListener } from '../test/wait-for-frame.js';
import { App } from './App.js';
import { methodRegistry } from './generated/registry.js';

describe('App', () => {
  it('lists every method of the generated registry', () => {
    const { lastFrame, unmount } = render(<App methods={methodRegistry} />);
    for (const method of methodRegistry) expect(lastFrame()).toContain(method.title);
    unmount();
  });

  it('opens the highlighted method with j and enter, and goes back with esc', async () => {
    const { lastFrame, stdin, unmount } = render(<App methods={methodRegistry} />);
    await waitForInputListener(stdin);
    stdin.write('j');
    await waitForFrame(lastFrame, '❯ target');
    stdin.write('\r');
    const form = await waitForFrame(lastFrame, '* Media code');
    expect(form).toContain('default: one week ago from the end date');
    expect(form).not.toContain('❯ target');
    stdin.write('\u001B');
    await waitForFrame(lastFrame, '❯ target');
    unmount();
  });
});
