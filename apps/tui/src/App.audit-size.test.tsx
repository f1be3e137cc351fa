import { startMockServer } from '@boomstream/mocks';
import { render } from 'ink';
import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';

import { fakeSource } from '../test/fake-source.js';
import { fakeTerminal } from '../test/fake-terminal.js';
import { serverSource } from '../test/server-source.js';
import { waitUntil } from '../test/wait-for-frame.js';
import { App, MIN_SIZE } from './App.js';
import { methodRegistry } from './registry.js';

const KEYS = { enter: '\r', esc: '\u001B' };
const today = '2024-06-30';

/** Waits for the last frame `terminal` drew to hold `text`. */
const frameWith = (terminal: ReturnType<typeof fakeTerminal>, text: string) =>
  waitUntil(() => (terminal.last().includes(text) ? terminal.last() : undefined), terminal.last);

/** The frame fits the terminal: no line wider, at most rows - 1 lines, the footer at the end. */
function expectFits(frame: string, columns: number, rows: number) {
  const lines = frame.replace(/\n$/, '').split('\n');
  expect(lines.length, frame).toBeLessThanOrEqual(rows - 1);
  for (const line of lines) expect(stringWidth(line), line).toBeLessThanOrEqual(columns);
  expect(lines.at(-1), frame).toMatch(/(q|ctrl\+c) quit$/);
}

describe.each([
  [MIN_SIZE.columns, MIN_SIZE.rows],
  [80, 24],
])('the audit at %i×%i', (columns, rows) => {
  it('fits every level: the setup, the ranked list, a timeline, a session with its whole user agent', async () => {
    const server = await startMockServer({ today });
    const source = serverSource(server, { demo: true });
    const terminal = fakeTerminal(columns, rows);
    const instance = render(
      <App methods={methodRegistry} source={source} today={today} />,
      terminal.options,
    );
    try {
      await frameWith(terminal, '❯ project');
      terminal.type('jjj');
      terminal.type(KEYS.enter);
      expectFits(await frameWith(terminal, '‹ the demo’s 200 customers ›'), columns, rows);
      terminal.type(KEYS.enter);
      const list = await frameWith(terminal, '200 customers · 2024-06-01');
      expectFits(list, columns, rows);
      // The list scrolls: its last customer is reached, and the count says where.
      terminal.type('G');
      const bottom = await frameWith(terminal, '–200 of 200');
      expectFits(bottom, columns, rows);
      expect(bottom).toContain(`› ${server.demo.audit.crowd.at(-1)?.label ?? ''} `);
      terminal.type('g');
      await frameWith(terminal, 'rows 1–');
      terminal.type(KEYS.enter);
      expectFits(await frameWith(terminal, 'group-buy · high'), columns, rows);
      terminal.type(KEYS.enter);
      // Its parts come once the parser is loaded: Chrome on Windows.
      const session = await frameWith(terminal, 'Chrome 124.0.0.0 · Blink');
      expect(session).toContain('group-buy · session 1 of 10');
      expectFits(session, columns, rows);
      // The user agent wraps, whole: its last part is on screen.
      expect(session).toContain('Safari/537.36');
      expect(session).toMatch(/User agent +Mozilla\/5\.0/);
      // The session with the most evidence (the first from Belarus) fits too, its evidence said.
      terminal.type('jjjjj');
      const belarus = await frameWith(terminal, 'Safari 17.4 · WebKit');
      expect(belarus).toContain('group-buy · session 6 of 10');
      expectFits(belarus, columns, rows);
      expect(belarus).toContain('Belarus');
      expect(belarus).toMatch(/Browser +Safari 17\.4 · WebKit 605\.1\.15/);
      expect(belarus).toMatch(/System +macOS 10\.15\.7 \(Catalina\) · desktop · Apple/);
      expect(belarus).toMatch(/Evidence with this session:\n● impossible-travel: /);
    } finally {
      instance.unmount();
      await source.close();
    }
  }, 30_000);
});

describe('the session method’s table', () => {
  it('opens a row whole on enter: every field, the whole user agent and its parts; esc goes back', async () => {
    const terminal = fakeTerminal(80, 24);
    const source = fakeSource();
    const instance = render(
      <App methods={methodRegistry} source={source} today="2024-03-12" />,
      terminal.options,
    );
    try {
      await frameWith(terminal, '❯ project');
      terminal.type('jj');
      terminal.type(KEYS.enter);
      await frameWith(terminal, 'enter runs the query');
      terminal.type(KEYS.enter);
      const table = await frameWith(terminal, 'rows 1–2 of 2');
      expect(table).toMatch(/enter open/);
      terminal.type('j');
      await frameWith(terminal, '› 2024');
      terminal.type(KEYS.enter);
      const detail = await frameWith(terminal, 'Linux · desktop');
      expect(detail).toContain('Session 2 of 2');
      expectFits(detail, 80, 24);
      // The fake's second session: Germany, activations 1, a Linux user agent.
      expect(detail).toMatch(/Country +Germany, "Berlin"/);
      expect(detail).toMatch(/Activations left +1/);
      expect(detail).toMatch(/User agent +Mozilla\/5\.0 \(X11; Linux x86_64\)/);
      expect(detail).toMatch(/System +Linux · desktop/);
      expect(detail).toMatch(/session · esc back/);
      terminal.type(KEYS.esc);
      expect(await frameWith(terminal, 'rows 1–2 of 2')).not.toContain('Session 2 of 2');
    } finally {
      instance.unmount();
      await source.close();
    }
  });
});
