import { render } from 'ink-testing-library';
import { expect, it } from 'vitest';

import { fakeSource } from '../test/fake-source.js';
import { waitForFrame, waitForInputListener } from '../test/wait-for-frame.js';
import { App } from './App.js';
import { methodRegistry } from './registry.js';

const KEYS = { enter: '\r', tab: '\t', clear: '\u0015' };

it('a bad start date gets one error in the form, naming the field and the rule', async () => {
  const { stdin, lastFrame, unmount } = render(
    <App methods={methodRegistry} source={fakeSource()} today="2024-03-12" />,
  );
  await waitForInputListener(stdin);
  const press = async (keys: readonly string[], expected: string) => {
    for (const key of keys) stdin.write(key);
    return waitForFrame(lastFrame, expected);
  };
  // project: the project field, the period, then the start date.
  await press([KEYS.enter], 'Period');
  await press([KEYS.tab, KEYS.tab], '❯   Start date');
  await press([KEYS.clear, '2024-13-01'], '2024-13-01▏');
  const frame = await press([KEYS.enter], 'must be a calendar date');
  const errors = frame.split('\n').filter((line) => line.includes('↳') || line.includes('✖'));
  expect(errors).toEqual([
    expect.stringMatching(/↳ Start date must be a calendar date as YYYY-MM-DD$/),
  ]);
  unmount();
});
