import { render } from 'ink';
import { describe, expect, it } from 'vitest';

import { fakeSource } from '../test/fake-source.js';
import { fakeTerminal } from '../test/fake-terminal.js';
import { waitUntil } from '../test/wait-for-frame.js';
import { App, MIN_SIZE } from './App.js';
import { methodRegistry } from './registry.js';

describe('App and the terminal size', () => {
  it('says when the terminal is too small, and draws once it is resized', async () => {
    const terminal = fakeTerminal(40, 10);
    const instance = render(
      <App methods={methodRegistry} source={fakeSource()} />,
      terminal.options,
    );
    const frameWith = (text: string) =>
      waitUntil(
        () => (terminal.last().includes(text) ? terminal.last() : undefined),
        terminal.last,
      );
    const small = await frameWith(
      `Terminal too small: 40×10, needs ${MIN_SIZE.columns}×${MIN_SIZE.rows}`,
    );
    expect(small).not.toContain('project');
    terminal.stdout.columns = 100;
    terminal.stdout.rows = 30;
    terminal.stdout.emit('resize');
    expect(await frameWith('❯ project')).not.toContain('too small');
    instance.unmount();
  });
});
