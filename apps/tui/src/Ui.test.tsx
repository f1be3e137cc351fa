import { render } from 'ink';
import type { ComponentType } from 'react';
import { describe, expect, it } from 'vitest';

import { fakeSource } from '../test/fake-source.js';
import { fakeTerminal } from '../test/fake-terminal.js';
import { waitForInputListener, waitUntil } from '../test/wait-for-frame.js';
import { App } from './App.js';
import { methodRegistry } from './registry.js';
import { Ui } from './Ui.js';

const noop = () => undefined;

/** The app as load-app.tsx gives it, on a fake source. */
const TestApp = () => <App methods={methodRegistry} source={fakeSource()} />;

/** A load of the app that ends when the test says. */
function heldLoad() {
  let finish: (app: ComponentType) => void = noop;
  let fail: (error: Error) => void = noop;
  const loaded = new Promise<ComponentType>((resolve, reject) => {
    finish = resolve;
    fail = reject;
  });
  return { load: () => loaded, finish, fail };
}

/** Waits until the terminal's last frame shows `text`. */
const frameWith = (terminal: ReturnType<typeof fakeTerminal>, text: string) =>
  waitUntil(
    () => (terminal.last().includes(text) ? terminal.last() : undefined),
    () => `${JSON.stringify(text)} in:\n${terminal.last()}`,
  );

describe('Ui, the app and what shows while it loads', () => {
  it('says that it loads, then shows the app, which reads the keys from then on', async () => {
    const terminal = fakeTerminal(100, 30);
    const { load, finish } = heldLoad();
    const instance = render(<Ui load={load} onInterrupt={noop} />, terminal.options);
    expect(await frameWith(terminal, 'loading…')).not.toContain('project');
    finish(TestApp);
    await frameWith(terminal, '❯ project');
    // The app listens from the effects that follow its first frame (Ink's useInput): a task later.
    await new Promise((resolve) => setTimeout(resolve, 0));
    terminal.type('j');
    expect(await frameWith(terminal, '❯ target')).toContain('  project');
    instance.unmount();
  });

  it('quits at Ctrl-C, without waiting for a load that does not end', async () => {
    const terminal = fakeTerminal(100, 30);
    let interrupted = 0;
    const instance = render(
      <Ui
        load={heldLoad().load}
        onInterrupt={() => {
          interrupted += 1;
        }}
      />,
      terminal.options,
    );
    await waitForInputListener(terminal.stdin);
    // After another key, in one chunk with it, as typed faster than the terminal reads.
    terminal.type('j\u0003');
    await instance.waitUntilExit();
    expect(interrupted).toBe(1);
  });

  it('ends with the error of a load that fails', async () => {
    const terminal = fakeTerminal(100, 30);
    const { load, fail } = heldLoad();
    const instance = render(<Ui load={load} onInterrupt={noop} />, terminal.options);
    const failure = new Error('the watch list: /nowhere/watch.json: must be {"codes": […]}');
    fail(failure);
    await expect(instance.waitUntilExit()).rejects.toBe(failure);
  });

  it('keeps the terminal in raw mode as the app takes over, so that no key is echoed or dropped', async () => {
    const terminal = fakeTerminal(100, 30);
    const { load, finish } = heldLoad();
    const instance = render(<Ui load={load} onInterrupt={noop} />, terminal.options);
    await waitForInputListener(terminal.stdin);
    finish(TestApp);
    await frameWith(terminal, '❯ project');
    // Ink drops a key it has half read (a lone Esc) when raw mode goes off.
    expect(terminal.rawMode).toEqual([true]);
    instance.unmount();
  });
});
