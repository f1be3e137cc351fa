import { render } from 'ink-testing-library';
import { describe, expect, it } from 'vitest';

import { fakeSource } from '../test/fake-source.js';
import { waitForFrame, waitForInputListener } from '../test/wait-for-frame.js';
import { App } from './App.js';
import { methodRegistry } from './registry.js';

const KEYS = { enter: '\r', esc: '\u001B', tab: '\t', shiftTab: '\u001B[Z', clear: '\u0015' };

const footerOf = (frame: string) => frame.trimEnd().split('\n').at(-1) ?? '';

async function renderApp() {
  const instance = render(
    <App methods={methodRegistry} source={fakeSource()} today="2024-03-12" />,
  );
  await waitForInputListener(instance.stdin);
  const press = async (keys: readonly string[], expected: string) => {
    for (const key of keys) instance.stdin.write(key);
    return waitForFrame(instance.lastFrame, expected);
  };
  return { ...instance, press };
}

describe('the footer says what the keys do where the cursor is', () => {
  it('in a code field q is a letter: the footer offers ctrl+c quit, not q quit, and q types', async () => {
    const { press, unmount } = await renderApp();
    // target's form opens on its media code field.
    const form = await press(['j', KEYS.enter], 'Media code');
    expect(footerOf(form)).not.toContain('q quit');
    expect(footerOf(form)).toMatch(/esc back · \? help · ctrl\+c quit$/);
    const typed = await press([KEYS.clear, 'q'], 'Media code          q▏');
    expect(footerOf(typed)).toMatch(/ctrl\+c quit$/);
    unmount();
  });

  it('in free text ? is a letter too: neither ? help nor q quit is offered', async () => {
    const { press, unmount } = await renderApp();
    // project's form opens on its project field, free text.
    const form = await press([KEYS.enter], 'Period');
    expect(footerOf(form)).toMatch(/esc back · ctrl\+c quit$/);
    expect(footerOf(form)).not.toContain('help');
    unmount();
  });

  it('on a choice (the period) q quits, and the footer says so', async () => {
    const { press, unmount } = await renderApp();
    await press([KEYS.enter], 'Period');
    const period = await press([KEYS.tab], '❯   Period');
    expect(footerOf(period)).toMatch(/←\/→ space change .*\? help · q quit$/);
    unmount();
  });

  it('while typing a filter the footer lists the filter’s keys, and q filters', async () => {
    const { press, unmount } = await renderApp();
    await press([KEYS.enter, KEYS.enter], 'page 1 of 2');
    const filtering = await press(['/'], 'enter keep');
    expect(footerOf(filtering)).toBe('enter keep · esc clear · ctrl+c quit');
    const typed = await press(['q'], 'No rows');
    expect(footerOf(typed)).toBe('enter keep · esc clear · ctrl+c quit');
    unmount();
  });

  it('with the help open, the footer says how to close it', async () => {
    const { press, unmount } = await renderApp();
    const help = await press(['?'], 'Help · Methods');
    expect(footerOf(help)).toBe('? / esc close · q quit');
    unmount();
  });
});

describe('the audit’s footer and help say the keys of where the cursor is', () => {
  it('on a choice, in the file name (q types), and the help of the setup', async () => {
    const { press, unmount } = await renderApp();
    // The fake has demo codes but no audit customers: the choice is offered, with none.
    const setup = await press(['j', 'j', 'j', KEYS.enter], 'Sharing audit:');
    expect(footerOf(setup)).toBe(
      'tab ↑/↓ field · ←/→ space change · enter audit · esc back · ? help · q quit',
    );
    expect(setup).toContain('‹ the demo’s 0 customers ›');
    const file = await press([KEYS.tab, ' ', KEYS.tab], '‹ a CSV file ›');
    expect(footerOf(file)).toBe('tab ↑/↓ field · enter audit · esc back · ctrl+c quit');
    const typed = await press(['q?'], 'q?▏');
    expect(footerOf(typed)).toMatch(/ctrl\+c quit$/);
    await press([KEYS.tab], '› Period');
    const help = await press(['?'], 'Help · Sharing audit');
    expect(help).toContain('cancel the audit (no more requests), or back');
    unmount();
  });
});
