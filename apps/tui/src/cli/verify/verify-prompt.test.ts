import { afterAll, describe, expect, it } from 'vitest';

import { BIN } from '../../../test/run-bin.js';
import { TmuxSession } from '../../../test/tmux.js';

const sessions: TmuxSession[] = [];
afterAll(async () => {
  await Promise.all(sessions.map((session) => session.kill()));
});

describe('boomstream verify asking for the key in a terminal (tmux)', () => {
  it('stops on Ctrl-C at the prompt with 130, before any request', async () => {
    const tmux = new TmuxSession();
    sessions.push(tmux);
    const env = 'env -u CI -u BOOMSTREAM_API_KEY BOOMSTREAM_BASE_URL=http://127.0.0.1:9/api';
    await tmux.start(
      `${env} ${process.execPath} ${BIN} verify; echo "exit code $?"; sleep 120`,
      100,
      30,
    );
    await tmux.waitFor('API key:');
    await tmux.keys('C-c');
    await tmux.waitFor('exit code 130');
    const shown = await tmux.history();
    expect(shown).toContain('boomstream: interrupted');
    expect(shown).not.toContain('read-only requests');
  });
});
