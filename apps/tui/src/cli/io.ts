import { printable } from '../format.js';
import type { TtyInput } from './secret-prompt.js';

/** What the CLI touches of the process, so that tests can hand it their own. */
export interface CliIo {
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly stdout: { write(text: string): unknown };
  /** Progress lines are drawn only when stderr is a terminal. */
  readonly stderr: { write(text: string): unknown; readonly isTTY?: boolean };
  /** Read only for `--hash-stdin`: piped, or typed at a prompt when it is a terminal. */
  readonly stdin: TtyInput;
  /** stdin and stdout are terminals and `CI` is unset: the UI may run. */
  readonly interactive: boolean;
}

/** An environment variable, treating an empty one as unset. */
export function envValue(io: CliIo, name: string): string | undefined {
  const value = io.env[name];
  return value === undefined || value === '' ? undefined : value;
}

/** All of stdin as text, without the line break a shell or `echo` adds. */
export async function readStdin(io: CliIo): Promise<string> {
  let text = '';
  for await (const chunk of io.stdin) text += String(chunk);
  return text.replace(/\r?\n$/, '');
}

/** An error on stderr, on one line: the message may carry the API's text (see {@link printable}). */
export function writeError(io: CliIo, message: string): void {
  io.stderr.write(`boomstream: ${printable(message)}\n`);
}
