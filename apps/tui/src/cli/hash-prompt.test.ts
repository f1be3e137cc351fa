import { startMockServer, type MockServer } from '@boomstream/mocks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { BIN } from '../../test/run-bin.js';
import { TmuxSession } from '../../test/tmux.js';

let server: MockServer;
const sessions: TmuxSession[] = [];
beforeAll(async () => {
  server = await startMockServer({ today: '2024-06-30', seed: 7 });
});
afterAll(async () => {
  await Promise.all(sessions.map((session) => session.kill()));
  await server.close();
});

/** `boomstream session … --hash-stdin` typed at a shell prompt of a real terminal (tmux). */
async function startPrompt(): Promise<{ tmux: TmuxSession; hash: string }> {
  const tmux = new TmuxSession();
  sessions.push(tmux);
  const { code, hash } = server.demo.sessions[0]!;
  const env = `env -u CI BOOMSTREAM_API_KEY=${server.demo.apiKey} BOOMSTREAM_BASE_URL=${server.url}`;
  const args = `session --code ${code} --start 2024-01-01 --end 2024-06-30 --hash-stdin`;
  await tmux.start(
    `${env} ${process.execPath} ${BIN} ${args}; echo "exit code $?"; sleep 120`,
    100,
    30,
  );
  // capture-pane drops the space after the colon.
  await tmux.waitFor('Customer password:');
  return { tmux, hash };
}

describe('--hash-stdin in a terminal (tmux)', () => {
  it('prompts on stderr and reads the password without echoing it', async () => {
    const { tmux, hash } = await startPrompt();
    // A typo erased with Backspace, as sudo allows.
    await tmux.text(`${hash}x`);
    await tmux.keys('BSpace');
    expect(await tmux.capture()).not.toContain(hash.slice(0, 4));
    await tmux.keys('Enter');
    await tmux.waitFor('exit code 0');
    const shown = await tmux.history();
    // The line break after the prompt: the answer starts on a line of its own.
    expect(shown).toMatch(/^Customer password: *\n\{$/m);
    expect(shown).toContain('"createdAt"');
    expect(shown).not.toContain(hash);
  });

  it('stops on Ctrl-C with 130 and gives the terminal its echo back', async () => {
    const { tmux, hash } = await startPrompt();
    await tmux.text(hash);
    await tmux.keys('C-c');
    await tmux.waitFor('exit code 130');
    // The shell's `sleep` runs in the terminal now: typing shows only if echo is back on.
    await tmux.text('echo-is-back');
    await tmux.waitFor('echo-is-back');
    expect(await tmux.history()).not.toContain(hash);
  });
});
