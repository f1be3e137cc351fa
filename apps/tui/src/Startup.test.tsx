import { render as renderInTerminal } from 'ink';
import { render } from 'ink-testing-library';
import { describe, expect, it } from 'vitest';

import { fakeSource } from '../test/fake-source.js';
import { fakeTerminal } from '../test/fake-terminal.js';
import { waitForFrame, waitForInputListener, waitUntil } from '../test/wait-for-frame.js';
import { App } from './App.js';
import { MENU } from './menu.js';
import { methodRegistry } from './registry.js';
import { Startup, type LoadedApp } from './Startup.js';
import type { WatchStore } from './watch/watch-file.js';

const source = fakeSource();
const noop = () => undefined;

/** A watch list kept nowhere: the app always has one when it starts from Startup. */
const store: WatchStore = {
  path: '/nowhere/watch.json',
  load: () => Promise.resolve([]),
  save: () => Promise.resolve(),
};

/** The app as load-app.tsx gives it, on the fake source. */
const TestApp: LoadedApp = ({ typedAhead }) => (
  <App
    methods={methodRegistry}
    source={source}
    watch={{ store, codes: [] }}
    typedAhead={typedAhead}
  />
);

/** A load that ends when the test says. */
function heldLoad() {
  let finish: (app: LoadedApp) => void = () => undefined;
  const loaded = new Promise<LoadedApp>((resolve) => {
    finish = resolve;
  });
  return { load: () => loaded, finish };
}

describe('Startup, the first frame drawn while the app loads', () => {
  it('lists the methods of the registry, in its order', () => {
    expect(MENU).toEqual(methodRegistry.map(({ name, title, path }) => ({ name, title, path })));
  });

  it('draws the frame the app draws first, to the byte', () => {
    const app = render(<TestApp typedAhead={[]} />);
    const startup = render(
      <Startup
        mode={source.mode}
        baseUrl={source.baseUrl}
        load={heldLoad().load}
        onInterrupt={noop}
      />,
    );
    expect(startup.lastFrame()).toContain('❯ project');
    expect(startup.lastFrame()).toBe(app.lastFrame());
    app.unmount();
    startup.unmount();
  });

  it('shows no URL while the demo server starts', () => {
    const startup = render(
      <Startup mode="demo" baseUrl={undefined} load={heldLoad().load} onInterrupt={noop} />,
    );
    expect(startup.lastFrame()).toContain('demo data from the built-in mock server\n');
    startup.unmount();
  });

  it('keeps the keys typed while the app loads, and the app plays them when it takes over', async () => {
    const { load, finish } = heldLoad();
    const { stdin, lastFrame, unmount } = render(
      <Startup mode={source.mode} baseUrl={source.baseUrl} load={load} onInterrupt={noop} />,
    );
    await waitForInputListener(stdin);
    // Down twice, one at a time and then in one chunk as over a slow link, and Enter.
    for (const key of ['j', 'j\r']) stdin.write(key);
    expect(lastFrame()).toContain('❯ project');
    finish(TestApp);
    const form = await waitForFrame(lastFrame, 'enter runs the query');
    expect(form).toContain('Statistics by customer session');
    // The app reads the keys typed after it took over.
    stdin.write('\u001B');
    await waitForFrame(lastFrame, '❯ session');
    unmount();
  });

  it('ends the UI with the error of a load that fails', async () => {
    const terminal = fakeTerminal(100, 30);
    const failure = new Error('the watch list: /nowhere/watch.json: must be {"codes": […]}');
    const instance = renderInTerminal(
      <Startup
        mode="demo"
        baseUrl={undefined}
        load={() => Promise.reject(failure)}
        onInterrupt={noop}
      />,
      terminal.options,
    );
    await expect(instance.waitUntilExit()).rejects.toBe(failure);
  });

  it('quits at Ctrl-C, without waiting for a load that does not end', async () => {
    const terminal = fakeTerminal(100, 30);
    let interrupted = 0;
    const instance = renderInTerminal(
      <Startup
        mode="demo"
        baseUrl={undefined}
        load={heldLoad().load}
        onInterrupt={() => {
          interrupted += 1;
        }}
      />,
      terminal.options,
    );
    await waitForInputListener(terminal.stdin);
    // After a key that waits for the app, in one chunk with it.
    terminal.type('j\u0003');
    await instance.waitUntilExit();
    expect(interrupted).toBe(1);
  });

  it('keeps the terminal in raw mode while the app takes over, so that no half-read key is dropped', async () => {
    const terminal = fakeTerminal(100, 30);
    const { load, finish } = heldLoad();
    const instance = renderInTerminal(
      <Startup mode="demo" baseUrl={undefined} load={load} onInterrupt={noop} />,
      terminal.options,
    );
    await waitForInputListener(terminal.stdin);
    terminal.type('j\r');
    finish(TestApp);
    await waitUntil(
      () => (terminal.last().includes('enter runs the query') ? true : undefined),
      terminal.last,
    );
    // Ink drops a pending lone Esc when raw mode goes off.
    expect(terminal.rawMode).not.toContain(false);
    terminal.type('\u001B');
    await waitUntil(() => (terminal.last().includes('❯ target') ? true : undefined), terminal.last);
    instance.unmount();
  });
});
