import { render } from 'ink-testing-library';
import { describe, expect, it } from 'vitest';

import { crashingSource } from '../test/crashing-source.js';
import { waitForFrame, waitForInputListener } from '../test/wait-for-frame.js';
import { CrashSafeApp } from './CrashSafeApp.js';
import { methodRegistry } from './registry.js';

const KEYS = { down: 'j', enter: '\r', tab: '\t', clear: '\u0015' };

describe('the crash screen', () => {
  it.each([
    ['a project key', 'project', [KEYS.clear, 'typed-project-key-42'], 'typed-project-key-42'],
    ['a customer password', 'session', [KEYS.tab, KEYS.clear, 'typed-hash-77'], 'typed-hash-77'],
  ])('hides %s typed into the form', async (_what, methodName, keys, secret) => {
    const source = crashingSource();
    const instance = render(
      <CrashSafeApp methods={methodRegistry} source={source} today="2024-03-12" />,
    );
    await waitForInputListener(instance.stdin);
    const downs = methodRegistry.findIndex((method) => method.name === methodName);
    for (let step = 0; step < downs; step++) instance.stdin.write(KEYS.down);
    instance.stdin.write(KEYS.enter);
    await waitForFrame(instance.lastFrame, 'enter runs the query');
    for (const key of keys) instance.stdin.write(key);
    instance.stdin.write(KEYS.enter);
    const frame = await waitForFrame(instance.lastFrame, 'Something went wrong');
    expect(frame).toContain('cannot draw a row of');
    expect(frame).toContain('***');
    expect(frame).not.toContain(secret);
    expect(frame).not.toContain('fake-api-key');
    instance.unmount();
  });
});
