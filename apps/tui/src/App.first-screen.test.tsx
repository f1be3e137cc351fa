import { render } from 'ink';
import stringWidth from 'string-width';
import { expect, it } from 'vitest';

import { fakeSource } from '../test/fake-source.js';
import { fakeTerminal } from '../test/fake-terminal.js';
import { waitUntil } from '../test/wait-for-frame.js';
import { App, MIN_SIZE } from './App.js';
import { methodRegistry } from './registry.js';

const LIMITS = 'The API has watch time only: no view counts, no video list.';

it.each([
  [MIN_SIZE.columns, MIN_SIZE.rows],
  [80, 24],
])('the method list says what the API cannot answer, whole, at %i×%i', async (columns, rows) => {
  const terminal = fakeTerminal(columns, rows);
  const instance = render(
    <App methods={methodRegistry} source={fakeSource()} today="2024-03-12" />,
    terminal.options,
  );
  const frame = await waitUntil(
    () => (terminal.last().includes('❯ project') ? terminal.last() : undefined),
    terminal.last,
  );
  const lines = frame.split('\n');
  expect(lines.map((line) => line.trim())).toContain(LIMITS);
  for (const line of lines) expect(stringWidth(line), line).toBeLessThanOrEqual(columns);
  // Still the whole screen: the footer stays on it.
  expect(frame).toMatch(/q quit\s*$/);
  instance.unmount();
});
