import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

import { moscowToday, moscowWallClock } from '@boomstream/spec';
import { request } from 'undici';
import { describe, expect, it } from 'vitest';

const MAIN = fileURLToPath(new URL('./main.ts', import.meta.url));

/** Runs the CLI from source with tsx; resolves on each line printed until `until` matches. */
function run(args: string[]) {
  const child = spawn(process.execPath, ['--import', 'tsx', MAIN, ...args], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
  const printed = (pattern: RegExp) =>
    new Promise<RegExpMatchArray>((resolve, reject) => {
      const check = () => {
        const match = pattern.exec(stdout);
        if (match) resolve(match);
      };
      child.stdout.on('data', check);
      void exited.then(() => {
        reject(new Error(`exited before printing ${pattern}: ${stderr}`));
      });
      check();
    });
  return { child, exited, printed, output: () => ({ stdout, stderr }) };
}

describe('boomstream-mock', () => {
  it('prints the URL and the demo values, serves them, and stops cleanly on Ctrl-C', async () => {
    const cli = run(['--port', '0', '--seed', '9', '--today', '2024-06-30']);
    const [, url] = await cli.printed(/mock API at (\S+)/);
    const [, key] = await cli.printed(/API key:\s+(\S+)/);
    await cli.printed(/Press Ctrl-C to stop/);
    expect(cli.output().stdout).toMatch(/code=[A-Za-z0-9]{8} hash=\S+/);
    const answer = await request(`${url}/stats?apikey=${key}`);
    expect(await answer.body.text()).toContain('<Status>Success</Status>');
    cli.child.kill('SIGINT');
    expect(await cli.exited).toBe(0);
    expect(cli.output().stdout).toContain('Stopped.');
  });

  it('without --today, serves no viewing later today than the real time', async () => {
    const cli = run(['--port', '0']);
    try {
      const [, url] = await cli.printed(/mock API at (\S+)/);
      const [, key] = await cli.printed(/API key:\s+(\S+)/);
      const today = moscowToday();
      const answer = await request(
        `${url}/stats?apikey=${key}&group=hour&start=${today}&end=${today}`,
      );
      const dates = [
        ...(await answer.body.text()).matchAll(/<date>(\d\d)\.(\d\d)\.(\d{4}) (\d\d):00<\/date>/g),
      ];
      // Read after the answer: the real time only moves on, so a later hour is never wrong here.
      const hourNow = Number(moscowWallClock(new Date()).slice(11, 13));
      expect(dates.map((match) => Number(match[4])).filter((hour) => hour > hourNow)).toEqual([]);
    } finally {
      cli.child.kill('SIGINT');
    }
    expect(await cli.exited).toBe(0);
  });

  it('refuses a stray parameter by default, answers it with --lenient, and says so in its help', async () => {
    const help = run(['--help']);
    expect(await help.exited).toBe(0);
    expect(help.output().stdout).toMatch(/--lenient\s+answer a repeated parameter/);
    for (const [args, status] of [
      [[], 'Failed'],
      [['--lenient'], 'Success'],
    ] as const) {
      const cli = run(['--port', '0', '--today', '2024-06-30', ...args]);
      try {
        const [, url] = await cli.printed(/mock API at (\S+)/);
        const [, key] = await cli.printed(/API key:\s+(\S+)/);
        const answer = await request(`${url}/stats?apikey=${key}&group=day&group=hour`);
        expect(await answer.body.text()).toContain(`<Status>${status}</Status>`);
      } finally {
        cli.child.kill('SIGINT');
      }
      expect(await cli.exited).toBe(0);
    }
  });

  it('exits with 2 and the usage on a bad option', async () => {
    const cli = run(['--today', 'tomorrow', '--port', '0']);
    expect(await cli.exited).toBe(2);
    expect(cli.output().stderr).toMatch(/YYYY-MM-DD[^]*Usage: boomstream-mock/);
  });
});
