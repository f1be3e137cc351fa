import type { EventEmitter } from 'node:events';

/** Polls `check` until it returns a value, or fails after `timeoutMs` with `describe()`. */
export async function waitUntil<T>(
  check: () => T | undefined,
  describe: () => string,
  timeoutMs = 10_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = check();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${describe()}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/**
 * Waits until the last rendered frame contains `text`: Ink renders on its own
 * schedule, and a lone Esc arrives a tick later, so fixed sleeps are flaky on
 * a loaded machine.
 */
export function waitForFrame(lastFrame: () => string | undefined, text: string): Promise<string> {
  return waitUntil(
    () => {
      const frame = lastFrame() ?? '';
      return frame.includes(text) ? frame : undefined;
    },
    () => `${JSON.stringify(text)} in:\n${lastFrame() ?? ''}`,
  );
}

/** Waits until the app listens to stdin: Ink subscribes in an effect, after the first frame. */
export function waitForInputListener(stdin: EventEmitter): Promise<true> {
  return waitUntil(
    () => (stdin.listenerCount('readable') > 0 ? true : undefined),
    () => 'the app to read stdin',
  );
}
