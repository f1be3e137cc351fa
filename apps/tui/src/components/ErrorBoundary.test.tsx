import { render } from 'ink-testing-library';
import { describe, expect, it } from 'vitest';

import { waitForFrame } from '../../test/wait-for-frame.js';
import { ErrorBoundary } from './ErrorBoundary.js';

function Broken(): never {
  throw new Error('bad state with key s3cret');
}

describe('ErrorBoundary', () => {
  it('shows a crash in words, redacted, without a stack trace', async () => {
    const { lastFrame, unmount } = render(
      <ErrorBoundary redact={(text) => text.replaceAll('s3cret', '***')}>
        <Broken />
      </ErrorBoundary>,
    );
    const frame = await waitForFrame(lastFrame, 'Something went wrong');
    expect(frame).toContain('bad state with key ***');
    expect(frame).not.toContain('s3cret');
    expect(frame).not.toMatch(/\bat \S+ \(/);
    unmount();
  });
});
