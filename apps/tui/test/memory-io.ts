import { Readable } from 'node:stream';

import type { CliIo } from '../src/cli/io.js';

/** A CLI's io in memory: what it wrote, and stdin as given; no terminal. */
export function memoryIo(
  env: Record<string, string>,
  stdin = '',
): CliIo & {
  readonly out: () => string;
  readonly err: () => string;
} {
  let out = '';
  let err = '';
  return {
    env,
    stdout: { write: (text: string) => (out += text) },
    stderr: { write: (text: string) => (err += text) },
    stdin: Readable.from(stdin === '' ? [] : [stdin]),
    interactive: false,
    out: () => out,
    err: () => err,
  };
}
