import { describe, expect, it } from 'vitest';

import { memoryIo } from '../../../test/memory-io.js';
import { EXIT } from '../exit-codes.js';
import { runCli } from '../run-cli.js';
import { HELP_WIDTH } from '../usage.js';
import { RECORD_USAGE } from '../record/command.js';
import { VERIFY_USAGE } from './command.js';

const noUi = () => Promise.resolve(EXIT.failure);

async function cli(argv: string[], env: Record<string, string> = {}) {
  const io = memoryIo(env);
  const exitCode = await runCli(argv, io, noUi);
  return { exitCode, out: io.out(), err: io.err() };
}

describe('boomstream verify and record on the command line', () => {
  it('print their help for --help and for boomstream help <command>, in 80 columns', async () => {
    expect(await cli(['verify', '--help'])).toMatchObject({ exitCode: EXIT.ok, out: VERIFY_USAGE });
    expect(await cli(['help', 'record'])).toMatchObject({ exitCode: EXIT.ok, out: RECORD_USAGE });
    for (const line of `${VERIFY_USAGE}${RECORD_USAGE}`.split('\n')) {
      expect(line.length, line).toBeLessThanOrEqual(HELP_WIDTH);
    }
    expect((await cli(['--help'])).out).toContain('boomstream verify');
  });

  it('refuse bad input before any request, naming the flag', async () => {
    expect(await cli(['verify', '--nope'])).toMatchObject({ exitCode: EXIT.usage });
    expect((await cli(['verify', '--code', 'short'])).err).toContain('--code: "short" must be 8');
    expect((await cli(['verify', '--retries', '-1'])).err).toBe(
      'boomstream: --retries: needs a value (write --retries=<value> for one that starts with -); see boomstream verify --help\n',
    );
    expect((await cli(['verify', '--retries=-1'])).err).toContain(
      '--retries: must be a whole number from 0 to 10',
    );
    expect((await cli(['record', '--out'])).err).toContain('--out: needs a value');
    const empty = await cli(['verify', '--hash-stdin', '--code', 'AbCd1234'], {
      BOOMSTREAM_API_KEY: 'k',
    });
    expect(empty).toMatchObject({
      exitCode: EXIT.usage,
      err: 'boomstream: --hash-stdin: stdin was empty; pipe the customer password to it\n',
    });
    expect((await cli(['verify'])).err).toContain('BOOMSTREAM_API_KEY is not set');
    expect((await cli(['record', '--code', 'AbCd1234'])).err).toContain('--out: the folder');
    const secret = await cli(
      ['record', '--out', 'x', '--request', 'session code=AbCd1234 hash=pass1234'],
      {
        BOOMSTREAM_API_KEY: 'k',
      },
    );
    expect(secret.exitCode).toBe(EXIT.usage);
    const ignored = await cli(
      ['record', '--out', 'x', '--code', 'AbCd1234', '--request', 'target code=XyZw5678'],
      { BOOMSTREAM_API_KEY: 'a-real-looking-key' },
    );
    expect(ignored).toMatchObject({ exitCode: EXIT.usage });
    expect(ignored.err).toContain('--code: it picks the media code of verify');
    expect(secret.err).toContain('a secret never goes in a flag');
    expect(secret.err).not.toContain('pass1234');
  });

  it('verify --mock: every assumption holds against the built-in mock', async () => {
    const { exitCode, out } = await cli(['verify', '--mock']);
    expect(out).not.toContain('BROKEN');
    expect(out).toMatch(/^holds +wire-schemas: /m);
    expect(exitCode).toBe(EXIT.ok);
  });
});
