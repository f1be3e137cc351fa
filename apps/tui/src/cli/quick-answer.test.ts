import { readFileSync } from 'node:fs';

import { methods } from '@boomstream/spec';
import { describe, expect, it } from 'vitest';

import { runBin } from '../../test/run-bin.js';
import { methodRegistry } from '../registry.js';
import { parseCommand } from './args.js';
import { quickAnswer, quickUi } from './quick-answer.js';

/** The version the bin must print: the package's own, whatever release it is. */
const PACKAGE_VERSION = (
  JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
    version: string;
  }
).version;

describe('quickAnswer', () => {
  it.each([['--version'], ['-v']])('answers %s with the package version', (flag) => {
    expect(quickAnswer([flag])).toBe(`${PACKAGE_VERSION}\n`);
  });

  it.each([
    [[]],
    [['--help']],
    [['help']],
    [['help', 'project']],
    [['--version', '--json']],
    [['project']],
    [['--mock']],
  ])('leaves %j to the CLI', (argv) => {
    expect(quickAnswer(argv)).toBeUndefined();
  });
});

describe('quickUi', () => {
  it.each([
    [[], false],
    [['--mock'], true],
  ])('opens the UI for %j, as the CLI would', (argv, mock) => {
    expect(quickUi(argv)).toEqual({ mock });
    expect(parseCommand(argv, methodRegistry)).toEqual({ kind: 'ui', mock });
  });

  it.each([[['--mock', '--json']], [['project']], [['demo']], [['--version']], [['help']]])(
    'leaves %j to the CLI',
    (argv) => {
      expect(quickUi(argv)).toBeUndefined();
    },
  );
});

describe('the bundled bin', () => {
  it.each([['--version'], ['-v']])('prints the package version for %s', async (flag) => {
    expect(await runBin([flag])).toEqual({ code: 0, stdout: `${PACKAGE_VERSION}\n`, stderr: '' });
  });

  it.each([['--help'], ['-h'], ['help']])(
    'lists every method of the spec, with its title, for %s',
    async (flag) => {
      const { code, stdout, stderr } = await runBin([flag]);
      expect(stderr).toBe('');
      expect(code).toBe(0);
      expect(stdout).toMatch(new RegExp(`^boomstream ${PACKAGE_VERSION.replaceAll('.', '\\.')}: `));
      for (const method of Object.values(methods)) {
        expect(stdout).toMatch(new RegExp(`^ +${method.name} +${method.title}$`, 'm'));
      }
    },
  );
});
