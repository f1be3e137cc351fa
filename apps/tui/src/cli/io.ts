import { redactText } from '@boomstream/spec';

import { printable } from '../format.js';
import type { TtyInput } from './secret-prompt.js';
import { SECRET_ENV } from './secret-sources.js';

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

/** The secrets the process holds in its environment: the API key, a project key, a customer password. */
export function envSecrets(io: CliIo): string[] {
  return ['BOOMSTREAM_API_KEY', ...Object.values(SECRET_ENV)]
    .map((name) => envValue(io, name))
    .filter((value) => value !== undefined);
}

/**
 * An error on stderr, on one line: the message may carry the API's text or what was
 * typed (see {@link printable}). Every secret of the environment is masked first, whole,
 * before anything else touches the text: a positional argument or an option name equal
 * to a secret is never echoed, nor a server's echo of one. (Callers mask a password read
 * from stdin with the query's other secrets.)
 */
export function writeError(io: CliIo, message: string): void {
  const masked = redactText(message, envSecrets(io));
  io.stderr.write(`boomstream: ${printable(masked)}\n`);
}
