import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

import { moscowToday, moscowWallClock } from '@boomstream/spec';
import { request } from 'undici';
import { describe, expect, it } from 'vitest';

import { QUIRK_IDS } from '../answer/quirks.js';
import { mockFault, parseFaults } from '../server/faults.js';

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

  it('exits with 2 on a bad option, saying what is wrong and where the help is', async () => {
    const cli = run(['--today', 'tomorrow', '--port', '0']);
    expect(await cli.exited).toBe(2);
    expect(cli.output().stderr).toMatch(/YYYY-MM-DD[^]*See boomstream-mock --help\.\n$/);
  });
});

describe('boomstream-mock --help', () => {
  /** The flags a user of the mock needs, written out here rather than read from the CLI. */
  const FLAGS = ['port', 'host', 'seed', 'today', 'fault', 'quirk', 'lenient', 'help'];

  /** Where the brackets of `text` do not pair, across lines (the help wraps). */
  function unbalanced(text: string): string[] {
    const closing: Readonly<Record<string, string>> = { ')': '(', ']': '[', '}': '{' };
    const open: string[] = [];
    const problems: string[] = [];
    for (const char of text) {
      if (char === '(' || char === '[' || char === '{') open.push(char);
      const opener = closing[char];
      if (opener !== undefined && open.pop() !== opener) problems.push(char);
    }
    return [...problems, ...open];
  }

  it('lists every flag with its default, every quirk and fault, and what the demo key opens', async () => {
    const help = run(['--help']);
    expect(await help.exited).toBe(0);
    const { stdout } = help.output();
    const flags = [...stdout.matchAll(/^ {2}(?:-\w, )?--([a-z-]+)/gm)].map((match) => match[1]);
    expect(flags.sort()).toEqual([...FLAGS].sort());
    expect(stdout).toMatch(/--port <port> .*\(default: 4011\)/);
    expect(stdout).toMatch(/--seed <n> [^]*?\(default: 1\)/);
    expect(stdout).toMatch(/--host <host> .*\(default: 127\.0\.0\.1\)/);
    for (const id of QUIRK_IDS) expect(stdout).toMatch(new RegExp(`^ {2}${id} `, 'm'));
    // The faults the validator knows, each listed by its kind.
    const kinds = mockFault.options.flatMap(({ shape: { kind } }): string[] =>
      'options' in kind ? kind.options : [...kind.values],
    );
    for (const kind of kinds) expect(stdout).toMatch(new RegExp(`^ {2}${kind}\\b`, 'm'));
    expect(stdout).toMatch(/the key opens only this mock.s made-up data/);
    for (const line of stdout.split('\n')) expect(line.length, line).toBeLessThanOrEqual(80);
    expect(unbalanced(stdout)).toEqual([]);
  });

  it('takes every flag its help lists, and refuses one it does not', async () => {
    const values: Readonly<Record<string, string[]>> = {
      port: ['0'],
      host: ['127.0.0.1'],
      seed: ['3'],
      today: ['2024-06-30'],
      fault: ['latency=1'],
      quirk: [QUIRK_IDS[0] ?? ''],
    };
    const runs = FLAGS.map((flag) => run([`--${flag}`, ...(values[flag] ?? []), '--help']));
    for (const cli of runs) expect(await cli.exited, cli.output().stderr).toBe(0);
    const unknown = run(['--no-such-flag', '--help']);
    expect(await unknown.exited).toBe(2);
    expect(unknown.output().stderr).toContain("Unknown option '--no-such-flag'");
  });

  it('answers the faults its help lists as --fault', async () => {
    const help = run(['--help']);
    await help.exited;
    const faults = help.output().stdout.split('Faults')[1]?.split('Quirks')[0] ?? '';
    const syntaxes = [...faults.matchAll(/^ {2}(\S+)/gm)].map((match) => match[1] ?? '');
    expect(syntaxes.length).toBeGreaterThan(5);
    for (const syntax of syntaxes) {
      // `<ms>` and the like filled with a value the fault takes.
      const example = syntax
        .replace(/\[=<[^>]+>\]/, '')
        .replace(/<code>/, '503')
        .replace(/<[^>]+>/, '1');
      expect(() => parseFaults(example), example).not.toThrow();
    }
  });
});
