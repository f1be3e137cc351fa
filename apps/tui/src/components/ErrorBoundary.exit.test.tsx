import { render } from 'ink';
import { describe, expect, it } from 'vitest';

import { fakeTerminal } from '../../test/fake-terminal.js';
import { waitForInputListener, waitUntil } from '../../test/wait-for-frame.js';
import { CrashedError, ErrorBoundary } from './ErrorBoundary.js';

function Broken(): never {
  throw new Error('bad state with key s3cret');
}

describe('the crash screen, its key', () => {
  it('ends the UI as a failure (exit 1 in run-ui), with the redacted message', async () => {
    const terminal = fakeTerminal(80, 20);
    const instance = render(
      <ErrorBoundary redact={(text) => text.replaceAll('s3cret', '***')}>
        <Broken />
      </ErrorBoundary>,
      terminal.options,
    );
    const ended = instance.waitUntilExit().then(
      () => 'resolved',
      (error: unknown) => error,
    );
    await waitUntil(
      () => (terminal.last().includes('Press any key to quit') ? true : undefined),
      () => terminal.last(),
    );
    await waitForInputListener(terminal.stdin);
    terminal.type('q');
    const error = await ended;
    expect(error).toBeInstanceOf(CrashedError);
    expect((error as CrashedError).message).toBe(
      'the UI stopped on an error: bad state with key ***',
    );
    instance.unmount();
  });
});
