import { EventEmitter } from 'node:events';

/**
 * A terminal of a given size for Ink's own `render` (where ink-testing-library's
 * falls short: a size, `waitUntilExit`), which keeps what Ink writes, can be resized
 * and typed into.
 */
export function fakeTerminal(columns: number, rows: number) {
  const frames: string[] = [];
  const typed: string[] = [];
  const rawMode: boolean[] = [];
  const stdout = Object.assign(new EventEmitter(), {
    columns,
    rows,
    isTTY: true,
    write: (frame: string) => frames.push(frame),
  });
  const stdin = Object.assign(new EventEmitter(), {
    isTTY: true,
    setRawMode: (on: boolean) => rawMode.push(on),
    setEncoding: () => undefined,
    read: () => typed.shift() ?? null,
    ref: () => undefined,
    unref: () => undefined,
    resume: () => undefined,
    pause: () => undefined,
  });
  return {
    stdout,
    stdin,
    last: () => frames.at(-1) ?? '',
    /** Every switch of raw mode, in order. */
    rawMode,
    /** Sends `text` as one chunk, as a terminal sends what was typed faster than it was read. */
    type: (text: string) => {
      typed.push(text);
      stdin.emit('readable');
    },
    /** Options for Ink's `render` that draw in this terminal. */
    options: {
      stdout: stdout as unknown as NodeJS.WriteStream,
      stdin: stdin as unknown as NodeJS.ReadStream,
      debug: true,
      patchConsole: false,
    },
  };
}
