import { describe, expect, it } from 'vitest';

import { runBin } from '../../test/run-bin.js';

const SLOW = 60_000;

/** Where the brackets of `text` do not pair: `(`, `[` and `{`, across lines (help wraps). */
function unbalanced(text: string): string[] {
  const closing: Readonly<Record<string, string>> = { ')': '(', ']': '[', '}': '{' };
  const open: { char: string; line: string }[] = [];
  const problems: string[] = [];
  for (const line of text.split('\n')) {
    for (const char of line) {
      if (char === '(' || char === '[' || char === '{') open.push({ char, line });
      const opener = closing[char];
      if (opener !== undefined && open.pop()?.char !== opener) problems.push(`${char} in: ${line}`);
    }
  }
  return [...problems, ...open.map(({ char, line }) => `${char} never closed: ${line}`)];
}

/** The commands as the bin itself lists them, in its answer to an unknown one. */
async function commandsOfTheBin(): Promise<string[]> {
  const { stderr } = await runBin(['no-such-command']);
  const list = /must be one of ([^;]+);/.exec(stderr)?.[1];
  if (list === undefined) throw new Error(`no list of commands in: ${stderr}`);
  return list.split(', ');
}

describe('every help text of boomstream', () => {
  it(
    'names a help for every command it lists, and pairs every bracket',
    async () => {
      const commands = await commandsOfTheBin();
      expect(commands).toEqual(expect.arrayContaining(['project', 'demo', 'verify', 'audit']));
      const asks = [
        ['--help'],
        ['help'],
        ...commands.flatMap((command) => [
          ['help', command],
          [command, '--help'],
        ]),
      ];
      for (const args of asks) {
        const result = await runBin(args);
        expect(result.code, `${args.join(' ')}: ${result.stderr}`).toBe(0);
        expect(result.stdout.length, args.join(' ')).toBeGreaterThan(0);
        expect(unbalanced(result.stdout), args.join(' ')).toEqual([]);
      }
    },
    SLOW,
  );
});
